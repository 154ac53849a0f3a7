"""Backups with SQLite's online backup API (consistent while the app is open), rotated and checked.

Rotation keeps the newest 7 daily, 4 weekly (one per ISO week) and 12 monthly copies.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fiado_app.db.engine import integrity_check
from fiado_app.domain.errors import FiadoError

PREFIX = "fiado-"
SUFFIX = ".sqlite3"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


class BackupFailed(FiadoError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def copy_database(source: Path, dest: Path) -> Path:
    """A consistent copy of `source` at `dest`, checked with `PRAGMA integrity_check`."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".parcial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(partial)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"Não foi possível fazer a cópia de segurança em {dest}: {exc}") from exc
    if not integrity_check(partial):
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            f"A cópia de segurança em {dest} não passou na verificação de integridade."
        )
    partial.replace(dest)
    return dest


def backup_name(moment: datetime) -> str:
    return f"{PREFIX}{moment.strftime('%Y-%m-%d_%H%M%S')}{SUFFIX}"


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in `folder`, newest first."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        stamp = path.name[len(PREFIX) : -len(SUFFIX)]
        try:
            taken = datetime.strptime(stamp, "%Y-%m-%d_%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Grandfather-father-son: newest per day (7), per ISO week (4), per month (12)."""
    keep: set[Path] = set()
    for key, count in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for b in backups:  # newest first: the first of each period is its newest copy
            period = key(b.taken_at)
            if period not in seen:
                seen.append(period)
                if len(seen) > count:
                    break
                keep.add(b.path)
    return keep


def rotate(folder: Path) -> list[Path]:
    backups = list_backups(folder)
    keep = backups_to_keep(backups)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_now(source: Path, folder: Path, now: datetime | None = None) -> Path:
    dest = copy_database(source, folder / backup_name(now or datetime.now()))
    rotate(folder)
    return dest


def daily_backup(source: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """At most one automatic backup a day; returns the new file or None if today's exists."""
    now = now or datetime.now()
    newest = list_backups(folder)
    if newest and newest[0].taken_at.date() >= now.date():
        return None
    if not source.exists():
        return None
    return backup_now(source, folder, now)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for b in list_backups(folder):
        if integrity_check(b.path):
            return b
    return None


def restore(source: Path, target: Path, folder: Path) -> Path | None:
    """Replace `target` with the backup `source`; the current file is backed up first."""
    if not integrity_check(source):
        raise BackupFailed(
            f"O arquivo {source} não é um banco do Fiado válido (falhou na verificação)."
        )
    safety: Path | None = None
    if target.exists():
        try:
            safety = backup_now(target, folder)
        except BackupFailed:
            # The current file may be the broken one: keep a raw copy of it instead.
            stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
            safety = folder / f"danificado-{stamp}{SUFFIX}"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, safety)
    for extra in ("-wal", "-shm"):
        Path(str(target) + extra).unlink(missing_ok=True)
    copy_database(source, target)
    return safety


def today_backup_exists(folder: Path, today: date) -> bool:
    backups = list_backups(folder)
    return bool(backups) and backups[0].taken_at.date() >= today
