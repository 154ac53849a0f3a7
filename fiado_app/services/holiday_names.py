"""The holiday names of a year, kept in the database (a `setting` row per year and UF) so that
opening the app judges today's contact hours without loading the `holidays` package, which
takes a fifth of a second the first time (it loads every country's calendar). The row's key
carries the app's version: a new version, perhaps with a newer package, computes them again.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from functools import cache

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads
from fiado_app.domain.contact_hours import holiday_names, holidays_known, remember_holidays
from fiado_app.domain.errors import FiadoError
from fiado_app.services.settings import put_setting, setting
from fiado_app.version import version

log = logging.getLogger(__name__)


@cache
def _app_version() -> str:
    return version()  # read from the package's metadata: once a process


def _key(year: int, uf: str | None) -> str:
    return f"holidays:{_app_version()}:{year}:{uf or 'BR'}"


def prime(source: Reads, year: int, uf: str | None) -> bool:
    """Give the domain the year's kept names; False when they are not kept yet."""
    if holidays_known(year, uf):
        return True
    kept = setting(source, _key(year, uf))
    if kept is None:
        return False
    remember_holidays(year, uf, {date.fromisoformat(d): n for d, n in json.loads(kept).items()})
    return True


# Names computed in this process and not written yet (the file's check had not passed).
_UNKEPT: set[tuple[int, str | None]] = set()


def keep(db: Database, year: int, uf: str | None) -> None:
    """Compute the year's names (loading the package) and keep them; best effort. They are
    written only once the file's full check has passed: the first write of a process waits for
    that check (seconds on a big shop), and the agenda's labels must not wait for it. Until
    then they live in this process and are written by `keep_unkept` (the app's check runs in
    the background just after start-up; the next agenda writes them)."""
    names = holiday_names(year, uf)
    remember_holidays(year, uf, names)
    _UNKEPT.add((year, uf))
    keep_unkept(db)


def keep_unkept(db: Database) -> None:
    """Write the names computed in this process but not yet written, once the check passed."""
    if not _UNKEPT or not db.sound:
        return
    for year, uf in sorted(_UNKEPT, key=str):
        names = holiday_names(year, uf)
        try:
            with db.write() as session:
                kept = json.dumps({d.isoformat(): n for d, n in names.items()}, ensure_ascii=False)
                put_setting(session, _key(year, uf), kept)
        except FiadoError as exc:  # a read-only or busy file: computed again next time
            log.info("holiday names not kept: %s", exc)
            return
        _UNKEPT.discard((year, uf))
