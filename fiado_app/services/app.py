"""Opening a Fiado database at start-up: where it lives, checks, migrations, the daily backup."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import inspect

from fiado_app.db import backup as backups
from fiado_app.db.engine import (
    Database,
    DatabaseNotWritable,
    DatabaseUnreadable,
    make_engine,
    startup_check,
    storage_error,
)
from fiado_app.db.migrate import upgrade
from fiado_app.services.shop import get_shop

APP_NAME = "Fiado"
DB_FILENAME = "fiado.sqlite3"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("FIADO_DB")
    return Path(env) if env else default_data_dir() / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database, in `backups/` (or `<name>-backups/` for other files)."""
    if db_path.name == DB_FILENAME:
        return db_path.parent / "backups"
    return db_path.parent / f"{db_path.stem}-backups"


@dataclass
class OpenResult:
    db: Database
    created: bool
    migrated_from_copy: Path | None


def open_database(path: Path | None = None, *, check: bool = True) -> OpenResult:
    """Open (creating if needed) and bring the schema up to date. Raises DatabaseUnreadable."""
    path = Path(path or default_db_path()).expanduser().resolve()
    created = not path.exists() or path.stat().st_size == 0
    if not created and check:
        startup_check(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseNotWritable(
            f"Não foi possível criar a pasta do banco de dados {path.parent}: {exc.strerror}."
        ) from None
    # SQLite writes its journal (-wal, -shm) beside the file: the folder must be writable too.
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseNotWritable(
            f"Sem permissão para gravar em {path}. Escolha outra pasta (--db) ou ajuste as "
            "permissões."
        )
    engine = make_engine(path)
    try:
        tables = set(inspect(engine).get_table_names())
        if tables and "alembic_version" not in tables:
            raise DatabaseUnreadable(path, "não contém as tabelas do Fiado")
        copy = upgrade(engine, path)
    except DatabaseUnreadable:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3/SQLAlchemy errors while reading the schema
        engine.dispose()
        clear = storage_error(exc, path)
        if clear is not None:
            raise clear from exc
        raise DatabaseUnreadable(path, str(exc).splitlines()[0]) from exc
    db = Database(path, engine)
    get_shop(db)  # creates the shop's row in a new file; only reads it otherwise
    return OpenResult(db, created, copy)


def run_daily_backup(db: Database) -> Path | None:
    return backups.daily_backup(db.path, backup_dir_for(db.path))
