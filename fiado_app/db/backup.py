"""Backups with SQLite's online backup API (consistent while the app is open), rotated and checked.

Three kinds of copy live in a backup folder, told apart by their names:
- automatic (`fiado-2026-03-15_090000.sqlite3`): one a day, rotated: the newest 7 daily,
  4 weekly (one per ISO week) and 12 monthly copies are kept;
- manual (`fiado-manual-…`): asked for by the owner, never rotated away;
- safety (`fiado-antes-de-restaurar-…`, `fiado-danificado-…`): the file as it was before a
  restore, never rotated away.
Rotation deletes automatic copies only, so it never deletes a copy being restored or one the
owner made by hand.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fiado_app.db.checks import integrity_check
from fiado_app.db.files import raw_access_allowed
from fiado_app.domain.errors import FiadoError

PREFIX = "fiado-"
SUFFIX = ".sqlite3"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
AUTOMATIC, MANUAL, SAFETY, DAMAGED_COPY = "automatic", "manual", "safety", "damaged"
# The part of the name after PREFIX that tells each kind (automatic copies have none).
KIND_TAGS = {MANUAL: "manual-", SAFETY: "antes-de-restaurar-", DAMAGED_COPY: "danificado-"}
STAMP = "%Y-%m-%d_%H%M%S"
PARTIAL = ".parcial"  # a copy being written, renamed once checked
STALE_PARTIAL_SECONDS = 3600


class BackupFailed(FiadoError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    kind: str = AUTOMATIC


def copy_database(source: Path, dest: Path) -> Path:
    """A consistent copy of `source` at `dest`, checked with `PRAGMA integrity_check`."""
    partial = dest.with_name(dest.name + PARTIAL)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # personal data: owner only
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
        raise BackupFailed(
            f"Não foi possível fazer a cópia de segurança em {dest}: {_reason(exc)}."
        ) from exc
    if not integrity_check(partial):
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            f"A cópia de segurança em {dest} não passou na verificação de integridade."
        )
    partial.replace(dest)
    return dest


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return "o disco está cheio"
    if "readonly" in text or "permission" in text or "unable to open" in text:
        return "sem permissão para gravar nessa pasta, ou a pasta não existe"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def backup_name(moment: datetime, kind: str = AUTOMATIC) -> str:
    return f"{PREFIX}{KIND_TAGS.get(kind, '')}{moment.strftime(STAMP)}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime] | None:
    """(kind, moment) of a file named by `backup_name`, else None."""
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    rest = name[len(PREFIX) : -len(SUFFIX)]
    kind = AUTOMATIC
    for candidate, tag in KIND_TAGS.items():
        if rest.startswith(tag):
            kind, rest = candidate, rest[len(tag) :]
            break
    try:
        return kind, datetime.strptime(rest, STAMP)
    except ValueError:
        return None


def list_backups(folder: Path, kinds: tuple[str, ...] | None = None) -> list[BackupInfo]:
    """Backups in `folder` (of the given kinds, or all), newest first."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        parsed = parse_backup_name(path.name)
        if parsed is None or (kinds is not None and parsed[0] not in kinds):
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(path, parsed[1], size, parsed[0]))
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


def rotate(folder: Path, protect: Path | None = None) -> list[Path]:
    """Delete the automatic copies the rotation no longer keeps (never `protect`)."""
    backups = list_backups(folder, (AUTOMATIC,))
    keep = backups_to_keep(backups)
    if protect is not None:
        keep.add(protect)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# A copy is written under a temporary name and renamed once checked. One left behind (the app
# was closed, or the PC turned off, in the middle of a big shop's copy) is swept by the next
# backup, once it is old enough not to be a copy another process is still writing.
def sweep_partials(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the unfinished copies (and their journals) last written over an hour ago."""
    limit = (now or datetime.now()).timestamp() - STALE_PARTIAL_SECONDS
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for pattern in (f"{PREFIX}*{SUFFIX}{PARTIAL}", f"{PREFIX}*{SUFFIX}{PARTIAL}-journal"):
        for path in folder.glob(pattern):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # gone already, or not ours to delete: the next backup tries again
    return removed


def backup_now(source: Path, folder: Path, now: datetime | None = None, kind: str = MANUAL) -> Path:
    """A checked copy in `folder`. Manual and safety copies are never rotated away."""
    moment = now or datetime.now()
    sweep_partials(folder)
    dest = folder / backup_name(moment, kind)
    while dest.exists():  # two copies in the same second: keep both
        moment = moment.replace(microsecond=0) + (datetime.min.replace(second=1) - datetime.min)
        dest = folder / backup_name(moment, kind)
    copy_database(source, dest)
    if kind == AUTOMATIC:
        rotate(folder, protect=dest)
    return dest


def daily_backup(source: Path, folder: Path, now: datetime | None = None) -> Path | None:
    """At most one automatic backup a day; returns the new file or None if today's exists."""
    now = now or datetime.now()
    if today_backup_exists(folder, now.date()):
        return None
    if not source.exists():
        return None
    return backup_now(source, folder, now, AUTOMATIC)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for b in list_backups(folder, (AUTOMATIC, MANUAL)):
        if integrity_check(b.path):
            return b
    return None


def restore(source: Path, target: Path, folder: Path) -> Path | None:
    """Replace `target` with the backup `source`; the current file is copied first (a safety
    copy, never rotated). `target` must not be open in this process."""
    if not raw_access_allowed(target):
        raise BackupFailed("Feche o banco de dados antes de restaurar uma cópia.")
    if not integrity_check(source):
        raise BackupFailed(
            f"O arquivo {source} não é um banco do Fiado válido (falhou na verificação)."
        )
    staged = target.with_name(target.name + ".restaurando")
    copy_database(source, staged)  # first: if the source is the only copy, it stays untouched
    safety: Path | None = None
    if target.exists():
        try:
            safety = backup_now(target, folder, kind=SAFETY)
        except BackupFailed:
            # The current file may be the broken one: keep a raw copy of it instead (allowed:
            # nothing in this process has it open, checked above).
            stamp = datetime.now()
            safety = folder / backup_name(stamp, DAMAGED_COPY)
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            shutil.copy2(target, safety)
    for extra in ("-wal", "-shm"):
        Path(str(target) + extra).unlink(missing_ok=True)
    staged.replace(target)
    return safety


def today_backup_exists(folder: Path, today: date) -> bool:
    backups = list_backups(folder, (AUTOMATIC,))
    return bool(backups) and backups[0].taken_at.date() >= today
