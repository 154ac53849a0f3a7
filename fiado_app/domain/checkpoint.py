"""Where a customer's ledger can be summed up: the checkpoint that lets today's numbers read
almost nothing of a long history, with exactly the answers of the whole history.

Credits settle sales oldest due first, so on any date a customer's open amount is their sales
minus their credits, the overdue amount is what the sales already due exceed the credits by,
and the oldest open sale is the first one, by due date, that the credits do not cover.

Take a day D no earlier than any `reversed_on` the customer has. From D on, a reversed entry
never counts again, and an entry dated by D always counts. Split the entries that count into
- the *head*: credits dated by D and sales dated by D that are already due before it;
- the *tail*: sales not yet overdue on D (due on D or later), and anything dated after D.
On every date from D on, the head adds the same amount, `carry_cents` = head sales − head
credits, to the open and to the overdue sums. While nothing dated after D begins to count
(before `moves_on`), the open amount, the oldest open due date and the last payment are those
of D itself, and only the overdue amount moves, as the tail's sales fall due one by one: the
checkpoint keeps them (`upcoming`: due date and amount, a few per customer). So today's
receivables read no entry at all.

Every ledger write stores a new checkpoint at its `today`; entries are never dated after the
day they are written, so `moves_on` is normally empty. Dates before D are derived from every
entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from fiado_app.domain.vocabulary import CREDIT_KINDS, PAYMENT, REVERSAL, SALE


@dataclass(frozen=True)
class Checkpoint:
    since: date  # D
    carry_cents: int  # what the head adds to the open and the overdue amounts from D on
    open_cents: int  # open on D (and until `moves_on`)
    oldest_due: date | None  # the due date of the oldest open sale on D (None: nothing open)
    last_payment: date | None  # the newest payment that counts on D
    upcoming: tuple[tuple[date, int], ...]  # (due, cents) of the sales not overdue on D, by due
    moves_on: date | None  # the first date after D of an entry that counts (None: none)

    @property
    def next_due(self) -> date | None:
        """Until the day after this one, nothing more falls due."""
        return self.upcoming[0][0] if self.upcoming else None

    def holds_on(self, as_of: date) -> bool:
        """Whether this checkpoint gives the position on `as_of` (else: the whole history)."""
        return self.since <= as_of and (self.moves_on is None or as_of < self.moves_on)

    def overdue_on(self, as_of: date) -> int:
        """The overdue amount on a date it holds on."""
        return max(self.carry_cents + sum(c for due, c in self.upcoming if due < as_of), 0)

    def stored(self) -> dict[str, object]:
        """The columns of its `ledger_checkpoint` row (but the customer's id)."""
        return {
            "since": self.since,
            "carry_cents": self.carry_cents,
            "open_cents": self.open_cents,
            "oldest_due": self.oldest_due,
            "last_payment": self.last_payment,
            "next_due": self.next_due,
            "upcoming": upcoming_text(self.upcoming),
            "moves_on": self.moves_on,
        }


def upcoming_text(upcoming: Iterable[tuple[date, int]]) -> str:
    """How `upcoming` is stored: a JSON list of [due date (ISO), cents]."""
    return json.dumps([[due.isoformat(), cents] for due, cents in upcoming])


# (date, kind, amount_cents, due_date, reversed_on) of each entry.
EntryFacts = tuple[date, str, int, date | None, date | None]


def checkpoint(entries: Iterable[EntryFacts], today: date) -> Checkpoint | None:
    """The checkpoint at `today` (or at the latest `reversed_on`, if later) of a customer's
    entries, given oldest first; None for a customer with no entry."""
    facts = list(entries)
    if not facts:
        return None
    since = max([today, *(rev for *_rest, rev in facts if rev is not None)])
    carry = credits = 0
    sales: list[tuple[date, int]] = []
    upcoming: list[tuple[date, int]] = []
    last_payment = moves_on = None
    for on, kind, cents, due, reversed_on in facts:
        if reversed_on is not None or kind == REVERSAL:
            continue  # reversed by D: never counts from D on
        if on > since:
            moves_on = on if moves_on is None else min(moves_on, on)
        elif kind == SALE:
            assert due is not None
            sales.append((due, cents))
            if due < since:
                carry += cents
            else:
                upcoming.append((due, cents))
        elif kind in CREDIT_KINDS:
            carry -= cents
            credits += cents
            if kind == PAYMENT:
                last_payment = on if last_payment is None else max(last_payment, on)
    open_cents = sum(cents for _due, cents in sales) - credits
    return Checkpoint(
        since,
        carry,
        open_cents,
        _oldest_open(sales, credits),
        last_payment,
        tuple(sorted(upcoming, key=lambda sale: sale[0])),
        moves_on,
    )


def _oldest_open(sales: list[tuple[date, int]], credits: int) -> date | None:
    """The due date of the first sale, oldest due first, that `credits` do not cover."""
    covered = 0
    for due, cents in sorted(sales, key=lambda sale: sale[0]):
        covered += cents
        if covered > credits:
            return due
    return None


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def checkpoints_of(rows: Iterable[tuple], today: date) -> Iterator[tuple[int, Checkpoint]]:
    """(customer id, checkpoint) for rows of (customer_id, date, kind, amount_cents, due_date,
    reversed_on) as read from the database, ordered by customer and then date."""
    for customer_id, group in groupby(rows, key=lambda row: row[0]):
        point = checkpoint(map(_fact, group), today)
        if point is not None:
            yield customer_id, point


def _fact(row: tuple) -> EntryFacts:
    _customer_id, on, kind, cents, due, reversed_on = row
    day = _day(on)
    assert day is not None
    return day, kind, cents, _day(due), _day(reversed_on)
