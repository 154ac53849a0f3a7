"""Pick a customer by typing part of the name, nickname or phone (accents ignored)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from fiado_app.domain.phones import format_phone
from fiado_app.domain.records import CustomerRecord
from fiado_app.domain.text import fold
from fiado_app.services.customers import search_customers
from fiado_app.ui.context import AppContext


def customer_label(c: CustomerRecord) -> str:
    text = c.name
    if c.nickname:
        text += f" ({c.nickname})"
    if c.phone:
        try:
            text += f" · {format_phone(c.phone)}"
        except Exception:
            text += f" · {c.phone}"
    return text


class CustomerPicker(QLineEdit):
    """A line edit with a completer fed by `search_customers` as the owner types."""

    customer_changed = Signal(object)  # CustomerRecord | None
    picked = Signal()  # chosen from the list: the form moves on to its next field

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer: CustomerRecord | None = None
        self._found: dict[str, CustomerRecord] = {}
        self.setPlaceholderText(self.tr("Nome, apelido ou telefone"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(10)
        self.setCompleter(self._completer)
        # The str overload of the signal (PySide6 stubs do not model overloaded signals).
        self._completer.activated[str].connect(self._choose_label)  # type: ignore[index]
        self.textEdited.connect(self._search)
        self.editingFinished.connect(self._settle)

    def set_customer(self, customer: CustomerRecord | None) -> None:
        self.customer = customer
        self.setText(customer_label(customer) if customer else "")
        self.setCursorPosition(0)  # the name shows, not the end of the phone number
        self.customer_changed.emit(customer)

    def _search(self, text: str) -> None:
        if self.customer is not None and text != customer_label(self.customer):
            self.customer = None
            self.customer_changed.emit(None)
        found = search_customers(self.ctx.db, text, limit=15) if text.strip() else []
        self._found = {customer_label(c): c for c in found}
        self._model.setStringList(list(self._found))
        if found:
            self._completer.complete()

    def _choose_label(self, label: str) -> None:
        customer = self._found.get(label)
        if customer is not None:
            self.set_customer(customer)
            # After the completer has closed: what is typed next must not edit the choice.
            QTimer.singleShot(0, self.picked.emit)

    def _settle(self) -> None:
        """Leaving the field with a unique match (or an exact name) picks that customer."""
        if self.customer is not None or not self.text().strip():
            return
        typed = fold(self.text())
        exact = [c for c in self._found.values() if typed in (fold(c.name), fold(c.nickname))]
        if len(exact) == 1:
            self.set_customer(exact[0])
        elif len(self._found) == 1:
            self.set_customer(next(iter(self._found.values())))
