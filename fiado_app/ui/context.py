"""What every page and dialog shares: the open database, one "data changed" signal, and a way to
run slow work off the GUI thread (see Anki's qt/aqt/operations for the idea).

Contract for pages: a QWidget subclass built as `Page(ctx, parent=None)`, with a class attribute
`title` (Portuguese, shown in the navigation) and a `refresh()` slot. Pages connect
`ctx.data_changed` to `refresh`. After any write, call `ctx.notify_changed()` once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fiado_app.db.engine import Database


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


class AppContext(QObject):
    data_changed = Signal()

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.db = db
        self.today = today
        self.pool = QThreadPool.globalInstance()
        self._tasks: set[_Task] = set()

    def notify_changed(self) -> None:
        self.data_changed.emit()

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
