"""Registrar contato: channel, outcome, promised date and amount, notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.collection_records import ContactRecord
from fiado_app.domain.errors import FiadoError
from fiado_app.domain.money import parse_positive_cents
from fiado_app.domain.vocabulary import (
    CHANNEL_LABELS,
    CONTACT_CHANNELS,
    OUTCOME_LABELS,
    OUTCOMES,
    PROMISE,
    RENEGOTIATED,
)
from fiado_app.services import collection
from fiado_app.ui.common import DateField
from fiado_app.ui.context import AppContext


class ContactDialog(QDialog):
    """Asks what came of a contact and logs it (one transaction)."""

    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        name: str,
        *,
        channel: str = "whatsapp",
        stage_key: str | None = None,
        text_sent: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.stage_key, self.text_sent = (
            ctx,
            customer_id,
            stage_key,
            text_sent,
        )
        self.name = name
        # Shows the agreement summary once a promise is logged (tests read it instead).
        self.show_summary: Callable[[str, str], object] = self._show_summary
        # After "Renegociou": the agreement's simulator (tests replace it).
        self.offer_agreement: Callable[[], object] = self._offer_agreement
        self.summary = ""
        self.setWindowTitle(self.tr("Registrar contato: {name}").format(name=name))
        self.channel = QComboBox()
        for key in CONTACT_CHANNELS:
            self.channel.addItem(CHANNEL_LABELS[key], key)
        self.channel.setCurrentIndex(CONTACT_CHANNELS.index(channel))
        self.outcome = QComboBox()
        for key in OUTCOMES:
            self.outcome.addItem(OUTCOME_LABELS[key], key)
        # Now, on the app's day (the same as the clock's, but in tests and across midnight);
        # a call made yesterday is logged by typing its date, like every date in the app.
        self.at_date = DateField(ctx.today(), self)
        self.at_time = QTimeEdit(QTime.currentTime())
        self.at_time.setDisplayFormat("HH:mm")
        self.at_time.setAccessibleName(self.tr("Hora"))
        when = QHBoxLayout()
        when.addWidget(self.at_date, 1)
        when.addWidget(self.at_time)
        self.promise_date = DateField(ctx.today() + timedelta(days=7), self)
        self.promise_amount = QLineEdit()
        self.promise_amount.setPlaceholderText(self.tr("R$ 0,00 (opcional)"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("O que o cliente disse"))
        self.note.setFixedHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Canal"), self.channel)
        form.addRow(self.tr("Quando"), when)
        form.addRow(self.tr("Resultado"), self.outcome)
        form.addRow(self.tr("Pagar até"), self.promise_date)
        form.addRow(self.tr("Valor prometido"), self.promise_amount)
        form.addRow(self.tr("Observação"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Registrar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._promise_fields)
        self._promise_fields()

    def _promise_fields(self) -> None:
        promise = self.outcome.currentData() == PROMISE
        self.promise_date.setEnabled(promise)
        self.promise_amount.setEnabled(promise)

    def save(self) -> None:
        outcome = self.outcome.currentData()
        promise = outcome == PROMISE
        clock = self.at_time.time()
        self.error.clear()

        def log() -> ContactRecord:
            at = datetime.combine(self.at_date.value(), time(clock.hour(), clock.minute()))
            cents = None
            if promise and self.promise_amount.text().strip():
                cents = parse_positive_cents(self.promise_amount.text())
            return collection.log_contact(
                self.ctx.db,
                self.customer_id,
                self.channel.currentData(),
                outcome,
                at=at,
                stage_key=self.stage_key,
                text_sent=self.text_sent,
                promise_date=self.promise_date.value() if promise else None,
                promise_cents=cents,
                note=self.note.toPlainText(),
                now=datetime.now(),
            )

        # Nothing written on a refusal: the owner fixes the field and retries.
        self.contact = self.ctx.perform(log, on_error=lambda exc: self.error.setText(str(exc)))
        if self.contact is not None:
            self.accept()
            self._offer_summary(self.contact)
            if self.contact.outcome == RENEGOTIATED:
                self.offer_agreement()

    def _offer_summary(self, contact: ContactRecord) -> None:
        """After a promise: the "resumo do acordo" to copy or send, so both sides keep what was
        agreed (its Pix carries the agreed amount)."""
        if contact.outcome != PROMISE or not contact.promise_date or not contact.promise_cents:
            return
        try:
            self.summary = collection.agreement_summary(
                self.ctx.db,
                self.customer_id,
                contact.promise_date,
                contact.promise_cents,
                as_of=self.ctx.today(),
            )
        except FiadoError:
            return  # a promise for a past date or a shop without a name: nothing to send
        self.show_summary(self.tr("Resumo do acordo: {name}").format(name=self.name), self.summary)

    def _offer_agreement(self) -> None:
        """The customer renegotiated: record the agreement now (the simulator)."""
        from fiado_app.services.customers import get_customer
        from fiado_app.ui.dialogs.agreement import make_agreement_for

        parent = self.parentWidget() or self
        make_agreement_for(parent, self.ctx, get_customer(self.ctx.db, self.customer_id))

    def _show_summary(self, title: str, text: str) -> None:
        from fiado_app.ui.collection.reminder_dialog import TextDialog

        TextDialog(title, text, self.parentWidget()).exec()
