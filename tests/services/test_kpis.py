"""The Painel's numbers on a shop small enough to work out on paper (docs/kpis.md)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.kpis import Event, replay
from fiado_app.services import collection, customers, ledger
from fiado_app.services.kpis import kpis

AS_OF = date(2026, 11, 30)


def sale(db, cid, cents, on, due):
    return ledger.record_sale(db, cid, cents, on=on, due=due, today=AS_OF).id


def pay(db, cid, cents, on):
    return ledger.record_payment(db, cid, cents, on=on, today=AS_OF).id


def contact(db, cid, channel, stage, outcome, at, promise_date=None, promise_cents=None):
    collection.log_contact(
        db, cid, channel, outcome, at=at, stage_key=stage, promise_date=promise_date,
        promise_cents=promise_cents, now=at,
    )  # fmt: skip


@pytest.fixture
def shop(db):
    add = lambda name: customers.add_customer(db, customers.CustomerInput(name=name)).id  # noqa: E731
    ana, bruno, carla = add("Ana"), add("Bruno"), add("Carla")
    # Ana: 100,00 due 01/10 and 50,00 due 20/11; pays 120,00 on 10/11 (100,00 of it was
    # overdue: recovered) and 30,00 on 25/11 (the 30,00 left of the second, due 20/11: recovered).
    sale(db, ana, 10000, date(2026, 9, 1), date(2026, 10, 1))
    sale(db, ana, 5000, date(2026, 10, 20), date(2026, 11, 20))
    contact(db, ana, "whatsapp", "amigavel", "promessa", datetime(2026, 11, 5, 10),
            date(2026, 11, 12), 10000)  # fmt: skip
    pay(db, ana, 12000, date(2026, 11, 10))
    pay(db, ana, 3000, date(2026, 11, 25))
    # Bruno: 80,00 sold in November, a sale of 40,00 reversed as a mistake, a discount of
    # 10,00 and a payment of 20,00 before anything was due (nothing recovered).
    sale(db, bruno, 8000, date(2026, 11, 5), date(2026, 12, 5))
    wrong = sale(db, bruno, 4000, date(2026, 11, 6), date(2026, 12, 6))
    ledger.reverse_entry(db, wrong, reason="lançada em dobro", today=AS_OF)
    ledger.record_discount(db, bruno, 1000, reason="produto avariado", on=date(2026, 11, 15),
                           today=AS_OF)  # fmt: skip
    pay(db, bruno, 2000, date(2026, 11, 20))
    # Carla: 60,00 due 01/07 (over 90 days late) and 30,00 due 14/11; promised 30,00 by 20/11
    # and did not pay; a call at the second notice, not followed by a payment.
    sale(db, carla, 6000, date(2026, 6, 1), date(2026, 7, 1))
    sale(db, carla, 3000, date(2026, 10, 15), date(2026, 11, 14))
    contact(db, carla, "telefone", "segundo_aviso", "promessa", datetime(2026, 11, 10, 15),
            date(2026, 11, 20), 3000)  # fmt: skip
    return db


def test_every_number_of_the_month(shop):
    k = kpis(shop, AS_OF)
    assert (k.start, k.end) == (date(2026, 11, 1), AS_OF)
    assert (k.open_cents, k.overdue_cents, k.customers_overdue) == (14000, 9000, 1)
    assert k.overdue_share == round(9000 / 14000, 4)
    assert k.aging == {"a_vencer": 5000, "1_30": 3000, "31_60": 0, "61_90": 0, "mais_90": 6000}
    assert (k.sold_cents, k.received_cents, k.discounts_cents) == (8000, 17000, 1000)
    assert k.recovered_cents == 10000 + 3000
    # Ana's sales were settled on 10/11 (70 days after the sale, 40 late) and 25/11 (36, 5).
    assert k.average_days_to_pay == 53.0 and k.average_days_late == 22.5
    assert k.promises == {"made": 2, "kept": 1, "broken": 1}
    assert [(e.key, e.contacts, e.paid_within_7_days, e.paid_cents) for e in k.by_stage] == [
        ("amigavel", 1, 1, 12000),
        ("segundo_aviso", 1, 0, 0),
    ]
    assert [(e.key, e.contacts, e.paid_within_7_days) for e in k.by_channel] == [
        ("telefone", 1, 0),
        ("whatsapp", 1, 1),
    ]
    months = {m.month: m for m in k.months}
    assert len(k.months) == 12 and k.months[-1].month == "2026-11"
    assert (months["2026-11"].sold_cents, months["2026-11"].received_cents) == (8000, 17000)
    assert months["2026-11"].overdue_cents_at_end == 9000
    assert (months["2026-10"].sold_cents, months["2026-10"].overdue_cents_at_end) == (8000, 16000)


def test_a_period_with_nothing_gives_no_averages(shop):
    k = kpis(shop, AS_OF, date(2026, 1, 1), date(2026, 1, 31))
    assert k.average_days_to_pay is None and k.average_days_late is None
    assert (k.sold_cents, k.received_cents, k.recovered_cents) == (0, 0, 0)


def test_a_reversed_period_is_refused(shop):
    with pytest.raises(InvalidInput, match="começa"):
        kpis(shop, AS_OF, date(2026, 11, 20), date(2026, 11, 1))


def test_a_sale_due_earlier_arriving_later_reopens_the_one_it_passes():
    d = date
    events = [
        Event(d(2026, 1, 1), 1, "sale", 1, 100, d(2026, 3, 1), d(2026, 1, 1)),
        Event(d(2026, 1, 2), 2, "credit", 2, 100, is_payment=True),  # settles sale 1
        Event(d(2026, 1, 3), 3, "sale", 3, 100, d(2026, 2, 1), d(2026, 1, 3)),  # due first
        Event(d(2026, 1, 9), 4, "credit", 4, 100, is_payment=True),
    ]
    result = replay(events)
    # Oldest due first: the credit of 02/01 now pays sale 3; sale 1 is settled on 09/01.
    assert result.settled_on == {3: d(2026, 1, 3), 1: d(2026, 1, 9)}


def _whole_history(db, start, end):
    """The replay from every customer's first entry (what the period's start state must equal)."""
    from collections import defaultdict

    from sqlalchemy import text

    from fiado_app.domain.kpis import Row, events_of

    rows = defaultdict(list)
    with db.read() as session:
        for cid, eid, kind, on, cents, due, rev_on, rev_by, rev_kind, part in session.execute(
            text(
                "SELECT e.customer_id, e.id, e.kind, e.date, e.amount_cents, e.due_date, "
                "e.reversed_on, e.reversed_by_id, r.kind, a.id IS NOT NULL FROM entry AS e "
                "LEFT JOIN entry AS r ON r.id = e.reversed_by_id "
                "LEFT JOIN agreement AS a ON a.balance_entry_id = e.id"
            )
        ):
            d = date.fromisoformat
            rows[cid].append(
                Row(
                    eid,
                    kind,
                    d(on),
                    cents,
                    d(due) if due else None,
                    d(rev_on) if rev_on else None,
                    rev_by,
                    rev_kind,
                    bool(part),
                )  # fmt: skip
            )
    recovered, to_pay, late = 0, [], []
    for facts in rows.values():
        result = replay([ev for ev in events_of(facts) if ev.on <= end])
        paid = {
            f.id for f in facts
            if f.kind == "payment" and start <= f.on <= end and f.reverser_kind != "reversal"
        }  # fmt: skip
        recovered += sum(c for pid, c in result.recovered.items() if pid in paid)
        for sid, settled in result.settled_on.items():
            if start <= settled <= end and sid in result.sales:
                sold, due = result.sales[sid]
                to_pay.append((settled - sold).days)
                late.append(max(0, (settled - due).days))
    return recovered, sorted(to_pay), sorted(late)


def test_the_period_starts_from_the_same_position_the_whole_history_gives(db):
    from datetime import timedelta

    from fiado_app.services import agreements
    from fiado_app.services.demo import generate_demo
    from fiado_app.services.kpi_positions import replayed as _replayed

    today = date(2026, 12, 1)
    generate_demo(db, customers=80, years=2, today=today)
    # Agreements and a broken one, so sales leave the ledger inside and before periods.
    owing = [c for c in customers.list_customers(db) if ledger.open_sales(db, c.id, today)][:4]
    made = [
        agreements.make_agreement(db, c.id, 3, first_due=today, down_payment_cents=100, today=today)
        for c in owing
    ]
    ledger.reverse_entry(db, made[0].entry_id, reason="engano", today=today)  # undone
    # A payment of June that bounced in August (it never counts as received).
    from sqlalchemy import text

    with db.read() as session:
        june = session.execute(
            text("SELECT id FROM entry WHERE kind = 'payment' AND date >= '2026-06-05' "
                 "AND reversed_by_id IS NULL ORDER BY date LIMIT 1")
        ).scalar_one()  # fmt: skip
    ledger.reverse_entry(db, june, reason="Pix devolvido", effective=date(2026, 8, 10), today=today)
    for start in (date(2025, 3, 1), date(2026, 6, 1), date(2026, 11, 1), date(2026, 12, 1)):
        end = min(start + timedelta(days=40), today)
        with db.read() as session:
            fast = _replayed(session, start, end)
        recovered, to_pay, late = _whole_history(db, start, end)
        assert (fast[0], sorted(fast[1]), sorted(fast[2])) == (recovered, to_pay, late), start


def test_the_month_report_prints_the_month(shop, tmp_path):
    from fiado_app.domain.money import format_brl
    from fiado_app.services import printing
    from fiado_app.services.shop import update_shop
    from tests.documents.conftest import pdf_text

    update_shop(shop, name="Mercadinho Boa Vista")
    text = " ".join(pdf_text(printing.month_report(shop, "2026-11", AS_OF)))
    for expected in (
        "Relatório de cobrança – novembro de 2026",
        f"Recuperado (pago do que já estava vencido) {format_brl(13000)}",
        f"Recebido {format_brl(17000)}",
        "Prazo médio de pagamento 53,0 dias",
        "Mais de 90 dias " + format_brl(6000),
        "Canal: WhatsApp",
        "Carla",
    ):
        assert " ".join(expected.split()) in " ".join(text.split()), expected
    with pytest.raises(InvalidInput, match="AAAA-MM"):
        printing.month_report(shop, "11/2026", AS_OF)
    with pytest.raises(InvalidInput, match="ainda não começou"):
        printing.month_report(shop, "2027-01", AS_OF)


# The overdue amount at month ends from every entry (a pass over the whole ledger): what the
# position worked back from today must give.
# What each customer's overdue amount gains or loses, by month: a sale counts as overdue from
# the month of the day after its due date, until an agreement (or a break) takes it off; a
# credit counts from its month. Summed up to a month and floored at zero, that is the overdue
# amount at the month's end.
OVERDUE_STEPS = """
WITH steps(customer_id, month, cents) AS (
    SELECT e.customer_id,
           MAX(strftime('%Y-%m', e.due_date, '+1 day'), strftime('%Y-%m', e.date)),
           e.amount_cents
    FROM entry AS e LEFT JOIN entry AS r ON r.id = e.reversed_by_id
    WHERE e.kind = 'sale' AND (r.kind IS NULL OR r.kind != 'reversal')
    UNION ALL
    SELECT e.customer_id, strftime('%Y-%m', e.reversed_on), -e.amount_cents
    FROM entry AS e JOIN entry AS r ON r.id = e.reversed_by_id
    WHERE e.kind = 'sale' AND r.kind != 'reversal'
      AND strftime('%Y-%m', e.reversed_on)
          > MAX(strftime('%Y-%m', e.due_date, '+1 day'), strftime('%Y-%m', e.date))
    UNION ALL
    SELECT e.customer_id, strftime('%Y-%m', e.date), -e.amount_cents
    FROM entry AS e LEFT JOIN entry AS r ON r.id = e.reversed_by_id
    WHERE e.kind IN ('payment', 'discount') AND (r.kind IS NULL OR r.kind != 'reversal')
)
SELECT customer_id, MAX(month, :first) AS bucket, SUM(cents)
FROM steps WHERE month <= :last
GROUP BY customer_id, bucket
"""


def test_month_ends_agree_with_the_whole_ledger(db):
    from collections import defaultdict

    from sqlalchemy import text

    from fiado_app.services import agreements
    from fiado_app.services.demo import generate_demo
    from fiado_app.services.kpi_positions import overdue_at_month_ends

    today = date(2026, 12, 1)
    generate_demo(db, customers=60, years=2, today=today)
    owing = [c for c in customers.list_customers(db) if ledger.open_sales(db, c.id, today)][:3]
    made = [agreements.make_agreement(db, c.id, 2, down_payment_cents=100, today=today)
            for c in owing]  # fmt: skip
    ledger.reverse_entry(db, made[0].entry_id, reason="engano", today=today)
    months = [f"2026-{m:02d}" for m in range(1, 12)]
    with db.read() as session:
        fast = overdue_at_month_ends(session, months)
        steps: dict = defaultdict(lambda: defaultdict(int))
        window = {"first": months[0], "last": months[-1]}
        for cid, month, cents in session.execute(text(OVERDUE_STEPS), window):
            steps[cid][month] += cents
    whole = dict.fromkeys(months, 0)
    for by_month in steps.values():
        running = 0
        for key in months:
            running += by_month.get(key, 0)
            whole[key] += max(running, 0)
    assert fast == whole


def test_a_customer_who_pays_around_the_fifth(db):
    from fiado_app.services.behaviour import customer_payment_day

    c = customers.add_customer(db, customers.CustomerInput(name="Rosa")).id
    for month in range(6, 12):
        sale(db, c, 5000, date(2026, month - 1, 20), date(2026, month, 4))
        pay(db, c, 5000, date(2026, month, 5 + month % 2))
    assert customer_payment_day(db, c, AS_OF) in (5, 6)
    other = customers.add_customer(db, customers.CustomerInput(name="Sem padrão")).id
    assert customer_payment_day(db, other, AS_OF) is None


def _kept_keys(db) -> list[str]:
    from sqlalchemy import text

    with db.read() as session:
        return [k for (k,) in session.execute(text("SELECT key FROM kpi_cache ORDER BY key"))]


def test_months_that_are_over_are_summed_once_and_again_when_an_old_entry_changes(shop):
    from fiado_app.services import agreements, kpi_cache

    carla = next(c.id for c in customers.list_customers(shop) if c.name == "Carla")
    december = date(2026, 12, 10)
    first = kpis(shop, december, date(2026, 11, 1), december)
    assert "month:2026-11" in _kept_keys(shop) and "replay:2026-11" in _kept_keys(shop)
    assert kpis(shop, december, date(2026, 11, 1), december) == first  # read back, the same
    # Carla pays 60,00 with the date of 15/10 (written late): October and November change.
    pay(shop, carla, 6000, date(2026, 10, 15))
    assert "month:2026-10" not in _kept_keys(shop) and "month:2026-09" in _kept_keys(shop)
    after = kpis(shop, december, date(2026, 11, 1), december)
    kpi_cache.forget(shop)
    assert after == kpis(shop, december, date(2026, 11, 1), december)  # summed from nothing
    assert after.months[-3].overdue_cents_at_end == first.months[-3].overdue_cents_at_end - 6000
    assert after.months[-3].received_cents == first.months[-3].received_cents + 6000
    # An agreement on 10/12 takes her sales off from that day: the months before stay kept.
    agreements.make_agreement(shop, carla, 2, down_payment_cents=500, today=december)
    assert {"month:2026-09", "month:2026-11"} <= set(_kept_keys(shop))
    with_agreement = kpis(shop, december, date(2026, 11, 1), december)
    kpi_cache.forget(shop)
    assert with_agreement == kpis(shop, december, date(2026, 11, 1), december)


def test_sums_of_a_ledger_that_moved_on_are_not_kept(shop):
    from fiado_app.services import kpi_cache

    carla = next(c.id for c in customers.list_customers(shop) if c.name == "Carla")
    with shop.read() as session:
        read_at = kpi_cache.newest_entry(session)
    pay(shop, carla, 1000, date(2026, 11, 21))  # written while the sums were being made
    stale = [("month:2026-11", date(2026, 11, 30), {"sold": 1})]
    assert not kpi_cache.keep(shop, read_at, stale)
    assert _kept_keys(shop) == []
