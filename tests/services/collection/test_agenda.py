"""Today's agenda: stages reached, promises due and broken, resting, pausing, contact hours."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from fiado_app.db.engine import Database
from fiado_app.domain.errors import InvalidInput
from fiado_app.services import collection
from tests.services.collection.conftest import TODAY, add, pay, sell

AT = datetime(2026, 11, 18, 10, 0)


def _ids(db: Database, as_of: date = TODAY, now: datetime | None = None) -> dict[int, str]:
    agenda = collection.todays_agenda(db, as_of=as_of, now=now or AT)
    return {i.customer_id: i.reason for i in agenda.items}


@pytest.fixture
def late(db: Database) -> int:
    """A customer whose oldest purchase fell due five days ago (friendly stage reached)."""
    cid = add(db, "Carla Dias")
    sell(db, cid, 8000, date(2026, 10, 10), TODAY - timedelta(days=5))
    return cid


def test_agenda_on_a_normal_day(db: Database, late: int) -> None:
    early = add(db, "Bruno Alves", phone="(11) 99876-1234")
    sell(db, early, 3000, date(2026, 11, 1), TODAY + timedelta(days=3))  # pre-due reminder
    later = add(db, "Dora Reis", phone="(11) 97777-1234")
    sell(db, later, 3000, date(2026, 11, 1), TODAY + timedelta(days=10))  # nothing yet
    paid = add(db, "Edu Melo", phone="(11) 96666-1234")
    sell(db, paid, 3000, date(2026, 10, 1), date(2026, 10, 20))
    pay(db, paid, 3000, date(2026, 10, 19))

    agenda = collection.todays_agenda(db, as_of=TODAY, now=AT)

    by_id = {i.customer_id: i for i in agenda.items}
    assert set(by_id) == {late, early}
    assert by_id[late].stage_key == "amigavel" and by_id[late].days_overdue == 5
    assert by_id[late].open_cents == 8000 and by_id[late].reason == "stage"
    assert by_id[early].stage_key == "lembrete" and by_id[early].days_overdue == 0
    assert (by_id[early].name, by_id[early].phone) == ("Bruno Alves", "+5511998761234")
    assert by_id[late].name == "Carla Dias"
    assert agenda.contact_allowed and "Dentro do horário" in agenda.contact_note


def test_agenda_on_a_sunday_warns_but_still_lists(db: Database, late: int) -> None:
    sunday = date(2026, 11, 22)
    agenda = collection.todays_agenda(db, as_of=sunday, now=datetime(2026, 11, 22, 10, 0))
    assert [i.customer_id for i in agenda.items] == [late]
    assert not agenda.contact_allowed and "Domingo" in agenda.contact_note


def test_the_quick_list_leaves_the_contact_hours_to_the_labelling_step(
    db: Database, late: int
) -> None:
    # The screen's first pass skips the holiday calendar (slow to load the first time); the
    # step that fills the labels judges the hours, so the Sunday warning still shows.
    sunday, at = date(2026, 11, 22), datetime(2026, 11, 22, 10, 0)
    quick = collection.todays_agenda(db, as_of=sunday, now=at, with_behaviour=False)
    assert quick.items and quick.contact_allowed and quick.contact_note == ""
    full = collection.label_agenda(db, quick, now=at)
    assert not full.contact_allowed and "Domingo" in full.contact_note
    assert full == collection.todays_agenda(db, as_of=sunday, now=at)


def test_agenda_on_a_national_holiday(db: Database, late: int) -> None:
    holiday = date(2026, 11, 20)  # Dia Nacional de Zumbi e da Consciência Negra
    agenda = collection.todays_agenda(db, as_of=holiday, now=datetime(2026, 11, 20, 10, 0))
    assert [i.customer_id for i in agenda.items] == [late]
    assert not agenda.contact_allowed and "Consciência Negra" in agenda.contact_note


def test_out_of_hours_is_a_warning(db: Database, late: int) -> None:
    agenda = collection.todays_agenda(db, as_of=TODAY, now=datetime(2026, 11, 18, 21, 30))
    assert agenda.items and not agenda.contact_allowed
    assert "Fora do horário" in agenda.contact_note


def test_a_contact_for_the_stage_takes_the_customer_off_the_agenda(db: Database, late: int) -> None:
    collection.log_contact(
        db, late, "whatsapp", "sem_resposta", at=AT, stage_key="amigavel", now=AT
    )
    assert late not in _ids(db)
    # Ten days later the second notice is reached: back on the agenda.
    assert _ids(db, TODAY + timedelta(days=10))[late] == "stage"


def test_a_copied_text_or_an_opened_whatsapp_is_no_contact_until_confirmed(
    db: Database, late: int
) -> None:
    for outcome in ("texto_copiado", "whatsapp_aberto"):
        collection.log_contact(db, late, "whatsapp", outcome, stage_key="amigavel", now=AT)
    assert _ids(db, now=AT + timedelta(hours=1)) == {late: "stage"}  # still to do today
    collection.log_contact(db, late, "whatsapp", "sem_resposta", stage_key="amigavel", now=AT)
    assert late not in _ids(db, now=AT + timedelta(hours=1))  # the owner said it was sent


def test_a_contact_logged_by_mistake_can_be_undone_and_counts_no_more(
    db: Database, late: int
) -> None:
    wrong = collection.log_contact(db, late, "telefone", "sem_resposta", stage_key="amigavel",
                                   at=AT, now=AT)  # fmt: skip
    assert late not in _ids(db, now=AT + timedelta(hours=1))
    collection.undo_contact(db, wrong.id, now=AT + timedelta(minutes=5))
    assert _ids(db, now=AT + timedelta(hours=1)) == {late: "stage"}  # back on today's list
    assert collection.list_contacts(db, late, TODAY) == []
    with pytest.raises(InvalidInput):
        collection.undo_contact(db, wrong.id)  # once


def test_resting_after_a_contact(db: Database, late: int) -> None:
    collection.log_contact(
        db, late, "presencial", "sem_resposta", at=AT - timedelta(days=1), now=AT
    )
    agenda = collection.todays_agenda(db, as_of=TODAY, now=AT)
    assert late not in {i.customer_id for i in agenda.items} and agenda.resting == 1
    assert late in _ids(db, TODAY + timedelta(days=2))  # three days later: rest is over


def test_pausing_a_customer(db: Database, late: int) -> None:
    collection.pause(db, late, date(2026, 11, 25), "Recebe o salário dia 25", today=TODAY)
    agenda = collection.todays_agenda(db, as_of=TODAY, now=AT)
    assert late not in {i.customer_id for i in agenda.items} and agenda.paused == 1
    assert late in _ids(db, date(2026, 11, 25))  # back on the date
    with pytest.raises(InvalidInput, match="depois de hoje"):
        collection.pause(db, late, TODAY, "x", today=TODAY)
    collection.resume(db, late)
    assert late in _ids(db)


def test_an_excluded_customer_never_appears(db: Database, late: int) -> None:
    collection.exclude(db, late, "Irmã da dona")
    assert late not in _ids(db) and late not in _ids(db, TODAY + timedelta(days=40))
    assert collection.get_state(db, late).excluded


def test_a_promise_kept(db: Database, late: int) -> None:
    collection.log_contact(
        db, late, "telefone", "promessa", at=AT - timedelta(days=4),
        promise_date=TODAY, promise_cents=5000, now=AT,
    )  # fmt: skip
    pay(db, late, 5000, TODAY - timedelta(days=1))
    contacts = collection.list_contacts(db, late, as_of=TODAY)
    assert contacts[0].promise_status == "cumprida" and contacts[0].promise_paid_cents == 5000
    summary = collection.collection_summary(db, late, as_of=TODAY)
    assert summary.promises_kept == 1 and summary.promises_broken == 0


def test_a_promise_due_today_then_broken(db: Database, late: int) -> None:
    collection.log_contact(
        db, late, "telefone", "promessa", at=AT - timedelta(days=4),
        promise_date=TODAY, promise_cents=5000, now=AT,
    )  # fmt: skip
    # Before the date the customer rests, even after the rest days.
    assert late not in _ids(db, TODAY - timedelta(days=1))
    assert _ids(db)[late] == "promise_due"
    pay(db, late, 1000, TODAY)  # not enough
    assert _ids(db, TODAY + timedelta(days=1))[late] == "promise_broken"
    summary = collection.collection_summary(db, late, as_of=TODAY + timedelta(days=1))
    assert summary.promises_broken == 1 and summary.promises_kept == 0
    # Following the broken promise up takes it off the list (until the next stage).
    later = AT + timedelta(days=1)
    collection.log_contact(db, late, "whatsapp", "sem_resposta", at=later, now=later)
    assert late not in _ids(db, TODAY + timedelta(days=1), later)


def test_contact_log_validation(db: Database, late: int) -> None:
    with pytest.raises(InvalidInput, match="data prometida"):
        collection.log_contact(db, late, "telefone", "promessa", at=AT, now=AT)
    with pytest.raises(InvalidInput, match="Canal"):
        collection.log_contact(db, late, "pombo", "outro", at=AT, now=AT)
    with pytest.raises(InvalidInput, match="futuro"):
        collection.log_contact(db, late, "telefone", "outro", at=AT + timedelta(days=1), now=AT)
    assert collection.list_contacts(db, late) == []


def test_behaviour_labels(db: Database) -> None:
    punctual = add(db, "Pontual", phone="(11) 95555-0001")
    for month in (3, 5, 7):
        sell(db, punctual, 1000, date(2026, month, 1), date(2026, month, 30))
        pay(db, punctual, 1000, date(2026, month, 29))
    always = add(db, "Sempre Atrasa", phone="(11) 95555-0002")
    for month in (3, 5, 7):
        sell(db, always, 1000, date(2026, month, 1), date(2026, month, 10))
        pay(db, always, 1000, date(2026, month, 28))
    sometimes = add(db, "Às Vezes", phone="(11) 95555-0003")
    for month, paid_day in ((3, 5), (5, 25), (7, 9), (9, 8)):
        sell(db, sometimes, 1000, date(2026, month, 1), date(2026, month, 10))
        pay(db, sometimes, 1000, date(2026, month, paid_day))
    defaulter = add(db, "Sumiu", phone="(11) 95555-0004")
    sell(db, defaulter, 1000, date(2026, 8, 1), date(2026, 8, 30))

    labels = {
        cid: collection.collection_summary(db, cid, as_of=TODAY).behaviour
        for cid in (punctual, always, sometimes, defaulter)
    }
    assert labels == {
        punctual: "pontual",
        always: "atrasa_sempre",
        sometimes: "esquece_as_vezes",
        defaulter: "inadimplente",
    }


def test_a_reversed_payment_does_not_make_a_sale_punctual(db: Database) -> None:
    from fiado_app.services import ledger
    from fiado_app.services.behaviour import late_counts

    cid = add(db, "Estornado", phone="(11) 95555-0005")
    for month in (3, 5):
        sell(db, cid, 1000, date(2026, month, 1), date(2026, month, 30))
    pay(db, cid, 1000, date(2026, 3, 29))
    late_pay = ledger.record_payment(db, cid, 1000, on=date(2026, 5, 29), today=TODAY)
    with db.read() as session:
        assert late_counts(session, TODAY, [cid]) == {cid: (2, 0)}
    ledger.reverse_entry(
        db, late_pay.id, reason="Pix devolvido", effective=date(2026, 6, 2), today=TODAY
    )
    with db.read() as session:
        assert late_counts(session, TODAY, [cid]) == {cid: (2, 1)}
        assert late_counts(session, TODAY, []) == {}


def test_a_payment_up_to_three_days_after_the_due_date_is_on_time(db: Database) -> None:
    from fiado_app.services.behaviour import late_counts

    on_the_edge = add(db, "No Limite", phone="(11) 95555-0006")
    sell(db, on_the_edge, 1000, date(2026, 5, 1), date(2026, 5, 30))
    pay(db, on_the_edge, 1000, date(2026, 6, 2))  # due date + 3 days: still on time
    one_day_more = add(db, "Um Dia a Mais", phone="(11) 95555-0007")
    sell(db, one_day_more, 1000, date(2026, 5, 1), date(2026, 5, 30))
    pay(db, one_day_more, 1000, date(2026, 6, 3))  # + 4 days: late
    partly = add(db, "Pagou Metade", phone="(11) 95555-0008")
    sell(db, partly, 1000, date(2026, 5, 1), date(2026, 5, 30))
    sell(db, partly, 500, date(2026, 6, 1), date(2026, 6, 30))
    pay(db, partly, 1200, date(2026, 5, 30))  # covers the first sale, not the second
    with db.read() as session:
        counts = late_counts(session, TODAY, [on_the_edge, one_day_more, partly])
    assert counts == {on_the_edge: (1, 0), one_day_more: (1, 1), partly: (2, 1)}


def test_the_screen_gets_the_list_first_and_the_same_labels_right_after(
    db: Database, late: int
) -> None:
    gone = add(db, "Gil Nunes", phone="(11) 95555-1234")
    sell(db, gone, 5000, date(2026, 6, 1), date(2026, 7, 1))  # long overdue: Inadimplente

    full = collection.todays_agenda(db, as_of=TODAY, now=AT)
    quick = collection.todays_agenda(db, as_of=TODAY, now=AT, with_behaviour=False)

    assert [i.behaviour for i in quick.items] == ["", ""]  # not judged yet, not "sem histórico"
    assert collection.label_agenda(db, quick) == full
    assert {i.customer_id: i.behaviour for i in full.items}[gone] == "inadimplente"


def test_the_agenda_brings_the_shops_totals_of_the_same_day(db: Database, late: int) -> None:
    from fiado_app.services import ledger
    from fiado_app.services.receivables import receivables

    other = add(db, "Bruno Lima", "(21) 99876-1234")
    sell(db, other, 2500, date(2026, 11, 1), TODAY + timedelta(days=10))
    # He paid more than he bought: the shop owes him the difference.
    ledger.record_payment(db, other, 4000, on=date(2026, 11, 2), allow_credit=True, today=TODAY)
    agenda = collection.todays_agenda(db, as_of=TODAY, now=AT, with_behaviour=False)
    assert agenda.totals == receivables(db, TODAY).totals
    assert agenda.totals is not None
    assert (agenda.totals.open_cents, agenda.totals.credit_cents) == (8000, 1500)
    assert agenda.totals.customers_overdue == 1
