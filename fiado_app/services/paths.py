"""Where the shop's file and its copies live, and making the folder: no database code here, so
the window can use it before the database layer is loaded."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from fiado_app.domain.errors import DatabaseNotWritable

DB_FILENAME = "fiado.sqlite3"
APP_NAME = "Fiado"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("FIADO_DB")
    return Path(env) if env else default_data_dir() / DB_FILENAME


def ensure_folder(folder: Path) -> None:
    """Create `folder` (and its parents), or say in Portuguese why it cannot be. A folder made
    here is the owner's alone (0700): it holds customers' names, phones and debts (LGPD), and
    SQLite creates its files readable by everyone the umask allows. An existing folder, one the
    owner chose, is left as it is."""
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise DatabaseNotWritable(
            f"Não foi possível criar a pasta {folder}: {blocker} é um arquivo, não uma pasta."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
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


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database, in `backups/` (or `<name>-backups/` for other files)."""
    if db_path.name == DB_FILENAME:
        return db_path.parent / "backups"
    return db_path.parent / f"{db_path.stem}-backups"
