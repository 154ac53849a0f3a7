"""The contact log, promises (kept or broken), and each customer's collection state."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from fiado_app.db.collection_models import Contact, CustomerCollection
from fiado_app.db.engine import Database
from fiado_app.db.models import Customer
from fiado_app.domain.collection_records import CollectionState, CollectionSummary, ContactRecord
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import current_stage
from fiado_app.domain.limits import check_amount, check_date_range, check_text
from fiado_app.domain.promises import promise_status
from fiado_app.domain.vocabulary import (
    ALL_OUTCOMES,
    CHANNEL_LABELS,
    CONTACT_CHANNELS,
    OUTCOME_LABELS,
    PROMISE,
    PROMISE_BROKEN,
    PROMISE_KEPT,
    PROMISE_OPEN,
)
from fiado_app.services.behaviour import behaviour_labels
from fiado_app.services.collection_settings import as_domain, ladder_in
from fiado_app.services.customers import CustomerNotFound
from fiado_app.services.receivables import receivable_rows

# Payments between the day of the promise and the promised date (inclusive).
PAID_FOR_PROMISE = """
SELECT COALESCE(SUM(e.amount_cents), 0) FROM entry AS e
WHERE e.customer_id = :customer_id AND e.kind = 'payment' AND e.reversed_by_id IS NULL
  AND e.date >= :start AND e.date <= :end
"""


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(f"Cliente nº {customer_id} não encontrado.")
    return customer


def _record(session: Session, c: Contact, as_of: date) -> ContactRecord:
    status, paid = None, 0
    if c.outcome == PROMISE and c.promise_date is not None:
        paid = int(
            session.scalar(
                text(PAID_FOR_PROMISE),
                {
                    "customer_id": c.customer_id,
                    "start": c.at.date().isoformat(),
                    "end": c.promise_date.isoformat(),
                },
            )
            or 0
        )
        status = promise_status(paid, c.promise_cents, c.promise_date, as_of)
    return ContactRecord(
        c.id,
        c.customer_id,
        c.at,
        c.channel,
        c.stage_key,
        c.text,
        c.outcome,
        c.promise_date,
        c.promise_cents,
        c.note,
        status,
        paid,
    )


def _check_promise(
    outcome: str, at: datetime, promise_date: date | None, promise_cents: int | None
) -> None:
    """A promise has a date on or after the contact's day; only a promise has a date or value."""
    if outcome == PROMISE and promise_date is None:
        raise InvalidInput("Para uma promessa de pagamento, informe a data prometida.")
    if promise_date is not None:
        if outcome != PROMISE:
            raise InvalidInput("Data prometida só vale para o resultado “promessa”.")
        if promise_date < at.date():
            raise InvalidInput(
                f"A data prometida ({format_date(promise_date)}) é anterior ao contato."
            )
    if promise_cents is not None and promise_cents <= 0:
        raise InvalidInput("O valor prometido precisa ser maior que zero.")
    if promise_cents is not None and outcome != PROMISE:
        raise InvalidInput("Valor prometido só vale para o resultado “promessa”.")


def log_contact(
    db: Database,
    customer_id: int,
    channel: str,
    outcome: str,
    *,
    at: datetime | None = None,
    stage_key: str | None = None,
    text_sent: str = "",
    promise_date: date | None = None,
    promise_cents: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> ContactRecord:
    """Record one contact. A promise needs a date (on or after the contact's day)."""
    now = now or datetime.now()
    at = at or now.replace(second=0, microsecond=0)
    note = check_text(note, "A observação do contato", "note")
    text_sent = check_text(text_sent, "O texto do contato", "template")
    check_date_range(at.date(), "A data do contato")
    if promise_date is not None:
        check_date_range(promise_date, "A data prometida")
    if promise_cents is not None:
        check_amount(promise_cents, "O valor prometido")
    if channel not in CONTACT_CHANNELS:
        names = ", ".join(CONTACT_CHANNELS)
        raise InvalidInput(f"Canal inválido: “{channel}”. Use um destes: {names}.")
    if outcome not in ALL_OUTCOMES:
        names = ", ".join(ALL_OUTCOMES)
        raise InvalidInput(f"Resultado inválido: “{outcome}”. Use um destes: {names}.")
    if at > now + timedelta(minutes=5):
        raise InvalidInput(f"A data do contato ({at:%d/%m/%Y %H:%M}) está no futuro.")
    _check_promise(outcome, at, promise_date, promise_cents)
    with db.write() as session:
        _customer(session, customer_id)
        contact = Contact(
            customer_id=customer_id,
            at=at,
            channel=channel,
            stage_key=stage_key,
            text=text_sent,
            outcome=outcome,
            promise_date=promise_date,
            promise_cents=promise_cents,
            note=note,
        )
        session.add(contact)
        session.flush()
        return _record(session, contact, at.date())


def contacts_in(session: Session, customer_id: int, as_of: date) -> list[ContactRecord]:
    """The customer's contacts, newest first (those undone are left out)."""
    rows = session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer_id, Contact.voided_at.is_(None))
        .order_by(Contact.at.desc(), Contact.id.desc())
    )
    return [_record(session, c, as_of) for c in rows]


def list_contacts(db: Database, customer_id: int, as_of: date | None = None) -> list[ContactRecord]:
    """The customer's contacts, newest first, promises with their status on `as_of`."""
    with db.read() as session:
        _customer(session, customer_id)
        return contacts_in(session, customer_id, as_of or date.today())


def undo_contact(db: Database, contact_id: int, now: datetime | None = None) -> ContactRecord:
    """A contact logged by mistake counts no more: today's list, the stages, promises and the
    history leave it out. The row is kept, marked with when it was undone."""
    with db.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.voided_at is not None:
            raise InvalidInput(f"Contato nº {contact_id} não encontrado.")
        contact.voided_at = now or datetime.now()
        session.flush()
        return _record(session, contact, (now or datetime.now()).date())


def describe_contact(c: ContactRecord) -> str:
    return f"{CHANNEL_LABELS.get(c.channel, c.channel)}: {OUTCOME_LABELS.get(c.outcome, c.outcome)}"


# --------------------------------------------------------------------------- state


def state_in(session: Session, customer_id: int) -> CollectionState:
    row = session.get(CustomerCollection, customer_id)
    if row is None:
        return CollectionState(customer_id)
    return CollectionState(
        customer_id, row.paused_until, row.pause_reason, row.excluded, row.excluded_reason
    )


def _state_row(session: Session, customer_id: int) -> CustomerCollection:
    _customer(session, customer_id)
    row = session.get(CustomerCollection, customer_id)
    if row is None:
        row = CustomerCollection(
            customer_id=customer_id, pause_reason="", excluded=False, excluded_reason=""
        )
        session.add(row)
    row.updated_at = datetime.now()
    return row


def pause(
    db: Database, customer_id: int, until: date, reason: str, today: date | None = None
) -> CollectionState:
    """ "Não cobrar até dd/mm": hidden from the agenda, back on `until`."""
    today = today or date.today()
    if until <= today:
        raise InvalidInput(f"A pausa precisa terminar depois de hoje ({format_date(today)}).")
    check_date_range(until, "O fim da pausa")
    reason = check_text(reason, "O motivo da pausa", "reason")
    if not reason:
        raise InvalidInput("Informe o motivo da pausa (ex.: “recebe no dia 10”).")
    with db.write() as session:
        row = _state_row(session, customer_id)
        row.paused_until, row.pause_reason = until, reason
        session.flush()
        return state_in(session, customer_id)


def resume(db: Database, customer_id: int) -> CollectionState:
    with db.write() as session:
        row = _state_row(session, customer_id)
        row.paused_until, row.pause_reason = None, ""
        row.excluded, row.excluded_reason = False, ""
        session.flush()
        return state_in(session, customer_id)


def exclude(db: Database, customer_id: int, reason: str = "") -> CollectionState:
    """Never remind this customer (the owner collects in person, a relative...)."""
    reason = check_text(reason, "O motivo", "reason")
    with db.write() as session:
        row = _state_row(session, customer_id)
        row.excluded, row.excluded_reason = True, reason
        session.flush()
        return state_in(session, customer_id)


def get_state(db: Database, customer_id: int) -> CollectionState:
    with db.read() as session:
        _customer(session, customer_id)
        return state_in(session, customer_id)


def collection_summary(
    db: Database, customer_id: int, as_of: date | None = None
) -> CollectionSummary:
    """The customer's "Cobrança" panel: state, history, promises kept, behaviour, stage."""
    as_of = as_of or date.today()
    with db.read() as session:
        _customer(session, customer_id)
        contacts = contacts_in(session, customer_id, as_of)
        rows = receivable_rows(session, as_of, customer_id)
        days = rows[0].days_overdue if rows else 0
        oldest = rows[0].oldest_due if rows and rows[0].open_cents > 0 else None
        stage = current_stage(as_domain(ladder_in(session)), oldest, as_of)
        label = behaviour_labels(session, as_of, {customer_id: days})[customer_id]
        state = state_in(session, customer_id)
    statuses = [c.promise_status for c in contacts if c.promise_status]
    return CollectionSummary(
        state=state,
        contacts=contacts,
        promises_kept=statuses.count(PROMISE_KEPT),
        promises_broken=statuses.count(PROMISE_BROKEN),
        promises_open=statuses.count(PROMISE_OPEN),
        behaviour=label,
        stage_key=stage.key if stage else None,
        stage_name=stage.name if stage else "",
    )
