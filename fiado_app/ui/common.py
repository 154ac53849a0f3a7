"""Small widgets and helpers every page and dialog uses: money and date fields, inline messages,
remembered geometry and column widths, resource paths."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

from fiado_app.domain.dates import format_date, parse_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_plain, parse_positive_cents
from fiado_app.resources import resource  # re-exported: ui modules say common.resource


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "fiado.svg")))


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MoneyEdit(QLineEdit):
    """An amount typed the Brazilian way (`12,50`, `1.234,56`); parsed when read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0,00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(20)

    def cents(self) -> int:
        """Raises InvalidInput (a Portuguese message) for anything that is not an amount > 0."""
        return parse_positive_cents(self.text())

    def cents_or_none(self) -> int | None:
        try:
            return self.cents()
        except Exception:
            return None

    def set_cents(self, cents: int) -> None:
        self.setText(format_plain(cents))


class DateField(QLineEdit):
    """A date typed the Brazilian way — `01/09/2026`, `1/9/26`, `01092026` — with a calendar
    as an aid (the button at the end, or Alt+↓) and ↑/↓ for the next and previous day.
    `value()` refuses a date that is not one, with a Portuguese message naming what was typed
    (a form shows it and keeps the dialog open)."""

    dateChanged = Signal(QDate)  # a valid date was typed or picked

    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("dd/mm/aaaa")
        self.setMaxLength(10)
        self._last = value
        self.setText(format_date(value))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(
            QCoreApplication.translate("DateField", "Escolher no calendário (Alt+↓)")
        )
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textEdited.connect(self._typed)
        self.calendar: QCalendarWidget | None = None  # made when first asked for
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)

    @staticmethod
    def parse(text: str) -> date:
        digits = text.strip()
        if re.fullmatch(r"[0-9]{8}", digits) or re.fullmatch(r"[0-9]{6}", digits):  # 01092026
            digits = f"{digits[:2]}/{digits[2:4]}/{digits[4:]}"
        return parse_date(digits)

    def _typed(self, text: str) -> None:
        try:
            value = self.parse(text)
        except InvalidInput:
            return  # still being typed: value() says what is wrong if it stays so
        if value != self._last:
            self._last = value
            self.dateChanged.emit(to_qdate(value))

    def value(self) -> date:
        try:
            return self.parse(self.text())
        except InvalidInput as exc:
            self.setFocus()
            self.selectAll()
            raise InvalidInput(str(exc)) from None

    def set_value(self, value: date) -> None:
        self.setText(format_date(value))
        if value != self._last:
            self._last = value
            self.dateChanged.emit(to_qdate(value))

    def date(self) -> QDate:
        return to_qdate(self.value())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            try:
                current = self.parse(self.text())
            except InvalidInput:
                current = self._last
            step = 1 if key == Qt.Key.Key_Up else -1
            self.set_value(current + timedelta(days=step))
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        try:
            shown = self.parse(self.text())
        except InvalidInput:
            shown = self._last
        self.calendar.setSelectedDate(to_qdate(shown))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_value(from_qdate(day))
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()


class Banner(QLabel):
    """An inline message inside a dialog: error (red) or warning (amber), with a text prefix so
    the meaning never rests on colour alone."""

    def __init__(self, kind: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def ask(parent: QWidget | None, title: str, question: str, *, default_yes: bool = False) -> bool:
    """A Sim/Não question; Não is the default unless `default_yes` (a slip of Enter must not
    do what cannot be undone)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return (
        QMessageBox.question(parent, title, question, yes | no, yes if default_yes else no) == yes
    )


def settings() -> QSettings:
    return QSettings()


def save_geometry(key: str, widget: QWidget) -> None:
    settings().setValue(f"{key}/geometry", widget.saveGeometry())


def restore_geometry(key: str, widget: QWidget) -> bool:
    value = settings().value(f"{key}/geometry")
    return isinstance(value, QByteArray) and widget.restoreGeometry(value)


class _SizeKeeper(QObject):
    """Saves a window's size and place when it is hidden (closed, accepted, rejected)."""

    def __init__(self, key: str, window: QWidget) -> None:
        super().__init__(window)
        self.key = key
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            save_geometry(self.key, watched)
        return False


def fit_window(window: QWidget, key: str, width: int, height: int) -> None:
    """Give `window` the size the owner left it at (else `width` x `height`), never more than
    the screen's free area (a 1366 x 768 notebook loses ~40 px to the task bar), and keep the
    size it is given from now on."""
    if not restore_geometry(key, window):
        window.resize(width, height)
    screen = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    window.resize(
        min(window.width(), int(screen.width() * 0.96)),
        min(window.height(), int(screen.height() * 0.94)),
    )
    frame = window.frameGeometry()
    if not screen.contains(frame):
        frame.moveCenter(screen.center())
        window.move(frame.topLeft())
    _SizeKeeper(key, window)


def save_header(key: str, header: QHeaderView) -> None:
    settings().setValue(f"{key}/header", header.saveState())


def restore_header(key: str, header: QHeaderView) -> None:
    value = settings().value(f"{key}/header")
    if isinstance(value, QByteArray):
        header.restoreState(value)


def remembered_columns(
    key: str, table: QTableView, widths: Sequence[int], *, stretch: int | None = None
) -> QHeaderView:
    """Columns the owner can resize, starting at `widths` (fixed: no measuring thousands of
    rows), then at the widths and order they left last time, saved whenever they change.
    Column `stretch` takes the room left (by default the last one does)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    restore_header(key, header)
    header.sectionResized.connect(lambda *_: save_header(key, header))
    header.sectionMoved.connect(lambda *_: save_header(key, header))
    return header


class SearchKeys(QObject):
    """Keyboard from a page's search box to its list: Down goes into the list (first row
    selected); Enter opens the customer when only one is listed, else goes into the list,
    where Enter opens the selected one."""

    def __init__(
        self, search: QLineEdit, table: QTableView, open_row: Callable[[QModelIndex], None]
    ) -> None:
        super().__init__(search)
        self.table, self.open_row = table, open_row
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        model = self.table.model()
        if model is None or model.rowCount() == 0:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and model.rowCount() == 1:
            self.table.selectRow(0)
            self.open_row(model.index(0, 0))
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selection = self.table.selectionModel()
            if selection is None or not selection.hasSelection():
                self.table.selectRow(0)
            self.table.setFocus()
            return True
        return False


def only_or_selected_row(table: QTableView) -> int | None:
    """The selected row, or the only row listed (a search that found one customer)."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    if rows:
        return rows[0].row()
    model = table.model()
    return 0 if model is not None and model.rowCount() == 1 else None


def save_splitter(key: str, splitter: QSplitter) -> None:
    settings().setValue(f"{key}/splitter", splitter.saveState())


def restore_splitter(key: str, splitter: QSplitter) -> None:
    value = settings().value(f"{key}/splitter")
    if isinstance(value, QByteArray):
        splitter.restoreState(value)


def text_room(widget: QWidget, sample: str) -> int:
    """Pixels `widget` needs to show `sample` in its own font, frame and padding included."""
    return widget.fontMetrics().horizontalAdvance(sample) + 24


class GrowingLabel(QLabel):
    """A word-wrapped label whose window grows when its text needs more lines: a dialog sizes
    itself once, and a preview or a warning that later wraps onto more lines was cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # Once its window has grown, a shorter text sits at the top, not in a centred gap.
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.width() if self.isVisible() and self.width() > 50 else 360
        need = self.heightForWidth(width)
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
