"""Who owes what on a date: one aggregate pass over the ledger, then the tails of open sales.

Credits (payments, discounts) settle sales oldest due first, so on any date a customer's
overdue amount is what their sales due before that date exceed their credits by. Their oldest
open sale is found from the newest end: walking sales newest first, it is the one where the
running total first reaches what is open. Usually only the last few sales are read; the walk
starts with recent due dates and widens only for the customers it has not settled yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.domain.aging import bucket_for
from fiado_app.domain.records import ReceivableRow, ReceivablesReport

_ACTIVE = "e.date <= :as_of AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)"

# What both paths add up per customer, over the entries they read.
_SUMS = """SUM(e.amount_cents) FILTER (WHERE e.kind = 'sale') AS sales,
           SUM(e.amount_cents) FILTER (WHERE e.kind = 'sale' AND e.due_date < :as_of)
               AS sales_due,
           SUM(e.amount_cents) FILTER (WHERE e.kind != 'sale') AS credits,
           MAX(e.date) FILTER (WHERE e.kind = 'payment') AS last_payment"""

# Today's path (domain/checkpoint.py): each customer's checkpoint carry, plus the entries of the
# tail (dated from the checkpoint on, or sales not yet due on it). A customer without a
# checkpoint, or asked about a date before it, is read whole.
_TAIL_QUERY = f"""
WITH scope AS (
    SELECT c0.id AS customer_id,
           CASE WHEN cp.since <= :as_of THEN cp.since END AS since,
           CASE WHEN cp.since <= :as_of THEN cp.carry_cents ELSE 0 END AS carry,
           CASE WHEN cp.since <= :as_of THEN cp.last_payment END AS kept_payment
    FROM customer AS c0
    LEFT JOIN ledger_checkpoint AS cp ON cp.customer_id = c0.id
    WHERE 1 {{scope_filter}}
),
tail AS (
    SELECT e.customer_id, e.kind, e.amount_cents, e.due_date, e.date
    FROM scope AS s CROSS JOIN entry AS e  -- CROSS: SQLite keeps this order
    WHERE e.customer_id = s.customer_id AND e.date >= IFNULL(s.since, '0001-01-01')
        AND {_ACTIVE} AND e.kind != 'reversal'
    UNION ALL
    SELECT e.customer_id, e.kind, e.amount_cents, e.due_date, e.date
    FROM scope AS s CROSS JOIN entry AS e
    WHERE s.since IS NOT NULL AND e.customer_id = s.customer_id AND e.kind = 'sale'
        AND e.due_date >= s.since AND e.date < s.since AND {_ACTIVE}
),
agg AS (
    SELECT e.customer_id AS customer_id,
           {_SUMS}
    FROM tail AS e
    GROUP BY e.customer_id
),
totals AS (
    SELECT s.customer_id,
           s.carry + IFNULL(a.sales, 0) - IFNULL(a.credits, 0) AS open_cents,
           MAX(s.carry + IFNULL(a.sales_due, 0) - IFNULL(a.credits, 0), 0) AS overdue_cents,
           NULLIF(MAX(IFNULL(a.last_payment, ''), IFNULL(s.kept_payment, '')), '')
               AS last_payment
    FROM scope AS s LEFT JOIN agg AS a ON a.customer_id = s.customer_id
)
SELECT t.customer_id, c.name, c.nickname, c.phone, c.credit_limit_cents,
       t.open_cents, t.overdue_cents, t.last_payment
FROM totals AS t
JOIN customer AS c ON c.id = t.customer_id
WHERE t.open_cents != 0
ORDER BY t.overdue_cents DESC, t.open_cents DESC, c.name
"""

# The whole history (what the checkpoints must agree with; past dates use it too).
_WHOLE_QUERY = f"""
WITH agg AS (
    SELECT e.customer_id AS customer_id,
           {_SUMS}
    FROM entry AS e
    WHERE {_ACTIVE} AND e.kind != 'reversal' {{customer_filter}}
    GROUP BY e.customer_id
    HAVING IFNULL(sales, 0) != IFNULL(credits, 0)
)
SELECT a.customer_id, c.name, c.nickname, c.phone, c.credit_limit_cents,
       IFNULL(a.sales, 0) - IFNULL(a.credits, 0) AS open_cents,
       MAX(IFNULL(a.sales_due, 0) - IFNULL(a.credits, 0), 0) AS overdue_cents,
       a.last_payment
FROM agg AS a
JOIN customer AS c ON c.id = a.customer_id
ORDER BY overdue_cents DESC, open_cents DESC, c.name
"""

# The newest sales (due on or after :cut) of the given customers, newest first.
_TAIL = f"""
SELECT e.customer_id, e.due_date, e.amount_cents
FROM json_each(:ids) AS j
JOIN entry AS e ON e.customer_id = j.value AND e.kind = 'sale' AND e.due_date >= :cut
WHERE {_ACTIVE}
ORDER BY e.customer_id, e.due_date DESC, e.id DESC
"""
# How far back each round of the walk reads (days before the as-of date); the last reads all.
_ROUNDS = (30, 75, 200, None)


def oldest_open_dues(session: Session, as_of: date, open_cents: dict[int, int]) -> dict[int, date]:
    """The oldest open due date of each customer given with what they have open (> 0)."""
    found: dict[int, date] = {}
    pending = {cid: cents for cid, cents in open_cents.items() if cents > 0}
    # Tens of thousands of short rows: read through the DB-API cursor as plain tuples (about a
    # third faster than building SQLAlchemy rows for a walk that only unpacks them).
    cursor = session.connection().connection.cursor()
    try:
        for days in _ROUNDS:
            if not pending:
                break
            cut = date.min if days is None else as_of - timedelta(days=days)
            rows = cursor.execute(
                _TAIL,
                {
                    "ids": json.dumps(sorted(pending)),
                    "cut": cut.isoformat(),
                    "as_of": as_of.isoformat(),
                },
            ).fetchall()
            found.update(_walk(rows, pending, final=days is None))
            pending = {cid: cents for cid, cents in pending.items() if cid not in found}
    finally:
        cursor.close()
    return found


def _walk(rows: Iterable, open_cents: dict[int, int], *, final: bool) -> dict[int, date]:
    found: dict[int, date] = {}
    current, total, last_due = None, 0, None
    for customer_id, due, cents in rows:
        if customer_id != current:
            if final and current is not None and current not in found and last_due:
                found[current] = _to_date(last_due)  # type: ignore[assignment]
            current, total = customer_id, 0
        if customer_id in found:
            continue
        total += cents
        last_due = due
        if total >= open_cents[customer_id]:
            found[customer_id] = _to_date(due)  # type: ignore[assignment]
    if final and current is not None and current not in found and last_due:
        found[current] = _to_date(last_due)  # type: ignore[assignment]
    return found


def _to_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def receivable_rows(
    session: Session, as_of: date, customer_id: int | None = None, *, whole_history: bool = False
) -> list[ReceivableRow]:
    """Every customer's (or one customer's) position on `as_of`, from the open tails of their
    ledgers; `whole_history` derives it from every entry instead (the same answer, slower)."""
    params: dict[str, object] = {"as_of": as_of.isoformat()}
    customer_filter = ""
    if customer_id is not None:
        customer_filter = "AND e.customer_id = :customer_id"
        params["customer_id"] = customer_id
    if whole_history:
        sql = text(_WHOLE_QUERY.format(customer_filter=customer_filter))
    else:
        scope_filter = "AND c0.id = :customer_id" if customer_id is not None else ""
        sql = text(_TAIL_QUERY.format(scope_filter=scope_filter))
    result = session.execute(sql, params).all()
    oldest_dues = oldest_open_dues(session, as_of, {r[0]: r[5] for r in result})
    rows: list[ReceivableRow] = []
    append = rows.append
    for cid, name, nickname, phone, limit, open_cents, overdue_cents, last_payment in result:
        oldest = oldest_dues.get(cid)
        days = (as_of - oldest).days if oldest is not None and oldest < as_of else 0
        append(
            ReceivableRow(
                cid,
                name,
                nickname,
                phone,
                open_cents,
                overdue_cents,
                oldest,
                oldest if days > 0 else None,
                days,
                bucket_for(days, open_cents),
                _to_date(last_payment),
                limit,
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


def rows_for(
    db: Database, customer_ids: Iterable[int], as_of: date
) -> dict[int, ReceivableRow | None]:
    """The receivable row of each of these customers on `as_of` (None: they owe nothing), in one
    read transaction: what a view re-reads after a write touched them."""
    with db.read() as session:
        found = {cid: receivable_rows(session, as_of, cid) for cid in customer_ids}
    return {cid: rows[0] if rows else None for cid, rows in found.items()}
