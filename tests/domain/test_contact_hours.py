"""When a collection contact may be made: business hours, Sundays and holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from fiado_app.domain.contact_hours import (
    ContactHours,
    contact_allowed,
    is_holiday,
    next_allowed_moment,
)
from fiado_app.domain.errors import InvalidInput

DEFAULT = ContactHours()
TUESDAY = dt.date(2026, 11, 24)
SATURDAY = dt.date(2026, 11, 28)
SUNDAY = dt.date(2026, 11, 29)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_calendar_assumptions() -> None:
    assert (TUESDAY.weekday(), SATURDAY.weekday(), SUNDAY.weekday()) == (1, 5, 6)


def test_default_hours_follow_the_sao_paulo_rule() -> None:
    assert DEFAULT.weekday_start == dt.time(8) and DEFAULT.weekday_end == dt.time(20)
    assert DEFAULT.saturday_start == dt.time(8) and DEFAULT.saturday_end == dt.time(14)
    assert not DEFAULT.sunday_allowed and not DEFAULT.holidays_allowed
    assert DEFAULT.subdivision is None


def test_normal_tuesday_morning_is_allowed() -> None:
    allowed, reason = contact_allowed(at(TUESDAY, 10), DEFAULT)
    assert allowed
    assert "08:00–20:00" in reason


@pytest.mark.parametrize(("hour", "minute"), [(21, 0), (20, 0), (7, 59), (0, 0)])
def test_tuesday_outside_business_hours_is_refused(hour: int, minute: int) -> None:
    assert contact_allowed(at(TUESDAY, hour, minute), DEFAULT) == (
        False,
        "Fora do horário (08:00–20:00).",
    )


def test_saturday_early_afternoon_is_allowed() -> None:
    assert contact_allowed(at(SATURDAY, 13), DEFAULT)[0]


def test_saturday_after_two_pm_is_refused() -> None:
    assert contact_allowed(at(SATURDAY, 15), DEFAULT) == (False, "Fora do horário (08:00–14:00).")


def test_sunday_is_refused() -> None:
    assert contact_allowed(at(SUNDAY, 10), DEFAULT) == (
        False,
        "Domingo: evite contatos de cobrança.",
    )


def test_sunday_can_be_allowed_by_the_shop() -> None:
    assert contact_allowed(at(SUNDAY, 10), ContactHours(sunday_allowed=True))[0]


def test_christmas_is_refused_with_the_holiday_name() -> None:
    assert contact_allowed(at(dt.date(2026, 12, 25), 10), DEFAULT) == (False, "Feriado: Natal.")


def test_consciencia_negra_2026_is_a_national_holiday() -> None:
    name = is_holiday(dt.date(2026, 11, 20))
    assert name is not None and "Consciência Negra" in name
    allowed, reason = contact_allowed(at(dt.date(2026, 11, 20), 10), DEFAULT)
    assert not allowed
    assert reason.startswith("Feriado: ") and "Consciência Negra" in reason


def test_consciencia_negra_was_not_national_before_2024() -> None:
    assert is_holiday(dt.date(2023, 11, 20)) is None


def test_holidays_can_be_allowed_by_the_shop() -> None:
    assert contact_allowed(at(dt.date(2026, 12, 25), 10), ContactHours(holidays_allowed=True))[0]


def test_ordinary_day_is_not_a_holiday() -> None:
    assert is_holiday(TUESDAY) is None


def test_state_holiday_only_counts_for_its_state() -> None:
    revolution_day = dt.date(2026, 7, 9)  # Revolução Constitucionalista, São Paulo only
    assert is_holiday(revolution_day) is None
    assert is_holiday(revolution_day, "sp") == "Revolução Constitucionalista"
    assert not contact_allowed(at(revolution_day, 10), ContactHours(subdivision="SP"))[0]
    assert contact_allowed(at(revolution_day, 10), DEFAULT)[0]


def test_is_holiday_accepts_a_datetime() -> None:
    assert is_holiday(dt.datetime(2026, 12, 25, 9, 30)) == "Natal"


def test_unknown_state_is_refused() -> None:
    with pytest.raises(InvalidInput):
        is_holiday(TUESDAY, "XX")
    with pytest.raises(InvalidInput):
        ContactHours(subdivision="XX")


def test_subdivision_is_normalized_to_upper_case() -> None:
    assert ContactHours(subdivision="rj").subdivision == "RJ"


def test_inverted_hours_are_refused() -> None:
    with pytest.raises(InvalidInput):
        ContactHours(weekday_start=dt.time(20), weekday_end=dt.time(8))


def test_saturday_with_empty_window_is_closed() -> None:
    hours = ContactHours(saturday_start=dt.time(8), saturday_end=dt.time(8))
    assert not contact_allowed(at(SATURDAY, 10), hours)[0]
    assert next_allowed_moment(at(SATURDAY, 10), hours) == at(dt.date(2026, 11, 30), 8)


def test_next_allowed_moment_of_an_allowed_moment_is_itself() -> None:
    moment = at(TUESDAY, 10, 15)
    assert next_allowed_moment(moment, DEFAULT) == moment


def test_early_morning_waits_until_eight_the_same_day() -> None:
    assert next_allowed_moment(at(TUESDAY, 6), DEFAULT) == at(TUESDAY, 8)


def test_late_tuesday_moves_to_wednesday_morning() -> None:
    assert next_allowed_moment(at(TUESDAY, 21), DEFAULT) == at(TUESDAY + dt.timedelta(1), 8)


def test_saturday_afternoon_skips_sunday_to_monday() -> None:
    assert next_allowed_moment(at(SATURDAY, 15), DEFAULT) == at(dt.date(2026, 11, 30), 8)


def test_thursday_night_before_consciencia_negra_skips_to_saturday() -> None:
    thursday = dt.date(2026, 11, 19)
    assert next_allowed_moment(at(thursday, 22), DEFAULT) == at(dt.date(2026, 11, 21), 8)


def test_christmas_eve_night_skips_christmas() -> None:
    assert next_allowed_moment(at(dt.date(2026, 12, 24), 20), DEFAULT) == at(
        dt.date(2026, 12, 26), 8
    )


def test_time_zone_of_the_moment_is_kept() -> None:
    tz = dt.timezone(dt.timedelta(hours=-3))
    moment = dt.datetime(2026, 11, 24, 21, 0, tzinfo=tz)
    result = next_allowed_moment(moment, DEFAULT)
    assert result == dt.datetime(2026, 11, 25, 8, 0, tzinfo=tz)
    assert result.tzinfo is tz
    assert contact_allowed(dt.datetime(2026, 11, 24, 10, tzinfo=tz), DEFAULT)[0]
