"""Who owes what on a date: aging boundaries, past dates, agreement with the ledger."""

from datetime import date, timedelta

import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.services import ledger
from fiado_app.services.receivables import customer_position, receivables
from tests.conftest import TODAY

DUE = date(2026, 1, 10)


def _one_sale(db, customer, cents=5000):
    c = customer()
    ledger.record_sale(db, c.id, cents, on=DUE - timedelta(days=30), due=DUE, today=TODAY)
    return c


@pytest.mark.parametrize(
    ("days_after_due", "bucket", "overdue"),
    [
        (-5, "a_vencer", 0),
        (0, "a_vencer", 0),  # due today is not overdue
        (1, "1-30", 5000),
        (30, "1-30", 5000),
        (31, "31-60", 5000),
        (60, "31-60", 5000),
        (61, "61-90", 5000),
        (90, "61-90", 5000),
        (91, "90+", 5000),
    ],
)
def test_every_aging_boundary(db, customer, days_after_due, bucket, overdue):
    c = _one_sale(db, customer)
    row = customer_position(db, c.id, DUE + timedelta(days=days_after_due))
    assert (row.bucket, row.overdue_cents, row.days_overdue) == (
        bucket,
        overdue,
        max(days_after_due, 0),
    )
    assert row.open_cents == 5000 and row.oldest_due == DUE


def test_receivables_as_of_a_past_date_ignore_later_entries(db, customer):
    c = _one_sale(db, customer)
    ledger.record_payment(db, c.id, 2000, on=date(2026, 2, 1), today=TODAY)
    ledger.record_payment(db, c.id, 3000, on=date(2026, 3, 1), today=TODAY)
    before = receivables(db, date(2026, 1, 20))
    assert [(r.open_cents, r.last_payment) for r in before.rows] == [(5000, None)]
    middle = receivables(db, date(2026, 2, 15))
    assert [(r.open_cents, r.overdue_cents, r.last_payment) for r in middle.rows] == [
        (3000, 3000, date(2026, 2, 1))
    ]
    assert receivables(db, date(2026, 3, 2)).rows == []  # settled customers are not listed


def test_a_mistaken_sale_reversed_later_never_counted_at_any_date(db, customer):
    c = customer()
    s = ledger.record_sale(db, c.id, 4000, on=date(2026, 1, 5), today=TODAY)
    ledger.reverse_entry(db, s.id, reason="lançada no cliente errado", today=TODAY)
    for as_of in (date(2026, 1, 5), date(2026, 1, 31), date(2026, 2, 1), TODAY):
        assert receivables(db, as_of).rows == []


def test_a_bounced_payment_stops_counting_from_the_day_the_owner_gives(db, customer):
    c = customer()
    ledger.record_sale(db, c.id, 4000, on=date(2026, 1, 5), today=TODAY)
    p = ledger.record_payment(db, c.id, 4000, on=date(2026, 1, 20), method="pix", today=TODAY)
    ledger.reverse_entry(db, p.id, reason="Pix devolvido", effective=date(2026, 2, 1), today=TODAY)
    assert receivables(db, date(2026, 1, 25)).rows == []  # it was paid then
    assert receivables(db, date(2026, 2, 1)).open_cents == 4000  # and owed again from then
    with pytest.raises(InvalidInput, match="não pode valer desde"):
        s = ledger.record_sale(db, c.id, 100, on=date(2026, 3, 1), today=TODAY)
        ledger.reverse_entry(db, s.id, reason="x", effective=date(2026, 2, 1), today=TODAY)


def test_oldest_due_counts_open_sales_not_yet_due_and_totals_add_up(db, customer):
    a = customer("Ana")
    b = customer("Bia")
    ledger.record_sale(db, a.id, 1000, on=date(2026, 3, 1), due=date(2026, 3, 31), today=TODAY)
    ledger.record_sale(db, b.id, 2000, on=date(2026, 1, 1), due=date(2026, 2, 1), today=TODAY)
    ledger.record_sale(db, b.id, 700, on=date(2026, 3, 1), due=date(2026, 3, 31), today=TODAY)
    report = receivables(db, TODAY)
    rows = {r.customer_id: r for r in report.rows}
    assert rows[a.id].oldest_due == date(2026, 3, 31) and rows[a.id].overdue_cents == 0
    assert rows[b.id].oldest_due == date(2026, 2, 1) and rows[b.id].days_overdue == 42
    assert (report.open_cents, report.overdue_cents, report.customers_overdue) == (3700, 2000, 1)
    assert report.rows[0].customer_id == b.id  # overdue first


def test_a_customer_with_credit_is_listed_with_a_negative_balance(db, customer):
    c = _one_sale(db, customer, 1000)
    ledger.record_payment(db, c.id, 1500, allow_credit=True, on=TODAY, today=TODAY)
    [row] = receivables(db, TODAY).rows
    assert (row.open_cents, row.bucket, row.oldest_due) == (-500, "credito", None)


def test_one_customers_credit_never_lowers_what_the_others_owe(db, customer):
    """João owes R$ 1.234,56; Maria paid R$ 7,50 too much: the shop is owed R$ 1.234,56 (not
    R$ 1.227,06) and owes Maria her R$ 7,50, said apart."""
    from fiado_app.services.customers import CustomerInput, add_customer

    maria = _one_sale(db, customer, 1000)
    ledger.record_payment(db, maria.id, 1750, allow_credit=True, on=TODAY, today=TODAY)
    joao = add_customer(db, CustomerInput(name="João"))
    ledger.record_sale(db, joao.id, 123_456, on=TODAY, today=TODAY)
    report = receivables(db, TODAY)
    assert (report.open_cents, report.credit_cents) == (123_456, 750)


def test_receivables_agree_with_the_ledger_for_every_demo_customer(db):
    """The fast query and the row-by-row settlement give the same answer on a busy shop."""
    from fiado_app.services.demo import generate_demo

    generate_demo(db, customers=120, years=2, seed=3, today=TODAY)
    for as_of in (TODAY, TODAY - timedelta(days=45), TODAY - timedelta(days=400)):
        rows = {r.customer_id: r for r in receivables(db, as_of).rows}
        with db.read() as session:
            ids = list(range(1, 121))
            for cid in ids:
                open_sales = ledger.open_sales_in(session, cid, as_of)
                row = rows.get(cid)
                if not open_sales:
                    assert row is None or row.open_cents <= 0
                    continue
                assert row is not None
                assert row.open_cents == sum(s.open_cents for s in open_sales)
                assert row.oldest_due == min(s.due_date for s in open_sales)
                overdue = sum(s.open_cents for s in open_sales if s.due_date < as_of)
                assert row.overdue_cents == overdue
