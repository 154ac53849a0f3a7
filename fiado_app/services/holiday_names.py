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

from fiado_app.db.engine import Database, Reads
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


def keep(db: Database, year: int, uf: str | None) -> None:
    """Compute the year's names (loading the package) and keep them; best effort."""
    names = holiday_names(year, uf)
    remember_holidays(year, uf, names)
    try:
        with db.write() as session:
            kept = json.dumps({d.isoformat(): n for d, n in names.items()}, ensure_ascii=False)
            put_setting(session, _key(year, uf), kept)
    except FiadoError as exc:  # a read-only or busy file: computed again next time
        log.info("holiday names not kept: %s", exc)
