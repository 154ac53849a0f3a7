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


class DatabaseNotWritable(FiadoError):
    """The disk is full, or the file or its folder cannot be written."""


def storage_error(exc: BaseException, path: Path | None = None) -> FiadoError | None:
    """A clear Portuguese error for the storage failures the owner can fix, else None."""
    message = str(exc).lower()
    where = f" ({path})" if path else ""
    if "disk is full" in message or "no space" in message:
        return DatabaseNotWritable(
            f"O disco está cheio{where}: libere espaço e tente de novo. Nada foi gravado."
        )
    if "readonly" in message or "read-only" in message or "permission denied" in message:
        return DatabaseNotWritable(
            f"Sem permissão para gravar o banco de dados{where}. Verifique a pasta e o arquivo. "
            "Nada foi gravado."
        )
    if "malformed" in message or "not a database" in message:
        return DatabaseUnreadable(path or Path("?"), str(exc).splitlines()[0])
    return None


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
            clear = storage_error(exc, self.path)
            if clear is not None:
                raise clear from exc
            raise

    def close(self) -> None:
        self.engine.dispose()


SQLITE_MAGIC = b"SQLite format 3\x00"
# Small tables checked page by page at start-up; the big ledger is checked at its edges here and
# in full (`PRAGMA integrity_check`) on every backup.
SMALL_TABLES = ("alembic_version", "shop", "customer", "setting")


def startup_check(path: Path) -> None:
    """A fast check that the file is a whole SQLite database; raises DatabaseUnreadable.

    `PRAGMA quick_check` reads every page (about 0.2 s for a 100 MB shop, more on a slow disk),
    so start-up instead checks the header, that the file is as long as the header says (catches
    truncated copies), the small tables in full and both ends of the ledger's tables.
    """
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseUnreadable(path, f"não foi possível ler o arquivo: {exc.strerror}") from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseUnreadable(path, "não é um banco de dados SQLite")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseUnreadable(path, "cabeçalho danificado")
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]
    if size % page_size or (header_size_valid and pages * page_size > size):
        raise DatabaseUnreadable(path, "o arquivo está incompleto, foi truncado")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            problems: list[str] = []
            for table in SMALL_TABLES:
                if table in tables:
                    rows = conn.execute(f"PRAGMA quick_check({table})").fetchall()
                    problems += [str(r[0]) for r in rows if r != ("ok",)]
            if "entry" in tables:
                conn.execute("SELECT * FROM entry ORDER BY id DESC LIMIT 50").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(path, str(exc)) from None
    if problems:
        raise DatabaseUnreadable(path, "; ".join(problems[:3]))


def quick_check(path: Path) -> None:
    """Raise DatabaseUnreadable unless `PRAGMA quick_check` (every page) says ok."""
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
