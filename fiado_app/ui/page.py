"""What the main window needs from a page, declared once.

Every page subclasses `Page` and overrides what it has; the defaults do nothing, so the main
window wires every page the same way (no `hasattr`). A base class rather than a
`typing.Protocol`: Qt signals must be declared on a QObject subclass to exist at all.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fiado_app.domain.records import Totals
from fiado_app.ui.context import AppContext


class Page(QWidget):
    title: ClassVar[str] = ""
    provides_totals: ClassVar[bool] = (
        False  # `totals()` gives the status bar its numbers  # Portuguese, marked for translation in the "pages" context
    )
    loaded = Signal()  # the page shows its data (after the first refresh and after each one)
    # Everything it shows first is on screen: with `loaded`, unless the page has a second step
    # of its own (the agenda's behaviour labels) and says so after it.
    settled = Signal()
    settles_on_load: ClassVar[bool] = True
    open_customer = Signal(int)  # the owner asked for a customer's window
    print_letter_requested = Signal(int)  # customer id (the stage: `letter_stage()`)
    open_receivables = Signal(str)  # Contas a receber, filtered (a mode of its filter)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown_once = False
        self._stale = False  # the data changed while the page was not on screen
        if self.settles_on_load:
            self.loaded.connect(self.settled)

    def refresh(self) -> None:
        """Reload everything the page shows (first shown; then on `ctx.data_changed`)."""
        raise NotImplementedError

    def data_changed(self) -> None:
        """The data under the page changed (`ctx.connect_refresh(self.data_changed, self)`):
        reload now when the page is on screen, else when it is next shown. A page that only
        reads (the Painel's seconds of sums, the agenda) costs nothing while the owner sells
        on another page; one never shown loads when first shown anyway."""
        if self.isVisible():
            self.refresh()
        elif self.shown_once:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def focus_search(self) -> None:
        """Ctrl+1..N and Ctrl+F put the cursor where typing is expected."""

    def selected_customer_id(self) -> int | None:
        """The customer a new sale or payment is for (Ctrl+N, F4)."""
        return None

    def totals(self) -> Totals | None:
        """The shop's totals, when the page has just loaded them (the status bar reuses them
        instead of reading every customer again)."""
        return None

    def show_filter(self, mode: str) -> None:
        """Show only the rows of `mode` (Contas a receber: an aging bucket, "overdue"...)."""

    def letter_stage(self) -> str | None:
        """The letter stage the page's selection is at (None: the customer's current one)."""
        return None

    def unsaved_changes(self) -> str | None:
        """What closing now would lose, in Portuguese (None: nothing)."""
        return None

    def save_unsaved(self) -> bool:
        """Save what `unsaved_changes` named; False (with the reason shown) keeps the window."""
        return True
