"""What every page and dialog shares: the open database, one "data changed" signal, and a way to
run slow work off the GUI thread (see Anki's qt/aqt/operations for the idea).

Contract for pages: a QWidget subclass built as `Page(ctx, parent=None)`, with a class attribute
`title` (Portuguese, shown in the navigation) and a `refresh()` slot.

Two change signals:
- `data_changed`: anything may have changed (demo shop, restore, shop data, a new day): reload.
- `customers_changed(ids)`: only these customers' data or entries changed (a sale, a payment, a
  reversal, an edit). Views that can update in place re-read just those customers.
After any write call `ctx.notify_changed(customer_ids=[...])` once, or `ctx.notify_changed()` for
a bulk change. A view that has no cheaper way connects with `ctx.connect_refresh(self.refresh)`,
which calls it for both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from fiado_app.services.storage import Database


class _TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class RefreshRelay(QObject):
    """Forwards both change signals to a plain refresh slot; dies with its owner."""

    def __init__(self, slot: Callable[[], None], customer_id: int | None, owner: QObject) -> None:
        super().__init__(owner)
        self.slot: Callable[[], None] | None = slot
        self.customer_id = customer_id

    def on_any(self) -> None:
        if self.slot is not None:
            self.slot()

    def on_customers(self, ids: list[int]) -> None:
        if self.slot is not None and (self.customer_id is None or self.customer_id in ids):
            self.slot()

    def stop(self) -> None:
        self.slot = None


class AppContext(QObject):
    data_changed = Signal()
    customers_changed = Signal(list)
    day_changed = Signal()  # midnight passed (or the computer woke up on another day)

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.db = db
        self.today = today
        self.pool = QThreadPool.globalInstance()
        self._tasks: set[_Task] = set()
        self._day = today()
        self._day_timer: QTimer | None = None

    def watch_the_day(self, interval_ms: int = 60_000) -> None:
        """Check the date every minute: a window left open overnight shows the new day's
        collections and days overdue without waiting for the next sale."""
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self.check_the_day)
        self._day_timer.start(interval_ms)

    def stop_watching(self) -> None:
        if self._day_timer is not None:
            self._day_timer.stop()

    def check_the_day(self) -> None:
        # Once a minute also make sure the database's journal is still this process's own
        # (db/engine.py): a write of another program cannot leave this one writing in the void.
        self.db.verify_journal()
        today = self.today()
        if today != self._day:
            self._day = today
            self.day_changed.emit()
            self.notify_changed()  # everything that depends on the date reloads

    def notify_changed(self, customer_ids: Iterable[int] | None = None) -> None:
        """Tell every view a write happened: to these customers only, or (None) to anything."""
        if customer_ids is None:
            self.data_changed.emit()
            return
        ids = sorted({int(i) for i in customer_ids})
        if ids:
            self.customers_changed.emit(ids)

    def connect_refresh(
        self, slot: Callable[[], None], owner: QObject, customer_id: int | None = None
    ) -> RefreshRelay:
        """Call `slot()` after a bulk write and after a write to any customer (or only to
        `customer_id`). The connection lives as long as `owner`; `.stop()` ends it earlier."""
        relay = RefreshRelay(slot, customer_id, owner)
        self.data_changed.connect(relay.on_any)
        self.customers_changed.connect(relay.on_customers)
        return relay

    def run_in_background(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn` on a worker thread; `on_done(result)` runs back on the GUI thread."""
        task = _Task(fn)
        self._tasks.add(task)
        task.setAutoDelete(False)

        def finish(result: Any) -> None:
            self._tasks.discard(task)
            on_done(result)

        def fail(exc: BaseException) -> None:
            self._tasks.discard(task)
            if on_error is not None:
                on_error(exc)
            else:
                raise exc

        task.signals.done.connect(finish)
        task.signals.failed.connect(fail)
        self.pool.start(task)
