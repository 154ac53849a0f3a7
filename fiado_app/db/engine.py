"""Opening the SQLite file: pragmas, transactions, a check that it really is a readable database.

The database file is SQLite's alone (docs/storage.md). On Linux and macOS, closing *any* file
descriptor on the file drops every lock this process holds on it; another process then believes
it is the last one, checkpoints and unlinks the journal, and this process goes on writing into a
deleted file. So:
- nothing in a process that has the file open reads it by other means: `files.raw_access_allowed`
  says whether a raw read is safe, and the code that needs one (the header check, the raw copy
  of a damaged file) asks first;
- every write checks, before and after, that the journal files (-wal, -shm) this process holds
  are still the ones on disk (`Database.verify_journal`); when they are not, it saves what this
  process sees, writes it back into the file and reconnects (`Database.heal`), so the write lands
  in a journal every other process sees.

Two ways in, one file: `Database.read()` and `Database.write()` give SQLAlchemy sessions (every
write goes through `write()`), and `Database.query()` gives a plain read on SQLite's own module,
for the screens the owner sees first: SQLAlchemy takes over half a second to import on a slow
PC, so it is imported only when a session is first asked for (docs/architecture.md). Both see
the same committed data; the services' read queries take either (db/plain.py).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fiado_app.db import files
from fiado_app.db.plain import PlainReader, collector_paused
from fiado_app.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseUnreadable,
    FiadoError,
    JournalLost,
    StorageFailure,
)

if TYPE_CHECKING:  # imported when a session is first asked for (see the module's docstring)
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


_PRAGMAS = ("foreign_keys = ON", "busy_timeout = 5000", "cache_size = -32000")


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event decide how transactions start (see _on_begin).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", *_PRAGMAS):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _on_begin(conn: Connection) -> None:
    # Writers take the write lock up front, so two processes never deadlock half-way.
    write = conn.get_execution_options().get("fiado_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(path: Path | str) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{Path(path)}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# The integrity of the file as the full check found it.
UNCHECKED, CHECKING, SOUND, DAMAGED = "unchecked", "checking", "sound", "damaged"


class Database:
    """An open Fiado database: where it lives and how to start read or write transactions.

    No write is accepted before `PRAGMA quick_check` has passed once (the CLI runs it before its
    first write; the app starts it in the background when the window appears, see
    `check_integrity`), nor after it failed. SQLAlchemy's engine is made when a session is
    first asked for; plain reads (`query`) share a few connections of their own.
    """

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self._engine = engine
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._journal: tuple[tuple[int, int] | None, ...] | None = None
        self.integrity = UNCHECKED
        self.integrity_detail = ""
        self._checked = threading.Event()
        self._state_lock = threading.Lock()
        # Making the engine imports SQLAlchemy: not under _state_lock, which plain reads take.
        self._engine_lock = threading.Lock()
        self._closed = False
        self._idle: list[sqlite3.Connection] = []  # plain read connections not in use
        self._generation = 0  # bumped when the plain connections must be opened anew
        self._watch: sqlite3.Connection | None = None  # for `others_wrote`
        self._seen = 0
        self._watch_lock = threading.Lock()
        files.opened(self)
        self._remember_journal()

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine on the file (made, and SQLAlchemy imported, on first use)."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = make_engine(self.path)
            return self._engine

    def _sessionmakers(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        engine = self.engine
        with self._engine_lock:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                writer_engine = engine.execution_options(fiado_write=True)
                self._sessions = (
                    sessionmaker(engine, expire_on_commit=False),
                    sessionmaker(writer_engine, expire_on_commit=False),
                )
            return self._sessions

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlalchemy.exc import DBAPIError

        try:
            with self._sessionmakers()[0]() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise self._storage_failure(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside is written, or nothing is."""
        from sqlalchemy.exc import DBAPIError

        self.require_sound()
        self.verify_journal()
        try:
            with self._sessionmakers()[1]() as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise self._storage_failure(exc) from exc
        self._seen_own_write()
        self.verify_journal()

    # -- plain reads ------------------------------------------------------------------------

    def _connect_plain(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            f"file:{self.path}?mode=rw", uri=True, isolation_level=None, check_same_thread=False
        )
        for pragma in (*_PRAGMAS, "query_only = ON"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    @contextmanager
    def query(self) -> Iterator[PlainReader]:
        """A read transaction on SQLite's own module, without SQLAlchemy: one snapshot of the
        file for the whole block. Safe on any thread (each block has a connection to itself).
        Python's cycle collector waits for the block to end (`collector_paused`)."""
        with collector_paused(), self._query() as reader:
            yield reader

    @contextmanager
    def _query(self) -> Iterator[PlainReader]:
        with self._state_lock:
            conn = self._idle.pop() if self._idle else None
            generation = self._generation
        try:
            if conn is None:
                conn = self._connect_plain()
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise self._storage_failure(exc) from exc
        try:
            yield PlainReader(conn, self)
        except sqlite3.Error as exc:
            conn.close()
            raise self._storage_failure(exc) from exc
        except BaseException:
            self._give_back(conn, generation)
            raise
        self._give_back(conn, generation)

    def _give_back(self, conn: sqlite3.Connection, generation: int) -> None:
        try:
            conn.execute("ROLLBACK")  # a read: nothing to keep
        except sqlite3.Error:
            conn.close()
            return
        with self._state_lock:
            if not self._closed and generation == self._generation and len(self._idle) < 4:
                self._idle.append(conn)
                return
        conn.close()

    def _close_plain(self) -> None:
        with self._state_lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for conn in idle:
            conn.close()

    def _storage_failure(self, exc: BaseException) -> FiadoError:
        """What SQLite refused, as an error the owner can read (the transaction was rolled
        back: nothing was written). `exc` is SQLite's error or SQLAlchemy's wrapping one."""
        orig = getattr(exc, "orig", None) or exc
        if isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig):
            return DatabaseBusy()
        clear = files.storage_error(exc, self.path)
        if isinstance(clear, DatabaseUnreadable):
            self._mark(DAMAGED, str(exc).splitlines()[0])
        if clear is not None:
            return clear
        first = str(orig).splitlines()[0]
        return StorageFailure(f"Falha inesperada no banco de dados; nada foi gravado ({first}).")

    @property
    def sound(self) -> bool:
        """The full check passed (a write now waits for nothing)."""
        return self.integrity == SOUND

    @property
    def damaged(self) -> bool:
        """The full check found damage (no write is accepted)."""
        return self.integrity == DAMAGED

    # -- other programs' writes -------------------------------------------------------------

    def others_wrote(self) -> bool:
        """Whether another program (`fiado` on the command line, a script) committed to the
        file since the last call; the first call starts
        watching and says False. `PRAGMA data_version` on a connection kept for this changes
        on every commit of any other connection, so this process's own writes are taken as
        seen when they commit (`write`). A write of another program committed in the instant
        between one of this process's commits and that mark goes unnoticed until the next."""
        with self._watch_lock:
            if self._closed:
                return False
            try:
                if self._watch is None:
                    self._watch = self._connect_plain()
                    self._seen = self._watch.execute("PRAGMA data_version").fetchone()[0]
                    return False
                version = self._watch.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return False  # the file's problem shows on the next read or write
            changed, self._seen = version != self._seen, version
            return bool(changed)

    def _seen_own_write(self) -> None:
        with self._watch_lock:
            if self._watch is not None and not self._closed:
                with suppress(sqlite3.Error):  # the next look will say so
                    self._seen = self._watch.execute("PRAGMA data_version").fetchone()[0]

    def _stop_watching(self) -> None:
        with self._watch_lock:
            watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()

    # -- integrity --------------------------------------------------------------------------

    def check_integrity(self) -> str:
        """Run `PRAGMA quick_check` (every page; about 0.3 s for a 100 MB shop) on a connection
        of its own, once; returns SOUND or DAMAGED. Safe on a worker thread."""
        with self._state_lock:
            if self.integrity in (SOUND, DAMAGED):
                return self.integrity
            if self.integrity == CHECKING:
                wait = True
            else:
                self.integrity, wait = CHECKING, False
        if wait:
            self._checked.wait()
            return self.integrity
        try:
            conn = self._connect_plain()
            try:
                rows = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
            problems = [str(r[0]) for r in rows if tuple(r) != ("ok",)]
            self._mark(DAMAGED if problems else SOUND, "; ".join(problems[:3]))
        except Exception as exc:  # a page SQLite cannot even read
            self._mark(DAMAGED, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return self.integrity

    def _mark(self, state: str, detail: str = "") -> None:
        with self._state_lock:
            self.integrity, self.integrity_detail = state, detail
        self._checked.set()

    def require_sound(self) -> None:
        """Raise DatabaseDamaged unless the full check passed (running it if nobody has)."""
        if self.integrity != SOUND:
            self.check_integrity()
        if self.integrity == DAMAGED:
            raise DatabaseDamaged(self.path, self.integrity_detail or "o arquivo está danificado")

    # -- the journal ------------------------------------------------------------------------

    def _remember_journal(self) -> None:
        ids = files.journal_identity(self.path)
        self._journal = ids if all(ids) else None

    def journal_intact(self) -> bool:
        """Whether the -wal/-shm on disk are still the files this process writes to."""
        if self._journal is None:
            self._remember_journal()
            return True
        return files.journal_identity(self.path) == self._journal

    def verify_journal(self) -> bool:
        """Heal a lost journal (see the module's docstring). True when nothing had to be done."""
        if self.journal_intact():
            return True
        self.heal()
        return False

    def heal(self) -> None:
        """This process's locks were dropped and its journal unlinked by another process: what
        this process wrote since lives only in the deleted journal. Keep a copy of what this
        process sees, write it into the file (checkpoint), reconnect with fresh locks and
        journal, and check that the file now holds it all; if not, say where the copy is."""
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
        rescue = self.path.with_name(f"{self.path.name}.recuperacao-{stamp}")
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            out = sqlite3.connect(rescue)
            try:
                raw.backup(out)
            finally:
                out.close()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self.engine.dispose()
        self._close_plain()
        self._stop_watching()
        with self.engine.connect() as conn:  # a new connection: new locks, a new journal
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
        self._remember_journal()
        if files.fingerprint(rescue) == files.fingerprint_engine(self.engine):
            for extra in ("", *files.JOURNAL_SUFFIXES):
                Path(f"{rescue}{extra}").unlink(missing_ok=True)
            return
        raise JournalLost(
            "Outro programa mexeu no banco de dados enquanto o Fiado estava aberto, e parte do "
            f"que foi gravado pode não estar no arquivo. Uma cópia completa foi guardada em "
            f"{rescue}: feche o Fiado e restaure essa cópia.",
            cli_hint=f'Para restaurar: fiado restore "{rescue}"',
        )

    def compact(self) -> bool:
        """Rewrite the file from its live rows only (VACUUM), then empty the WAL into it: what
        was erased is no longer in the file's free pages, old index pages or the journal.
        False when a reader kept the WAL from being emptied (it is, at the next checkpoint)."""
        self.require_sound()
        raw = self.engine.raw_connection()  # VACUUM runs outside any transaction
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            cursor.execute("VACUUM")
            for attempt in range(10):
                busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy is None or not busy[0]:
                    return True
                time.sleep(0.1 * (attempt + 1))
            return False
        except sqlite3.Error as exc:
            raise self._storage_failure(exc) from exc
        finally:
            raw.close()

    def __hash__(self) -> int:  # one object, one open file (kept in a WeakSet)
        return id(self)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            files.closed(self)
        self._close_plain()
        self._stop_watching()
        if self._engine is not None:
            self._engine.dispose()
