"""A customer's statement: every entry with a running balance (reversed ones stay, marked)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from fiado_app.db.engine import Database
from fiado_app.db.models import Entry
from fiado_app.domain.records import Statement, StatementLine
from fiado_app.domain.vocabulary import (
    DISCOUNT,
    PAYMENT,
    REVERSAL,
    SALE,
)
from fiado_app.services.customers import customer_record, load_customer
from fiado_app.services.ledger import entry_record


def _delta(entry: Entry, reversed_kinds: dict[int, str]) -> int:
    if entry.kind == SALE:
        return entry.amount_cents
    if entry.kind in (PAYMENT, DISCOUNT):
        return -entry.amount_cents
    assert entry.kind == REVERSAL and entry.reverses_id is not None
    # A reversal undoes the effect of what it reverses.
    return -entry.amount_cents if reversed_kinds[entry.reverses_id] == SALE else entry.amount_cents


def statement(
    db: Database, customer_id: int, start: date | None = None, end: date | None = None
) -> Statement:
    with db.read() as session:
        customer = customer_record(load_customer(session, customer_id))
        entries = list(
            session.scalars(
                select(Entry).where(Entry.customer_id == customer_id).order_by(Entry.date, Entry.id)
            )
        )
    kinds = {e.id: e.kind for e in entries}
    opening = 0
    balance = 0
    lines: list[StatementLine] = []
    for entry in entries:
        delta = _delta(entry, kinds)
        if start is not None and entry.date < start:
            opening += delta
            balance += delta
            continue
        if end is not None and entry.date > end:
            break
        balance += delta
        lines.append(StatementLine(entry_record(entry), delta, balance))
    return Statement(customer, start, end, opening, lines, balance)
