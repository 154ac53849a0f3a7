"""Cliente: the customer's data (editable), balance, limit and statement with a running balance;
from here a sale, a payment, a discount or a reversal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import EntryRecord
from fiado_app.services.behaviour import customer_behaviour, customer_payment_day
from fiado_app.services.customers import get_customer, update_customer
from fiado_app.services.privacy import Anonymised
from fiado_app.services.receivables import customer_position
from fiado_app.services.statement import statement
from fiado_app.ui import shortcuts
from fiado_app.ui.collection.contact_dialog import ContactDialog
from fiado_app.ui.collection.customer_panel import CustomerCollectionPanel
from fiado_app.ui.collection.reminder_dialog import ReminderDialog
from fiado_app.ui.common import (
    Banner,
    fit_window,
    remembered_columns,
    restore_geometry,
    restore_splitter,
    save_geometry,
    save_splitter,
    text_room,
)
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.agreement import make_agreement_for
from fiado_app.ui.dialogs.agreement_panel import AgreementsPanel
from fiado_app.ui.dialogs.corrections import DiscountDialog, ReversalDialog
from fiado_app.ui.dialogs.customer_form import CustomerForm
from fiado_app.ui.dialogs.privacy_panel import PrivacyPanel
from fiado_app.ui.dialogs.sale import SaleDialog
from fiado_app.ui.documents.customer_docs import (
    StatementPeriodDialog,
    choose_and_print_letter,
    record_payment_and_offer_receipt,
)
from fiado_app.ui.documents.dialogs import show_receipt
from fiado_app.ui.labels import behaviour_label
from fiado_app.ui.models import RECORD_ROLE, StatementModel
from fiado_app.ui.undo_bar import UndoBar


class CustomerDialog(QDialog):
    settings_key = "CustomerDialog"

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer = get_customer(ctx.db, customer_id)
        self.setWindowTitle(self.tr("Cliente: {name}").format(name=self.customer.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self._build_actions(layout)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = self._build_data(self.splitter)
        self._build_history(ctx, customer_id)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 840])
        restore_splitter(self.settings_key, self.splitter)
        layout.addWidget(self.splitter, 1)
        # A sale or payment made here can be undone here, like at the counter (Ctrl+Z).
        self.undo_bar = UndoBar(self, ctx)
        layout.addWidget(self.undo_bar)

        self.form.load(self.customer)
        fit_window(self, "CustomerDialog", 1200, 640)
        restore_geometry(self.settings_key, self)
        self._relay = ctx.connect_refresh(self.refresh, self, customer_id=self.customer.id)
        self.refresh()

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """Two rows of buttons: the ledger's (sale, payment...) and the collection's."""
        actions = QHBoxLayout()
        self.sale_button = self._button(self.tr("Nova venda"), shortcuts.NEW_SALE, self.new_sale)
        self.payment_button = self._button(
            self.tr("Pagamento"), shortcuts.PAYMENT, self.new_payment
        )
        self.discount_button = self._button(self.tr("Abatimento"), "Ctrl+D", self.new_discount)
        self.agreement_button = self._button(
            self.tr("Fazer acordo…"), shortcuts.AGREEMENT, self.new_agreement
        )
        self.reverse_button = self._button(
            self.tr("Estornar lançamento"), "Ctrl+E", self.reverse_selected
        )
        for b in (
            self.sale_button,
            self.payment_button,
            self.discount_button,
            self.agreement_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.reverse_button)
        layout.addLayout(actions)

        contact_actions = QHBoxLayout()
        self.reminder_button = self._button(
            self.tr("Lembrete (WhatsApp)…"), "Ctrl+M", self.show_reminder
        )
        self.contact_button = self._button(
            self.tr("Registrar contato…"), "Ctrl+R", self.log_contact
        )
        self.letter_button = self._button(self.tr("Carta…"), shortcuts.LETTER, self.print_letter)
        self.statement_button = self._button(
            self.tr("Extrato em PDF…"), "Ctrl+Shift+E", self.statement_pdf
        )
        for b in (self.reminder_button, self.contact_button, self.letter_button):
            contact_actions.addWidget(b)
        contact_actions.addStretch(1)
        contact_actions.addWidget(self.statement_button)
        layout.addLayout(contact_actions)

    def _build_data(self, splitter: QSplitter) -> QWidget:
        """The customer's data on the left: the form, the error line, "Salvar dados"."""
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.form = CustomerForm(left)
        scroll = QScrollArea(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        left_layout.addWidget(scroll, 1)
        self.error = Banner("error", left)
        left_layout.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Salvar dados"), left)
        self.save_button.setToolTip(self.tr("Salvar os dados do cliente (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence(shortcuts.SAVE))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_data)
        left_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        # The splitter never squeezes the fields below a name, a phone or a CPF in full.
        left.setMinimumWidth(
            text_room(self, "Limite de crédito (R$)") + text_room(self, "M" * 18)  # widest label
        )
        return left

    def _build_history(self, ctx: AppContext, customer_id: int) -> None:
        """The statement and the collection panel, in tabs on the right."""
        self.model = StatementModel(self)
        self.tabs = QTabWidget(self.splitter)
        self.table = QTableView(self.tabs)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._statement_menu)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # The description takes the room left; entry numbers reach six digits in a busy shop.
        remembered_columns(self.settings_key, self.table, (90, 64, 240, 96, 96, 96, 104), stretch=2)
        self.collection_panel = CustomerCollectionPanel(ctx, customer_id, self.tabs)
        self.collection_panel.set_contact_buttons_visible(False)  # the row above has them
        # What cannot be done with the statement's selection is said under the statement, not
        # beside the customer's data (where it read like a problem with the form).
        statement_tab = QWidget(self.tabs)
        statement_layout = QVBoxLayout(statement_tab)
        statement_layout.setContentsMargins(0, 0, 0, 0)
        statement_layout.addWidget(self.table, 1)
        self.statement_error = Banner("error", statement_tab)
        statement_layout.addWidget(self.statement_error)
        self.tabs.addTab(statement_tab, self.tr("Extrato"))
        self.tabs.addTab(self.collection_panel, self.tr("Cobrança"))
        self.agreements_panel = AgreementsPanel(ctx, self.customer, self.tabs)
        self.tabs.addTab(self.agreements_panel, self.tr("Acordos"))
        self.privacy_panel = PrivacyPanel(ctx, self.customer, self.tabs, self._anonymised)
        self.tabs.addTab(self.privacy_panel, self.tr("Privacidade"))

    def _anonymised(self, done: Anonymised) -> None:
        self.customer = get_customer(self.ctx.db, self.customer.id)
        self.form.load(self.customer)
        self.setWindowTitle(self.tr("Cliente: {name}").format(name=self.customer.name))
        self.refresh()

    def _button(
        self, text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setShortcut(QKeySequence(shortcut))
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text} ({native})")
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        today = self.ctx.today()
        st = statement(self.ctx.db, self.customer.id)
        self.model.set_rows(st.lines)
        self.agreements_panel.refresh()
        self.table.scrollToBottom()
        p = customer_position(self.ctx.db, self.customer.id, today)
        limit = (
            self.tr("limite {limit}").format(limit=format_brl(p.credit_limit_cents))
            if p.credit_limit_cents is not None
            else self.tr("sem limite de crédito")
        )
        balance = (
            self.tr("crédito de {amount}").format(amount=format_brl(-st.closing_cents))
            if st.closing_cents < 0
            else self.tr("saldo {amount}").format(amount=format_brl(st.closing_cents))
        )
        text = self.tr("<b>{name}</b> — {balance} · {limit}").format(
            name=self.customer.name, balance=balance, limit=limit
        )
        behaviour = customer_behaviour(self.ctx.db, self.customer.id, today, p.days_overdue)
        text += " · " + self.tr("comportamento: {label}").format(label=behaviour_label(behaviour))
        usual = customer_payment_day(self.ctx.db, self.customer.id, today)
        if usual is not None:  # when a reminder finds money in their pocket
            text += " · " + self.tr("costuma pagar por volta do dia {day}").format(day=usual)
        if p.is_overdue:
            text += " · " + self.tr(
                "<span style='color:#c62828'>⚠ em atraso: {amount} desde {date} ({days} dias)</span>"
            ).format(
                amount=format_brl(p.overdue_cents),
                date=format_date(p.oldest_overdue_due),
                days=p.days_overdue,
            )
        self.summary.setText(text)

    def selected_entry(self) -> EntryRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        line = self.model.data(rows[0], RECORD_ROLE)
        return line.entry if line else None

    def save_data(self) -> None:
        saved = self.ctx.perform(
            lambda: update_customer(self.ctx.db, self.customer.id, self.form.to_input()),
            on_error=lambda exc: self.error.show_message(str(exc)),
        )
        if saved is None:
            return
        self.customer = saved
        self.error.clear_message()
        self.setWindowTitle(self.tr("Cliente: {name}").format(name=self.customer.name))

    def new_sale(self) -> None:
        dialog = SaleDialog(self.ctx, self.customer, self)
        if dialog.exec() and dialog.result_record is not None:
            self.undo_bar.offer(dialog.result_record, self.customer)

    def new_payment(self) -> None:
        self.receipt_preview = record_payment_and_offer_receipt(
            self, self.ctx, self.customer, on_saved=self.undo_bar.offer
        )

    def new_agreement(self) -> None:
        if make_agreement_for(self, self.ctx, self.customer) is not None:
            self.tabs.setCurrentWidget(self.agreements_panel)

    def show_reminder(self) -> None:
        ReminderDialog(self.ctx, self.customer.id, parent=self).exec()

    def log_contact(self) -> None:
        ContactDialog(self.ctx, self.customer.id, self.customer.name, parent=self).exec()

    def print_letter(self) -> None:
        oldest = customer_position(self.ctx.db, self.customer.id, self.ctx.today()).oldest_due
        self.letter_preview = choose_and_print_letter(self, self.ctx, self.customer, oldest)

    def statement_pdf(self) -> None:
        StatementPeriodDialog(self.ctx, self.customer.id, self).exec()

    def _statement_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        entry = self.selected_entry()
        if entry is None or entry.kind != "payment":
            return
        menu = QMenu(self)
        receipt = menu.addAction(self.tr("Recibo…"))
        receipt.setEnabled(not entry.is_reversed)
        receipt.triggered.connect(lambda: self.show_receipt(entry.id))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def show_receipt(self, payment_id: int) -> None:
        self.receipt_preview = show_receipt(self, self.ctx, payment_id)

    def new_discount(self) -> None:
        DiscountDialog(self.ctx, self.customer, self).exec()

    def reverse_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.kind == "reversal" or entry.is_reversed:
            self.tabs.setCurrentIndex(0)
            self.statement_error.show_message(
                self.tr(
                    "Selecione no extrato uma venda, pagamento ou abatimento ainda não estornado."
                )
            )
            return
        self.statement_error.clear_message()
        ReversalDialog(self.ctx, entry, self).exec()

    def done(self, result: int) -> None:
        save_geometry(self.settings_key, self)
        save_splitter(self.settings_key, self.splitter)
        self._relay.stop()
        super().done(result)
