"""Estorno (reverse an entry, with a reason) and Abatimento (lower what a customer owes)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord, EntryRecord
from fiado_app.domain.vocabulary import SALE
from fiado_app.services.ledger import customer_balance, record_discount, reverse_entry
from fiado_app.ui.common import DateField, GrowingLabel, MoneyEdit
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.base import FormDialog
from fiado_app.ui.models import describe


class ReversalDialog(FormDialog[EntryRecord]):
    settings_key = "ReversalDialog"

    def __init__(self, ctx: AppContext, entry: EntryRecord, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Estornar lançamento"), self.tr("Estornar"), parent)
        self.entry = entry
        summary = QLabel(
            self.tr("Lançamento nº {number} de {date}: {what} — {amount}").format(
                number=entry.id,
                date=format_date(entry.date),
                what=describe(entry),
                amount=format_brl(entry.amount_cents),
            ),
            self,
        )
        summary.setWordWrap(True)
        explain = GrowingLabel(self)
        explain.setText(
            self.tr(
                "O lançamento continua no extrato, riscado, e um estorno com o motivo é "
                "registrado. Nada é apagado. Um engano deixa de contar em todas as datas; "
                "um Pix ou cheque que voltou conta até o dia em que voltou."
            )
        )
        explain.setObjectName("hint")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Ex.: valor digitado errado"))
        self.form.addRow(summary)
        self.form.addRow(explain)
        self.after = GrowingLabel(self)  # what the customer owes once it is reversed
        self.after.setObjectName("preview")
        self.after.setText(self._after_text(customer_balance(ctx.db, entry.customer_id)))
        self.form.addRow(self.after)
        self.form.addRow(self.tr("&Motivo"), self.reason)
        # On a row of its own: beside the date, the long label left Motivo a sliver of a field.
        self.bounced = QCheckBox(
            self.tr("Não foi engano (um Pix ou cheque que voltou): deixa de valer numa data"),
            self,
        )
        self.effective = DateField(ctx.today(), self)
        self.effective.setEnabled(False)
        self.bounced.toggled.connect(self.effective.setEnabled)
        self.form.addRow(self.bounced)
        self.form.addRow(self.tr("A &partir de"), self.effective)
        self.finish_layout()
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def _after_text(self, balance: int) -> str:
        """The balance once reversed, said as the owner would: a sale already paid leaves the
        customer a credit, a payment reversed puts the debt back."""
        effect = self.entry.amount_cents if self.entry.kind == SALE else -self.entry.amount_cents
        after = balance - effect
        now = self.tr("Saldo agora: {amount}.").format(amount=self._balance_words(balance))
        if after < 0 and self.entry.kind == SALE:
            return (
                now
                + " "
                + self.tr(
                    "Esta venda já foi paga: com o estorno, o cliente fica com {credit} de crédito "
                    "(a devolver ou abater na próxima compra)."
                ).format(credit=format_brl(-after))
            )
        return (
            now
            + " "
            + self.tr("Depois do estorno: {amount}.").format(amount=self._balance_words(after))
        )

    def _balance_words(self, cents: int) -> str:
        if cents < 0:
            return self.tr("crédito de {amount}").format(amount=format_brl(-cents))
        return format_brl(cents)

    def save(self) -> EntryRecord:
        if not self.reason.text().strip():
            self.reason.setFocus()
            raise InvalidInput(self.tr("Informe o motivo do estorno."))
        return reverse_entry(
            self.ctx.db,
            self.entry.id,
            reason=self.reason.text(),
            effective=self.effective.value() if self.bounced.isChecked() else None,
            today=self.ctx.today(),
        )


class DiscountDialog(FormDialog[EntryRecord]):
    settings_key = "DiscountDialog"

    def __init__(self, ctx: AppContext, customer: CustomerRecord, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Abatimento"), self.tr("Registrar abatimento"), parent)
        self.customer = customer
        balance = customer_balance(ctx.db, customer.id)
        info = QLabel(
            self.tr("{name} deve {amount}.").format(name=customer.name, amount=format_brl(balance)),
            self,
        )
        self.amount = MoneyEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Ex.: desconto combinado, perdão de centavos"))
        self.on = DateField(ctx.today(), self)
        self.form.addRow(info)
        self.form.addRow(self.tr("&Valor (R$)"), self.amount)
        self.form.addRow(self.tr("&Motivo"), self.reason)
        self.form.addRow(self.tr("&Data"), self.on)
        self.finish_layout()
        self.setMinimumWidth(420)
        self.amount.setFocus()

    def save(self) -> EntryRecord:
        try:
            amount = self.amount.cents()
        except InvalidInput:
            self.amount.setFocus()
            raise
        return record_discount(
            self.ctx.db,
            self.customer.id,
            amount,
            reason=self.reason.text(),
            on=self.on.value(),
            today=self.ctx.today(),
        )
