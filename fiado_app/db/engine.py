"""Opening the SQLite file: pragmas, transactions, a check that it really is a readable database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fiado_app.domain.errors import FiadoError


class DatabaseUnreadable(FiadoError):
    """The file is not a readable SQLite database (corrupt, truncated or not ours)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"Não foi possível abrir o banco de dados {path}: o arquivo parece danificado "
            f"ou não é um banco do Fiado ({detail})."
        )
        self.path = path


class DatabaseBusy(FiadoError):
    def __init__(self) -> None:
        super().__init__(
            "O banco de dados está ocupado por outro programa. Tente de novo em instantes."
        )


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event decide how transactions start (see _on_begin).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    for pragma in (
        "foreign_keys = ON",
        "journal_mode = WAL",
        "synchronous = NORMAL",
        "busy_timeout = 5000",
        "cache_size = -32000",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers take the write lock up front, so two processes never deadlock half-way.
    write = conn.get_execution_options().get("fiado_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(path: Path | str) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Database:
    """An open Fiado database: where it lives and how to start read or write transactions."""

    path: Path
    engine: Engine
    _reader: sessionmaker[Session] = field(init=False, repr=False)
    _writer: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_engine = self.engine.execution_options(fiado_write=True)
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside is written, or nothing is."""
        try:
            with self._writer() as session, session.begin():
                yield session
        except OperationalError as exc:
            if "locked" in str(exc):
                raise DatabaseBusy() from exc
            raise

    def close(self) -> None:
        self.engine.dispose()


def quick_check(path: Path) -> None:
    """Raise DatabaseUnreadable unless the file opens and `PRAGMA quick_check` says ok."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(path, str(exc)) from None
    if rows != [("ok",)]:
        raise DatabaseUnreadable(path, "; ".join(str(r[0]) for r in rows[:3]))


def integrity_check(path: Path) -> bool:
    """The full `PRAGMA integrity_check` (used on backups)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
