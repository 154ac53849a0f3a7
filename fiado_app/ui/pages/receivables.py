"""Contas a receber: every customer with an open balance, searchable, filterable, sortable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.aging import BUCKETS
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import ReceivablesReport, Totals
from fiado_app.domain.text import format_count
from fiado_app.services import agreements
from fiado_app.services.receivables import receivables, rows_for
from fiado_app.ui.common import (
    SearchKeys,
    only_or_selected_row,
    remembered_columns,
    save_header,
)
from fiado_app.ui.context import AppContext
from fiado_app.ui.labels import bucket_label
from fiado_app.ui.page import Page
from fiado_app.ui.receivables_model import ReceivablesFilter, ReceivablesModel
from fiado_app.ui.translation import QT_TRANSLATE_NOOP


class ReceivablesPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Contas a receber")
    provides_totals = True
    settings_key = "ReceivablesPage"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: ReceivablesReport | None = None
        self._loading = False
        self._again = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)

        heading = QLabel(self.tr("Contas a receber"), self)
        heading.setObjectName("heading")
        layout.addWidget(heading)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Buscar por nome, apelido ou telefone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Todos com saldo"), "all")
        self.filter.addItem(self.tr("Só em atraso"), "overdue")
        self.filter.addItem(self.tr("Com acordo"), "agreement")
        for key in BUCKETS:
            self.filter.addItem(self.tr("Faixa: {bucket}").format(bucket=bucket_label(key)), key)
        self.filter.setToolTip(self.tr("Filtrar por situação ou faixa de atraso"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filter)
        layout.addLayout(bar)

        self.model = ReceivablesModel(self)
        self.proxy = ReceivablesFilter(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no per-row sizing
        rows.setDefaultSectionSize(30)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSortIndicator(
            ReceivablesModel.OVERDUE, Qt.SortOrder.DescendingOrder
        )
        header = remembered_columns(
            self.settings_key,
            self.table,
            (200, 110, 100, 98, 98, 134, 102, 108, 134),
            stretch=ReceivablesModel.NAME,
        )
        header.setHighlightSections(False)
        layout.addWidget(self.table, 1)

        self.footer = QLabel(self)
        self.footer.setObjectName("footer")
        layout.addWidget(self.footer)

        self.search.textChanged.connect(lambda text: self._apply(text=text))
        self.filter.currentIndexChanged.connect(
            lambda _i: self._apply(mode=self.filter.currentData())
        )
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        SearchKeys(self.search, self.table, self._open)
        header.sortIndicatorChanged.connect(lambda *_: save_header(self.settings_key, header))
        ctx.data_changed.connect(self.refresh)
        ctx.customers_changed.connect(self.update_customers)
        self.footer.setText(self.tr("Carregando…"))

    def refresh(self) -> None:
        """Reload off the GUI thread; a refresh asked while one runs is done once afterwards."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        today = self.ctx.today()
        db = self.ctx.db
        self.ctx.run_in_background(lambda: receivables(db, today), self._loaded, self._failed)

    def _loaded(self, report: ReceivablesReport) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.report = report
        selected = self.selected_customer_id()
        self.model.set_rows(report.rows)
        self._refresh_agreement_filter()
        self._update_footer()
        if selected is not None:
            self.select_customer(selected)
        self.loaded.emit()

    def update_customers(self, customer_ids: list[int]) -> None:
        """A write touched these customers: re-read only their rows and update them in place
        (a few milliseconds, instead of reloading every customer)."""
        if self._loading or self.report is None:
            self._again = self._loading  # a full load is running or due: let it catch up
            return
        today = self.ctx.today()
        if today != self.report.as_of:
            self.refresh()  # a new day changes everyone's days overdue
            return
        for cid, row in rows_for(self.ctx.db, customer_ids, today).items():
            self.model.update_customer(cid, row)
        self._set_report()
        self._refresh_agreement_filter()
        self._update_footer()
        self.loaded.emit()

    def _set_report(self) -> None:
        m = self.model
        self.report = ReceivablesReport(
            self.ctx.today() if self.report is None else self.report.as_of,
            m.rows(),
            m.open_cents,
            m.overdue_cents,
            m.customers_overdue,
            m.credit_cents,
        )

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.footer.setText(self.tr("Não foi possível carregar a lista: {error}").format(error=exc))

    def _apply(self, text: str | None = None, mode: str | None = None) -> None:
        if mode == "agreement":  # who has an agreement running, read when asked for
            db, today = self.ctx.db, self.ctx.today()
            self.ctx.run_in_background(
                lambda: agreements.customers_with_agreements(db, today),
                self._agreement_customers,
                self._failed,
            )
        self.proxy.set_filter(text=text, mode=mode)
        self._update_footer()

    def show_filter(self, mode: str) -> None:
        index = self.filter.findData(mode)
        if index >= 0:
            self.filter.setCurrentIndex(index)

    def _refresh_agreement_filter(self) -> None:
        """A write may have made or ended an agreement: the filter's customers follow."""
        if self.filter.currentData() == "agreement":
            self._apply(mode="agreement")

    def _agreement_customers(self, ids: set[int]) -> None:
        self.proxy.set_agreement_customers(ids)
        self._update_footer()

    def _update_footer(self) -> None:
        if self.proxy.is_unfiltered():  # the model keeps these totals up to date
            m = self.model
            count, total, overdue, late = (
                m.rowCount(),
                m.open_cents,
                m.overdue_cents,
                m.customers_overdue,
            )
        else:
            rows = self.proxy.visible_rows()
            count = len(rows)
            total = sum(r.owed_cents for r in rows)
            overdue = sum(r.overdue_cents for r in rows)
            late = sum(1 for r in rows if r.is_overdue)
        listed = (
            self.tr("1 cliente listado")
            if count == 1
            else self.tr("{count} clientes listados").format(count=format_count(count))
        )
        self.footer.setText(
            self.tr(
                "{listed}   ·   Em aberto: {open}   ·   Vencido: {overdue} ({late} em atraso)"
            ).format(
                listed=listed,
                open=format_brl(total),
                overdue=format_brl(overdue),
                late=format_count(late),
            )
        )

    def totals(self) -> Totals | None:
        return self.report.totals if self.report is not None else None

    def selected_customer_id(self) -> int | None:
        row = only_or_selected_row(self.table)
        record = self.proxy.record_at(row) if row is not None else None
        return record.customer_id if record else None

    def select_customer(self, customer_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.record_at(row)
            if record is not None and record.customer_id == customer_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def _open(self, index: QModelIndex) -> None:
        record = self.proxy.record_at(index.row())
        if record is not None:
            self.open_customer.emit(record.customer_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
