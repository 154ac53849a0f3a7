"""Opening a Fiado database at start-up: where it lives, checks, migrations, the daily backup."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fiado_app.db.checks import startup_check
from fiado_app.db.engine import Database, make_engine
from fiado_app.db.files import storage_error
from fiado_app.db.migrate import HEAD_REVISION, schema_state, upgrade
from fiado_app.domain.errors import DatabaseNotWritable, DatabaseUnreadable
from fiado_app.services.paths import (
    DB_FILENAME,
    backup_dir_for,
    default_data_dir,
    default_db_path,
    ensure_folder,
)
from fiado_app.services.shop_record import get_shop

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from fiado_app.services.backups import DailyResult

__all__ = [
    "backup_dir_for",
    "default_data_dir",
    "default_db_path",
    "ensure_folder",
    "open_database",
    "run_daily_backup",
]


@dataclass
class OpenResult:
    db: Database
    created: bool
    migrated_from_copy: Path | None


def open_database(path: Path | None = None, *, check: bool = True) -> OpenResult:
    """Open (creating if needed) and bring the schema up to date. Raises DatabaseUnreadable."""
    path = Path(path or default_db_path()).expanduser().resolve()
    if path.is_dir():
        raise DatabaseNotWritable(
            f"{path} é uma pasta, não um arquivo de banco de dados: informe o nome do arquivo, "
            f"por exemplo {path / DB_FILENAME}."
        )
    ensure_folder(path.parent)
    created = not path.exists() or path.stat().st_size == 0
    if not created and check:
        startup_check(path)
    # SQLite writes its journal (-wal, -shm) beside the file: the folder must be writable too.
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseNotWritable(
            f"Sem permissão para gravar em {path}. Escolha outra pasta ou ajuste as permissões.",
            cli_hint="Outro arquivo: --db CAMINHO.",
        )
    # SQLAlchemy and Alembic are imported only when the schema is behind (a new file, an
    # upgrade): an up-to-date shop opens with SQLite's own module alone.
    engine: Engine | None = None
    copy: Path | None = None
    try:
        tables, revision = (set(), None) if created else schema_state(path)
        if tables and "alembic_version" not in tables:
            raise DatabaseUnreadable(path, "não contém as tabelas do Fiado")
        if revision != HEAD_REVISION:
            engine = make_engine(path)
            copy = upgrade(engine, path)
    except DatabaseUnreadable:
        if engine is not None:
            engine.dispose()
        raise
    except Exception as exc:  # sqlite3/SQLAlchemy errors while reading the schema
        if engine is not None:
            engine.dispose()
        clear = storage_error(exc, path)
        if clear is not None:
            raise clear from exc
        raise DatabaseUnreadable(path, str(exc).splitlines()[0]) from exc
    db = Database(path, engine)
    get_shop(db)  # creates the shop's row in a new file; only reads it otherwise
    return OpenResult(db, created, copy)


def run_daily_backup(db: Database) -> DailyResult:
    from fiado_app.services import backups

    return backups.daily_backup(db)
