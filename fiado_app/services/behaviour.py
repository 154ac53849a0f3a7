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

Speed: both lookups are served by the covering index ix_entry_ledger (a reversed entry is told
by `reversed_on`, set together with `reversed_by_id`), and customers already "Inadimplente" by
their days overdue are not counted at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from fiado_app.services.collection_records import (
    ALWAYS_LATE,
    DEFAULTER,
    NO_HISTORY,
    PUNCTUAL,
    SOMETIMES_LATE,
)

GRACE_DAYS = 3
WINDOW_DAYS = 365
DEFAULTER_DAYS = 60
ALWAYS_LATE_SHARE = 0.6

_QUERY = """
WITH sales AS (
    SELECT e.customer_id AS customer_id, e.due_date AS due_date,
           SUM(e.amount_cents) OVER (
               PARTITION BY e.customer_id ORDER BY e.due_date, e.id ROWS UNBOUNDED PRECEDING
           ) AS total
    FROM entry AS e
    WHERE e.kind = 'sale' AND e.reversed_on IS NULL AND e.date <= :as_of {filter}
)
SELECT s.customer_id AS customer_id, COUNT(*) AS judged,
       SUM(
           (SELECT COALESCE(SUM(c.amount_cents), 0) FROM entry AS c
            WHERE c.customer_id = s.customer_id AND c.kind IN ('payment', 'discount')
              AND c.reversed_on IS NULL AND c.date <= date(s.due_date, :grace))
           < s.total
       ) AS late
FROM sales AS s
WHERE s.due_date >= :start AND s.due_date < :judge_before
GROUP BY s.customer_id
"""


def late_counts(
    session: Session, as_of: date, customer_ids: Iterable[int] | None = None
) -> dict[int, tuple[int, int]]:
    """customer id -> (sales judged, sales paid late) over the last 12 months."""
    params: dict[str, object] = {
        "as_of": as_of.isoformat(),
        "grace": f"+{GRACE_DAYS} day",
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
