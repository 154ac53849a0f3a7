"""The database file as it stands on disk, beside SQLite's connections to it: which files this
process holds (a raw read of one of them would drop this process's locks: see db/engine.py),
their journals' identity, a fingerprint of what a file holds, and the storage failures the owner
can fix, said in Portuguese."""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from fiado_app.domain.errors import DatabaseNotWritable, DatabaseUnreadable, FiadoError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from fiado_app.db.engine import Database


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
    if "unable to open database file" in message:
        return DatabaseNotWritable(
            f"Não foi possível abrir o banco de dados{where}: o SQLite precisa ler o arquivo e "
            "criar o seu diário ao lado dele. Verifique as permissões da pasta e do arquivo."
        )
    if "malformed" in message or "not a database" in message:
        return DatabaseUnreadable(path or Path("?"), str(exc).splitlines()[0])
    return None


# Files this process has open through a Database (resolved path -> how many Databases).
_OPEN_FILES: dict[Path, int] = {}
_OPEN_LOCK = threading.Lock()
_LIVE: weakref.WeakSet[Database] = weakref.WeakSet()
JOURNAL_SUFFIXES = ("-wal", "-shm")


def _key(path: Path) -> Path:
    return Path(os.path.abspath(path))


def opened(db: Database) -> None:
    """`db` holds its file from now on."""
    with _OPEN_LOCK:
        key = _key(db.path)
        _OPEN_FILES[key] = _OPEN_FILES.get(key, 0) + 1
        _LIVE.add(db)


def closed(db: Database) -> None:
    """`db` no longer holds its file (called once, when it closes)."""
    with _OPEN_LOCK:
        key = _key(db.path)
        left = _OPEN_FILES.get(key, 1) - 1
        if left > 0:
            _OPEN_FILES[key] = left
        else:
            _OPEN_FILES.pop(key, None)
        _LIVE.discard(db)


def open_databases() -> list[Database]:
    """Every Database this process has open (for guards that must cover them all)."""
    with _OPEN_LOCK:
        return list(_LIVE)


def raw_access_allowed(path: Path) -> bool:
    """Whether this process may read `path` (or its journal) other than through SQLite: only
    while no Database of this process has it open (closing the descriptor would drop the locks)."""
    with _OPEN_LOCK:
        return _OPEN_FILES.get(_key(path), 0) == 0


def journal_identity(path: Path) -> tuple[tuple[int, int] | None, ...]:
    """(device, inode) of the -wal and -shm files on disk, None where missing (stat only)."""
    ids: list[tuple[int, int] | None] = []
    for suffix in JOURNAL_SUFFIXES:
        try:
            st = os.stat(f"{path}{suffix}")
        except OSError:
            ids.append(None)
        else:
            ids.append((st.st_dev, st.st_ino))
    return tuple(ids)


_FINGERPRINT = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"


def _rows_fingerprint(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """Per table: its row count and the sum of a CRC of every row (catches edits too)."""
    conn.create_function("fiado_crc", 1, lambda t: zlib.crc32(str(t).encode()), deterministic=True)
    result = []
    for (name,) in conn.execute(_FINGERPRINT).fetchall():
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")').fetchall()]
        row = " || ',' || ".join(f'quote("{c}")' for c in cols) or "''"
        count, total = conn.execute(
            f'SELECT count(*), total(fiado_crc({row})) FROM "{name}"'
        ).fetchone()
        result.append((name, int(count), int(total or 0)))
    return result


def fingerprint(path: Path) -> list[tuple[str, int, int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _rows_fingerprint(conn)
    finally:
        conn.close()


def fingerprint_engine(engine: Engine) -> list[tuple[str, int, int]]:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return _rows_fingerprint(raw)  # type: ignore[arg-type]
