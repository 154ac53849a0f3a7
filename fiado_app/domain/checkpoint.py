"""Where a customer's ledger can be summed up: the checkpoint that lets today's numbers read only
the recent entries of a long history, with exactly the answers of the whole history.

Credits settle sales oldest due first, so on any date a customer's open amount is their sales
minus their credits, and the overdue amount is what the sales already due exceed the credits by.
Take a day D no earlier than any `reversed_on` the customer has, and split the entries that
count from D on into
- the *head*: sales due before D (and bought before it) and credits dated before D, and
- the *tail*: everything else (sales not yet due on D, and whatever is dated from D on).
On every date from D on, each head sale is already due and each head credit already made, and
none of them changes status later (no reversal takes effect after D). So the head adds the same
amount, `carry_cents` = head sales − head credits, to both the open and the overdue sums, and
only the tail has to be read. The newest payment of the head is kept for "último pagamento".

Every ledger write stores a new checkpoint at its `today`, so the tail is what happened since the
customer's last write plus the sales not yet due. Dates before D are derived from every entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from fiado_app.domain.vocabulary import PAYMENT, REVERSAL, SALE


@dataclass(frozen=True)
class Checkpoint:
    since: date  # D: the tail is read from here
    carry_cents: int  # what the head adds to the open and the overdue amounts from D on
    last_payment: date | None  # the newest counted payment of the head


# (date, kind, amount_cents, due_date, reversed_on) of each entry.
EntryFacts = tuple[date, str, int, date | None, date | None]


def checkpoint(entries: Iterable[EntryFacts], today: date) -> Checkpoint | None:
    """The checkpoint at `today` (or at the latest `reversed_on`, if later) of a customer's
    entries; None for a customer with no entry."""
    facts = list(entries)
    if not facts:
        return None
    since = max([today, *(rev for *_rest, rev in facts if rev is not None)])
    carry = 0
    last_payment: date | None = None
    for on, kind, cents, due, reversed_on in facts:
        if reversed_on is not None or kind == REVERSAL or on >= since:
            continue  # reversed by D (so never counted from D on), or in the tail
        if kind == SALE:
            if due is not None and due < since:
                carry += cents
        else:
            carry -= cents
            if kind == PAYMENT:
                last_payment = max(last_payment or on, on)
    return Checkpoint(since, carry, last_payment)
