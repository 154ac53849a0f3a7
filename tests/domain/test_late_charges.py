"""Fine and interest are added only as configured, the fine never above 2 %."""

from __future__ import annotations

from datetime import date, timedelta

from fiado_app.domain.late_charges import format_rate, late_charges

AS_OF = date(2026, 11, 23)


def test_nothing_configured_charges_nothing() -> None:
    charges = late_charges([(date(2026, 9, 1), 10_000)], AS_OF)
    assert (charges.fine_cents, charges.interest_cents) == (0, 0)
    assert charges.total_cents == charges.principal_cents == 10_000
    assert not charges.has_charges


def test_fine_is_two_percent_of_overdue_only() -> None:
    items = [(date(2026, 10, 1), 10_000), (date(2026, 12, 1), 5_000)]  # second not yet due
    charges = late_charges(items, AS_OF, fine_bp=200)
    assert charges.overdue_cents == 10_000
    assert charges.fine_cents == 200
    assert charges.total_cents == 15_200


def test_fine_above_two_percent_is_capped() -> None:
    charges = late_charges([(date(2026, 10, 1), 10_000)], AS_OF, fine_bp=1_000)
    assert charges.fine_cents == 200
    assert charges.fine_bp == 200


def test_interest_is_simple_monthly_pro_rata() -> None:
    # 1 % a month on R$ 300,00 for 60 days = R$ 6,00; for 15 days on R$ 100,00 = R$ 0,50.
    items = [(date(2026, 9, 24), 30_000), (date(2026, 11, 8), 10_000)]
    charges = late_charges(items, AS_OF, interest_monthly_bp=100)
    assert charges.interest_cents == 600 + 50


def test_no_charges_on_the_due_date_itself() -> None:
    charges = late_charges([(AS_OF, 10_000)], AS_OF, fine_bp=200, interest_monthly_bp=100)
    assert charges.overdue_cents == 0 and not charges.has_charges


def test_rounding_half_up_per_purchase() -> None:
    # 2 % of R$ 0,25 = 0,5 centavo -> 1 centavo.
    charges = late_charges([(date(2026, 1, 1), 25)], AS_OF, fine_bp=200)
    assert charges.fine_cents == 1


def test_format_rate() -> None:
    assert format_rate(200) == "2\u00a0%"
    assert format_rate(150) == "1,5\u00a0%"
    assert format_rate(33) == "0,33\u00a0%"


def test_a_stored_rate_above_one_percent_a_month_is_charged_at_one_percent() -> None:
    # A file set up by an older version may hold 10 % a month: 1 % is what is charged.
    old = late_charges([(AS_OF - timedelta(days=30), 10_000)], AS_OF, interest_monthly_bp=1000)
    assert old.interest_monthly_bp == 100 and old.interest_cents == 100
