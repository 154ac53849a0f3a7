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


def _never_counted(entry: Entry) -> bool:
    """A mistake reversed: it stops counting on its own date, so it never counted."""
    return entry.reversed_on is not None and entry.reversed_on <= entry.date


def _counts(entry: Entry, by_id: dict[int, Entry]) -> bool:
    """Whether the line changes the running balance. A mistake and its reversal do not (both
    lines stay, the mistake struck through): the balance on every line between them is then
    what the customer really owed. A bounced payment counted until it bounced: its line lowers
    the balance and its reversal, dated the day it bounced, raises it again."""
    target = by_id[entry.reverses_id] if entry.reverses_id is not None else entry
    return not _never_counted(target)


def _delta(entry: Entry, by_id: dict[int, Entry]) -> int:
    """The line's own amount, signed: + what it adds to the debt, - what it takes off."""
    if entry.kind == REVERSAL:
        assert entry.reverses_id is not None
        target = by_id[entry.reverses_id]
        return -target.amount_cents if target.kind == SALE else target.amount_cents
    if entry.kind == SALE:
        return entry.amount_cents
    if entry.kind in (PAYMENT, DISCOUNT):
        return -entry.amount_cents
    raise AssertionError(f"unknown entry kind {entry.kind}")


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
    by_id = {e.id: e for e in entries}
    opening = 0
    balance = 0
    lines: list[StatementLine] = []
    for entry in entries:
        delta = _delta(entry, by_id)
        counted = delta if _counts(entry, by_id) else 0
        if start is not None and entry.date < start:
            opening += counted
            balance += counted
            continue
        if end is not None and entry.date > end:
            break
        balance += counted
        lines.append(StatementLine(entry_record(entry), delta, balance, counted))
    return Statement(customer, start, end, opening, lines, balance)
