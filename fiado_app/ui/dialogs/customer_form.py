"""The customer's data as a form (same fields and validation as the CLI) and "Novo cliente"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from fiado_app.domain.br_documents import format_document
from fiado_app.domain.money import format_plain
from fiado_app.domain.phones import format_phone
from fiado_app.domain.records import CustomerRecord
from fiado_app.services.customers import CustomerInput, add_customer
from fiado_app.ui.address_fields import add_address_rows, show_address
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.base import FormDialog


def _safe(fn: Callable[[str], str], value: str | None) -> str:
    try:
        return fn(value) if value else ""
    except Exception:
        return value or ""


class CustomerForm(QWidget):
    """Name, nickname, phone, CPF/CNPJ, e-mail, address, credit limit, notes."""

    FIELDS = (
        "name",
        "nickname",
        "phone",
        "document",
        "credit_limit",
        "email",
    )  # then the address (domain/address.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("&Nome"),
            "nickname": self.tr("&Apelido"),
            "phone": self.tr("&Telefone"),
            "document": self.tr("CPF/CNPJ"),
            "credit_limit": self.tr("&Limite de crédito (R$)"),
            "email": self.tr("E-mail"),
        }
        for key in self.FIELDS:
            edit = QLineEdit(self)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits |= add_address_rows(form, self)
        self.edits["name"].setPlaceholderText(self.tr("Obrigatório"))
        self.edits["phone"].setPlaceholderText("(11) 98765-4321")
        self.edits["document"].setPlaceholderText(self.tr("Opcional"))
        self.edits["credit_limit"].setPlaceholderText(self.tr("Sem limite"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        form.addRow(self.tr("Observações"), self.notes)

    def load(self, c: CustomerRecord) -> None:
        values = {
            "name": c.name,
            "nickname": c.nickname,
            "phone": _safe(format_phone, c.phone),
            "document": _safe(format_document, c.document),
            "credit_limit": format_plain(c.credit_limit_cents)
            if c.credit_limit_cents is not None
            else "",
            "email": c.email,
        }
        for key, value in values.items():
            self.edits[key].setText(value or "")
        show_address(self.edits, c.address)
        self.notes.setPlainText(c.notes)

    def to_input(self) -> CustomerInput:
        values = {key: edit.text() for key, edit in self.edits.items()}
        return CustomerInput(**values, notes=self.notes.toPlainText())


class NewCustomerDialog(FormDialog[CustomerRecord]):
    settings_key = "NewCustomerDialog"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(ctx, self.tr("Novo cliente"), self.tr("Cadastrar"), parent)
        self.customer_form = CustomerForm(self)
        self.layout_.insertWidget(0, self.customer_form)
        self.finish_layout()
        self.setMinimumWidth(460)
        # What was typed in a sale's customer field: a name, or digits of a phone number.
        typed = name.strip()
        key = (
            "phone" if typed and sum(c in "0123456789" for c in typed) >= len(typed) / 2 else "name"
        )
        self.customer_form.edits[key].setText(typed)
        # the cursor waits in the next field to fill, not over what was just typed
        self.customer_form.edits["phone" if key == "name" and typed else "name"].setFocus()

    def save(self) -> CustomerRecord:
        return add_customer(self.ctx.db, self.customer_form.to_input())
