from datetime import date

import pytest

from fiado_app.domain.dates import Terms, parse_date
from fiado_app.domain.errors import InvalidInput


def test_thirty_days_after_the_sale_by_default() -> None:
    assert Terms().due_date(date(2026, 1, 15)) == date(2026, 2, 14)


def test_n_days_after_the_sale() -> None:
    assert Terms(days=10).due_date(date(2026, 12, 25)) == date(2027, 1, 4)


def test_fixed_day_of_the_next_month() -> None:
    assert Terms(days=None, day_of_month=10).due_date(date(2026, 3, 28)) == date(2026, 4, 10)
    assert Terms(days=None, day_of_month=10).due_date(date(2026, 12, 2)) == date(2027, 1, 10)


def test_day_31_falls_on_the_last_day_of_february() -> None:
    terms = Terms(days=None, day_of_month=31)
    assert terms.due_date(date(2026, 1, 20)) == date(2026, 2, 28)
    assert terms.due_date(date(2028, 1, 20)) == date(2028, 2, 29)  # leap year
    assert terms.due_date(date(2026, 3, 1)) == date(2026, 4, 30)


@pytest.mark.parametrize(
    "bad", [{"days": 400}, {"days": None, "day_of_month": 32}, {"days": 30, "day_of_month": 5}]
)
def test_impossible_terms_are_refused(bad: dict) -> None:
    with pytest.raises(InvalidInput):
        Terms(**bad)


def test_dates_in_both_formats_and_impossible_ones_refused() -> None:
    assert parse_date("05/03/2026") == date(2026, 3, 5)
    assert parse_date("2026-03-05") == date(2026, 3, 5)
    for bad in ("31/02/2026", "2026-13-01", "ontem", "5/3"):
        with pytest.raises(InvalidInput):
            parse_date(bad)
