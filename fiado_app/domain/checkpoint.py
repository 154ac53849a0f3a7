"""Where a customer's open fiado begins: the checkpoint that lets today's numbers read only the
open tail of a long history, with exactly the answers of the whole history.

Credits settle sales oldest due first, and a customer's balance is the sum of what counts. Take a
day D such that, for every date on or after D, the entries dated before D
- add up to zero (everything bought before D was paid before D),
- include no sale due on or after D (so each of them is already due on any date from D), and
- keep the same status (none of them is reversed with effect after D: a bounced payment or a
  mistake recorded later changes the past, and moves the checkpoint back).
Then on any date from D on, those entries change neither the balance, nor the overdue amount,
nor which sales are open; only the last payment date before D is still shown, so it is kept
with the checkpoint. `checkpoint()` finds the latest such D from the customer's entries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from fiado_app.domain.vocabulary import PAYMENT, REVERSAL, SALE


@dataclass(frozen=True)
class Checkpoint:
    since: date  # entries dated before this add nothing on any date from it on
    last_payment: date | None  # the newest counted payment dated before `since`


# (date, kind, amount_cents, due_date, reversed_on) of each entry, in date order.
EntryFacts = tuple[date, str, int, date | None, date | None]


def checkpoint(entries: Iterable[EntryFacts], today: date) -> Checkpoint | None:
    """The latest checkpoint on or before `today` of a customer whose entries are given in date
    order (None: the whole history must be read). A checkpoint stays valid as days pass; the
    next write to the customer moves it forward."""
    found: Checkpoint | None = None
    balance = 0
    max_due: date | None = None
    changes_after: date | None = None  # the latest `reversed_on` among the entries so far
    last_payment: date | None = None
    day: date | None = None
    for on, kind, cents, due, reversed_on in entries:
        if day is not None and on != day and balance == 0:
            found = _candidate(day, on, today, max_due, changes_after, last_payment) or found
        day = on
        if reversed_on is not None:
            changes_after = max(changes_after or reversed_on, reversed_on)
            continue  # a reversed entry stops counting on `reversed_on`: never from D on
        if kind == REVERSAL:
            continue
        if kind == SALE:
            balance += cents
            if due is not None:
                max_due = max(max_due or due, due)
        else:
            balance -= cents
            if kind == PAYMENT:
                last_payment = max(last_payment or on, on)
    if day is not None and balance == 0:
        found = _candidate(day, None, today, max_due, changes_after, last_payment) or found
    return found


def _candidate(
    day: date,
    next_day: date | None,
    today: date,
    max_due: date | None,
    changes_after: date | None,
    last_payment: date | None,
) -> Checkpoint | None:
    """The earliest day D after `day` from which everything up to `day` is settled for good
    (every sale due before D, every reversal in effect by D), if it comes no later than the next
    entry (so that exactly the entries so far are dated before D) and no later than today."""
    since = day + timedelta(days=1)
    if max_due is not None:
        since = max(since, max_due + timedelta(days=1))
    if changes_after is not None:
        since = max(since, changes_after)
    if since > today or (next_day is not None and since > next_day):
        return None
    return Checkpoint(since, last_payment)
