"""Table models over the services' plain records. `data()` never raises and never touches the
database: every value is computed from the record the model already holds (see Vorta's
event_log_table_model for the pattern: column constants, a record role, one `set_rows`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.phones import format_phone, phone_search_digits
from fiado_app.domain.records import CustomerRecord, EntryRecord, StatementLine
from fiado_app.domain.text import fold
from fiado_app.domain.wording import reversed_mark
from fiado_app.ui.common import translate
from fiado_app.ui.labels import kind_label, method_label
from fiado_app.ui.translation import QT_TRANSLATE_NOOP

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


@lru_cache(maxsize=16_384)
def phone_text(value: str | None) -> str:
    """A stored phone as shown (parsing takes a tenth of a millisecond: each is done once)."""
    try:
        return format_phone(value) if value else ""
    except Exception:
        return value or ""


def overdue_colours() -> tuple[QColor, QColor]:
    """Background and text for an overdue row, readable on light and dark palettes."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return (
        (QColor("#4a2323"), QColor("#ffb4a8")) if dark else (QColor("#fdecea"), QColor("#9b1c1c"))
    )


class RecordTableModel(QAbstractTableModel):
    """Rows of records and a list of column headers; subclasses say how a cell looks."""

    headers: Sequence[str] = ()
    context = "models"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_changed()
        self.endResetModel()

    def _rows_changed(self) -> None:
        pass

    def rows(self) -> list[Any]:
        return self._rows

    def record(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.context, self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            record = self._rows[index.row()]
            if role == RECORD_ROLE:
                return record
            return self.cell(record, index.column(), role)
        except Exception:  # a view must never see an exception
            return None

    def cell(self, record: Any, column: int, role: int) -> Any:
        raise NotImplementedError


def describe(entry: EntryRecord) -> str:
    """Like services.statement.describe_entry, through the translation."""
    label = kind_label(entry.kind)
    if entry.kind == "sale":
        return f"{label}: {entry.description}" if entry.description else label
    if entry.kind == "payment":
        return f"{label} ({method_label(entry.method)})" if entry.method else label
    if entry.kind == "discount":
        return f"{label}: {entry.reason}"
    if entry.kind == "agreement":
        return entry.description or label
    return translate("StatementModel", "Estorno do lançamento nº {number}: {reason}").format(
        number=entry.reverses_id, reason=entry.reason
    )


class StatementModel(RecordTableModel):
    DATE, NUMBER, DESCRIPTION, DUE, DEBIT, CREDIT, BALANCE = range(7)
    context = "StatementModel"
    headers = (
        QT_TRANSLATE_NOOP("StatementModel", "Data"),
        QT_TRANSLATE_NOOP("StatementModel", "Nº"),
        QT_TRANSLATE_NOOP("StatementModel", "Lançamento"),
        QT_TRANSLATE_NOOP("StatementModel", "Vencimento"),
        QT_TRANSLATE_NOOP("StatementModel", "Débito"),
        QT_TRANSLATE_NOOP("StatementModel", "Crédito"),
        QT_TRANSLATE_NOOP("StatementModel", "Saldo"),
    )

    def cell(self, line: StatementLine, column: int, role: int) -> Any:
        entry = line.entry
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_date(entry.date)
            if column == self.NUMBER:
                return str(entry.id)
            if column == self.DESCRIPTION:
                text = describe(entry)
                if line.note:  # settled by an agreement: it counted until then
                    text += " — " + line.note
                elif entry.is_reversed:
                    text += " — " + reversed_mark(entry)
                return text
            if column == self.DUE:
                return format_date(entry.due_date)
            if column == self.DEBIT:
                return format_brl(line.delta_cents) if line.delta_cents > 0 else ""
            if column == self.CREDIT:
                return format_brl(-line.delta_cents) if line.delta_cents < 0 else ""
            if column == self.BALANCE:
                return format_brl(line.balance_cents)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.DEBIT,
            self.CREDIT,
            self.BALANCE,
        ):
            return RIGHT
        struck = (entry.is_reversed and not line.note) or entry.kind == "reversal"
        if role == Qt.ItemDataRole.FontRole and entry.is_reversed and not line.note:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and struck:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ToolTipRole and (entry.reason or entry.note):
            return entry.reason or entry.note
        return None


def search_matches(keys: Sequence[str], phones: Sequence[str], key: str, digits: str) -> list[bool]:
    """Whether each row matches a search already folded into `key` and `digits`: its folded
    name and nickname hold `key`, or (three digits or more) its phone's digits hold `digits`.
    One pass: a thousandth of a second for ten thousand rows."""
    if not key and not digits:
        return [True] * len(keys)
    use_digits = len(digits) >= 3
    return [
        (bool(key) and key in k) or (use_digits and digits in d)
        for k, d in zip(keys, phones, strict=True)
    ]


class CustomersModel(RecordTableModel):
    NAME, NICKNAME, PHONE, LIMIT, CITY = range(5)
    context = "CustomersModel"
    headers = (
        QT_TRANSLATE_NOOP("CustomersModel", "Nome"),
        QT_TRANSLATE_NOOP("CustomersModel", "Apelido"),
        QT_TRANSLATE_NOOP("CustomersModel", "Telefone"),
        QT_TRANSLATE_NOOP("CustomersModel", "Limite de crédito"),
        QT_TRANSLATE_NOOP("CustomersModel", "Cidade"),
    )

    # Empty until the list is first read: a search typed before then matches nobody.
    _keys: tuple[str, ...] | list[str] = ()
    _digits: tuple[str, ...] | list[str] = ()

    def _rows_changed(self) -> None:
        self._keys = [fold(f"{c.name} {c.nickname}") for c in self._rows]
        self._digits = [phone_search_digits(c.phone or "") for c in self._rows]

    def matches(self, text: str) -> list[bool]:
        return search_matches(self._keys, self._digits, fold(text), phone_search_digits(text))

    def cell(self, c: CustomerRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return c.name
            if column == self.NICKNAME:
                return c.nickname
            if column == self.PHONE:
                return phone_text(c.phone)
            if column == self.LIMIT:
                return format_brl(c.credit_limit_cents) if c.credit_limit_cents is not None else "—"
            if column == self.CITY:
                return f"{c.city}/{c.uf}" if c.city and c.uf else c.city
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LIMIT:
            return RIGHT
        return None


class MatchFilter(QSortFilterProxyModel):
    """A proxy that shows the rows a model's `matches(text)` accepts (customers list)."""

    def __init__(self, source: CustomersModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self._accepted: list[bool] = []
        self._text = ""
        source.modelReset.connect(lambda: self._set(self._text))

    def _set(self, text: str) -> None:
        self._text = text
        self._accepted = self.source.matches(text)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._set(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._accepted[source_row] if source_row < len(self._accepted) else True
