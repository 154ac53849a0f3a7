"""A simple behaviour label from the last 12 months of history, counted by SQL.

Rule (documented for the owner):
- Each sale whose due date falls in the 12 months before the day (and at least 3 days ago) is
  judged "paid on time" when the customer's payments and discounts up to 3 days after its due
  date cover it (credits settle the oldest sales first, as everywhere in Fiado).
- "Inadimplente": something has been overdue for more than 60 days today.
- "Atrasa sempre": at least 2 judged sales and 60 % or more of them late.
- "Esquece às vezes": at least one judged sale late.
- "Pontual": every judged sale paid on time.
- "Sem histórico": no sale due in the period yet.

Speed: one window pass over the customers' sales and credits (a reversed entry is told by
`reversed_on`, set together with `reversed_by_id`); customers already "Inadimplente" by their
days overdue are not counted at all. Only the last 12 months are read: what came before adds
the same amount to every comparison, the customer's balance then, which their checkpoint gives
(domain/checkpoint.py: the open amount minus the recent sales plus the recent credits).
Customers whose checkpoint does not hold on the day are read whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from itertools import groupby
from operator import itemgetter

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads, plain_column, plain_rows
from fiado_app.domain.payment_day import usual_payment_day
from fiado_app.domain.vocabulary import ALWAYS_LATE, DEFAULTER, NO_HISTORY, PUNCTUAL, SOMETIMES_LATE

GRACE_DAYS = 3
WINDOW_DAYS = 365
DEFAULTER_DAYS = 60
ALWAYS_LATE_SHARE = 0.6

# One walk per customer over their sales and credits merged by date: a credit counts for a
# sale when it was made by the sale's due date plus the grace days, so each credit is placed
# at its date minus the grace (before a sale on the same day). At each sale, `sold` is every
# sale due up to it (oldest due first, as credits settle them; same day: in the order they were
# recorded) and `paid` every credit placed up to it; the sale was paid on time when `paid`
# covers `sold`. Customers whose checkpoint holds with nothing dated after it are read from the
# 12 months judged only: `sold` then starts at their balance just before them, which is their
# open amount now less the sales read plus the credits read. (Walked in Python over rows read
# in the order SQLite sorts them in: the SQL window function did the same in twice the time.)
_SALES = """
SELECT e.customer_id, e.due_date, e.amount_cents
FROM json_each(:ids) AS j CROSS JOIN entry AS e
WHERE e.customer_id = j.value AND e.kind = 'sale' AND e.reversed_on IS NULL
    AND e.date <= :as_of AND e.due_date >= :sales_from
ORDER BY e.customer_id, e.due_date, e.id
"""
_CREDITS = """
SELECT e.customer_id, date(e.date, :grace_back), e.amount_cents
FROM json_each(:ids) AS j CROSS JOIN entry AS e
WHERE e.customer_id = j.value AND e.kind IN ('payment', 'discount') AND e.reversed_on IS NULL
    AND e.date >= :credits_from
ORDER BY e.customer_id, e.date
"""
# Whose checkpoint holds with nothing dated after it, and their open amount.
_HELD = """
SELECT cp.customer_id, cp.open_cents FROM json_each(:ids) AS j
JOIN ledger_checkpoint AS cp ON cp.customer_id = j.value
WHERE cp.since <= :as_of AND cp.moves_on IS NULL
"""
_EVERYTHING = date.min.isoformat()


def late_counts(
    session: Reads,
    as_of: date,
    customer_ids: Iterable[int] | None = None,
    *,
    whole_history: bool = False,
) -> dict[int, tuple[int, int]]:
    """customer id -> (sales judged, sales paid late) over the last 12 months, for those with a
    sale judged; `whole_history` reads every entry (the same answer, slower)."""
    start = as_of - timedelta(days=WINDOW_DAYS)
    if customer_ids is None:
        customer_ids = plain_column(session, "SELECT id FROM customer")
    asked = sorted({int(i) for i in customer_ids})
    params: dict[str, object] = {
        "as_of": as_of.isoformat(),
        "grace_back": f"-{GRACE_DAYS} day",
        "ids": json.dumps(asked),
    }
    held: dict[int, int] = {}
    if not whole_history and asked:
        held = dict(plain_rows(session, _HELD, params))
    found: dict[int, tuple[int, int]] = {}
    window = (start.isoformat(), (as_of - timedelta(days=GRACE_DAYS)).isoformat())
    recent = {
        "ids": json.dumps(sorted(held)),
        "sales_from": start.isoformat(),
        "credits_from": (start + timedelta(days=GRACE_DAYS)).isoformat(),
    }
    whole = {
        "ids": json.dumps([cid for cid in asked if cid not in held]),
        "sales_from": _EVERYTHING,
        "credits_from": _EVERYTHING,
    }
    for part, balances in ((recent, held), (whole, None)):
        if part["ids"] == "[]":
            continue
        params.update(part)
        sales = plain_rows(session, _SALES, params)
        credits = plain_rows(session, _CREDITS, params)
        found.update(_judge(sales, credits, balances, *window))
    return found


def _judge(
    sales: list[tuple], credits: list[tuple], balances: dict[int, int] | None, start: str, end: str
) -> Iterator[tuple[int, tuple[int, int]]]:
    """(customer, (judged, late)) from their sales (customer, due, cents) and credits
    (customer, placed, cents), in the queries' order; `balances`: their open amounts when only
    recent rows were read (None: every row was)."""
    placed = {cid: list(rows) for cid, rows in groupby(credits, key=itemgetter(0))}
    for cid, rows in groupby(sales, key=itemgetter(0)):
        their_sales = list(rows)
        their_credits = placed.get(cid, [])
        sold = 0
        if balances is not None:  # the balance before the rows read
            sold = balances[cid] - sum(r[2] for r in their_sales) + sum(r[2] for r in their_credits)
        paid = i = judged = late = 0
        for _cid, due, cents in their_sales:
            sold += cents
            while i < len(their_credits) and their_credits[i][1] <= due:
                paid += their_credits[i][2]
                i += 1
            if start <= due < end:
                judged += 1
                late += paid < sold
        if judged:
            yield cid, (judged, late)


def label(judged: int, late: int, days_overdue: int) -> str:
    if days_overdue > DEFAULTER_DAYS:
        return DEFAULTER
    if judged == 0:
        return NO_HISTORY
    if judged >= 2 and late / judged >= ALWAYS_LATE_SHARE:
        return ALWAYS_LATE
    if late > 0:
        return SOMETIMES_LATE
    return PUNCTUAL


def behaviour_labels(session: Reads, as_of: date, days_overdue: dict[int, int]) -> dict[int, str]:
    """Labels for the given customers (id -> days overdue today)."""
    # A customer overdue for more than 60 days is "Inadimplente" whatever the history says:
    # only the others need their sales judged.
    judged = [cid for cid, days in days_overdue.items() if days <= DEFAULTER_DAYS]
    counts = late_counts(session, as_of, judged)
    return {
        cid: label(*counts.get(cid, (0, 0)), days_overdue=days)
        for cid, days in days_overdue.items()
    }


def customer_behaviour(db: Database, customer_id: int, as_of: date, days_overdue: int) -> str:
    """One customer's behaviour label (a cheap query)."""
    with db.query() as session:
        return behaviour_labels(session, as_of, {customer_id: days_overdue})[customer_id]


_PAYMENT_DAYS = """
SELECT e.date FROM entry AS e
WHERE e.customer_id = :customer_id AND e.kind = 'payment' AND e.date > :since
  AND e.date <= :as_of AND e.reversed_by_id IS NULL
"""


def customer_payment_day(db: Database, customer_id: int, as_of: date) -> int | None:
    """The day of the month the customer's payments of the last 12 months cluster around
    (domain/payment_day.py), or None."""
    params = {
        "customer_id": customer_id,
        "since": (as_of - timedelta(days=365)).isoformat(),
        "as_of": as_of.isoformat(),
    }
    with db.query() as session:
        days = [date.fromisoformat(str(d)) for (d,) in plain_rows(session, _PAYMENT_DAYS, params)]
    return usual_payment_day(days)
