"""After a sale or a payment is saved at the counter: what was recorded, in the status bar,
with "Desfazer" (Ctrl+Z) for a few seconds. Undoing is a reversal with the reason "desfeito",
dated like the entry, so it never counted and the history stays whole (docs/counter.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord, EntryRecord
from fiado_app.domain.vocabulary import SALE
from fiado_app.ui import shortcuts

if TYPE_CHECKING:
    from fiado_app.ui.context import AppContext

UNDO_REASON = "desfeito"


class UndoBar(QWidget):
    SECONDS = 15  # counted while the window is the owner's: a receipt's question pauses it

    def __init__(self, window: QWidget, ctx: AppContext | None) -> None:
        """In `window`'s status line (the main window, a customer's window); Ctrl+Z there.
        The main window paints before its data is open: it gives `ctx` once attached."""
        super().__init__(window)
        self.window_ = window
        self.ctx = ctx
        self.entry: EntryRecord | None = None
        self.message = QLabel(self)
        self.button = QPushButton(
            self.tr("Desfazer ({key})").format(key=shortcuts.text(shortcuts.UNDO)), self
        )
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.undo)
        self.action = QAction(self.tr("Desfazer"), window)
        self.action.setShortcut(shortcuts.UNDO)
        self.action.triggered.connect(self.undo)
        self.action.setEnabled(False)
        window.addAction(self.action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.button)
        layout.addStretch()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._expire)
        self._filtering = False
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.entry is not None
            and isinstance(event, QKeyEvent)
            and event.matches(shortcuts.UNDO)
        ):
            focus = QApplication.focusWidget()
            if focus is not None and focus.window() is self.window_:
                if isinstance(focus, QLineEdit) and not focus.isUndoAvailable():
                    return True  # not accepted by the box: the window's Desfazer runs
                if isinstance(focus, QPlainTextEdit) and not focus.document().isUndoAvailable():
                    return True
        return False

    def _expire(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self.timer.start(3000)  # a question is open over the window: wait for it
            return
        self.clear()

    def offer(self, entry: EntryRecord, customer: CustomerRecord | None = None) -> None:
        """Say what was recorded and offer to undo it for a few seconds."""
        amount = format_brl(entry.amount_cents)
        if entry.kind == SALE:
            text = self.tr("Venda de {amount} para {name} registrada.")
        else:
            text = self.tr("Pagamento de {amount} de {name} registrado.")
        self.entry = entry
        name = customer.name if customer is not None else self.tr("o cliente")
        self.message.setText(text.format(amount=amount, name=name))
        self.button.show()
        self.action.setEnabled(True)
        self.show()
        self.timer.start(self.SECONDS * 1000)
        self._filter(True)

    def _filter(self, on: bool) -> None:
        """Focus goes back to the search box after a sale: its own Ctrl+Z (with nothing of its
        own to undo) must not swallow the one the owner means. Watched only while an undo is
        offered and the window is open (an application-wide filter outliving its window
        crashed)."""
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (its window closed)
        self._filter(False)
        super().hideEvent(event)

    def undo(self) -> None:
        entry = self.entry
        if entry is None:
            return
        self.entry = None
        self.action.setEnabled(False)
        self.button.hide()
        from fiado_app.services.ledger import reverse_entry

        ctx = self.ctx
        if ctx is None:
            return
        done = ctx.perform(
            lambda: reverse_entry(ctx.db, entry.id, reason=UNDO_REASON, today=ctx.today()),
            parent=self.window_,
            title=self.tr("Desfazer"),
        )
        if done is None:
            self.clear()
            return
        self.message.setText(
            self.tr("Desfeito: o lançamento foi estornado (motivo “desfeito”) e não conta.")
        )
        self.timer.start(5000)

    def clear(self) -> None:
        self._filter(False)
        self.entry = None
        self.action.setEnabled(False)
        self.message.clear()
        self.button.hide()
