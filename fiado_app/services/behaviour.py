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

Speed: one window pass over the customers' sales and credits, read from the covering index
ix_entry_ledger (a reversed entry is told by `reversed_on`, set together with `reversed_by_id`);
customers already "Inadimplente" by their days overdue are not counted at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.domain.vocabulary import ALWAYS_LATE, DEFAULTER, NO_HISTORY, PUNCTUAL, SOMETIMES_LATE

GRACE_DAYS = 3
WINDOW_DAYS = 365
DEFAULTER_DAYS = 60
ALWAYS_LATE_SHARE = 0.6

# One pass per customer over their sales and credits merged by date: a credit counts for a
# sale when it was made by the sale's due date plus the grace days, so each credit is placed
# at its date minus the grace (before a sale on the same day). At each sale, `sold` is every
# sale due up to it (oldest due first, as credits settle them) and `paid` every credit placed
# up to it; the sale was paid on time when `paid` covers `sold`. (The first version summed
# the credits again for every sale in a correlated subquery: 0.6–0.7 s against 0.37 s on
# the 10,000-customer demo, same counts.)
_QUERY = """
WITH events AS (
    SELECT e.customer_id AS customer_id, e.due_date AS day, 1 AS is_sale, e.id AS id,
           e.amount_cents AS cents
    FROM entry AS e
    WHERE e.kind = 'sale' AND e.reversed_on IS NULL AND e.date <= :as_of {filter}
    UNION ALL
    SELECT e.customer_id, date(e.date, :grace_back), 0, e.id, e.amount_cents
    FROM entry AS e
    WHERE e.kind IN ('payment', 'discount') AND e.reversed_on IS NULL {filter}
), running AS (
    SELECT customer_id, day, is_sale,
           SUM(is_sale * cents) OVER walk AS sold,
           SUM((1 - is_sale) * cents) OVER walk AS paid
    FROM events
    WINDOW walk AS (PARTITION BY customer_id ORDER BY day, is_sale, id ROWS UNBOUNDED PRECEDING)
)
SELECT customer_id, COUNT(*) AS judged, SUM(paid < sold) AS late
FROM running
WHERE is_sale = 1 AND day >= :start AND day < :judge_before
GROUP BY customer_id
"""


def late_counts(
    session: Session, as_of: date, customer_ids: Iterable[int] | None = None
) -> dict[int, tuple[int, int]]:
    """customer id -> (sales judged, sales paid late) over the last 12 months."""
    params: dict[str, object] = {
        "as_of": as_of.isoformat(),
        "grace_back": f"-{GRACE_DAYS} day",
        "start": (as_of - timedelta(days=WINDOW_DAYS)).isoformat(),
        "judge_before": (as_of - timedelta(days=GRACE_DAYS)).isoformat(),
    }
    where = ""
    if customer_ids is not None:
        ids = sorted({int(i) for i in customer_ids})
        if not ids:
            return {}
        where = f"AND e.customer_id IN ({', '.join(str(i) for i in ids)})"
    rows = session.execute(text(_QUERY.format(filter=where)), params)
    return {r.customer_id: (int(r.judged), int(r.late or 0)) for r in rows}


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


def behaviour_labels(session: Session, as_of: date, days_overdue: dict[int, int]) -> dict[int, str]:
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
    with db.read() as session:
        return behaviour_labels(session, as_of, {customer_id: days_overdue})[customer_id]
