"""Today's agenda (Cobranças de hoje): whom to contact today and why.

Reasons: a ladder stage reached and not yet done, a promise due today, a promise broken.
Hidden: excluded customers, paused ones until their date, customers contacted in the last N
days (default 3), customers with an open promise until its date. A few aggregate queries do the
counting (receivables, latest promise with what was paid); the contact log is then looked up
through its indexes only for the customers who owe and have reached a ladder stage or made a
promise (their last contact, the newest contact at their stage), so its years of history cost
nothing; Python only walks the rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads, plain_rows, plain_value
from fiado_app.domain.collection_records import Agenda, AgendaItem, CollectionState, StageRecord
from fiado_app.domain.contact_hours import ContactHours, contact_allowed
from fiado_app.domain.ladder import Stage, current_stage
from fiado_app.domain.promises import promise_status
from fiado_app.domain.records import ReceivableRow, Totals
from fiado_app.domain.vocabulary import (
    AUTOMATIC_OUTCOMES,
    PROMISE_KEPT,
    REASON_PROMISE_BROKEN,
    REASON_PROMISE_DUE,
    REASON_STAGE,
)
from fiado_app.services import holiday_names
from fiado_app.services.behaviour import behaviour_labels
from fiado_app.services.collection_settings import as_domain, ladder_in, settings_in
from fiado_app.services.receivables import receivable_rows
from fiado_app.services.shop_record import shop_in

_STATES = """
SELECT customer_id, paused_until, pause_reason, excluded, excluded_reason
FROM customer_collection WHERE excluded OR paused_until IS NOT NULL
"""
# A text copied or WhatsApp opened is recorded as such, but is no contact until the owner says
# what came of it (the next step logs that): those rows count for neither query below.
# A contact undone (logged by mistake) counts for nothing.
_MADE = (
    f"c.outcome NOT IN ({', '.join(repr(o) for o in AUTOMATIC_OUTCOMES)}) AND c.voided_at IS NULL"
)
# For each customer asked ([id, their current stage's key or null]): the newest contact made
# with them, and the newest made at that stage. Looked up through the covering indexes for the
# customers who could be on the list only, so that the cost follows what is open, not the
# years of the contact log. (`json_extract`, not `->>`: the SQLite some Linux systems ship
# predates it.)
_LAST_CONTACTS = f"""
WITH asked(customer_id, stage_key) AS (
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:asked)
)
SELECT a.customer_id,
       (SELECT MAX(c.at) FROM contact AS c
        WHERE c.customer_id = a.customer_id AND c.at < :until AND {_MADE}),
       (SELECT MAX(c.at) FROM contact AS c
        WHERE c.customer_id = a.customer_id AND c.stage_key = a.stage_key AND c.at < :until
            AND {_MADE})
FROM asked AS a
"""
_NAMES_OF = """
SELECT c.id, c.name, c.phone FROM json_each(:ids) AS j JOIN customer AS c ON c.id = j.value
"""
_LATEST_PROMISE = """
WITH p AS (
    SELECT customer_id, at, promise_date, promise_cents,
           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY at DESC, id DESC) AS rn
    FROM contact WHERE outcome = 'promessa' AND at < :until AND voided_at IS NULL
)
SELECT p.customer_id, p.at, p.promise_date, p.promise_cents,
       (SELECT COALESCE(SUM(e.amount_cents), 0) FROM entry AS e
        WHERE e.customer_id = p.customer_id AND e.kind = 'payment'
          AND e.reversed_by_id IS NULL
          AND e.date >= date(p.at) AND e.date <= p.promise_date) AS paid
FROM p WHERE p.rn = 1
"""
# An agreement made is a follow-up too: a broken promise before it is settled by it.
_LATEST_AGREEMENT = """
SELECT customer_id, MAX(made_on) FROM agreement
WHERE undone_by_id IS NULL AND made_on <= :as_of GROUP BY customer_id
"""


def _dt(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _moment(value: object) -> datetime | None:
    return None if value is None else _dt(value)


def _d(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def collection_states(session: Reads) -> dict[int, CollectionState]:
    """Customers paused or excluded, by id (everyone else is collected normally)."""
    return {
        customer_id: CollectionState(
            customer_id, _d(paused_until) if paused_until else None, reason, bool(excluded), why
        )
        for customer_id, paused_until, reason, excluded, why in plain_rows(session, _STATES)
    }


class _Promise(NamedTuple):
    customer_id: int
    at: object
    promise_date: object
    promise_cents: int | None
    paid: int


@dataclass(frozen=True)
class _Contacted:
    """What the contact log says (as of the end of `as_of`) of the customers who could be on
    the list."""

    states: dict[int, CollectionState]
    promises: dict[int, _Promise]
    # The moments are kept as read, and parsed only for the few looked up.
    last_contact: dict[int, object]
    done: dict[int, object]  # the newest contact at each one's current stage
    agreed: dict[int, object]  # the day of each customer's latest agreement


_PAUSED, _RESTING, _NOTHING = "paused", "resting", ""


def _contacted(
    session: Reads, as_of: date, rows: list[ReceivableRow], stages: dict[int, Stage]
) -> _Contacted:
    """The log of the customers who owe (`rows`) and of those at a ladder stage (`stages`, by
    customer): the latest promise of every customer (few are made), the latest contact of
    those with a stage or a promise, and the newest contact at each one's current stage."""
    until = {"until": (as_of + timedelta(days=1)).isoformat()}
    owing = {row.customer_id for row in rows if row.open_cents > 0}
    promises = {
        r[0]: _Promise(*r) for r in plain_rows(session, _LATEST_PROMISE, until) if r[0] in owing
    }
    stage_keys = {cid: stage.key for cid, stage in stages.items()}
    asked = json.dumps(
        [[cid, stage_keys.get(cid)] for cid in sorted(stage_keys.keys() | promises.keys())]
    )
    last: dict[int, object] = {}
    done: dict[int, object] = {}
    for customer_id, last_at, done_at in plain_rows(
        session, _LAST_CONTACTS, {**until, "asked": asked}
    ):
        if last_at is not None:
            last[customer_id] = last_at
        if done_at is not None:
            done[customer_id] = done_at
    return _Contacted(
        collection_states(session),
        promises,
        last,
        done,
        dict(plain_rows(session, _LATEST_AGREEMENT, {"as_of": as_of.isoformat()})),
    )


def _why(
    row: ReceivableRow, stage: Stage | None, log: _Contacted, as_of: date, rest_from: date
) -> str:
    """Why the customer is on today's list (a REASON_*), or why not (_PAUSED, _RESTING,
    _NOTHING for excluded, not owing, not at a stage, or this stage already done)."""
    if row.open_cents <= 0 or row.oldest_due is None:
        return _NOTHING
    state = log.states.get(row.customer_id)
    if state is not None and state.excluded:
        return _NOTHING
    if state is not None and state.paused_on(as_of):
        return _PAUSED
    last = log.last_contact.get(row.customer_id)
    promise = log.promises.get(row.customer_id)
    if promise is not None:
        promised_on = _d(promise.promise_date)
        status = promise_status(int(promise.paid), promise.promise_cents, promised_on, as_of)
        if status != PROMISE_KEPT:
            if promised_on > as_of:
                return _RESTING  # an open promise rests until its date
            if promised_on == as_of:
                return REASON_PROMISE_DUE
            agreed = log.agreed.get(row.customer_id)
            followed = agreed is not None and _d(agreed) > promised_on
            if not followed and (last is None or _d(last) <= promised_on):
                return REASON_PROMISE_BROKEN  # nobody has followed it up yet
    if stage is None:
        return _NOTHING
    reached_on = row.oldest_due + timedelta(days=stage.offset_days)
    done_at = log.done.get(row.customer_id)
    if done_at is not None and _d(done_at) >= reached_on:
        return _NOTHING
    if last is not None and _d(last) > rest_from:
        return _RESTING
    return REASON_STAGE


def _item(
    row: ReceivableRow,
    reason: str,
    stage: Stage | None,
    record: StageRecord | None,
    log: _Contacted,
) -> dict[str, object]:
    """The AgendaItem's fields but the name and phone (read for the items only) and the
    behaviour label (once every item is known)."""
    promise = log.promises.get(row.customer_id)
    return {
        "customer_id": row.customer_id,
        "reason": reason,
        "stage_key": stage.key if stage else None,
        "stage_name": record.name if record else "",
        "channel": record.channel if record else "whatsapp",
        "open_cents": row.open_cents,
        "overdue_cents": row.overdue_cents,
        "days_overdue": row.days_overdue,
        "oldest_due": row.oldest_due,
        "last_contact_at": _moment(log.last_contact.get(row.customer_id)),
        "promise_date": _d(promise.promise_date) if promise is not None else None,
        "promise_cents": promise.promise_cents if promise is not None else None,
    }


_ORDER = {REASON_PROMISE_BROKEN: 0, REASON_PROMISE_DUE: 1, REASON_STAGE: 2}


def agenda_in(
    session: Reads,
    as_of: date,
    now: datetime | None = None,
    with_behaviour: bool = True,
) -> Agenda:
    shop = shop_in(session)
    settings = settings_in(session, shop.uf if shop is not None and shop.uf else None)
    ladder = ladder_in(session)
    by_key: dict[str, StageRecord] = {s.key: s for s in ladder}
    domain_ladder = as_domain(ladder)
    rows = receivable_rows(session, as_of, named=False)  # names: only of those listed
    stages: dict[int, Stage] = {}  # the ladder stage each customer who owes has reached
    by_due: dict[date, Stage | None] = {}  # thousands of customers share a due date
    for row in rows:
        if row.open_cents > 0 and row.oldest_due is not None:
            if row.oldest_due not in by_due:
                by_due[row.oldest_due] = current_stage(domain_ladder, row.oldest_due, as_of)
            stage = by_due[row.oldest_due]
            if stage is not None:
                stages[row.customer_id] = stage
    log = _contacted(session, as_of, rows, stages)
    rest_from = as_of - timedelta(days=settings.rest_days)

    found: list[dict] = []
    resting = paused = 0
    for row in rows:
        cid = row.customer_id
        if cid not in stages and cid not in log.promises and cid not in log.states:
            continue  # owes nothing, or nothing to do yet
        stage = stages.get(row.customer_id)
        reason = _why(row, stage, log, as_of, rest_from)
        if reason == _PAUSED:
            paused += 1
        elif reason == _RESTING:
            resting += 1
        elif reason:
            record = by_key.get(stage.key) if stage else None
            found.append(_item(row, reason, stage, record, log))

    names = {
        cid: (name, phone)
        for cid, name, phone in plain_rows(
            session, _NAMES_OF, {"ids": json.dumps([f["customer_id"] for f in found])}
        )
    }
    for f in found:
        f["name"], f["phone"] = names[f["customer_id"]]
    if with_behaviour and found:
        days = {f["customer_id"]: f["days_overdue"] for f in found}
        labels = behaviour_labels(session, as_of, days)
        items = [AgendaItem(**f, behaviour=labels[f["customer_id"]]) for f in found]
    else:
        items = [AgendaItem(**f, behaviour="") for f in found]  # "": not judged yet
    items.sort(key=lambda i: (_ORDER[i.reason], -i.days_overdue, -i.open_cents, i.name))

    if with_behaviour:
        holiday_names.prime(session, as_of.year, settings.hours.subdivision)
    allowed, note = _contact_hours(settings.hours, as_of, now) if with_behaviour else (True, "")
    customers = int(plain_value(session, "SELECT count(*) FROM customer"))
    return Agenda(as_of, items, allowed, note, resting, paused, customers, Totals.of(rows))


def _contact_hours(hours: ContactHours, as_of: date, now: datetime | None) -> tuple[bool, str]:
    moment = now if now is not None and now.date() == as_of else datetime.combine(as_of, time(12))
    return contact_allowed(moment, hours)


def todays_agenda(
    db: Database,
    as_of: date | None = None,
    now: datetime | None = None,
    with_behaviour: bool = True,
) -> Agenda:
    """The agenda for `as_of` (default today); `now` judges the contact hours.

    Without behaviour, items carry an empty label and the contact hours are not judged (the
    holiday calendar takes a fifth of a second to load the first time): the screen shows the
    list first and `label_agenda` fills both in right after.
    """
    now = now or datetime.now()
    as_of = as_of or now.date()
    with db.query() as read:
        return agenda_in(read, as_of, now, with_behaviour=with_behaviour)


def label_agenda(db: Database, agenda: Agenda, now: datetime | None = None) -> Agenda:
    """The same agenda with every item's behaviour label, and the contact hours judged at
    `now` (default: now)."""
    days = {item.customer_id: item.days_overdue for item in agenda.items}
    with db.query() as read:
        labels = behaviour_labels(read, agenda.as_of, days) if days else {}
        shop = shop_in(read)
        hours = settings_in(read, shop.uf if shop is not None and shop.uf else None).hours
        years = (agenda.as_of.year, agenda.as_of.year + 1)  # the next contact day may be in January
        missing = [y for y in years if not holiday_names.prime(read, y, hours.subdivision)]
    for year in missing:
        holiday_names.keep(db, year, hours.subdivision)
    holiday_names.keep_unkept(db)  # those computed before the file's check had passed
    allowed, note = _contact_hours(hours, agenda.as_of, now or datetime.now())
    items = [replace(item, behaviour=labels[item.customer_id]) for item in agenda.items]
    return replace(agenda, items=items, contact_allowed=allowed, contact_note=note)
