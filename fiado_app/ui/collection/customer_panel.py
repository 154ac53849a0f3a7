"""The customer's "Cobrança" panel: state, behaviour, promises kept, history, pause/exclude."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.dates import format_date, format_datetime
from fiado_app.domain.money import format_brl
from fiado_app.domain.vocabulary import CHANNEL_LABELS, OUTCOME_LABELS, PROMISE_LABELS
from fiado_app.services import collection, customers
from fiado_app.ui.collection.contact_dialog import ContactDialog
from fiado_app.ui.collection.reminder_dialog import ReminderDialog
from fiado_app.ui.common import DateField, ask
from fiado_app.ui.context import AppContext
from fiado_app.ui.labels import behaviour_label


class CustomerCollectionPanel(QWidget):
    title = "Cobrança"

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.name = customers.get_customer(ctx.db, customer_id).name
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.pause_until = DateField(ctx.today() + timedelta(days=7), self)
        pause = QPushButton(self.tr("Não cobrar até"))
        self.resume_button = QPushButton(self.tr("Voltar a cobrar"))
        exclude = QPushButton(self.tr("Excluir dos lembretes"))
        self.reminder_button = reminder = QPushButton(self.tr("Lembrete…"))
        self.log_button = log = QPushButton(self.tr("Registrar contato"))
        pause.clicked.connect(self._pause)
        self.resume_button.clicked.connect(self._resume)
        exclude.clicked.connect(self._exclude)
        reminder.clicked.connect(lambda: ReminderDialog(ctx, customer_id, parent=self).exec())
        log.clicked.connect(lambda: ContactDialog(ctx, customer_id, self.name, parent=self).exec())
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Quando"),
                self.tr("Canal"),
                self.tr("Resultado"),
                self.tr("Promessa"),
                self.tr("Observação"),
            ]  # fmt: skip
        )
        self.history.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.undo_button = QPushButton(self.tr("Desfazer contato…"))
        self.undo_button.setToolTip(self.tr("Para um contato registrado por engano"))
        self.undo_button.clicked.connect(self._undo_contact)
        # Asks before undoing a contact (tests answer for the owner).
        self.confirm_undo: Callable[[str], bool] = self._confirm_undo
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        row = QHBoxLayout()
        for w in (reminder, log, pause, self.pause_until, self.resume_button, exclude):
            row.addWidget(w)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.state_label)
        layout.addLayout(row)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Histórico de contatos")))
        heading.addStretch()
        heading.addWidget(self.undo_button)
        layout.addLayout(heading)
        layout.addWidget(self.history, 1)
        ctx.connect_refresh(self.refresh, self, customer_id=customer_id)
        self.refresh()

    def set_contact_buttons_visible(self, visible: bool) -> None:
        """Hide "Lembrete…" / "Registrar contato" when the host window offers them already."""
        self.reminder_button.setVisible(visible)
        self.log_button.setVisible(visible)

    def refresh(self) -> None:
        s = collection.collection_summary(self.ctx.db, self.customer_id, self.ctx.today())
        stage = (
            self.tr(" · Etapa atual: {stage}").format(stage=s.stage_name) if s.stage_name else ""
        )
        self.summary_label.setText(
            self.tr("<b>{name}</b> · Comportamento: <b>{behaviour}</b>").format(
                name=self.name, behaviour=behaviour_label(s.behaviour)
            )
            + stage
            + "<br>"
            + self.tr(
                "Promessas cumpridas: {kept} · não cumpridas: {broken} · abertas: {open}"
            ).format(kept=s.promises_kept, broken=s.promises_broken, open=s.promises_open)
        )
        st = s.state
        if st.excluded:
            text = self.tr("Excluído dos lembretes") + (
                f": {st.excluded_reason}" if st.excluded_reason else ""
            )
        elif st.paused_until:
            text = self.tr("Não cobrar até {date}: {reason}").format(
                date=format_date(st.paused_until), reason=st.pause_reason
            )
        else:
            text = self.tr("Recebe lembretes normalmente.")
        self.state_label.setText(text)
        self.resume_button.setEnabled(st.excluded or st.paused_until is not None)
        self.history.setRowCount(len(s.contacts))
        for r, c in enumerate(s.contacts):
            promise = ""
            if c.promise_date:
                value = f"{format_brl(c.promise_cents)} " if c.promise_cents else ""
                promise = value + self.tr("até {date}").format(date=format_date(c.promise_date))
                promise += " "
                promise += f"({PROMISE_LABELS.get(c.promise_status or '', '')})"
            cells = [format_datetime(c.at), CHANNEL_LABELS.get(c.channel, c.channel),
                     OUTCOME_LABELS.get(c.outcome, c.outcome), promise, c.note]  # fmt: skip
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.history.setItem(r, col, item)
        self.history.resizeColumnsToContents()

    def _undo_contact(self) -> None:
        row = self.history.currentRow()
        item = self.history.item(row, 0) if row >= 0 else None
        if item is None:
            QMessageBox.information(
                self, self.tr("Desfazer contato"), self.tr("Escolha no histórico o contato.")
            )
            return
        cells = [self.history.item(row, col) for col in (0, 1, 2)]
        what = " · ".join(cell.text() for cell in cells if cell is not None)
        if not self.confirm_undo(
            self.tr(
                "Desfazer o contato “{what}”? Ele deixa de contar (agenda, etapas, promessas); "
                "fica guardado como desfeito."
            ).format(what=what)
        ):
            return
        contact_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.ctx.perform(
            lambda: collection.undo_contact(self.ctx.db, contact_id),
            parent=self,
            title=self.tr("Desfazer contato"),
        )

    def _confirm_undo(self, question: str) -> bool:
        return ask(self, self.tr("Desfazer contato"), question)

    def _pause(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Pausar cobrança"), self.tr("Motivo:"))
        if not ok:
            return
        self.ctx.perform(
            lambda: collection.pause(
                self.ctx.db,
                self.customer_id,
                self.pause_until.value(),
                reason,
                today=self.ctx.today(),
            ),
            parent=self,
            title=self.tr("Pausar cobrança"),
        )

    def _resume(self) -> None:
        self.ctx.perform(lambda: collection.resume(self.ctx.db, self.customer_id), parent=self)

    def _exclude(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Excluir dos lembretes"), self.tr("Motivo (opcional):")
        )
        if ok:
            self.ctx.perform(
                lambda: collection.exclude(self.ctx.db, self.customer_id, reason),
                parent=self,
                title=self.tr("Excluir dos lembretes"),
            )
