"""The owner's letter texts: the ladder's letter stages and the printed friendly reminder.

A letter stage's text lives on the stage (ladder_settings; empty = the default letter text). The
printed friendly reminder ("lembrete_impresso") is on no ladder: its text is a shop Setting.
Every saved text goes through the same validation as the WhatsApp texts (placeholders and the
tone guard, domain/templates.py).
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.domain.changes import LADDER, Changes
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import LETTER, PRINTED_REMINDER
from fiado_app.domain.letter_texts import default_letter_text
from fiado_app.domain.limits import check_text
from fiado_app.domain.templates import validate_template
from fiado_app.services.collection_settings import ladder_in
from fiado_app.services.ladder_settings import update_stage
from fiado_app.services.settings import put_setting, setting

PRINTED_REMINDER_KEY = "letters.template.lembrete_impresso"


def printed_reminder_text_in(session: Session) -> str:
    value = setting(session, PRINTED_REMINDER_KEY)
    if value is None or not value.strip():
        return default_letter_text(PRINTED_REMINDER)
    return value


def letter_templates_in(session: Session) -> dict[str, str]:
    """Stage key -> the text each letter prints (the owner's, or the default)."""
    texts = {s.key: s.template for s in ladder_in(session) if s.channel == LETTER}
    texts[PRINTED_REMINDER] = printed_reminder_text_in(session)
    return texts


def letter_templates(db: Database) -> dict[str, str]:
    with db.read() as session:
        return letter_templates_in(session)


def letter_template(db: Database, stage: str) -> str:
    texts = letter_templates(db)
    if stage not in texts:
        names = ", ".join(texts)
        raise InvalidInput(f"“{stage}” não é um tipo de carta. Tipos de carta: {names}.")
    return texts[stage]


class TemplateSaved(NamedTuple):
    """A letter's text as saved (the default when reset), and the tone guard's warnings."""

    text: str
    warnings: list[str]

    def changes(self) -> Changes:
        return Changes.to_all(LADDER)


def set_letter_template(db: Database, stage: str, text: str | None) -> TemplateSaved:
    """Save the text of a letter (None or empty = back to the default); returns (text, warnings).

    Refused (InvalidInput, nothing written) when a placeholder is unknown or the tone is not
    respectful.
    """
    text = check_text(text, "O texto da carta", "template")
    if stage != PRINTED_REMINDER:
        letter_template(db, stage)  # refuses a stage that prints no letter
        record, warnings = update_stage(db, stage, template=text)
        return TemplateSaved(record.template, warnings)
    warnings = validate_template(text, stage, LETTER) if text else []
    if text == default_letter_text(stage).strip():
        text = ""
    with db.write() as session:
        put_setting(session, PRINTED_REMINDER_KEY, text)
    return TemplateSaved(text or default_letter_text(stage), warnings)
