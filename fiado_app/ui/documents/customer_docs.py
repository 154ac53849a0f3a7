"""Documents reached from one customer: the statement PDF for a period, the letter of a chosen
type, the receipt of a payment (offered right after the payment is recorded)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.errors import FiadoError
from fiado_app.domain.records import CustomerRecord, EntryRecord
from fiado_app.services import ledger, letters, printing
from fiado_app.ui.common import Banner, DateField
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.payment import PaymentDialog
from fiado_app.ui.documents.actions import print_customer_letter
from fiado_app.ui.documents.dialogs import offer_receipt
from fiado_app.ui.documents.preview import DocumentPreview

STATEMENT_DAYS = 90


def default_statement_start(ctx: AppContext, customer_id: int, today: date) -> date:
    """The last 90 days, reaching back to the oldest purchase still open: every open item
    shows, and a long history does not fill pages."""
    start = today - timedelta(days=STATEMENT_DAYS)
    sales = ledger.open_sales(ctx.db, customer_id, today)
    return min([start, *(s.date for s in sales)])


class StatementPeriodDialog(QDialog):
    """Asks for the period, then shows the statement PDF in the preview."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.preview: DocumentPreview | None = None
        today = ctx.today()
        self.setWindowTitle(self.tr("Extrato em PDF"))
        self.whole = QCheckBox(self.tr("Desde o primeiro lançamento"))
        self.start = DateField(default_statement_start(ctx, customer_id, today), self)
        self.start.setToolTip(
            self.tr("Padrão: os últimos 90 dias, ou desde a compra mais antiga ainda em aberto")
        )
        self.end = DateField(today, self)
        self.whole.toggled.connect(lambda on: self.start.setEnabled(not on))
        self.error = Banner("error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Gerar PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("", self.whole)
        form.addRow(self.tr("De:"), self.start)
        form.addRow(self.tr("Até:"), self.end)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def period(self) -> tuple[date | None, date]:
        return (None if self.whole.isChecked() else self.start.value()), self.end.value()

    def accept(self) -> None:
        start, end = self.period()
        try:
            data, pdf = printing.statement(
                self.ctx.db, self.customer_id, start, end, self.ctx.today()
            )
        except FiadoError as exc:
            self.error.show_message(str(exc))
            return
        name = data.statement.customer.name
        self.preview = DocumentPreview(
            pdf,
            self.tr("Extrato – {name}").format(name=name),
            f"extrato-{self.customer_id}-{end:%Y-%m-%d}.pdf",
            self.parentWidget(),
        )
        self.preview.show()
        super().accept()


def current_letter_kind(ctx: AppContext, oldest_due: date | None) -> str:
    return letters.current_letter_kind(ctx.db, oldest_due, ctx.today())


class LetterKindDialog(QDialog):
    """Which letter to print for one customer (the current stage is preselected)."""

    def __init__(
        self, kinds: list[tuple[str, str]], kind: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carta de cobrança – {name}").format(name=name))
        self.kind = QComboBox(self)
        for key, title in kinds:
            self.kind.addItem(title, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Visualizar carta"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tipo de carta:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


def choose_and_print_letter(
    parent: QWidget, ctx: AppContext, customer: CustomerRecord, oldest_due: date | None
) -> DocumentPreview | None:
    kinds = letters.letter_kinds(ctx.db)
    dialog = LetterKindDialog(kinds, current_letter_kind(ctx, oldest_due), customer.name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return print_customer_letter(parent, ctx, customer.id, dialog.kind.currentData())


def record_payment_and_offer_receipt(
    parent: QWidget,
    ctx: AppContext,
    customer: CustomerRecord | None,
    on_saved: Callable[[EntryRecord, CustomerRecord | None], None] | None = None,
) -> DocumentPreview | None:
    """The payment dialog; once the payment is recorded (`on_saved` hears of it), offer its
    receipt."""
    dialog = PaymentDialog(ctx, customer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    record = dialog.result_record
    if record is None:
        return None
    if on_saved is not None:
        on_saved(record, dialog.customer.customer)
    return offer_receipt(parent, ctx, record.id)
