"""Cobranças de hoje: whom to contact today and why, with one-click actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.agreement import AgreementRecord
from fiado_app.domain.collection_records import Agenda, AgendaItem
from fiado_app.domain.dates import format_date, format_datetime
from fiado_app.domain.errors import FiadoError
from fiado_app.domain.ladder import LETTER
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import Totals
from fiado_app.domain.text import format_count
from fiado_app.domain.vocabulary import CHANNEL_LABELS
from fiado_app.services.agenda import label_agenda, todays_agenda
from fiado_app.services.agreement_review import agreements_to_review
from fiado_app.ui.collection.common import show_error
from fiado_app.ui.common import remembered_columns
from fiado_app.ui.context import AppContext
from fiado_app.ui.labels import behaviour_label
from fiado_app.ui.page import Page
from fiado_app.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start-up
    from fiado_app.ui.collection.reminder_dialog import ReminderDialog

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Cliente"),
    QT_TRANSLATE_NOOP("AgendaModel", "Motivo"),
    QT_TRANSLATE_NOOP("AgendaModel", "Canal"),
    QT_TRANSLATE_NOOP("AgendaModel", "Em aberto"),
    QT_TRANSLATE_NOOP("AgendaModel", "Dias de atraso"),
    QT_TRANSLATE_NOOP("AgendaModel", "Último contato"),
    QT_TRANSLATE_NOOP("AgendaModel", "Comportamento"),
)
NAME, REASON, CHANNEL, OPEN, DAYS, LAST, BEHAVIOUR = range(len(HEADERS))


class AgendaModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AgendaItem] = []

    def set_rows(self, rows: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item, col = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == SORT_ROLE:
            return (item.name, item.reason, item.channel, item.open_cents, item.days_overdue,
                    str(item.last_contact_at or ""), item.behaviour)[col]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (OPEN, DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == REASON and item.promise_date:
            when = format_date(item.promise_date)
            if item.promise_cents:
                return self.tr("Promessa de {amount} para {date}").format(
                    amount=format_brl(item.promise_cents), date=when
                )
            return self.tr("Promessa para {date}").format(date=when)
        return None

    @staticmethod
    def _display(item: AgendaItem, col: int) -> str:
        if col == NAME:
            return item.name
        if col == REASON:
            return item.reason_label
        if col == CHANNEL:
            return CHANNEL_LABELS.get(item.channel, item.channel)
        if col == OPEN:
            return format_brl(item.open_cents)
        if col == DAYS:
            return str(item.days_overdue) if item.days_overdue else "—"
        if col == LAST:
            return format_datetime(item.last_contact_at) or QCoreApplication.translate(
                "AgendaModel", "nunca"
            )
        return behaviour_label(item.behaviour) if item.behaviour else ""


class AgendaPage(Page):
    """The home page: today's collection list (Page contract of ui/context.py)."""

    title = QT_TRANSLATE_NOOP("pages", "Cobranças de hoje")
    loaded = Signal()  # the list is shown (behaviour labels may still be coming)
    labels_loaded = Signal()  # the behaviour labels are filled in too
    settles_on_load = False  # settled: once the labels are in (or could not be)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.agenda: Agenda | None = None
        self._generation = 0
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; color: #5c4300;"
        )
        self.footer = QLabel()
        self.footer.setStyleSheet("color: #666;")
        self.model = AgendaModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no per-row sizing
        rows.setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        remembered_columns(
            "AgendaPage", self.table, (220, 230, 80, 105, 110, 125, 150), stretch=NAME
        )
        self.table.doubleClicked.connect(lambda _i: self.show_reminder())

        self.text_button = QPushButton(self.tr("Ver texto / Copiar"))
        self.whatsapp_button = QPushButton(self.tr("Abrir no WhatsApp"))
        self.call_button = QPushButton(self.tr("Roteiro de ligação"))
        self.letter_button = QPushButton(self.tr("Imprimir carta"))
        self.log_button = QPushButton(self.tr("Registrar contato"))
        self.agreement_button = QPushButton(self.tr("Fazer acordo…"))
        self.agreement_button.setToolTip(
            self.tr("Dividir o que o cliente deve em parcelas, com carnê e termo")
        )
        self.agreement_button.clicked.connect(self.make_agreement)
        # Agreements with an instalment late beyond their days: the owner decides each one.
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("review")
        self.review_button.clicked.connect(self.review_agreements)
        self.review_button.hide()
        self.to_review: list[AgreementRecord] = []
        self.text_button.clicked.connect(self.show_reminder)
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        self.call_button.clicked.connect(self.show_call_script)
        self.letter_button.clicked.connect(self._print_letter)
        self.log_button.clicked.connect(self.log_contact)
        actions = QHBoxLayout()
        for b in (self.text_button, self.whatsapp_button, self.call_button, self.letter_button,
                  self.log_button):  # fmt: skip
            actions.addWidget(b)
        actions.addStretch()
        # Agreements on a row of their own: six buttons do not fit one row at 150 %.
        agreement_row = QHBoxLayout()
        agreement_row.addWidget(self.agreement_button)
        agreement_row.addWidget(self.review_button)
        agreement_row.addStretch()

        self.first_steps = QLabel(self)
        self.first_steps.setObjectName("first_steps")
        self.first_steps.setWordWrap(True)
        self.first_steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.first_steps.setText(
            self.tr(
                "<h3>Primeiros passos</h3>"
                "<p>1. <b>Cadastre seus clientes</b>: Clientes › Novo cliente (Ctrl+Shift+N). "
                "Nome e telefone bastam para começar.</p>"
                "<p>2. <b>Lance as vendas fiado</b>: Arquivo › Nova venda (Ctrl+N). O que cada "
                "um já deve na caderneta de papel entra como uma venda, com a data e o "
                "vencimento de lá.</p>"
                "<p>3. <b>Confira os dados da loja</b> (nome, CPF/CNPJ, endereço, chave Pix): "
                "eles vão nos lembretes, nos recibos e nas cartas.</p>"
                "<p>Depois, esta tela mostra todo dia quem lembrar, por qual canal e com que "
                "texto.</p>"
            )
        )
        self.first_steps.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addLayout(agreement_row)
        layout.addWidget(self.first_steps, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.connect_refresh(self.data_changed, self)  # while on screen, else when shown
        self._update_buttons()
        # No load here: the main window calls refresh() when the page is first shown.

    def refresh(self) -> None:
        today = self.ctx.today()
        db = self.ctx.db
        self._generation += 1
        generation = self._generation

        def labelled(agenda: Agenda) -> None:
            if generation == self._generation:  # a newer refresh supersedes this one
                self._show(agenda)
                self.labels_loaded.emit()
                self.settled.emit()

        def reviewed(found: list[AgreementRecord]) -> None:
            if generation == self._generation:
                self._show_review(found)

        def done(agenda: Agenda) -> None:
            if generation != self._generation:
                return
            self._show(agenda)  # the list first; behaviour labels follow (slower query)
            self.ctx.run_in_background(
                lambda: label_agenda(db, agenda), labelled, self._failed, owner=self
            )
            self.ctx.run_in_background(
                lambda: agreements_to_review(db, today),
                reviewed,
                self._failed,
                owner=self,
            )

        self.ctx.run_in_background(
            lambda: todays_agenda(db, as_of=today, with_behaviour=False),
            done,
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText(QCoreApplication.translate("pages", self.title))
        self.footer.setText(self.tr("Não foi possível montar a agenda: {error}").format(error=exc))
        self.loaded.emit()
        self.settled.emit()

    def _show(self, agenda: Agenda) -> None:
        self.agenda = agenda
        selected = self.selected()
        selected_row = self.table.currentIndex().row()
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(agenda.items)
        count = len(agenda.items)
        self.heading.setText(
            self.tr("Cobranças de hoje, {date}: 1 cliente").format(date=format_date(agenda.as_of))
            if count == 1
            else self.tr("Cobranças de hoje, {date}: {count} clientes").format(
                date=format_date(agenda.as_of), count=format_count(count)
            )
            if count
            else self.tr("Cobranças de hoje, {date}: ninguém para lembrar hoje.").format(
                date=format_date(agenda.as_of)
            )
        )
        new_shop = agenda.customers == 0
        self.first_steps.setVisible(new_shop)
        for widget in (self.table, self.footer, self.text_button, self.whatsapp_button,
                       self.call_button, self.letter_button, self.log_button,
                       self.agreement_button):  # fmt: skip
            widget.setVisible(not new_shop)
        self.banner.setVisible(not agenda.contact_allowed)
        self.banner.setText(
            self.tr("Atenção: {note} O Fiado avisa antes de abrir o WhatsApp.").format(
                note=agenda.contact_note
            )
        )
        self.footer.setText(
            self.tr(
                "Descansando após contato recente ou promessa: {resting}. Em pausa: {paused}."
            ).format(resting=agenda.resting, paused=agenda.paused)
        )
        # After a write the owner keeps her place: the same customer, or (when that one left
        # the list, paid up) the one now in that row, with the list scrolled where it was.
        self.table.verticalScrollBar().setValue(scrolled)
        if selected is not None:
            for row, item in enumerate(agenda.items):
                if item.customer_id == selected.customer_id:
                    self.table.selectRow(row)
            if self.selected() is None and agenda.items and selected_row >= 0:
                self.table.selectRow(min(selected_row, len(agenda.items) - 1))
        if self.selected() is None and agenda.items:
            self.table.selectRow(0)  # the buttons are ready for the first customer of the day
        self._update_buttons()
        self.loaded.emit()

    def selected_customer_id(self) -> int | None:
        """A sale or payment (Ctrl+N, F4) is for the customer highlighted in today's list."""
        item = self.selected()
        return item.customer_id if item is not None else None

    def totals(self) -> Totals | None:
        return self.agenda.totals if self.agenda is not None else None

    def selected(self) -> AgendaItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected()
        for b in (self.text_button, self.whatsapp_button, self.call_button, self.log_button,
                  self.agreement_button):  # fmt: skip
            b.setEnabled(item is not None)
        self.letter_button.setEnabled(item is not None and item.channel == "carta")

    def _dialog(self, item: AgendaItem) -> ReminderDialog:
        from fiado_app.ui.collection.reminder_dialog import ReminderDialog

        return ReminderDialog(self.ctx, item.customer_id, None, parent=self)

    def show_reminder(self) -> None:
        item = self.selected()
        if item is not None:
            self._dialog(item).exec()

    def open_whatsapp(self) -> None:
        item = self.selected()
        if item is not None:
            dialog = self._dialog(item)
            dialog.open_whatsapp()

    def show_call_script(self) -> None:
        item = self.selected()
        if item is None:
            return
        from fiado_app.services.reminders import call_script  # the texts' service: when asked

        try:
            text = call_script(self.ctx.db, item.customer_id, self.ctx.today())
        except FiadoError as exc:
            show_error(self, exc)
            return
        from fiado_app.ui.collection.reminder_dialog import TextDialog

        TextDialog(self.tr("Roteiro de ligação: {name}").format(name=item.name), text, self).exec()

    def log_contact(self) -> None:
        item = self.selected()
        if item is not None:
            from fiado_app.ui.collection.contact_dialog import ContactDialog

            channel = item.channel if item.channel != "carta" else "telefone"
            ContactDialog(
                self.ctx, item.customer_id, item.name, channel=channel,
                stage_key=item.stage_key, parent=self,
            ).exec()  # fmt: skip

    def make_agreement(self) -> None:
        item = self.selected()
        if item is None:
            return
        from fiado_app.services.customers import get_customer
        from fiado_app.ui.dialogs.agreement import make_agreement_for

        make_agreement_for(self, self.ctx, get_customer(self.ctx.db, item.customer_id))

    def _show_review(self, found: list[AgreementRecord]) -> None:
        self.to_review = found
        self.review_button.setVisible(bool(found))
        self.review_button.setText(
            self.tr("⚠ 1 acordo com parcela muito atrasada: decidir…")
            if len(found) == 1
            else self.tr("⚠ {count} acordos com parcela muito atrasada: decidir…").format(
                count=len(found)
            )
        )

    def review_agreements(self) -> None:
        from fiado_app.ui.dialogs.agreement_panel import AgreementReviewDialog

        dialog = AgreementReviewDialog(self.ctx, self.to_review, self)
        dialog.open_customer.connect(self.open_customer.emit)
        dialog.exec()

    def _print_letter(self) -> None:
        item = self.selected()
        if item is not None:
            self.print_letter_requested.emit(item.customer_id)

    def letter_stage(self) -> str | None:
        item = self.selected()
        return item.stage_key if item is not None and item.channel == LETTER else None
