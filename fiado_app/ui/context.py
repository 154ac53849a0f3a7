"""What every page and dialog shares: the open database, the one way to write (`perform`), the
change signals, and a way to run slow work off the GUI thread (the shape of Anki's
qt/aqt/operations: an operation returns what it changed, and one place tells every view).

**Writing.** Every write goes through `ctx.perform(op)`, where `op()` calls one write service
and returns its result. The service's result reports what changed (`domain/changes.py`);
`perform` shows a fixable failure the same way everywhere (or hands it to `on_error`, e.g. a
form's banner) and emits the change signals. No page or dialog emits them by hand.
`perform_in_background` does the same off the GUI thread for slow work.

**Listening.** Two signals:
- `data_changed`: anything may have changed (demo shop, restore, shop data, ladder, a new day).
- `customers_changed(ids)`: only these customers' data, entries or contacts changed. Views that
  can update in place re-read just those customers.
A view that has no cheaper way connects with `ctx.connect_refresh(self.refresh)`, which calls it
for both.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from fiado_app.domain.changes import DATA, DAY, Changes, ReportsChanges
from fiado_app.domain.errors import FiadoError

if TYPE_CHECKING:  # not imported at start-up: the window paints before the database layer loads
    from fiado_app.services.storage import Database

R = TypeVar("R", bound=ReportsChanges)


class _TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    # Every task not yet delivered: it and its signals live until then, whatever else is
    # deleted meanwhile (a window, a context, a test's fixtures).
    pending: set[_Task] = set()

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, shown there
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.done, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        # RuntimeError: the app closed while this ran longer than it waits (a backup).
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


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
    external_change = Signal()  # another program wrote to the file (the views reload)

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.db = db
        self.today = today
        self.pool = QThreadPool.globalInstance()
        self.closing = False  # closed or closing: no new work on worker threads
        self._day = today()
        self._day_timer: QTimer | None = None
        self._others_timer: QTimer | None = None

    def watch_the_day(self, interval_ms: int = 60_000, others_ms: int = 2_000) -> None:
        """Check the date every minute: a window left open overnight shows the new day's
        collections and days overdue without waiting for the next sale. And every two seconds
        whether another program wrote to the file (`check_other_programs`)."""
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self.check_the_day)
        self._day_timer.start(interval_ms)
        self._others_timer = QTimer(self)
        self._others_timer.timeout.connect(self.check_other_programs)
        self.db.others_wrote()  # start watching
        self._others_timer.start(others_ms)

    def stop_watching(self) -> None:
        for timer in (self._day_timer, self._others_timer):
            if timer is not None:
                timer.stop()

    def check_other_programs(self) -> None:
        """A sale or payment recorded with `fiado` on the command line (or any other program's
        write) while the window is open: every view reloads, as after a restore (a cheap
        `PRAGMA`, nothing read when nothing changed)."""
        if not self.closing and self.db.others_wrote():
            self.external_change.emit()
            self.apply(Changes.to_all(DATA))

    def close(self, timeout_ms: int = 10_000) -> None:
        """Before the database closes: stop the day's timer and let the work still running on
        worker threads finish (it reads the database), then deliver or drop its results. The
        one place the window (ui/app.py) and the tests end a context."""
        self.closing = True
        self.stop_watching()
        self.pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents()  # the finished tasks' results reach their owners

    def check_the_day(self) -> None:
        # Once a minute also make sure the database's journal is still this process's own
        # (db/engine.py): a write of another program cannot leave this one writing in the void.
        self.db.verify_journal()
        today = self.today()
        if today != self._day:
            self._day = today
            self.day_changed.emit()
            self.apply(Changes.to_all(DAY))  # everything that depends on the date reloads

    # -- the one way to write -----------------------------------------------------------------

    def perform(
        self,
        op: Callable[[], R],
        *,
        parent: QWidget | None = None,
        title: str = "",
        on_error: Callable[[FiadoError], None] | None = None,
    ) -> R | None:
        """Run one write now. On success every view hears what changed and the result is
        returned; a fixable failure (bad input, a busy, full or damaged file) is shown, or
        given to `on_error`, and None is returned: nothing was written."""
        try:
            result = op()
        except FiadoError as exc:
            self._show_failure(exc, parent, title, on_error)
            return None
        self.apply(result.changes())
        return result

    def perform_in_background(
        self,
        op: Callable[[], R],
        on_done: Callable[[R], None] | None = None,
        *,
        parent: QWidget | None = None,
        title: str = "",
        on_error: Callable[[FiadoError], None] | None = None,
    ) -> None:
        """`perform` on a worker thread, for slow writes; `on_done(result)` and the views'
        updates run back on the GUI thread. An unexpected error reaches the crash dialog."""

        def done(result: R) -> None:
            self.apply(result.changes())
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, FiadoError):
                raise exc
            self._show_failure(exc, parent, title, on_error)

        self.run_in_background(op, done, failed)

    def apply(self, changes: Changes) -> None:
        """Tell every view what a write changed. Called by `perform`; a test, or a change made
        outside the app's writes (a restore, a new day), may call it directly."""
        if changes.empty:
            return
        if changes.customer_ids is None:
            self.data_changed.emit()
        elif changes.customer_ids:
            self.customers_changed.emit(sorted(changes.customer_ids))

    @staticmethod
    def _show_failure(
        exc: FiadoError,
        parent: QWidget | None,
        title: str,
        on_error: Callable[[FiadoError], None] | None,
    ) -> None:
        if on_error is not None:
            on_error(exc)
            return
        QMessageBox.warning(parent, title or QCoreApplication.translate("app", "Fiado"), str(exc))

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
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn` on a worker thread; `on_done(result)` runs back on the GUI thread (not at
        all if `owner` was deleted meanwhile: its window closed). A method of a widget has that
        widget as its owner unless another is given. Once the context is closing, nothing is
        started (the database is about to close)."""
        if self.closing:
            return
        if owner is None and isinstance(getattr(on_done, "__self__", None), QObject):
            owner = on_done.__self__  # type: ignore[attr-defined]
        task = _Task(fn)
        _Task.pending.add(task)
        task.setAutoDelete(False)

        def gone() -> bool:
            return owner is not None and not shiboken6.isValid(owner)

        def finish(result: Any) -> None:
            _Task.pending.discard(task)
            if not gone():
                on_done(result)

        def fail(exc: BaseException) -> None:
            _Task.pending.discard(task)
            if gone():
                return
            if on_error is not None:
                on_error(exc)
            else:
                raise exc

        task.signals.done.connect(finish)
        task.signals.failed.connect(fail)
        self.pool.start(task)
