"""Agreements: a balance renegotiated into an entrada and instalments, followed to the end."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from fiado_app.domain.agreement import due_dates, plan, split_amount
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl
from fiado_app.services import agreements, ledger, receivables, shop
from fiado_app.services.agreement_review import agreements_to_review
from fiado_app.services.collection import reminder_for
from fiado_app.services.receivables import receivable_rows
from fiado_app.services.statement import statement
from tests.conftest import dump

TODAY = date(2026, 12, 1)


def sell(db, cid, cents, on, due, what="Compras"):
    return ledger.record_sale(db, cid, cents, on=on, due=due, description=what, today=TODAY)


def pay(db, cid, cents, on):
    return ledger.record_payment(db, cid, cents, on=on, today=max(on, TODAY))


@pytest.fixture
def ana(db, customer):
    shop.update_shop(
        db,
        name="Mercadinho Boa Vista",
        document="11.222.333/0001-81",
        street="Rua das Flores",
        number="12",
        city="Recife",
        uf="PE",
        pix_key="loja@exemplo.com",
    )
    c = customer("Ana Souza", phone="(81) 99999-8888")
    sell(db, c.id, 10000, date(2026, 8, 1), date(2026, 9, 1), "Rancho de agosto")
    sell(db, c.id, 5000, date(2026, 9, 10), date(2026, 10, 10), "Gás e pão")
    sell(db, c.id, 3000, date(2026, 11, 20), date(2026, 12, 20), "Material escolar")
    pay(db, c.id, 4000, date(2026, 9, 5))
    return c


# -- the schedule ---------------------------------------------------------------------------


def test_centavos_add_up_with_the_leftover_on_the_first():
    assert split_amount(10000, 3) == [3334, 3333, 3333]
    assert split_amount(5, 2) == [3, 2]
    assert split_amount(7, 7) == [1] * 7
    rng = random.Random(7)
    for _ in range(500):
        n = rng.randint(1, 60)
        total = rng.randint(n, 10_000_000)
        parts = split_amount(total, n)
        assert sum(parts) == total and max(parts) - min(parts) <= n
        assert all(p == parts[1] for p in parts[1:])
    with pytest.raises(InvalidInput):
        split_amount(1, 2)  # R$ 0,01 does not split in two


def test_monthly_dues_keep_the_day_and_fit_short_months():
    assert due_dates(date(2027, 1, 31), 4) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert due_dates(date(2027, 1, 10), 3, every_days=15) == [
        date(2027, 1, 10),
        date(2027, 1, 25),
        date(2027, 2, 9),
    ]


def test_bad_schedules_are_refused_with_one_clear_reason():
    for kwargs, words in [
        ({"count": 0}, "parcelas"),
        ({"count": 3, "down_payment_cents": 20000}, "entrada"),
        ({"count": 3, "discount_cents": 15000}, "abatimento"),
        ({"count": 3, "first_due": date(2026, 11, 30)}, "antes do acordo"),
    ]:
        count = kwargs.pop("count")
        with pytest.raises(InvalidInput, match=words):
            plan(15000, count, made_on=TODAY, **kwargs)


# -- the ledger ------------------------------------------------------------------------------


def test_an_agreement_replaces_the_sales_with_its_instalments(db, ana):
    before = ledger.customer_balance(db, ana.id)  # 140,00
    a = agreements.make_agreement(
        db,
        ana.id,
        3,
        down_payment_cents=2000,
        method="pix",
        discount_cents=1000,
        reason="pagou a entrada à vista",
        today=TODAY,
    )
    assert (a.covered_cents, a.total_cents, a.down_payment_cents) == (14000, 13000, 2000)
    assert [(i.due, i.amount_cents) for i in a.installments] == [
        (date(2027, 1, 1), 3668),
        (date(2027, 2, 1), 3666),
        (date(2027, 3, 1), 3666),
    ]
    assert ledger.customer_balance(db, ana.id) == before - 3000  # entrada and discount
    open_now = ledger.open_sales(db, ana.id)
    assert [s.description for s in open_now] == [
        "Parcela 1 de 3 do nosso acordo nº 1",
        "Parcela 2 de 3 do nosso acordo nº 1",
        "Parcela 3 de 3 do nosso acordo nº 1",
    ]
    # Receivables and aging see the instalments: nothing overdue today, the first in January.
    row = receivables.receivables(db, TODAY).rows[0]
    assert (row.open_cents, row.overdue_cents, row.oldest_due) == (11000, 0, date(2027, 1, 1))
    later = receivables.receivables(db, date(2027, 2, 15)).rows[0]
    assert later.overdue_cents == 3668 + 3666
    # Before the agreement, every date reads as it did.
    past = receivables.receivables(db, date(2026, 11, 25)).rows[0]
    assert (past.open_cents, past.overdue_cents) == (14000, 11000)


def test_payments_settle_instalments_oldest_due_first(db, ana):
    a = agreements.make_agreement(db, ana.id, 3, today=TODAY)  # 14000: 4668 + 4666 + 4666
    pay(db, ana.id, 3000, date(2026, 12, 20))
    pay(db, ana.id, 2000, date(2027, 1, 5))
    got = agreements.get_agreement(db, a.id, date(2027, 1, 10))
    assert [(i.paid_cents, i.open_cents, i.status) for i in got.installments] == [
        (4668, 0, "paga"),
        (332, 4334, "a_vencer"),
        (0, 4666, "a_vencer"),
    ]
    assert got.status == "em_dia"
    late = agreements.get_agreement(db, a.id, date(2027, 2, 10))
    assert late.status == "atrasado" and late.days_late == 9
    assert late.installments[1].status == "atrasada"


def test_paying_everything_makes_it_quitado(db, ana):
    a = agreements.make_agreement(db, ana.id, 2, today=TODAY)
    pay(db, ana.id, 14000, date(2026, 12, 10))
    assert agreements.get_agreement(db, a.id, date(2026, 12, 10)).status == "quitado"


def test_undoing_an_agreement_brings_the_sales_back_exactly(db, ana):
    dates = [date(2026, 9, 1) + timedelta(days=d) for d in range(0, 200, 9)]

    def position():
        with db.read() as session:
            return [receivable_rows(session, d, ana.id, whole_history=True) for d in dates] + [
                receivable_rows(session, d, ana.id) for d in dates
            ]

    sales_before = ledger.open_sales(db, ana.id)
    seen = position()
    a = agreements.make_agreement(
        db, ana.id, 4, down_payment_cents=1500, discount_cents=500, reason="combinado", today=TODAY
    )
    assert position() != seen
    ledger.reverse_entry(db, a.entry_id, reason="feito no cliente errado", today=TODAY)
    assert ledger.open_sales(db, ana.id) == sales_before
    assert position() == seen
    undone = agreements.list_agreements(db, ana.id, TODAY, include_undone=True)[0]
    assert undone.status == "desfeito" and agreements.list_agreements(db, ana.id, TODAY) == []
    # The statement keeps the history: the agreement's lines struck, the balance as before.
    st = statement(db, ana.id)
    assert st.closing_cents == ledger.customer_balance(db, ana.id) == 14000


def test_an_agreement_on_some_sales_leaves_the_others_first_in_line(db, ana):
    newest = ledger.open_sales(db, ana.id)[-1]
    a = agreements.make_agreement(
        db, ana.id, 2, sale_ids=[newest.entry_id], first_due=date(2027, 1, 15), today=TODAY
    )
    assert a.covered_cents == 3000 and [s.entry_id for s in a.covered] == [newest.entry_id]
    left = ledger.open_sales(db, ana.id)
    assert [s.open_cents for s in left] == [6000, 5000, 1500, 1500]
    pay(db, ana.id, 6000, date(2026, 12, 5))  # the oldest sale, not the instalments
    assert agreements.get_agreement(db, a.id, date(2026, 12, 5)).paid_cents == 0


def test_the_statement_shows_the_sales_settled_by_the_agreement(db, ana):
    agreements.make_agreement(
        db, ana.id, 3, down_payment_cents=2000, discount_cents=1000, reason="à vista", today=TODAY
    )
    st = statement(db, ana.id)
    notes = [line.note for line in st.lines if line.entry.kind == "sale" and line.note]
    assert notes == ["liquidada pelo acordo nº 1"] * 3
    assert st.closing_cents == ledger.customer_balance(db, ana.id) == 11000
    kinds = [(line.entry.kind, line.delta_cents) for line in st.lines if line.entry.date == TODAY]
    assert kinds == [
        ("discount", -1000),
        ("payment", -2000),
        ("agreement", -11000),  # the sales leave; the settled part is in the lines above
        ("sale", 3668),
        ("sale", 3666),
        ("sale", 3666),
    ]


def test_the_parts_of_an_agreement_are_not_reversed_one_by_one(db, ana):
    first_sale = ledger.open_sales(db, ana.id)[0].entry_id
    a = agreements.make_agreement(db, ana.id, 2, down_payment_cents=1000, today=TODAY)
    with pytest.raises(InvalidInput, match="renegociada no acordo nº 1"):
        ledger.reverse_entry(db, first_sale, reason="x", today=TODAY)
    instalment = ledger.open_sales(db, ana.id)[0].entry_id
    with pytest.raises(InvalidInput, match="faz parte do acordo nº 1"):
        ledger.reverse_entry(db, instalment, reason="x", today=TODAY)
    later = TODAY + timedelta(days=5)
    with pytest.raises(InvalidInput, match="desfeito desde o seu dia"):
        ledger.reverse_entry(db, a.entry_id, reason="x", effective=later, today=later)


def test_refusals_write_nothing(db, ana, customer, db_path):
    nobody = customer("Sem Conta")
    before = dump(db_path)
    cases = [
        (lambda: agreements.make_agreement(db, ana.id, 0, today=TODAY), "parcelas"),
        (
            lambda: agreements.make_agreement(db, ana.id, 3, down_payment_cents=14000, today=TODAY),
            "entrada",
        ),
        (lambda: agreements.make_agreement(db, nobody.id, 2, today=TODAY), "não tem compras"),
        (
            lambda: agreements.make_agreement(
                db, ana.id, 2, first_due=date(2026, 11, 1), today=TODAY
            ),
            "antes do acordo",
        ),
        (
            lambda: agreements.make_agreement(db, ana.id, 2, discount_cents=100, today=TODAY),
            "motivo",
        ),
        (
            lambda: agreements.make_agreement(db, ana.id, 2, on=date(2026, 10, 1), today=TODAY),
            "lançamentos depois",
        ),
        (lambda: agreements.make_agreement(db, ana.id, 2, sale_ids=[999], today=TODAY), "nº 999"),
    ]
    for attempt, words in cases:
        with pytest.raises(InvalidInput, match=words):
            attempt()
    assert dump(db_path) == before


# -- follow-up ---------------------------------------------------------------------------------


def test_the_ladder_speaks_of_the_instalment(db, ana):
    agreements.make_agreement(db, ana.id, 3, today=TODAY)
    pay(db, ana.id, 4668, date(2027, 1, 2))  # the first instalment
    before_due = reminder_for(db, ana.id, date(2027, 1, 29))  # the second is due on 01/02
    assert "Referente à parcela 2 de 3 do nosso acordo." in before_due.text
    assert format_brl(4666) in before_due.text
    assert "ACORDO1P2" in (before_due.pix_payload or "")  # the Pix names the instalment
    late = reminder_for(db, ana.id, date(2027, 2, 20))
    assert "parcela 2 de 3 do nosso acordo" in late.text
    assert "Parcela 2 de 3 do nosso acordo nº 1" in late.text  # the purchases listed


def test_a_late_agreement_is_proposed_as_broken_and_broken_as_its_term_says(db, ana):
    a = agreements.make_agreement(
        db,
        ana.id,
        4,
        discount_cents=2000,
        reason="acordo",
        break_after_days=30,
        discount_lost_on_break=True,
        today=TODAY,
    )
    assert agreements_to_review(db, date(2027, 1, 31)) == []  # 30 days: not yet
    review = agreements_to_review(db, date(2027, 2, 1))  # 31 days late
    assert [r.id for r in review] == [a.id] and review[0].days_late == 31
    broken = agreements.break_agreement(db, a.id, on=date(2027, 2, 1), today=date(2027, 2, 1))
    assert broken.status == "rompido" and broken.broken_on == date(2027, 2, 1)
    # Everything still owed falls due at once, and the discount is owed again.
    row = receivables.receivables(db, date(2027, 2, 2)).rows[0]
    assert row.overdue_cents == row.open_cents == 12000 + 2000
    assert [i.status for i in broken.installments] == [
        "atrasada",
        "a_vencer",  # due that very day: it keeps its date
        "antecipada",
        "antecipada",
    ]
    with pytest.raises(InvalidInput, match="rompido"):
        agreements.break_agreement(db, a.id, on=date(2027, 2, 1), today=date(2027, 2, 1))
    # Undoing the whole agreement still brings the sales back.
    ledger.reverse_entry(db, a.entry_id, reason="engano", today=date(2027, 2, 1))
    assert ledger.customer_balance(db, ana.id) == 14000


def test_an_agreement_on_time_cannot_be_broken(db, ana):
    a = agreements.make_agreement(db, ana.id, 2, today=TODAY)
    with pytest.raises(InvalidInput, match="em dia"):
        agreements.break_agreement(db, a.id, today=TODAY)


def test_checkpoints_agree_with_the_whole_history_around_agreements(db, ana, customer):
    bia = customer("Bia", phone="(81) 98888-7777")
    sell(db, bia.id, 2500, date(2026, 10, 1), date(2026, 11, 1))
    a = agreements.make_agreement(db, ana.id, 3, down_payment_cents=1000, today=TODAY)
    agreements.make_agreement(db, bia.id, 2, every_days=15, today=TODAY)
    pay(db, ana.id, 500, date(2026, 12, 1))
    for offset in range(-120, 240, 7):
        day = TODAY + timedelta(days=offset)
        with db.read() as session:
            fast = receivable_rows(session, day)
            whole = receivable_rows(session, day, whole_history=True)
        assert fast == whole, day
    ledger.reverse_entry(db, a.entry_id, reason="engano", today=TODAY)
    for offset in range(-120, 240, 11):
        day = TODAY + timedelta(days=offset)
        with db.read() as session:
            assert receivable_rows(session, day) == receivable_rows(
                session, day, whole_history=True
            )


def test_an_agreement_follows_up_a_broken_promise_on_the_agenda(db, ana):
    from datetime import datetime

    from fiado_app.services import collection

    collection.log_contact(
        db,
        ana.id,
        "whatsapp",
        "promessa",
        at=datetime(2026, 11, 10, 10, 0),
        promise_date=date(2026, 11, 20),
        promise_cents=5000,
        now=datetime(2026, 11, 10, 10, 0),
    )

    def reasons():
        agenda = collection.todays_agenda(db, as_of=TODAY, with_behaviour=False)
        return [i.reason for i in agenda.items if i.customer_id == ana.id]

    assert reasons() == ["promise_broken"]
    agreements.make_agreement(db, ana.id, 3, today=TODAY)
    assert reasons() == []  # nothing overdue, and the promise was followed up by the agreement


def test_an_agreement_renegotiated_by_a_later_one_is_not_paid(db, ana):
    first = agreements.make_agreement(db, ana.id, 3, on=date(2026, 11, 25), today=TODAY)
    second = agreements.make_agreement(db, ana.id, 2, today=TODAY)  # its instalments, again
    old = agreements.get_agreement(db, first.id, TODAY)
    assert old.status == "renegociado" and old.paid_cents == 0 and old.open_cents == 0
    assert {i.status for i in old.installments} == {"renegociada"}
    assert agreements.customers_with_agreements(db, TODAY) == {ana.id}
    assert agreements.get_agreement(db, second.id, TODAY).covered_cents == 14000
    from fiado_app.services import printing

    with pytest.raises(InvalidInput, match="não tem parcela a pagar"):
        printing.carne(db, first.id, TODAY)
    with pytest.raises(InvalidInput, match="acordo nº 2"):
        ledger.reverse_entry(db, first.entry_id, reason="x", today=TODAY)  # the later one first


def test_nothing_is_dated_before_an_agreement(db, ana):
    earlier_payment = pay(db, ana.id, 500, date(2026, 11, 25)).id
    agreements.make_agreement(db, ana.id, 2, today=TODAY)
    before = date(2026, 11, 30)
    for attempt in (
        lambda: ledger.record_payment(db, ana.id, 100, on=before, today=TODAY),
        lambda: ledger.record_sale(db, ana.id, 100, on=before, today=TODAY),
        lambda: ledger.record_discount(db, ana.id, 100, reason="x", on=before, today=TODAY),
        lambda: ledger.reverse_entry(db, earlier_payment, reason="engano", today=TODAY),
    ):
        with pytest.raises(InvalidInput, match="Há um acordo de 01/12/2026"):
            attempt()
    pay(db, ana.id, 100, TODAY)  # on the agreement's day or later: fine
    a = agreements.list_agreements(db, ana.id, TODAY)[0]
    with pytest.raises(InvalidInput, match="anterior ao acordo"):
        agreements.break_agreement(db, a.id, on=date(2026, 1, 1), today=TODAY)


def test_the_carne_asks_for_what_is_left_of_each_instalment(db, ana):
    from fiado_app.services.agreement_docs import agreement_doc_data

    a = agreements.make_agreement(db, ana.id, 3, today=TODAY)  # 4668 + 4666 + 4666
    pay(db, ana.id, 5000, date(2026, 12, 10))
    data = agreement_doc_data(db, a.id, date(2026, 12, 10))
    assert [(s.number, s.open_cents) for s in data.slips] == [(2, 4334), (3, 4666)]
    from fiado_app.domain.pix import parse_pix_payload

    assert parse_pix_payload(data.pix[2] or "")["54"] == "43.34"  # the Pix asks for R$ 43,34
