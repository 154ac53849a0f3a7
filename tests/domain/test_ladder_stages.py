"""Which ladder stage a customer is at: the last one reached, but never a text that would be
untrue — "vence hoje" is not for something already late."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from fiado_app.domain.ladder import DEFAULT_LADDER, current_stage

DUE = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("days", "stage"),
    [
        (-5, None),
        (-3, "lembrete"),
        (-1, "lembrete"),
        (0, "vencimento"),
        (1, None),  # late: "vence hoje" would be untrue, the friendly text is not due yet
        (2, None),
        (3, "amigavel"),
        (14, "amigavel"),
        (15, "segundo_aviso"),
        (30, "carta"),
        (61, "notificacao"),
    ],
)
def test_the_stage_on_each_day_around_the_due_date(days: int, stage: str | None) -> None:
    found = current_stage(DEFAULT_LADDER, DUE, DUE + timedelta(days=days))
    assert (found.key if found else None) == stage
