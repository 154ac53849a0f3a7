"""Start-up milestones, for benchmarks/bench_startup.py (off unless asked for).

With `FIADO_STARTUP_TRACE=FILE` in the environment, each milestone appends a line
`name perf_counter` to FILE. `time.perf_counter()` reads the system's monotonic clock, so the
benchmark compares those figures with the moment it launched the process. With
`FIADO_STARTUP_EXIT=1` too, the app closes itself once every milestone is reached. Without
these variables nothing here runs (and Qt is not imported here).
"""

from __future__ import annotations

import os
import time

TRACE_ENV = "FIADO_STARTUP_TRACE"
EXIT_ENV = "FIADO_STARTUP_EXIT"
# What the benchmark waits for, in the order the owner sees them; then what follows in the
# background: the other pages (the frozen app's smoke test checks that each one's modules are
# there) and the file's full check, after which the caches are written (as in a real session,
# so that the next launch measures a shop opened before).
FINAL = ("home_painted", "labels_filled", "status_filled", "pages_built", "file_checked")


def enabled() -> bool:
    return bool(os.environ.get(TRACE_ENV))


def mark(name: str) -> None:
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"{name} {time.perf_counter():.6f}\n")


def watch_window(window) -> None:  # type: ignore[no-untyped-def]
    """Once the window has its pages (its frame was marked "window_painted" before the database
    opened): mark the home page's first paint with its list, the behaviour labels filled in,
    the status-bar totals, the other pages built and the file checked; quit after the last
    when asked."""
    if not enabled():
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        """Marks `name` at the first paint of `widget` for which `ready()` holds."""

        def __init__(self, widget, name, ready) -> None:  # type: ignore[no-untyped-def]
            super().__init__(widget)
            self.name, self.ready = name, ready
            widget.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and self.ready():
                watched.removeEventFilter(self)
                # Marked once this paint has been handled: the owner sees it then.
                QTimer.singleShot(0, lambda: on_mark(self.name))
            return False

    reached: set[str] = set()

    def on_mark(name: str) -> None:
        mark(name)
        reached.add(name)
        if os.environ.get(EXIT_ENV) and reached.issuperset(FINAL):
            QApplication.quit()

    home = window.pages[0]
    FirstPaint(home.table.viewport(), "home_painted", lambda: home.agenda is not None)
    home.labels_loaded.connect(lambda: on_mark("labels_filled"))
    window.status_filled.connect(lambda: on_mark("status_filled"))
    window.pages_built.connect(lambda: on_mark("pages_built"))
    window.file_checked.connect(lambda: on_mark("file_checked"))
