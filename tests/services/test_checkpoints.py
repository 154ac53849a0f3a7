"""Today's numbers come from each customer's checkpoint (domain/checkpoint.py) and must agree
exactly with the whole history: for every customer of a demo shop, on many dates (also weeks
after the last write, when sales have fallen due), after reversals that reach back before a
checkpoint, and when an entry is dated after the day of a later write."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from fiado_app.domain.checkpoint import checkpoint
from fiado_app.services import ledger
from fiado_app.services.behaviour import late_counts
from fiado_app.services.demo import generate_demo
from fiado_app.services.receivables import receivable_rows

TODAY = date(2026, 11, 30)


def both(db, as_of: date):
    with db.read() as session:
        return receivable_rows(session, as_of), receivable_rows(session, as_of, whole_history=True)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    from tests.conftest import new_database

    db = new_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    generate_demo(db, customers=250, years=3, seed=11, today=TODAY)
    yield db
    db.close()


def test_most_customers_of_a_long_history_have_a_checkpoint(shop):
    with shop.read() as session:
        points = session.execute(text("SELECT count(*) FROM ledger_checkpoint")).scalar()
    assert points > 150  # most demo customers settled their account at some point


@pytest.mark.parametrize("days_back", [0, 1, 7, 30, 95, 365, 800, 2000, -1, -10, -45, -400])
def test_the_open_tail_gives_the_same_receivables_as_the_whole_history(shop, days_back):
    fast, whole = both(shop, TODAY - timedelta(days=days_back))
    assert fast == whole


@pytest.mark.parametrize("days_back", [0, 30, 400, -1, -20, -90, -200])
def test_the_behaviour_read_from_the_last_year_judges_as_the_whole_history(shop, days_back):
    as_of = TODAY - timedelta(days=days_back)
    with shop.read() as session:
        ids = session.execute(text("SELECT id FROM customer")).scalars().all()
        recent = late_counts(session, as_of, ids)
        assert recent == late_counts(session, as_of, ids, whole_history=True)
    assert sum(late for _judged, late in recent.values()) > 20  # late payers are judged


def test_a_reversal_reaching_before_the_checkpoint_moves_it_and_stays_exact(shop):
    with shop.read() as session:
        cid, since = session.execute(
            text("SELECT customer_id, since FROM ledger_checkpoint ORDER BY since DESC LIMIT 1")
        ).one()
        old_payment, old_sale = (
            session.execute(
                text(
                    "SELECT id FROM entry WHERE customer_id = :c AND kind = :k "
                    "AND date < :s AND reversed_by_id IS NULL ORDER BY date LIMIT 1"
                ),
                {"c": cid, "s": since, "k": kind},
            ).scalar()
            for kind in ("payment", "sale")
        )
    # A payment from long ago bounced, and counts no more from today; a sale was a mistake.
    ledger.reverse_entry(shop, old_payment, reason="Pix devolvido", effective=TODAY, today=TODAY)
    ledger.reverse_entry(shop, old_sale, reason="lançada em dobro", today=TODAY)
    with shop.read() as session:
        moved = session.execute(
            text("SELECT since FROM ledger_checkpoint WHERE customer_id = :c"), {"c": cid}
        ).scalar()
    assert moved is not None and str(moved) >= str(since)
    for days_back in (0, 1, 30, 400):
        fast, whole = both(shop, TODAY - timedelta(days=days_back))
        assert fast == whole


def test_a_sale_recorded_today_on_a_settled_customer_is_seen(shop):
    with shop.read() as session:
        cid = session.execute(text("SELECT customer_id FROM ledger_checkpoint LIMIT 1")).scalar()
    ledger.record_sale(shop, cid, 1234, on=TODAY, today=TODAY)
    fast, whole = both(shop, TODAY)
    assert fast == whole
    assert any(r.customer_id == cid for r in fast)


def test_a_sale_not_yet_due_stays_in_the_tail_while_its_payment_is_summed_up():
    d = date(2026, 1, 10)
    entries = [
        (d, "sale", 1000, d + timedelta(days=30), None),
        (d + timedelta(days=2), "payment", 1000, None, None),
    ]
    point = checkpoint(entries, today=d + timedelta(days=5))
    assert point is not None and point.since == d + timedelta(days=5)
    assert point.carry_cents == -1000  # the sale is not due on the 15th: read from the tail
    assert point.next_due == d + timedelta(days=30)
    assert (point.open_cents, point.oldest_due) == (0, None)
    assert point.last_payment == d + timedelta(days=2)
    later = checkpoint(entries, today=d + timedelta(days=90))
    assert later is not None and later.carry_cents == 0  # by April both are summed up
    assert later.next_due is None


def test_the_checkpoint_waits_for_a_reversal_that_takes_effect_later():
    d = date(2026, 1, 10)
    entries = [
        (d, "sale", 1000, d, None),
        (d + timedelta(days=1), "payment", 1000, None, d + timedelta(days=20)),  # bounced later
        (d + timedelta(days=20), "reversal", 1000, None, None),
    ]
    point = checkpoint(entries, today=d + timedelta(days=3))
    assert point is not None and point.since == d + timedelta(days=20)  # not before it bounced
    assert point.carry_cents == 1000


def test_a_payment_made_before_the_due_date_still_settles_a_later_sale_first(db, customer):
    # Ana pays a 30-day sale the next day, then buys something due at once: the payment
    # settles the sale due first, so nothing is overdue until the first sale's date.
    ana = customer("Ana")
    d = date(2026, 6, 1)
    ledger.record_sale(db, ana.id, 1000, on=d, due=d + timedelta(days=30), today=d)
    ledger.record_payment(db, ana.id, 1000, on=d + timedelta(days=1), today=d + timedelta(days=1))
    later = d + timedelta(days=2)
    ledger.record_sale(db, ana.id, 500, on=later, due=later, today=later)
    for as_of in (later, d + timedelta(days=10), d + timedelta(days=31), d + timedelta(days=60)):
        fast, whole = both(db, as_of)
        assert fast == whole, as_of
    fast, _ = both(db, d + timedelta(days=10))
    assert fast[0].open_cents == 500 and fast[0].overdue_cents == 0


def test_a_bounced_payment_counts_until_the_day_it_bounced(db, customer):
    bruno = customer("Bruno")
    d = date(2026, 6, 1)
    sale = ledger.record_sale(db, bruno.id, 1000, on=d, due=d, today=d)
    pay = ledger.record_payment(
        db, bruno.id, 1000, on=d + timedelta(days=1), today=d + timedelta(days=1)
    )
    ledger.reverse_entry(db, sale.id, reason="lançada errada", today=d + timedelta(days=20))
    ledger.reverse_entry(
        db, pay.id, reason="Pix devolvido", effective=d + timedelta(days=20),
        today=d + timedelta(days=20),
    )  # fmt: skip
    bounced = d + timedelta(days=20)  # and on that day he buys again, and owes it
    ledger.record_sale(db, bruno.id, 300, on=bounced, due=bounced, today=bounced)
    for days in (0, 1, 5, 19, 20, 25, 40):
        fast, whole = both(db, d + timedelta(days=days))
        assert fast == whole, days


def test_a_payment_made_today_is_summed_up_in_todays_checkpoint():
    d = date(2026, 3, 2)
    entries = [
        (d, "sale", 3000, d + timedelta(days=10), None),
        (d + timedelta(days=1), "sale", 2000, d + timedelta(days=40), None),
        (d + timedelta(days=20), "payment", 3500, None, None),
    ]
    point = checkpoint(entries, today=d + timedelta(days=20))
    assert point is not None
    assert (point.carry_cents, point.open_cents) == (-500, 1500)
    assert point.oldest_due == d + timedelta(days=40)  # the first sale is paid off
    assert point.last_payment == d + timedelta(days=20) and point.moves_on is None
    assert point.holds_on(d + timedelta(days=20)) and point.holds_on(d + timedelta(days=400))
    assert not point.holds_on(d + timedelta(days=19))


def test_an_entry_dated_after_a_later_write_is_read_whole_until_it_counts(db, customer):
    # The shop's PC had its clock a week ahead when Davi paid; fixed, the next sale is written
    # "before" that payment. His checkpoint sits at the sale's day, and the payment moves it.
    davi = customer("Davi")
    d = date(2026, 8, 3)
    ledger.record_sale(db, davi.id, 4000, on=d, due=d + timedelta(days=5), today=d)
    ahead = d + timedelta(days=12)
    ledger.record_payment(db, davi.id, 1500, on=ahead, today=ahead)
    back = d + timedelta(days=6)
    ledger.record_sale(db, davi.id, 700, on=back, due=back + timedelta(days=30), today=back)
    with db.read() as session:
        moves_on = session.execute(
            text("SELECT moves_on FROM ledger_checkpoint WHERE customer_id = :c"), {"c": davi.id}
        ).scalar()
    assert str(moves_on) == ahead.isoformat()
    for days in (6, 7, 11, 12, 13, 40, 90):
        fast, whole = both(db, d + timedelta(days=days))
        assert fast == whole, days


def test_weeks_without_writes_only_move_the_overdue_amount(db, customer):
    eva = customer("Eva")
    d = date(2026, 9, 1)
    for i in range(4):  # four sales of R$ 10,00, due 10, 20, 30 and 40 days later
        ledger.record_sale(db, eva.id, 1000, on=d, due=d + timedelta(days=10 * (i + 1)), today=d)
    ledger.record_payment(db, eva.id, 500, on=d, today=d)
    for days in (0, 10, 11, 21, 31, 41, 100):
        fast, whole = both(db, d + timedelta(days=days))
        assert fast == whole, days
    (row,), _ = both(db, d + timedelta(days=31))
    assert (row.open_cents, row.overdue_cents, row.oldest_due) == (3500, 2500, d + timedelta(10))


@pytest.mark.parametrize("days_back", [0, -30, 365])
def test_rows_read_without_names_are_the_same_rows_in_the_same_order(shop, days_back):
    as_of = TODAY - timedelta(days=days_back)
    with shop.query() as read:
        named = receivable_rows(read, as_of)
        unnamed = receivable_rows(read, as_of, named=False)
    assert len(named) > 50

    def unnamed_rows(rows):
        return [r._replace(name="", nickname="", phone=None) for r in rows]

    assert unnamed_rows(unnamed) == unnamed_rows(named)
