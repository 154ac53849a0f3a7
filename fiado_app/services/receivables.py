"""Who owes what on a date: one aggregate pass over the ledger, then one window for due dates.

Credits (payments, discounts) settle sales oldest due first, so on any date a customer's
overdue amount is what their sales due before that date exceed their credits by, and their
oldest open due date is where the running total of sales (by due date) first passes the credits.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.services.records import ReceivableRow, ReceivablesReport, bucket_for

_ACTIVE = "e.date <= :as_of AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)"

_QUERY = f"""
WITH agg AS (
    SELECT e.customer_id AS customer_id,
           SUM(CASE WHEN e.kind = 'sale' THEN e.amount_cents ELSE 0 END) AS sales,
           SUM(CASE WHEN e.kind = 'sale' AND e.due_date < :as_of
                    THEN e.amount_cents ELSE 0 END) AS sales_due,
           SUM(CASE WHEN e.kind IN ('payment', 'discount') THEN e.amount_cents ELSE 0 END)
               AS credits,
           MAX(CASE WHEN e.kind = 'payment' THEN e.date END) AS last_payment
    FROM entry AS e
    WHERE {_ACTIVE} AND e.kind != 'reversal' {{customer_filter}}
    GROUP BY e.customer_id
    HAVING sales != credits
),
running AS (
    SELECT e.customer_id AS customer_id, e.due_date AS due_date,
           SUM(e.amount_cents) OVER (
               PARTITION BY e.customer_id ORDER BY e.due_date, e.id ROWS UNBOUNDED PRECEDING
           ) AS total
    FROM agg AS a JOIN entry AS e ON e.customer_id = a.customer_id AND e.kind = 'sale'
    WHERE a.sales > a.credits AND {_ACTIVE}
),
oldest AS (
    SELECT r.customer_id AS customer_id, MIN(r.due_date) AS oldest_due
    FROM running AS r JOIN agg AS a ON a.customer_id = r.customer_id
    WHERE r.total > a.credits
    GROUP BY r.customer_id
)
SELECT a.customer_id, c.name, c.nickname, c.phone, c.credit_limit_cents,
       a.sales - a.credits AS open_cents,
       MAX(a.sales_due - a.credits, 0) AS overdue_cents,
       o.oldest_due, a.last_payment
FROM agg AS a
JOIN customer AS c ON c.id = a.customer_id
LEFT JOIN oldest AS o ON o.customer_id = a.customer_id
ORDER BY overdue_cents DESC, open_cents DESC, c.name
"""


def _to_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def receivable_rows(
    session: Session, as_of: date, customer_id: int | None = None
) -> list[ReceivableRow]:
    params: dict[str, object] = {"as_of": as_of.isoformat()}
    customer_filter = ""
    if customer_id is not None:
        customer_filter = "AND e.customer_id = :customer_id"
        params["customer_id"] = customer_id
    sql = text(_QUERY.format(customer_filter=customer_filter))
    rows: list[ReceivableRow] = []
    for r in session.execute(sql, params):
        oldest = _to_date(r.oldest_due)
        days = (as_of - oldest).days if oldest is not None and oldest < as_of else 0
        rows.append(
            ReceivableRow(
                customer_id=r.customer_id,
                name=r.name,
                nickname=r.nickname,
                phone=r.phone,
                open_cents=r.open_cents,
                overdue_cents=r.overdue_cents,
                oldest_due=oldest,
                oldest_overdue_due=oldest if days > 0 else None,
                days_overdue=days,
                bucket=bucket_for(days, r.open_cents),
                last_payment=_to_date(r.last_payment),
                credit_limit_cents=r.credit_limit_cents,
            )
        )
    return rows


def receivables(db: Database, as_of: date | None = None) -> ReceivablesReport:
    """Every customer whose balance is not zero on `as_of` (default today), with totals."""
    as_of = as_of or date.today()
    with db.read() as session:
        rows = receivable_rows(session, as_of)
    return ReceivablesReport(
        as_of=as_of,
        rows=rows,
        open_cents=sum(r.open_cents for r in rows),
        overdue_cents=sum(r.overdue_cents for r in rows),
        customers_overdue=sum(1 for r in rows if r.overdue_cents > 0),
    )


def customer_position(db: Database, customer_id: int, as_of: date | None = None) -> ReceivableRow:
    """One customer's position (a zero row when they owe nothing)."""
    as_of = as_of or date.today()
    with db.read() as session:
        rows = receivable_rows(session, as_of, customer_id)
        if rows:
            return rows[0]
        name, nickname, phone, limit = session.execute(
            text("SELECT name, nickname, phone, credit_limit_cents FROM customer WHERE id = :id"),
            {"id": customer_id},
        ).one()
    return ReceivableRow(
        customer_id, name, nickname, phone, 0, 0, None, None, 0, "a_vencer", None, limit
    )
