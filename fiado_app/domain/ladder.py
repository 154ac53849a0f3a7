"""The collection ladder (régua de cobrança): stages by days from the oldest open due date.

Stage keys are shared by the reminder texts, the agenda, the letters and the contact log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

WHATSAPP, PHONE, LETTER = "whatsapp", "telefone", "carta"
CHANNELS = (WHATSAPP, PHONE, LETTER)
CHANNEL_LABELS = {WHATSAPP: "WhatsApp", PHONE: "Ligação", LETTER: "Carta impressa"}

# Stage keys of the default ladder (docs/rules.md §2).
PRE_DUE = "lembrete"  # 3 days before the due date
DUE_TODAY = "vencimento"  # on the due date
FRIENDLY = "amigavel"  # ~3 days late
SECOND_NOTICE = "segundo_aviso"  # ~15 days late
FORMAL_LETTER = "carta"  # ~30 days late, printed
PRIOR_NOTICE = "notificacao"  # ~60 days late, printed "Notificação extrajudicial"
# A printed friendly reminder (any stage may print it; it is not on the default ladder).
PRINTED_REMINDER = "lembrete_impresso"
LETTER_KINDS = (PRINTED_REMINDER, FORMAL_LETTER, PRIOR_NOTICE)


@dataclass(frozen=True, slots=True)
class Stage:
    key: str
    name: str
    offset_days: int  # from the due date; negative = before it
    channel: str


DEFAULT_LADDER: tuple[Stage, ...] = (
    Stage(PRE_DUE, "Lembrete antes do vencimento", -3, WHATSAPP),
    Stage(DUE_TODAY, "Vence hoje", 0, WHATSAPP),
    Stage(FRIENDLY, "Lembrete amigável", 3, WHATSAPP),
    Stage(SECOND_NOTICE, "Segundo aviso", 15, WHATSAPP),
    Stage(FORMAL_LETTER, "Carta de cobrança", 30, LETTER),
    Stage(PRIOR_NOTICE, "Notificação extrajudicial", 60, LETTER),
)


def days_from_due(oldest_open_due: date, as_of: date) -> int:
    """Negative before the due date, 0 on it, positive when late."""
    return (as_of - oldest_open_due).days


def current_stage(
    ladder: Sequence[Stage], oldest_open_due: date | None, as_of: date
) -> Stage | None:
    """The last stage reached (offset <= days from due), or None before the first one.

    A stage for before or on the due date ("vence em", "vence hoje") ends with it: once the
    purchase is late, such a text would be untrue, so until the first late stage is reached
    (e.g. the friendly one, 3 days after) there is none."""
    if oldest_open_due is None:
        return None
    days = days_from_due(oldest_open_due, as_of)
    reached = [
        s
        for s in sorted(ladder, key=lambda s: s.offset_days)
        if s.offset_days <= days and (s.offset_days > 0 or days <= 0)
    ]
    return reached[-1] if reached else None
