"""Fazer acordo: the simulator (the schedule follows every change) and the whole flow that
follows it (the summary, the carnê and the term: ui/dialogs/agreement_documents.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.agreement import (
    DEFAULT_BREAK_DAYS,
    AgreementRecord,
    Plan,
    default_first_due,
    plan,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl, parse_positive_cents
from fiado_app.domain.records import CustomerRecord, OpenSale
from fiado_app.domain.vocabulary import PAYMENT_METHODS
from fiado_app.services import agreements
from fiado_app.ui.common import DateField, GrowingLabel, MoneyEdit, fit_window, text_room
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.agreement_documents import AgreementMadeDialog
from fiado_app.ui.dialogs.base import FormDialog
from fiado_app.ui.labels import method_label

EVERY_CHOICES = (None, 7, 10, 15, 30)  # monthly, or every N days


def _optional_cents(edit: MoneyEdit) -> int:
    """An optional amount: empty is zero."""
    if not edit.text().strip():
        return 0
    try:
        return parse_positive_cents(edit.text())
    except InvalidInput:
        edit.setFocus()
        raise


class AgreementDialog(FormDialog[AgreementRecord]):
    """The owner picks the sales (all by default), the instalments, the entrada, the discount
    and the first due date; the schedule below follows every change."""

    settings_key = "AgreementDialog"

    def __init__(self, ctx: AppContext, customer: CustomerRecord, parent: QWidget | None = None):
        super().__init__(
            ctx,
            self.tr("Fazer acordo: {name}").format(name=customer.name),
            self.tr("Fazer acordo"),
            parent,
        )
        self.customer = customer
        self.today = ctx.today()
        self.open_sales: list[OpenSale] = agreements.open_for_agreement(
            ctx.db, customer.id, self.today
        )
        self.plan: Plan | None = None

        self.count = QSpinBox(self)
        self.count.setRange(1, 120)
        self.count.setValue(3)
        self.count.setSuffix(self.tr(" parcelas"))
        self.every = QComboBox(self)
        for days in EVERY_CHOICES:
            label = self.tr("mensais") if days is None else self.tr("a cada {n} dias")
            self.every.addItem(label.format(n=days), days)
        self.first_due = DateField(self._default_first_due(), self)
        self._first_due_touched = False
        self.down_payment = MoneyEdit(self)
        self.method = QComboBox(self)
        for key in PAYMENT_METHODS:
            self.method.addItem(method_label(key), key)
        self.discount = MoneyEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Ex.: pagou a entrada à vista"))
        self.break_days = QSpinBox(self)
        self.break_days.setRange(1, 365)
        self.break_days.setValue(agreements.get_break_days(ctx.db) or DEFAULT_BREAK_DAYS)
        self.break_days.setSuffix(self.tr(" dias de atraso"))
        self.accelerate = QCheckBox(self.tr("as parcelas a vencer vencem de uma vez"), self)
        self.accelerate.setChecked(True)
        self.lose_discount = QCheckBox(self.tr("o abatimento volta a ser devido"), self)

        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.every, 1)
        self.form.addRow(self._label(self.tr("&Parcelas"), self.count), row)
        self.form.addRow(self.tr("&1ª parcela vence em"), self.first_due)
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.down_payment, 1)
        pay_row.addWidget(self.method, 1)
        self.form.addRow(self._label(self.tr("&Entrada (hoje)"), self.down_payment), pay_row)
        self.form.addRow(self.tr("A&batimento"), self.discount)
        self.form.addRow(self.tr("&Motivo do abatimento"), self.reason)
        self.form.addRow(self.tr("Rompido após"), self.break_days)
        self.form.addRow(self.tr("Se rompido:"), self.accelerate)
        self.form.addRow("", self.lose_discount)

        self.sales = QListWidget(self)
        self.sales.setObjectName("agreementSales")
        for sale in self.open_sales:
            text = self.tr("{date} {what}: {amount} (vence {due})").format(
                date=format_date(sale.date),
                what=sale.description.strip() or self.tr("Compra"),
                amount=format_brl(sale.open_cents),
                due=format_date(sale.due_date),
            )
            item = QListWidgetItem(text, self.sales)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, sale.entry_id)
        self.sales.setMinimumHeight(4 * self.fontMetrics().height() + 12)
        self.schedule = QTableWidget(0, 3, self)
        self.schedule.setHorizontalHeaderLabels(
            [self.tr("Parcela"), self.tr("Vencimento"), self.tr("Valor")]
        )
        self.schedule.verticalHeader().hide()
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.schedule.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.setMinimumWidth(text_room(self, "Parcela 12 de 12  00/00/0000  R$ 10.000,00"))
        self.totals = GrowingLabel(self)
        self.totals.setObjectName("preview")

        # The terms and the sales on the left, the schedule they make on the right.
        self.layout_.removeItem(self.form)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self._label(self.tr("&Compras incluídas no acordo:"), self.sales))
        left.addWidget(self.sales, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Parcelas:"), self))
        right.addWidget(self.schedule, 1)
        right.addWidget(self.totals)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.layout_.addLayout(columns, 1)

        for signal in (
            self.count.valueChanged,
            self.every.currentIndexChanged,
            self.down_payment.textChanged,
            self.discount.textChanged,
            self.sales.itemChanged,
        ):
            signal.connect(self.simulate)
        self.first_due.dateChanged.connect(self._first_due_typed)
        self.every.currentIndexChanged.connect(self._every_changed)
        self.finish_layout()
        fit_window(self, self.settings_key, 900, 600)
        self.simulate()
        self.count.setFocus()  # the first thing to decide: in how many instalments
        self.count.selectAll()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- the simulator ------------------------------------------------------------------------

    def _every_days(self) -> int | None:
        value = self.every.currentData()
        return None if value is None else int(value)

    def _default_first_due(self) -> date:
        return default_first_due(self.today, self._every_days())

    def _first_due_typed(self) -> None:
        self._first_due_touched = True
        self.simulate()

    def _every_changed(self) -> None:
        if not self._first_due_touched:  # follow the period until the owner picks a date
            self.first_due.blockSignals(True)
            self.first_due.set_value(self._default_first_due())
            self.first_due.blockSignals(False)
            self.simulate()

    def chosen_sales(self) -> list[int]:
        ids = []
        for row in range(self.sales.count()):
            item = self.sales.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _plan(self) -> Plan:
        chosen = set(self.chosen_sales())
        if not chosen:
            raise InvalidInput(self.tr("Marque ao menos uma compra para o acordo."))
        covered = sum(s.open_cents for s in self.open_sales if s.entry_id in chosen)
        return plan(
            covered,
            self.count.value(),
            made_on=self.today,
            down_payment_cents=_optional_cents(self.down_payment),
            discount_cents=_optional_cents(self.discount),
            first_due=self.first_due.value(),
            every_days=self._every_days(),
        )

    def simulate(self) -> None:
        try:
            self.plan = self._plan()
        except InvalidInput as exc:
            self.plan = None
            self.error.show_message(str(exc))
            self.ok_button.setEnabled(False)
            self.schedule.setRowCount(0)
            self.totals.setText("")
            return
        self.error.clear_message()
        self.ok_button.setEnabled(True)
        p = self.plan
        self.schedule.setRowCount(len(p.installments))
        count = len(p.installments)
        for row, item in enumerate(p.installments):
            cells = [
                self.tr("{n} de {count}").format(n=item.number, count=count),
                format_date(item.due),
                format_brl(item.amount_cents),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.schedule.setItem(row, col, cell)
        parts = [self.tr("Em aberto: {amount}").format(amount=format_brl(p.covered_cents))]
        if p.discount_cents:
            parts.append(self.tr("abatimento {amount}").format(amount=format_brl(p.discount_cents)))
        parts.append(self.tr("total do acordo {amount}").format(amount=format_brl(p.total_cents)))
        if p.down_payment_cents:
            parts.append(
                self.tr("entrada hoje {amount}").format(amount=format_brl(p.down_payment_cents))
            )
        parts.append(self.tr("parcelado {amount}").format(amount=format_brl(p.financed_cents)))
        self.totals.setText(" · ".join(parts))

    def save(self) -> AgreementRecord:
        self._plan()  # the message of what is wrong, with the cursor on it
        discount = _optional_cents(self.discount)
        return agreements.make_agreement(
            self.ctx.db,
            self.customer.id,
            self.count.value(),
            down_payment_cents=_optional_cents(self.down_payment),
            method=str(self.method.currentData()),
            discount_cents=discount,
            reason=self.reason.text() if discount else "",
            first_due=self.first_due.value(),
            every_days=self._every_days(),
            sale_ids=self.chosen_sales(),
            break_after_days=self.break_days.value(),
            accelerate_on_break=self.accelerate.isChecked(),
            discount_lost_on_break=self.lose_discount.isChecked(),
            today=self.today,
        )


def make_agreement_for(
    parent: QWidget, ctx: AppContext, customer: CustomerRecord
) -> AgreementRecord | None:
    """The whole flow: the simulator, then the summary and the documents."""
    if not agreements.open_for_agreement(ctx.db, customer.id, ctx.today()):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("agreement", "Fazer acordo"),
            QCoreApplication.translate(
                "agreement", "{name} não tem compras em aberto para um acordo."
            ).format(name=customer.name),
        )
        return None
    dialog = AgreementDialog(ctx, customer, parent)
    if not dialog.exec() or dialog.result_record is None:
        return None
    made = AgreementMadeDialog(ctx, dialog.result_record, customer.phone, parent)
    made.exec()
    return dialog.result_record
