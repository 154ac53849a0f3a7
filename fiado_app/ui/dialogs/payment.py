"""Pagamento (F4): amount (or "pagar tudo"), method, date — and what it settles and what
remains, oldest due first, before confirming."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord, EntryRecord, Settlement
from fiado_app.domain.vocabulary import PAYMENT_METHODS
from fiado_app.services.ledger import customer_balance, preview_payment, record_payment
from fiado_app.ui.common import DateField, GrowingLabel, MoneyEdit
from fiado_app.ui.context import AppContext
from fiado_app.ui.customer_picker import CustomerPicker
from fiado_app.ui.dialogs.base import FormDialog
from fiado_app.ui.labels import method_label


class PaymentDialog(FormDialog[EntryRecord]):
    settings_key = "PaymentDialog"

    def __init__(
        self,
        ctx: AppContext,
        customer: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Pagamento"), self.tr("Registrar pagamento"), parent)
        self.balance = 0
        self.customer = CustomerPicker(ctx, self)
        self.customer.setToolTip(self.tr("Digite parte do nome, do apelido ou do telefone"))
        self.amount = MoneyEdit(self)
        self.pay_all = QPushButton(self.tr("Pagar &tudo"), self)
        self.pay_all.setToolTip(self.tr("Preenche o saldo inteiro (Alt+T)"))
        self.pay_all.setAutoDefault(False)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.pay_all)
        self.method = QComboBox(self)
        for key in PAYMENT_METHODS:
            self.method.addItem(method_label(key), key)
        self.on = DateField(ctx.today(), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Observação (opcional)"))
        self.allow_credit = QCheckBox(
            self.tr("Guardar o que passar do saldo como crédito do cliente"), self
        )
        self.allow_credit.hide()
        self.preview = GrowingLabel(self)  # the dialog grows with the lines it settles
        self.preview.setObjectName("preview")

        self.form.addRow(self.tr("&Cliente"), self.customer)
        amount_label = QLabel(self.tr("&Valor (R$)"), self)
        amount_label.setBuddy(self.amount)  # a row holding a layout gets no buddy by itself
        self.form.addRow(amount_label, amount_row)
        self.form.addRow(self.tr("&Forma"), self.method)
        self.form.addRow(self.tr("&Data"), self.on)
        self.form.addRow(self.tr("&Observação"), self.note)
        self.form.addRow("", self.allow_credit)
        self.layout_.addWidget(self.preview)
        self.finish_layout()
        self.setMinimumWidth(500)

        self.customer.customer_changed.connect(self._customer_changed)
        self.customer.picked.connect(self.amount.setFocus)  # the next digit goes to Valor
        self.amount.textChanged.connect(self._update_preview)
        self.allow_credit.toggled.connect(self._update_preview)
        self.pay_all.clicked.connect(self._fill_all)
        self.customer.set_customer(customer)
        (self.amount if customer else self.customer).setFocus()

    def _customer_changed(self, customer: CustomerRecord | None) -> None:
        self.balance = customer_balance(self.ctx.db, customer.id) if customer else 0
        self.pay_all.setEnabled(self.balance > 0)
        self._update_preview()

    def _fill_all(self) -> None:
        if self.balance > 0:
            self.amount.set_cents(self.balance)
        self.amount.setFocus()

    def _update_preview(self) -> None:
        customer = self.customer.customer
        amount = self.amount.cents_or_none()
        if customer is None:
            self.preview.setText(self.tr("Escolha o cliente para ver o saldo."))
            return
        if amount is None:
            self.preview.setText(
                self.tr("Saldo de {name}: {balance}").format(
                    name=customer.name, balance=format_brl(self.balance)
                )
            )
            self.allow_credit.hide()
            return
        self.preview.setText(self.describe(preview_payment(self.ctx.db, customer.id, amount)))
        self.allow_credit.setVisible(amount > self.balance)

    PREVIEW_SALES = 4  # sales named in the preview at most

    def describe(self, s: Settlement) -> str:
        lines = [self.tr("Saldo antes: {amount}").format(amount=format_brl(s.balance_before_cents))]
        # The oldest few by name; a payment that settles a long list sums up the rest, so the
        # balance left (the line that matters) stays in view.
        shown = (
            s.settles
            if len(s.settles) <= self.PREVIEW_SALES
            else s.settles[: self.PREVIEW_SALES - 1]
        )
        for sale, part in shown:
            done = part >= sale.open_cents
            what = sale.description or self.tr("venda nº {number}").format(number=sale.entry_id)
            template = (
                self.tr("• Quita {what} de {date} (vence {due}): {amount}")
                if done
                else self.tr("• Paga parte de {what} de {date} (vence {due}): {amount}")
            )
            lines.append(
                template.format(
                    what=what,
                    date=format_date(sale.date),
                    due=format_date(sale.due_date),
                    amount=format_brl(part),
                )
            )
        rest = s.settles[len(shown) :]
        if rest:
            lines.append(
                self.tr("• e mais {count} compras: {amount}").format(
                    count=len(rest), amount=format_brl(sum(part for _sale, part in rest))
                )
            )
        lines.append(self.tr("Fica devendo: {amount}").format(amount=format_brl(s.remaining_cents)))
        if s.excess_cents > 0:
            lines.append(
                (
                    self.tr("Passa do saldo em {amount}: fica como crédito do cliente.")
                    if self.allow_credit.isChecked()
                    else self.tr(
                        "Passa do saldo em {amount}. Para guardar a diferença como crédito do "
                        "cliente, marque a opção acima; ou corrija o valor."
                    )
                ).format(amount=format_brl(s.excess_cents))
            )
        return "\n".join(lines)

    def save(self) -> EntryRecord:
        customer, amount = self.customer_and_amount(self.customer, self.amount)
        return record_payment(
            self.ctx.db,
            customer.id,
            amount,
            on=self.on.value(),
            method=self.method.currentData(),
            note=self.note.text(),
            allow_credit=self.allow_credit.isChecked(),
            today=self.ctx.today(),
        )
