"""Opening a Fiado database at start-up: where it lives, checks, migrations, the daily backup."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import inspect

from fiado_app.db.checks import startup_check
from fiado_app.db.engine import Database, make_engine, storage_error
from fiado_app.db.migrate import upgrade
from fiado_app.domain.errors import DatabaseNotWritable, DatabaseUnreadable
from fiado_app.services import backups
from fiado_app.services.backups import DB_FILENAME, DailyResult, backup_dir_for
from fiado_app.services.shop import get_shop

__all__ = ["backup_dir_for", "default_db_path", "open_database", "run_daily_backup"]

APP_NAME = "Fiado"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("FIADO_DB")
    return Path(env) if env else default_data_dir() / DB_FILENAME


def ensure_folder(folder: Path) -> None:
    """Create `folder` (and its parents), or say in Portuguese why it cannot be."""
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise DatabaseNotWritable(
            f"Não foi possível criar a pasta {folder}: {blocker} é um arquivo, não uma pasta."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseNotWritable(
            f"Não foi possível criar a pasta {folder}: {_os_reason(exc)}."
        ) from None


def _os_reason(exc: OSError) -> str:
    """The reason of an OS error in Portuguese (the common ones), else the system's words."""
    import errno

    reasons = {
        errno.EACCES: "sem permissão",
        errno.EPERM: "sem permissão",
        errno.ENOSPC: "o disco está cheio",
        errno.EROFS: "o disco é somente leitura",
        errno.ENOTDIR: "parte do caminho é um arquivo, não uma pasta",
        errno.EEXIST: "já existe um arquivo com esse nome",
        errno.ENOENT: "o caminho não existe",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


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


def run_daily_backup(db: Database) -> DailyResult:
    return backups.daily_backup(db)
