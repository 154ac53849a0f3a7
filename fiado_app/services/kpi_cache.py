"""The Painel's sums of months and days that are over, kept in the database (`kpi_cache`).

A slice's sums depend only on the entries dated up to its last day; triggers on `entry`
(migration 0009) delete every slice whose last day is on or after the date of an entry
written, changed or deleted. Slices are summed inside a read, so they are kept afterwards in a
short write of their own, and only when no entry was written in between (the newest entry
number is the same): a slice summed from a ledger that has since changed is never kept.
Keeping is best effort: a locked, read-only or full database just sums them again next time.
"""

from __future__ import annotations

import json
import logging
from datetime import date

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads, plain_execute, plain_rows, plain_value
from fiado_app.domain.errors import FiadoError

log = logging.getLogger(__name__)

Slice = tuple[str, date, dict[str, object]]  # key, last day, sums


def newest_entry(session: Reads) -> int:
    return int(plain_value(session, "SELECT COALESCE(MAX(id), 0) FROM entry"))


def kept(session: Reads, keys: list[str]) -> dict[str, dict[str, object]]:
    """The kept sums of these slices (those not kept are missing)."""
    if not keys:
        return {}
    rows = plain_rows(
        session,
        "SELECT key, data FROM kpi_cache WHERE key IN (SELECT value FROM json_each(:keys))",
        {"keys": json.dumps(keys)},
    )
    return {key: json.loads(data) for key, data in rows}


def keep(db: Database, read_at: int, slices: list[Slice]) -> bool:
    """Keep the slices summed in a read that saw `read_at` as the newest entry; False when
    they were not kept."""
    if not slices:
        return True
    try:
        with db.write() as session:
            if newest_entry(session) != read_at:
                return False  # the ledger moved on since they were summed
            plain_execute(
                session,
                "INSERT OR REPLACE INTO kpi_cache (key, last_day, data) "
                "VALUES (:key, :last_day, :data)",
                [
                    {"key": key, "last_day": last.isoformat(), "data": json.dumps(data)}
                    for key, last, data in slices
                ],
            )
    except FiadoError as exc:  # nothing is lost: they are summed again next time
        log.info("Painel sums not kept: %s", exc)
        return False
    return True


def forget(db: Database) -> None:
    """Drop every kept slice (they are summed again when next needed)."""
    with db.write() as session:
        plain_execute(session, "DELETE FROM kpi_cache")
