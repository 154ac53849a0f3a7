"""The shop's ladder (add, edit, remove, reset) and its collection preferences (Setting table)."""

from __future__ import annotations

import json
import re
from datetime import datetime, time
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fiado_app.db.collection_models import LadderStage
from fiado_app.db.engine import Database
from fiado_app.domain.changes import LADDER, Changes
from fiado_app.domain.collection_records import StageRecord
from fiado_app.domain.contact_hours import ContactHours
from fiado_app.domain.default_texts import default_text_for
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import DEFAULT_LADDER, LETTER
from fiado_app.domain.limits import check_text
from fiado_app.domain.templates import validate_template
from fiado_app.domain.vocabulary import LADDER_CHANNELS
from fiado_app.services.collection_settings import (
    HOURS_KEY,
    REST_DAYS_KEY,
    CollectionSettings,
    default_stage_text,
    get_collection_settings,
    ladder_in,
    stage_record,
)
from fiado_app.services.settings import put_setting

_KEY_RE = re.compile(r"[a-z0-9_]{1,40}")


class StageSaved(NamedTuple):
    """A stage as saved, and the tone guard's warnings about its text."""

    stage: StageRecord
    warnings: list[str]

    def changes(self) -> Changes:
        return Changes.to_all(LADDER)  # every customer's stage and text may have moved


class Ladder(list[StageRecord]):
    """The whole ladder after a reset."""

    def changes(self) -> Changes:
        return Changes.to_all(LADDER)


def _record(s: LadderStage) -> StageRecord:
    return stage_record(s.key, s.name, s.offset_days, s.channel, s.template)


def _own_text(text: str, key: str, channel: str) -> str:
    """What is stored for a stage's text: empty when it is the default one."""
    return "" if text.strip() == default_stage_text(key, channel).strip() else text


def list_ladder(db: Database) -> list[StageRecord]:
    with db.read() as session:
        return ladder_in(session)


def _check_channel(channel: str) -> str:
    if channel not in LADDER_CHANNELS:
        raise InvalidInput(
            f"Canal inválido: “{channel}”. Use {', '.join(LADDER_CHANNELS)} (carta = impressa)."
        )
    return channel


def _check_offset(session: Session, offset: int, own_key: str | None) -> int:
    if not -60 <= offset <= 3650:
        raise InvalidInput("Dias inválidos: use de -60 (antes do vencimento) a 3650.")
    clash = session.scalar(
        select(LadderStage).where(LadderStage.offset_days == offset, LadderStage.key != own_key)
    )
    if clash is not None:
        raise InvalidInput(
            f"Já existe a etapa “{clash.name}” nesse dia ({StageRecord(clash.key, clash.name, offset, clash.channel, '').when}); "
            "cada etapa precisa de um dia diferente."
        )
    return offset


def _check_template(text: str, key: str, channel: str) -> list[str]:
    if channel == LETTER and not text.strip():
        return []  # an empty letter text means the default one (documents/letter_texts.py)
    return validate_template(text, key, channel)


def _load(session: Session, key: str) -> LadderStage:
    stage = session.scalar(select(LadderStage).where(LadderStage.key == key))
    if stage is None:
        keys = ", ".join(s.key for s in ladder_in(session)) or "nenhuma"
        raise InvalidInput(f"Etapa “{key}” não existe. Etapas da régua: {keys}.")
    return stage


def update_stage(
    db: Database,
    key: str,
    *,
    name: str | None = None,
    offset_days: int | None = None,
    channel: str | None = None,
    template: str | None = None,
) -> StageSaved:
    """Change a stage; the template is validated (tone guard) before anything is written."""
    with db.write() as session:
        stage = _load(session, key)
        if name is not None:
            stage.name = check_text(name, "O nome da etapa", "stage_name", required=True)
        if offset_days is not None:
            stage.offset_days = _check_offset(session, offset_days, key)
        if channel is not None:
            stage.channel = _check_channel(channel)
        if template is not None:
            stage.template = check_text(template, "O texto da etapa", "template")
        warnings = _check_template(_record(stage).template, stage.key, stage.channel)
        stage.template = _own_text(stage.template, stage.key, stage.channel)
        stage.updated_at = datetime.now()
        return StageSaved(_record(stage), warnings)


def add_stage(
    db: Database,
    key: str,
    name: str,
    offset_days: int,
    channel: str,
    template: str | None = None,
) -> StageSaved:
    key = key.strip().lower()
    if not _KEY_RE.fullmatch(key):
        raise InvalidInput(
            f"Código de etapa inválido: “{key}”. Use letras minúsculas, números e _."
        )
    name = check_text(name, "O nome da etapa", "stage_name", required=True)
    _check_channel(channel)
    text = check_text(
        template if template is not None else default_text_for(key, channel),
        "O texto da etapa",
        "template",
    )
    with db.write() as session:
        if session.scalar(select(LadderStage).where(LadderStage.key == key)) is not None:
            raise InvalidInput(f"Já existe uma etapa com o código “{key}”.")
        _check_offset(session, offset_days, None)
        warnings = _check_template(text, key, channel)
        stage = LadderStage(
            key=key,
            name=name,
            offset_days=offset_days,
            channel=channel,
            template=_own_text(text, key, channel),
        )
        session.add(stage)
        session.flush()
        return StageSaved(_record(stage), warnings)


def remove_stage(db: Database, key: str) -> Changes:
    """Remove a stage. The contact log keeps the key of contacts made at that stage."""
    with db.write() as session:
        session.delete(_load(session, key))
    return Changes.to_all(LADDER)


def reset_ladder(db: Database) -> Ladder:
    """Back to the default ladder and texts (docs/rules.md §2)."""
    with db.write() as session:
        session.execute(delete(LadderStage))
        for s in DEFAULT_LADDER:
            session.add(
                LadderStage(
                    key=s.key,
                    name=s.name,
                    offset_days=s.offset_days,
                    channel=s.channel,
                    template="",  # the default text, and its improvements
                )
            )
        session.flush()
        return Ladder(ladder_in(session))


# --------------------------------------------------------------------------- settings


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def set_collection_settings(
    db: Database, *, rest_days: int | None = None, hours: ContactHours | None = None
) -> CollectionSettings:
    with db.write() as session:
        if rest_days is not None:
            if not 0 <= rest_days <= 60:
                raise InvalidInput("Dias de descanso inválidos: use de 0 a 60.")
            put_setting(session, REST_DAYS_KEY, str(rest_days))
        if hours is not None:
            value = {
                "weekday_start": _hhmm(hours.weekday_start),
                "weekday_end": _hhmm(hours.weekday_end),
                "saturday_start": _hhmm(hours.saturday_start),
                "saturday_end": _hhmm(hours.saturday_end),
                "sunday_allowed": hours.sunday_allowed,
                "holidays_allowed": hours.holidays_allowed,
                "subdivision": hours.subdivision,
            }
            put_setting(session, HOURS_KEY, json.dumps(value))
    return get_collection_settings(db)
