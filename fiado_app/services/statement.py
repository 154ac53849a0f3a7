"""A customer's statement: every entry with a running balance (reversed ones stay, marked).

An agreement's line takes the sales it settled off the balance (they stay listed, marked
"liquidada pelo acordo nº N"), less what was already settled at that moment (the entrada, the
discount and earlier payments: their own lines show them); its instalments follow as sales.
A broken agreement's early due date works the same way: the new line replaces the instalments
it brought forward.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select

from fiado_app.db.engine import Database
from fiado_app.db.models import Agreement, Entry
from fiado_app.domain.records import Statement, StatementLine
from fiado_app.domain.vocabulary import AGREEMENT, DISCOUNT, PAYMENT, REVERSAL, SALE
from fiado_app.services.customers import customer_record, load_customer
from fiado_app.services.ledger import entry_record


def _never_counted(entry: Entry, by_id: dict[int, Entry]) -> bool:
    """A mistake reversed: it stops counting on its own date, so it never counted."""
    if entry.reversed_on is None or entry.reversed_on > entry.date:
        return False
    reverser = by_id.get(entry.reversed_by_id or 0)
    return reverser is None or reverser.kind == REVERSAL


def _counts(entry: Entry, by_id: dict[int, Entry]) -> bool:
    """Whether the line changes the running balance. A mistake and its reversal do not (both
    lines stay, the mistake struck through): the balance on every line between them is then
    what the customer really owed. A bounced payment counted until it bounced: its line lowers
    the balance and its reversal, dated the day it bounced, raises it again."""
    target = by_id[entry.reverses_id] if entry.reverses_id is not None else entry
    return not _never_counted(target, by_id)


def _delta(entry: Entry, by_id: dict[int, Entry], replaced: dict[int, int]) -> int:
    """The line's own amount, signed: + what it adds to the debt, - what it takes off."""
    if entry.kind == REVERSAL:
        assert entry.reverses_id is not None
        target = by_id[entry.reverses_id]
        if target.kind == AGREEMENT:
            return 0
        return -target.amount_cents if target.kind == SALE else target.amount_cents
    if entry.kind == SALE:
        return entry.amount_cents - replaced.get(entry.id, 0)
    if entry.kind in (PAYMENT, DISCOUNT):
        return -entry.amount_cents
    if entry.kind == AGREEMENT:
        return -replaced.get(entry.id, 0)
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
        agreements = {
            a.entry_id: a
            for a in session.scalars(select(Agreement).where(Agreement.customer_id == customer_id))
        }
    by_id = {e.id: e for e in entries}
    # What an agreement (or a broken agreement's early due date) took off: the sales it
    # replaced, less the settled part it wrote as an already-paid sale (left off the lines).
    replaced: dict[int, int] = defaultdict(int)
    notes: dict[int, str] = {}
    hidden: set[int] = set()
    for entry in entries:
        reverser = by_id.get(entry.reversed_by_id or 0)
        if reverser is None or reverser.kind == REVERSAL:
            continue
        replaced[reverser.id] += entry.amount_cents
        if reverser.kind == AGREEMENT and reverser.id in agreements:
            notes[entry.id] = f"liquidada pelo acordo nº {agreements[reverser.id].id}"
        else:
            notes[entry.id] = "vencimento antecipado: acordo rompido"
    for own_id, agreement in agreements.items():
        if agreement.balance_entry_id is None:
            continue
        hidden.add(agreement.balance_entry_id)  # already settled when written: shown by the others
        if own_id is not None and agreement.undone_by_id is None:
            replaced[own_id] -= by_id[agreement.balance_entry_id].amount_cents
    opening = 0
    balance = 0
    lines: list[StatementLine] = []
    for entry in entries:
        if entry.id in hidden:
            continue
        delta = _delta(entry, by_id, replaced)
        counted = delta if _counts(entry, by_id) else 0
        if start is not None and entry.date < start:
            opening += counted
            balance += counted
            continue
        if end is not None and entry.date > end:
            break
        balance += counted
        lines.append(
            StatementLine(entry_record(entry), delta, balance, counted, notes.get(entry.id, ""))
        )
    return Statement(customer, start, end, opening, lines, balance)
