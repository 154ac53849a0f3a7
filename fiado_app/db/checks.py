"""Is this file a whole, readable Fiado database? The fast check at start-up (the header, the
length, the small tables, both ends of the ledger) and the full ones (`PRAGMA quick_check`,
`integrity_check`) that backups and restores run.

Only SQLite opens the file while this process has it open (docs/storage.md): the header is read
directly only when `raw_access_allowed` says no connection of this process holds it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fiado_app.db.files import raw_access_allowed
from fiado_app.domain.errors import DatabaseUnreadable

SQLITE_MAGIC = b"SQLite format 3\x00"
# Small tables checked page by page at start-up; the big ledger is checked at its edges here and
# in full (`PRAGMA integrity_check`) on every backup.
SMALL_TABLES = ("alembic_version", "shop", "customer", "setting")


def startup_check(path: Path) -> None:
    """A fast check that the file is a whole SQLite database; raises DatabaseUnreadable.

    `PRAGMA quick_check` reads every page (about 0.3 s for a 100 MB shop, more on a slow disk),
    so start-up instead checks the header, that the file is as long as the header says (catches
    truncated copies), the small tables in full and both ends of the ledger's tables; the full
    check runs before the first write (`Database.require_sound`). The header is read from the
    file only while this process does not have it open (see `raw_access_allowed`).
    """
    try:
        size = path.stat().st_size
        header = _read_header(path) if raw_access_allowed(path) else None
    except OSError as exc:
        raise DatabaseUnreadable(path, f"não foi possível ler o arquivo: {exc.strerror}") from None
    if header is not None:
        _check_header(path, header, size)
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
                conn.execute("SELECT * FROM entry ORDER BY id LIMIT 50").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(path, str(exc)) from None
    if problems:
        raise DatabaseUnreadable(path, "; ".join(problems[:3]))


def _read_header(path: Path) -> bytes:
    if path.is_dir():
        raise DatabaseUnreadable(path, "é uma pasta, não um arquivo")
    with path.open("rb") as f:
        return f.read(100)


def _check_header(path: Path, header: bytes, size: int) -> None:
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
