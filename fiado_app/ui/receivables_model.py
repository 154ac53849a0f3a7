"""The receivables table: pre-formatted rows updated in place, and its search/bucket filter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.phones import phone_search_digits
from fiado_app.domain.records import ReceivableRow
from fiado_app.domain.text import fold
from fiado_app.ui.common import translate
from fiado_app.ui.labels import bucket_label
from fiado_app.ui.models import (
    RECORD_ROLE,
    RIGHT,
    Index,
    RecordTableModel,
    overdue_colours,
    phone_text,
    search_matches,
)
from fiado_app.ui.translation import QT_TRANSLATE_NOOP


class ReceivablesModel(RecordTableModel):
    NAME, PHONE, STATUS, OPEN, OVERDUE, OLDEST, DAYS, BUCKET, LAST_PAYMENT = range(9)
    context = "ReceivablesModel"
    headers = (
        QT_TRANSLATE_NOOP("ReceivablesModel", "Cliente"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Telefone"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Situação"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Em aberto"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Vencido"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Venc. mais antigo"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Dias atraso"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Faixa"),
        QT_TRANSLATE_NOOP("ReceivablesModel", "Último pagamento"),
    )
    _SORT_KEYS: dict[int, Callable[[ReceivableRow], Any]] = {
        NAME: lambda r: fold(r.name),
        PHONE: lambda r: r.phone or "",
        STATUS: lambda r: (r.is_overdue, r.days_overdue),
        OPEN: lambda r: r.open_cents,
        OVERDUE: lambda r: r.overdue_cents,
        OLDEST: lambda r: r.oldest_due or date.max,
        DAYS: lambda r: r.days_overdue,
        BUCKET: lambda r: (r.days_overdue, r.open_cents),
        LAST_PAYMENT: lambda r: r.last_payment or date.min,
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._digits: list[str] = []
        # Each row's cell texts, made when the row is first painted (None until then): formatting
        # ten thousand rows up front took a second and a half of the first start-up.
        self._display: list[tuple[str, ...] | None] = []
        self._where: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.open_cents = self.overdue_cents = self.customers_overdue = self.credit_cents = 0
        self.version = 0  # bumped by every change of the rows (the filter's flags follow it)
        self.restyle()

    def restyle(self) -> None:
        """Build once what every cell shares (brushes, fonts, icon): data() allocates nothing."""
        background, foreground = overdue_colours()
        bold = QFont()
        bold.setBold(True)
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        tooltip = translate("ReceivablesModel", "Dê dois cliques para abrir o cliente")
        D = Qt.ItemDataRole
        plain: list[dict[int, Any]] = [{} for _ in self.headers]
        for column in (self.OPEN, self.OVERDUE, self.DAYS):
            plain[column][int(D.TextAlignmentRole)] = RIGHT
        plain[self.NAME][int(D.ToolTipRole)] = tooltip
        late = [dict(cell) for cell in plain]
        for cell in late:
            cell[int(D.BackgroundRole)] = QBrush(background)
            cell[int(D.ForegroundRole)] = QBrush(foreground)
        late[self.STATUS][int(D.DecorationRole)] = warning
        for column in (self.STATUS, self.OVERDUE):
            late[column][int(D.FontRole)] = bold
        self._styles = (plain, late)

    def _rows_changed(self) -> None:
        self.version += 1
        if self._sort is not None:
            column, order = self._sort
            key = self._SORT_KEYS.get(column, self._SORT_KEYS[self.NAME])
            self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._keys = [fold(f"{r.name} {r.nickname}") for r in self._rows]
        self._digits = [phone_search_digits(r.phone or "") for r in self._rows]
        self._display = [None] * len(self._rows)
        self._reindex()
        self.open_cents = sum(r.owed_cents for r in self._rows)
        self.credit_cents = sum(r.credit_cents for r in self._rows)
        self.overdue_cents = sum(r.overdue_cents for r in self._rows)
        self.customers_overdue = sum(1 for r in self._rows if r.overdue_cents > 0)

    def _reindex(self, start: int = 0) -> None:
        where = self._where
        if start == 0:
            where.clear()
        for i in range(start, len(self._rows)):
            where[self._rows[i].customer_id] = i

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens here in one Python `sorted` (fast for 10,000 rows), not per comparison."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        key = self._SORT_KEYS.get(column, self._SORT_KEYS[self.NAME])
        rows = self._rows
        order_ = sorted(
            range(len(rows)),
            key=lambda i: key(rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        # Reorder the pre-computed lists instead of formatting every row again.
        self.version += 1
        self._rows = [rows[i] for i in order_]
        self._keys = [self._keys[i] for i in order_]
        self._digits = [self._digits[i] for i in order_]
        self._display = [self._display[i] for i in order_]
        self._reindex()
        self.layoutChanged.emit()

    def row_of(self, customer_id: int) -> int | None:
        return self._where.get(customer_id)

    def update_customer(self, customer_id: int, row: ReceivableRow | None) -> None:
        """Put one customer's fresh position in place: changed row, new row (starts owing) or
        removed row (balance now zero). Keeps the sort order and the totals."""
        old_index = self._where.get(customer_id)
        if row is not None and row.open_cents == 0:
            row = None
        if old_index is not None:
            old = self._rows[old_index]
            self.open_cents -= old.owed_cents
            self.credit_cents -= old.credit_cents
            self.overdue_cents -= old.overdue_cents
            self.customers_overdue -= old.overdue_cents > 0
        if row is not None:
            self.open_cents += row.owed_cents
            self.credit_cents += row.credit_cents
            self.overdue_cents += row.overdue_cents
            self.customers_overdue += row.overdue_cents > 0
        if old_index is not None and row is not None:
            target = self._position(row, skip=old_index)
            if target == old_index:
                self._store(old_index, row)
                last = self.index(old_index, len(self.headers) - 1)
                self.dataChanged.emit(self.index(old_index, 0), last)
                return
        if old_index is not None:
            self.beginRemoveRows(QModelIndex(), old_index, old_index)
            self.version += 1
            for values in (self._rows, self._keys, self._digits, self._display):
                del values[old_index]
            del self._where[customer_id]
            self._reindex(old_index)
            self.endRemoveRows()
        if row is not None:
            at = self._position(row)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._keys.insert(at, "")
            self._digits.insert(at, "")
            self._display.insert(at, None)
            self._store(at, row)
            self._reindex(at)
            self.endInsertRows()

    def _store(self, i: int, r: ReceivableRow) -> None:
        self.version += 1
        self._rows[i] = r
        self._keys[i] = fold(f"{r.name} {r.nickname}")
        self._digits[i] = phone_search_digits(r.phone or "")
        self._display[i] = None

    def _position(self, row: ReceivableRow, skip: int = -1) -> int:
        """Where `row` goes in the current order (binary search; the end when unsorted).
        With `skip`, the row at that index is ignored (it is the one being replaced)."""
        rows = self._rows
        n = len(rows)
        if self._sort is None:
            return n if skip < 0 else skip
        column, order = self._sort
        key = self._SORT_KEYS.get(column, self._SORT_KEYS[self.NAME])
        k = key(row)
        descending = order == Qt.SortOrder.DescendingOrder
        lo, hi = 0, n - (1 if skip >= 0 else 0)
        while lo < hi:
            mid = (lo + hi) // 2
            other = key(rows[mid + 1 if 0 <= skip <= mid else mid])
            before = k > other if descending else k < other
            if before:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def matches_folded(self, key: str, digits: str) -> list[bool]:
        """Whether each row matches a search already folded into `key` and `digits`."""
        return search_matches(self._keys, self._digits, key, digits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Hot path of every paint: tuple and dict look-ups only, but a row's texts the first
        time it is painted."""
        try:
            row = index.row()
            if role == 0:  # DisplayRole
                texts = self._display[row]
                if texts is None:
                    texts = self._display[row] = self._texts(self._rows[row])
                return texts[index.column()]
            if role == RECORD_ROLE:
                return self._rows[row]
            return self._styles[self._rows[row].overdue_cents > 0][index.column()].get(role)
        except Exception:  # a view must never see an exception
            return None

    def cell(self, r: ReceivableRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        return self._styles[r.overdue_cents > 0][column].get(role)

    def _texts(self, r: ReceivableRow) -> tuple[str, ...]:
        return tuple(self._text(r, column) for column in range(len(self.headers)))

    def _text(self, r: ReceivableRow, column: int) -> str:
        if column == self.NAME:
            return f"{r.name} ({r.nickname})" if r.nickname else r.name
        if column == self.PHONE:
            return phone_text(r.phone)
        if column == self.STATUS:
            if r.open_cents < 0:
                return translate("ReceivablesModel", "Crédito do cliente")
            return (
                translate("ReceivablesModel", "Em atraso")
                if r.is_overdue
                else translate("ReceivablesModel", "Em dia")
            )
        if column == self.OPEN:
            return format_brl(r.open_cents)
        if column == self.OVERDUE:
            return format_brl(r.overdue_cents) if r.overdue_cents else "—"
        if column == self.OLDEST:
            return format_date(r.oldest_due)
        if column == self.DAYS:
            return str(r.days_overdue) if r.days_overdue else "—"
        if column == self.BUCKET:
            return bucket_label(r.bucket)
        if column == self.LAST_PAYMENT:
            return format_date(r.last_payment) or "—"
        return ""


class ReceivablesFilter(QSortFilterProxyModel):
    """Filters by what was typed and by a mode ("all", "overdue", "agreement" — customers with
    an agreement running — or a bucket key); the source
    model does the sorting (one Python sort instead of thousands of `lessThan` calls).

    Qt asks `filterAcceptsRow` once per row: each call into Python cost more than the test
    itself, so every row's answer is worked out in one pass when the filter or the rows change
    (the model's `version`), and each call only looks it up (a keystroke on 7,000 rows: a
    third of the time)."""

    def __init__(self, source: ReceivablesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self._text = ""
        self._key = ""
        self._digits = ""
        self._mode = "all"
        self._with_agreement: frozenset[int] = frozenset()  # the "agreement" mode's customers
        self._flags: list[bool] = []
        self._flags_for = -1  # the model's version `_flags` was worked out for (-1: none)

    def set_agreement_customers(self, ids: set[int] | frozenset[int]) -> None:
        self._with_agreement = frozenset(ids)
        self._flags_for = -1
        if self._mode == "agreement":
            self.set_filter()

    def set_filter(self, text: str | None = None, mode: str | None = None) -> None:
        if text is not None:
            self._text = text
            self._key = fold(text)
            self._digits = phone_search_digits(text)
        if mode is not None:
            self._mode = mode
        self._flags_for = -1
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _accepted(self) -> list[bool]:
        """Every source row's answer for the current filter and rows."""
        if self._flags_for != self.source.version:
            rows, mode = self.source.rows(), self._mode
            flags = self.source.matches_folded(self._key, self._digits)
            if mode == "overdue":
                flags = [f and r.overdue_cents > 0 for f, r in zip(flags, rows, strict=True)]
            elif mode == "agreement":
                ids = self._with_agreement
                flags = [f and r.customer_id in ids for f, r in zip(flags, rows, strict=True)]
            elif mode != "all":
                flags = [f and r.bucket == mode for f, r in zip(flags, rows, strict=True)]
            self._flags, self._flags_for = flags, self.source.version
        return self._flags

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Asked per row, also when one row is inserted or changed in place: a look-up."""
        try:
            if self._flags_for == self.source.version:
                return self._flags[source_row]
            return self._accepted()[source_row]
        except Exception:
            return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order)

    def visible_rows(self) -> list[ReceivableRow]:
        rows = self.source.rows()
        if self.is_unfiltered():
            return list(rows)
        return list(compress(rows, self._accepted()))

    def is_unfiltered(self) -> bool:
        return not self._key and not self._digits and self._mode == "all"

    def record_at(self, proxy_row: int) -> ReceivableRow | None:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.source.record(source.row())
