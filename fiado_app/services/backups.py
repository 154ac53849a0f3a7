"""Backups as the owner sees them: the copies there are, a copy now, the daily copy (also in a
second place the owner chose: a pen drive, a folder synced to the cloud), and restore.

Where the second place lives is shop data (a Setting row), so the app and the command line
share it. A missing second place (pen drive out) is reported, never an error that stops work.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fiado_app.db import backup as files
from fiado_app.db.backup import BackupFailed, BackupInfo
from fiado_app.db.checks import integrity_check
from fiado_app.db.engine import Database
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_text
from fiado_app.services.paths import backup_dir_for
from fiado_app.services.settings import drop_setting, put_setting, setting

SECOND_FOLDER_KEY = "backup.second_folder"
LOCK_SUFFIX = ".lock"

__all__ = ["BackupFailed", "BackupInfo", "DailyResult", "backup_dir_for"]


def second_folder_for(base: Path, db_path: Path) -> Path:
    """Inside the place the owner chose, one folder per shop file (two shops never mix)."""
    return base / f"Fiado - {db_path.stem}"


@dataclass
class DailyResult:
    made: Path | None = None  # today's automatic copy, when this call made it
    second: Path | None = None  # its copy in the second place, when made
    second_missing: Path | None = None  # the second place could not be reached
    problems: list[str] = field(default_factory=list)


def get_second_folder(db: Database) -> Path | None:
    with db.query() as read:
        value = setting(read, SECOND_FOLDER_KEY)
    return Path(value) if value else None


def set_second_folder(db: Database, folder: Path | str | None) -> Path | None:
    """Choose (or with None, forget) the second place. It must exist now and not be the folder
    the database or its backups are in (a copy there dies with the same disk... or folder)."""
    if folder is None or not str(folder).strip():
        with db.write() as session:
            drop_setting(session, SECOND_FOLDER_KEY)
        return None
    text = check_text(str(folder), "A pasta da segunda cópia", "path")
    chosen = Path(text).expanduser().resolve()
    if not chosen.is_dir():
        raise InvalidInput(f"A pasta {chosen} não existe (o pen drive está conectado?).")
    if chosen in (db.path.parent, backup_dir_for(db.path)):
        raise InvalidInput(
            "Escolha outro lugar para a segunda cópia: essa é a pasta do próprio banco de dados. "
            "Use um pen drive, um HD externo ou uma pasta sincronizada (Google Drive, OneDrive)."
        )
    if not os.access(chosen, os.W_OK):
        raise InvalidInput(f"Sem permissão para gravar em {chosen}.")
    with db.write() as session:
        put_setting(session, SECOND_FOLDER_KEY, str(chosen))
    return chosen


def list_copies(db: Database) -> list[BackupInfo]:
    return files.list_backups(backup_dir_for(db.path))


def verify_copy(path: Path) -> bool:
    """The full `PRAGMA integrity_check` of a copy (slow: for a worker thread)."""
    return integrity_check(path)


def backup_now(db: Database, to: Path | None = None) -> Path:
    """A manual copy (never rotated away): in the backup folder, or in `to` (a folder or a
    file name)."""
    if to is None:
        return files.backup_now(db.path, backup_dir_for(db.path), kind=files.MANUAL)
    to = to.expanduser()
    if to.is_dir():
        return files.backup_now(db.path, to, kind=files.MANUAL)
    if to.suffix == "":
        raise InvalidInput(
            f"A pasta {to} não existe. Informe uma pasta que exista ou um arquivo .sqlite3."
        )
    return files.copy_database(db.path, to)


def daily_backup(db: Database, now: datetime | None = None) -> DailyResult:
    """Today's automatic copy, beside the database and in the second place, each at most once
    a day; a second place out of reach is reported, not raised."""
    now = now or datetime.now()
    result = DailyResult()
    result.made = files.daily_backup(db.path, backup_dir_for(db.path), now)
    base = get_second_folder(db)
    if base is None:
        return result
    if not base.is_dir():
        result.second_missing = base
        return result
    try:
        result.second = files.daily_backup(db.path, second_folder_for(base, db.path), now)
    except BackupFailed as exc:
        result.problems.append(str(exc))
    return result


def app_is_open(db_path: Path) -> bool:
    """Whether a desktop window has this file open (its lock file names a live process here)."""
    lock = Path(str(db_path) + LOCK_SUFFIX)
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return False
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # another computer's window on a shared folder: play safe
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def restore(source: Path, target: Path) -> Path | None:
    """Put the copy `source` in place of `target` (closed); the current file is kept first."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise InvalidInput(f"Arquivo não encontrado: {source}")
    if app_is_open(target):
        raise InvalidInput(
            f"O Fiado está aberto com {target}. Feche a janela do Fiado antes de restaurar "
            "(ou use Arquivo › Cópias de segurança › Restaurar…)."
        )
    return files.restore(source, target, backup_dir_for(target))


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    return files.newest_good_backup(backup_dir_for(db_path))


def older_copies(db: Database) -> list[Path]:
    """Every copy of the shop's data made so far: the backups beside the database and in the
    second place, and the copies kept before a migration."""
    found = [b.path for b in list_copies(db)]
    second = get_second_folder(db)
    if second is not None and second.is_dir():
        found += [b.path for b in files.list_backups(second_folder_for(second, db.path))]
    found += sorted(db.path.parent.glob(f"{db.path.stem}.antes-da-migracao-*.sqlite3"))
    return found


def purge_copies(db: Database) -> int:
    """After an erasure (LGPD): a fresh backup first, then every older copy deleted (they still
    hold the erased data). Returns how many were deleted."""
    old = older_copies(db)
    fresh = {backup_now(db)}
    second = get_second_folder(db)
    if second is not None and second.is_dir():  # the second place keeps a copy too
        folder = second_folder_for(second, db.path)
        folder.mkdir(parents=True, exist_ok=True)
        fresh.add(backup_now(db, to=folder))
    removed = 0
    for path in old:
        if path in fresh:
            continue
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise InvalidInput(
                f"Não foi possível apagar a cópia {path}: {exc.strerror or exc}."
            ) from None
    return removed
