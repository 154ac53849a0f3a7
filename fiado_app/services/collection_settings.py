"""What the agenda and the texts read of the collection's set-up: the ladder's stages, the
contact hours and the days of rest after a contact. Plain SQL reads (`Reads`), so that the home
page needs no SQLAlchemy; the changes are made in services/ladder_settings.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import time

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads, plain_rows
from fiado_app.domain.changes import LADDER, Changes
from fiado_app.domain.collection_records import StageRecord
from fiado_app.domain.contact_hours import ContactHours
from fiado_app.domain.default_texts import default_text_for
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import LETTER, Stage
from fiado_app.domain.letter_texts import default_letter_text
from fiado_app.services.settings import setting
from fiado_app.services.shop_record import shop_in

REST_DAYS_KEY = "collection.rest_days"
HOURS_KEY = "collection.contact_hours"
DEFAULT_REST_DAYS = 3


@dataclass(frozen=True)
class CollectionSettings:
    hours: ContactHours
    rest_days: int = DEFAULT_REST_DAYS

    def changes(self) -> Changes:
        return Changes.to_all(LADDER)


def default_stage_text(key: str, channel: str) -> str:
    return default_letter_text(key) if channel == LETTER else default_text_for(key, channel)


def stage_record(key: str, name: str, offset_days: int, channel: str, template: str) -> StageRecord:
    """A stage saved without a text of its own (stored empty) carries the default text, and
    so follows improvements to it."""
    text = template if template.strip() else default_stage_text(key, channel)
    return StageRecord(key, name, offset_days, channel, text)


def ladder_in(source: Reads) -> list[StageRecord]:
    """The ladder's stages, earliest first."""
    rows = plain_rows(
        source,
        "SELECT key, name, offset_days, channel, template FROM ladder_stage "
        "ORDER BY offset_days, id",
    )
    return [stage_record(*row) for row in rows]


def as_domain(stages: list[StageRecord]) -> list[Stage]:
    return [Stage(s.key, s.name, s.offset_days, s.channel) for s in stages]


def parse_time(text: str) -> time:
    try:
        hour, minute = (int(p) for p in text.replace("h", ":").split(":"))
        return time(hour, minute)
    except (ValueError, TypeError):
        raise InvalidInput(f"Hora inválida: “{text}”. Use HH:MM, por exemplo 08:00.") from None


def settings_in(source: Reads, uf: str | None = None) -> CollectionSettings:
    rest = setting(source, REST_DAYS_KEY)
    raw = setting(source, HOURS_KEY)
    values = json.loads(raw) if raw else {}
    hours = ContactHours(
        weekday_start=parse_time(values.get("weekday_start", "08:00")),
        weekday_end=parse_time(values.get("weekday_end", "20:00")),
        saturday_start=parse_time(values.get("saturday_start", "08:00")),
        saturday_end=parse_time(values.get("saturday_end", "14:00")),
        sunday_allowed=bool(values.get("sunday_allowed", False)),
        holidays_allowed=bool(values.get("holidays_allowed", False)),
        subdivision=values.get("subdivision") or uf or None,
    )
    return CollectionSettings(hours, int(rest) if rest else DEFAULT_REST_DAYS)


def get_collection_settings(db: Database) -> CollectionSettings:
    """The contact hours (in the shop's state's holidays unless another is set) and rest days."""
    with db.query() as read:
        shop = shop_in(read)
        return settings_in(read, shop.uf if shop is not None and shop.uf else None)
