"""The day of the month a customer usually pays around."""

from datetime import date

from fiado_app.domain.payment_day import usual_day_text, usual_payment_day


def test_payments_around_the_fifth():
    days = [date(2026, m, d) for m, d in ((5, 5), (6, 6), (7, 4), (8, 5), (9, 20))]
    assert usual_payment_day(days) == 5
    assert usual_day_text(5) == "costuma pagar por volta do dia 5"


def test_around_the_turn_of_the_month():
    days = [date(2026, 5, 30), date(2026, 7, 1), date(2026, 7, 31), date(2026, 9, 2)]
    assert usual_payment_day(days) in (30, 1)


def test_scattered_or_too_few_payments_have_no_usual_day():
    assert usual_payment_day([date(2026, 5, 5), date(2026, 6, 5)]) is None
    scattered = [date(2026, m, d) for m, d in ((5, 2), (6, 10), (7, 18), (8, 26), (9, 14))]
    assert usual_payment_day(scattered) is None
