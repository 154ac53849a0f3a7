"""Clientes: everyone registered (with or without a balance), searchable; "Novo cliente"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.text import format_count
from fiado_app.services.customers import list_customers
from fiado_app.ui.common import SearchKeys, only_or_selected_row, remembered_columns
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.customer_form import NewCustomerDialog
from fiado_app.ui.models import RECORD_ROLE, CustomersModel, MatchFilter
from fiado_app.ui.page import Page
from fiado_app.ui.translation import QT_TRANSLATE_NOOP


class CustomersPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Clientes")
    settings_key = "CustomersPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Clientes"), self)
        heading.setObjectName("heading")
        layout.addWidget(heading)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Buscar por nome, apelido ou telefone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Novo cliente"), self)
        # Ctrl+Shift+N is the window's (Arquivo › Novo cliente), from every page.
        self.new_button.setToolTip(self.tr("Novo cliente (Ctrl+Shift+N)"))
        self.new_button.setToolTip(self.tr("Cadastrar um cliente (Ctrl+Shift+N)"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = CustomersModel(self)
        self.proxy = MatchFilter(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        remembered_columns(self.settings_key, self.table, (280, 140, 150, 150, 160))
        layout.addWidget(self.table, 1)
        self.footer = QLabel(self)
        self.footer.setObjectName("footer")
        layout.addWidget(self.footer)

        self.search.textChanged.connect(self._search)
        self.new_button.clicked.connect(self.new_customer)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        SearchKeys(self.search, self.table, self._open)
        ctx.connect_refresh(self._changed, self)
        self._stale = False

    def _changed(self) -> None:
        """A hidden page only notes that it is stale; it reloads when shown again."""
        if self.isHidden():
            self._stale = True
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        db = self.ctx.db
        if self.model.rowCount() == 0:  # the first reading: an empty table says why
            self.footer.setText(self.tr("Carregando…"))
        self.ctx.run_in_background(lambda: list_customers(db), self._loaded)

    def _loaded(self, customers: list) -> None:
        self.model.set_rows(customers)
        self._update_footer()

    def _search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_footer()

    def _update_footer(self) -> None:
        self.footer.setText(
            self.tr("{shown} de {total} clientes").format(
                shown=format_count(self.proxy.rowCount()), total=format_count(self.model.rowCount())
            )
        )

    def _open(self, index: QModelIndex) -> None:
        record = self.proxy.data(index, RECORD_ROLE)
        if record is not None:
            self.open_customer.emit(record.id)

    def new_customer(self) -> None:
        dialog = NewCustomerDialog(self.ctx, self)
        if dialog.exec() and dialog.result_record is not None:
            self.open_customer.emit(dialog.result_record.id)

    def selected_customer_id(self) -> int | None:
        """Ctrl+N and F4 on this page start with this customer."""
        row = only_or_selected_row(self.table)
        record = self.proxy.data(self.proxy.index(row, 0), RECORD_ROLE) if row is not None else None
        return record.id if record is not None else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
