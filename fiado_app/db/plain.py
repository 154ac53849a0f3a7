"""Reading without SQLAlchemy: what `Database.query()` yields and the helpers the services'
read queries go through, on a plain read or on a session alike (`Reads`, `plain_rows`).

SQLAlchemy takes over half a second to import on a slow PC, so the screens the owner sees first
read the file with SQLite's own module (docs/architecture.md, "Two ways to read, one way to
write"). Nothing here imports SQLAlchemy at start-up.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fiado_app.db.engine import Database


# Python's cycle collector runs every few hundred new objects, and each run rescans what the
# last ones left alive: a daily read builds tens of thousands of rows that stay alive until it
# returns, so on a big shop the collector took a tenth of the agenda's time, finding nothing
# (rows, tuples and dicts of plain values hold no cycles; reference counting frees them). So
# it waits while a read runs, on any thread, and resumes when the last one ends, unless it was
# off before.
_PAUSES_LOCK = threading.Lock()
_pauses = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector stays off for the block (and until every such block, on every
    thread, has ended)."""
    global _pauses, _resume
    with _PAUSES_LOCK:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _PAUSES_LOCK:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


class PlainReader:
    """A read transaction on a plain `sqlite3` connection (`Database.query()`): rows as tuples,
    SQLite's errors as they come (the `query()` block turns them into the owner's message)."""

    __slots__ = ("_conn", "_db")

    def __init__(self, conn: sqlite3.Connection, db: Database) -> None:
        self._conn = conn
        self._db = db

    def rows(self, sql: str, params: Mapping[str, object] | Sequence[object] = ()) -> list[tuple]:
        return self._conn.execute(sql, params).fetchall()

    @contextmanager
    def alongside(self, same_if: str) -> Iterator[PlainReader | None]:
        """A second read, on a connection of its own, for another thread to share a long query
        with this one (SQLite works without Python's lock, so two cores share it): None when
        this machine has one core, or when no second read could be had on this one's snapshot.

        Two connections cannot open the same snapshot, so the second one's is checked: a
        commit landing between the two would show in `same_if` (a one-value query that every
        write that matters changes, such as the newest entry's id), and the second read is
        opened anew, twice at most."""
        if (os.cpu_count() or 1) < 2:
            yield None
            return
        mine = self.rows(same_if)
        for _attempt in range(3):
            with self._db.query() as other:
                if other.rows(same_if) == mine:
                    yield other
                    return
        yield None


# What a service's read queries run on: a session (inside a write, it sees what the write did
# so far) or a plain read.
Reads: TypeAlias = "Session | PlainReader"
Params = Mapping[str, object] | Sequence[object]


def plain_rows(source: Reads, sql: str, params: Params = ()) -> list[tuple]:
    """Rows as plain tuples. On a session, read through the DB-API cursor of its connection:
    for the tens of thousands of short rows of the daily screens, no row objects are built
    (about a third quicker), and SQLite's errors come out as SQLAlchemy's, so `Database.read`
    explains them as it does every other. Inside a write, what it added or changed so far is
    flushed first, as the session's own queries do."""
    if isinstance(source, PlainReader):
        return source.rows(sql, params)
    source.flush()
    cursor = source.connection().connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        from sqlalchemy.exc import DBAPIError

        raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc
    finally:
        cursor.close()


def plain_value(source: Reads, sql: str, params: Params = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    found = plain_rows(source, sql, params)
    return found[0][0] if found else None


def plain_column(source: Reads, sql: str, params: Params = ()) -> list:
    """The first column of every row."""
    return [row[0] for row in plain_rows(source, sql, params)]


def plain_execute(
    session: Session, sql: str, params: Params | list[Mapping[str, object]] = ()
) -> None:
    """A statement in a write's transaction (`Database.write()`), through its connection; a
    list of parameter sets runs it once for each."""
    cursor = session.connection().connection.cursor()
    try:
        if isinstance(params, list):
            cursor.executemany(sql, params)
        else:
            cursor.execute(sql, params)
    except sqlite3.Error as exc:
        from sqlalchemy.exc import DBAPIError

        raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc
    finally:
        cursor.close()
