"""Nova venda (Ctrl+N): who, how much, what, when it is due — and, before confirming, where the
customer stands: balance, days overdue, credit limit, with visible warnings at the counter."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord, EntryRecord, ReceivableRow
from fiado_app.domain.sale_sizes import UsualSale
from fiado_app.services.ledger import record_sale, unusual_sale
from fiado_app.services.receivables import customer_position
from fiado_app.services.shop import shop_terms
from fiado_app.services.shop_record import get_shop
from fiado_app.ui.common import Banner, DateField, GrowingLabel, MoneyEdit
from fiado_app.ui.context import AppContext
from fiado_app.ui.customer_picker import CustomerPicker
from fiado_app.ui.dialogs.base import FormDialog


class SaleDialog(FormDialog[EntryRecord]):
    settings_key = "SaleDialog"

    def __init__(
        self,
        ctx: AppContext,
        customer: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Nova venda"), self.tr("Registrar venda"), parent)
        self.position: ReceivableRow | None = None
        # Asks the owner to confirm an unusually large sale (tests answer for the owner).
        self.confirm_large: Callable[[str], bool] = self._ask_large
        today = ctx.today()
        self.terms = shop_terms(get_shop(ctx.db))

        self.customer = CustomerPicker(ctx, self)
        self.customer.setToolTip(self.tr("Digite parte do nome, do apelido ou do telefone"))
        self.new_customer_button = QPushButton(self.tr("Novo cliente…"), self)
        self.new_customer_button.setAutoDefault(False)
        self.new_customer_button.setToolTip(
            self.tr("Cadastrar quem ainda não está na lista, sem sair da venda (Ctrl+Shift+N)")
        )
        self.new_customer_button.setShortcut("Ctrl+Shift+N")
        self.new_customer_button.clicked.connect(self.new_customer)
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(self.new_customer_button)
        self.situation = GrowingLabel(self)  # a second line of figures makes room for itself
        self.situation.setObjectName("situation")
        self.warning = Banner("warning", self)
        self.amount = MoneyEdit(self)
        self.amount.setToolTip(self.tr("Valor da venda, por exemplo 12,50"))
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("O que foi levado (opcional)"))
        self.description.setMaxLength(200)
        self.sale_date = DateField(today, self)
        self.due = DateField(self.terms.due_date(today), self)
        self.due.setToolTip(self.tr("Prazo da loja: {terms}").format(terms=self.terms.describe()))
        self.reason_label = QLabel(self.tr("Motivo para vender acima do limite"), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Ex.: combinado com o cliente, paga na sexta"))

        customer_label = QLabel(self.tr("&Cliente"), self)
        customer_label.setBuddy(self.customer)
        self.form.addRow(customer_label, customer_row)
        self.form.addRow("", self.situation)
        self.form.addRow(self.tr("&Valor (R$)"), self.amount)
        self.form.addRow(self.tr("&Descrição"), self.description)
        self.form.addRow(self.tr("Data da &venda"), self.sale_date)
        self.form.addRow(self.tr("Ve&ncimento"), self.due)
        self.layout_.addWidget(self.warning)
        # The reason spans the form's width: its long label would squeeze every field.
        self.reason_label.setBuddy(self.reason)
        self.form.addRow(self.reason_label)
        self.form.addRow(self.reason)
        self.reason_label.hide()
        self.reason.hide()
        self.finish_layout()
        self.setMinimumWidth(540)
        # Name, Tab, amount, Enter: Tab from the customer goes to Valor; "Novo cliente…" has its
        # shortcut (Ctrl+Shift+N) and comes last.
        QWidget.setTabOrder(self.customer, self.amount)
        QWidget.setTabOrder(self.due, self.new_customer_button)

        self.customer.customer_changed.connect(self._customer_changed)
        self.customer.picked.connect(self.amount.setFocus)  # the next digit goes to Valor
        self.amount.textChanged.connect(self._update_warnings)
        self.sale_date.dateChanged.connect(
            lambda: self.due.set_value(self.terms.due_date(self.sale_date.value()))
        )
        self.customer.set_customer(customer)
        (self.amount if customer else self.customer).setFocus()

    def accept(self) -> None:
        """A sale far above what this customer and the shop usually sell is confirmed first
        (a phone number typed into Valor, an extra zero): the owner may go back and fix it."""
        customer, amount = self.customer.customer, self.amount.cents_or_none()
        if customer is not None and amount is not None:
            usual = unusual_sale(self.ctx.db, customer.id, amount, self.ctx.today())
            if usual is not None and not self.confirm_large(
                self._large_text(customer, amount, usual)
            ):
                self.amount.setFocus()
                self.amount.selectAll()
                return
        super().accept()

    def _large_text(self, customer: CustomerRecord, amount: int, usual: UsualSale) -> str:
        facts = []
        if usual.customer_largest:
            facts.append(
                self.tr("a maior compra de {name} nos últimos 12 meses foi {amount}").format(
                    name=customer.name, amount=format_brl(usual.customer_largest)
                )
            )
        if usual.shop_typical:
            facts.append(
                self.tr("as vendas maiores da loja ficam em torno de {amount}").format(
                    amount=format_brl(usual.shop_typical)
                )
            )
        why = "; ".join(facts) if facts else self.tr("é um valor alto para uma venda fiado")
        return self.tr(
            "Registrar uma venda de {amount} para {name}?\n\nÉ bem acima do costume: {why}. "
            "Confira se não foi digitado um telefone ou um zero a mais."
        ).format(amount=format_brl(amount), name=customer.name, why=why)

    def _ask_large(self, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Confirmar valor alto"), text, parent=self
        )
        yes = box.addButton(self.tr("Sim, registrar"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Voltar e corrigir"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)  # Enter twice must not record the slip
        box.exec()
        return box.clickedButton() is yes

    def new_customer(self) -> None:
        """A first sale to someone new: register them here, then the sale goes on."""
        from fiado_app.ui.dialogs.customer_form import NewCustomerDialog

        typed = self.customer.text() if self.customer.customer is None else ""
        dialog = NewCustomerDialog(self.ctx, self, name=typed)
        if dialog.exec() and isinstance(dialog.result_record, CustomerRecord):
            self.customer.set_customer(dialog.result_record)
            self.amount.setFocus()

    def _customer_changed(self, customer: CustomerRecord | None) -> None:
        # The customer is unmistakable: named in the title bar as well as in the field.
        self.setWindowTitle(
            self.tr("Nova venda para {name}").format(name=customer.name)
            if customer
            else self.tr("Nova venda")
        )
        self.position = (
            customer_position(self.ctx.db, customer.id, self.ctx.today()) if customer else None
        )
        self._update_warnings()

    def _update_warnings(self) -> None:
        p = self.position
        if p is None:
            self.situation.setText(self.tr("Escolha o cliente para ver o saldo e o limite."))
            self.warning.clear_message()
            self._show_reason(False)
            return
        limit = (
            format_brl(p.credit_limit_cents)
            if p.credit_limit_cents is not None
            else self.tr("sem limite")
        )
        figures = (
            self.tr("Saldo: {balance}   ·   Vencido: {overdue}   ·   Limite: {limit}")
            .format(
                balance=format_brl(p.open_cents), overdue=format_brl(p.overdue_cents), limit=limit
            )
            .replace(": ", ":\u00a0")  # a line may break between the figures, not inside one
        )
        self.situation.setText(f"<b>{html.escape(p.name)}</b><br>{html.escape(figures)}")
        warnings = []
        if p.is_overdue:
            warnings.append(
                self.tr(
                    "Atenção: cliente em atraso — {amount} vencidos há {days} dias (desde {date})."
                ).format(
                    amount=format_brl(p.overdue_cents),
                    days=p.days_overdue,
                    date=format_date(p.oldest_overdue_due),
                )
            )
        above = self._above_limit()
        if above is not None:
            warnings.append(
                self.tr(
                    "Atenção: com esta venda o saldo vai a {after}, acima do limite de {limit}. "
                    "Para vender mesmo assim, informe o motivo."
                ).format(after=format_brl(above), limit=limit)
            )
        self.warning.show_message("\n".join(warnings))
        self._show_reason(above is not None)

    def _above_limit(self) -> int | None:
        p = self.position
        amount = self.amount.cents_or_none()
        if p is None or p.credit_limit_cents is None or amount is None:
            return None
        after = p.open_cents + amount
        return after if after > p.credit_limit_cents else None

    def _show_reason(self, visible: bool) -> None:
        self.reason_label.setVisible(visible)
        self.reason.setVisible(visible)

    def save(self) -> EntryRecord:
        customer, amount = self.customer_and_amount(self.customer, self.amount)
        return record_sale(
            self.ctx.db,
            customer.id,
            amount,
            on=self.sale_date.value(),
            due=self.due.value(),
            description=self.description.text(),
            override_reason=self.reason.text() if self._above_limit() is not None else "",
            today=self.ctx.today(),
        )
