"""The owner's goals for the Painel: a monthly recovery goal (R$) and, optionally, a target
share overdue. Kept with the shop's data (Setting table); none is set at first."""

from __future__ import annotations

from dataclasses import dataclass

from fiado_app.db.engine import Database
from fiado_app.domain.changes import SETTINGS, Changes
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_amount
from fiado_app.services.settings import drop_setting, put_setting, setting

RECOVERY_KEY = "goal_recovered_cents"
SHARE_KEY = "goal_overdue_share_bp"  # basis points: 2000 = 20 %


@dataclass(frozen=True)
class Goals:
    recovered_cents: int | None  # a month's recovery goal
    overdue_share_bp: int | None  # the share overdue to stay under

    def recovered_progress(self, recovered_cents: int) -> float | None:
        """How far the month's recovery is towards the goal (1.0 = reached)."""
        if not self.recovered_cents:
            return None
        return round(recovered_cents / self.recovered_cents, 4)

    def changes(self) -> Changes:
        return Changes.to_all(SETTINGS)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def get_goals(db: Database) -> Goals:
    with db.query() as read:
        return Goals(_int(setting(read, RECOVERY_KEY)), _int(setting(read, SHARE_KEY)))


def set_goals(db: Database, *, recovered_cents: int | None, overdue_share_bp: int | None) -> Goals:
    """Set both goals (None clears one)."""
    if recovered_cents is not None:
        if recovered_cents <= 0:
            raise InvalidInput("A meta de recuperação deve ser maior que zero.")
        check_amount(recovered_cents, "A meta de recuperação")
    if overdue_share_bp is not None and not 0 <= overdue_share_bp <= 10_000:
        raise InvalidInput("A meta de parte vencida deve ser de 0 % a 100 %.")
    with db.write() as session:
        for key, value in ((RECOVERY_KEY, recovered_cents), (SHARE_KEY, overdue_share_bp)):
            if value is None:
                drop_setting(session, key)
            else:
                put_setting(session, key, str(value))
    return get_goals(db)
