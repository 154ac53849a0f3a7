"""What the UI and the CLI need to know about the open database files, so that neither reaches
into db/: the `Database` type they pass to the services, and which files on disk are an open
database (a file dialog hides them; the logo picker refuses them, docs/storage.md)."""

from __future__ import annotations

from pathlib import Path

from fiado_app.db.engine import Database
from fiado_app.db.files import JOURNAL_SUFFIXES, open_databases, raw_access_allowed

__all__ = [
    "Database",
    "database_files",
    "is_open_database_file",
    "open_database_paths",
    "verify_journals",
]


def open_database_paths() -> list[Path]:
    """The database files this process has open."""
    return [db.path for db in open_databases()]


def database_files(path: Path) -> set[str]:
    """The file and every companion SQLite or Fiado keeps beside it."""
    base = str(path)
    return {base, *(f"{base}{s}" for s in (*JOURNAL_SUFFIXES, "-journal", ".lock"))}


def is_open_database_file(path: Path) -> bool:
    """Whether `path` is a database this process has open, or one of its journal files: such a
    file must never be opened by other means (it would drop SQLite's locks)."""
    if not raw_access_allowed(path):
        return True
    text = str(path)
    return any(
        not raw_access_allowed(Path(text[: -len(s)])) for s in JOURNAL_SUFFIXES if text.endswith(s)
    )


def verify_journals() -> None:
    """After a file dialog: make sure every open database still writes to its own journal."""
    for db in open_databases():
        db.verify_journal()


def check_the_file(db: Database) -> str:
    """The full check of every page (`Database.check_integrity`, safe on a worker thread),
    then what waited for it: the caches computed while it ran are written (the year's holiday
    names, services/holiday_names.py). Returns the file's state (sound or damaged)."""
    from fiado_app.services import holiday_names

    state = db.check_integrity()
    holiday_names.keep_unkept(db)
    return state
