"""Who owes what on a date.

Credits (payments, discounts) settle sales oldest due first, so on any date a customer's
overdue amount is what their sales due before that date exceed their credits by.

On today's dates each customer's checkpoint (domain/checkpoint.py) gives the position: the open
amount, the oldest open due date and the last payment as they stood on its day, plus the sales
that have fallen due since (one index range, for the few who have one). Customers whose
checkpoint does not hold on the date (a past date, usually) are derived from every entry: one
aggregate pass (for everyone, shared by two connections, each summing half of the customers on
its own core: `_whole_rows`), then their oldest open sale found from the newest end (walking sales newest
first, it is the one where the running total first reaches what is open; the walk starts with
recent due dates and widens only for the customers it has not settled yet).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from fiado_app.db.engine import Database
from fiado_app.db.plain import PlainReader, Reads, plain_column, plain_rows
from fiado_app.domain.aging import bucket_for
from fiado_app.domain.records import ReceivableRow, ReceivablesReport

_ACTIVE = "e.date <= :as_of AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)"

# What both paths add up per customer, over the entries they read.
_SUMS = """SUM(e.amount_cents) FILTER (WHERE e.kind = 'sale') AS sales,
           SUM(e.amount_cents) FILTER (WHERE e.kind = 'sale' AND e.due_date < :as_of)
               AS sales_due,
           SUM(e.amount_cents) FILTER (WHERE e.kind IN ('payment', 'discount')) AS credits,
           MAX(e.date) FILTER (WHERE e.kind = 'payment') AS last_payment"""

# Today's path (domain/checkpoint.py): the position each checkpoint holds; the overdue amount
# adds what has fallen due since it was taken, from its `upcoming` sales (`Checkpoint.overdue_on`
# in SQL, read only when one has), so that SQLite gives the rows in the screens' order.
_HELD = "cp.since <= :as_of AND (cp.moves_on IS NULL OR cp.moves_on > :as_of)"
_FALLEN_DUE = """CASE WHEN cp.next_due < :as_of THEN (
    SELECT IFNULL(SUM(json_extract(u.value, '$[1]')), 0) FROM json_each(cp.upcoming) AS u
    WHERE json_extract(u.value, '$[0]') < :as_of) ELSE 0 END"""
_CHECKPOINT_QUERY = f"""
SELECT c.id, {{names}}, c.credit_limit_cents, cp.open_cents,
       MAX(cp.carry_cents + {_FALLEN_DUE}, 0) AS overdue_cents, cp.last_payment, cp.oldest_due
FROM ledger_checkpoint AS cp
JOIN customer AS c ON c.id = cp.customer_id
WHERE {_HELD} AND cp.open_cents != 0 {{scope_filter}}
ORDER BY overdue_cents DESC, cp.open_cents DESC, c.name
"""
# Turning names and phones into Python's strings is a third of the query: who only counts skips
# them (the rows are ordered by name all the same).
_NAMES, _NO_NAMES = "c.name, c.nickname, c.phone", "'', '', NULL"

# Who is read whole: no checkpoint (never had an entry, usually) or one that does not hold.
_NOT_HELD = f"""
SELECT c.id FROM customer AS c LEFT JOIN ledger_checkpoint AS cp ON cp.customer_id = c.id
WHERE (cp.customer_id IS NULL OR NOT ({_HELD})) {{scope_filter}}
"""

# Up to how many customers are read whole one by one (through the customer index).
_FEW_WHOLE = 2_000

# The whole history (what the checkpoints must agree with; past dates use it too).
_WHOLE_QUERY = f"""
WITH agg AS (
    SELECT e.customer_id AS customer_id,
           {_SUMS}
    FROM entry AS e
    WHERE {_ACTIVE} AND e.kind != 'reversal' {{entry_filter}}
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
_NEWEST_SALES = f"""
SELECT e.customer_id, e.due_date, e.amount_cents
FROM json_each(:ids) AS j
JOIN entry AS e ON e.customer_id = j.value AND e.kind = 'sale' AND e.due_date >= :cut
WHERE {_ACTIVE}
ORDER BY e.customer_id, e.due_date DESC, e.id DESC
"""
# How far back each round of the walk reads (days before the as-of date); the last reads all.
_ROUNDS = (30, 75, 200, None)


def oldest_open_dues(session: Reads, as_of: date, open_cents: dict[int, int]) -> dict[int, date]:
    """The oldest open due date of each customer given with what they have open (> 0)."""
    found: dict[int, date] = {}
    pending = {cid: cents for cid, cents in open_cents.items() if cents > 0}
    for days in _ROUNDS:
        if not pending:
            break
        cut = date.min if days is None else as_of - timedelta(days=days)
        rows = plain_rows(
            session,
            _NEWEST_SALES,
            {
                "ids": json.dumps(sorted(pending)),
                "cut": cut.isoformat(),
                "as_of": as_of.isoformat(),
            },
        )
        found.update(_walk(rows, pending, final=days is None))
        pending = {cid: cents for cid, cents in pending.items() if cid not in found}
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
    if value is None or isinstance(value, date):
        return value
    return _parsed(str(value))


@lru_cache(maxsize=4096)
def _parsed(value: str) -> date:
    """A stored date (thousands of rows share a few hundred days: each is parsed once)."""
    return date.fromisoformat(value[:10])


# Every sale, payment and discount read once: on a long history, most of a second. Read for
# everyone, the pass is shared by two connections, each summing half of the customers.
_HALF = "AND e.customer_id {} (SELECT MAX(id) / 2 FROM customer)"
_SAME_ENTRIES = "SELECT MAX(id) FROM entry"  # what every ledger write changes


def _whole_rows(session: Reads, params: dict[str, object], entry_filter: str) -> list[tuple]:
    """The rows of the whole-history query, in its order."""
    if entry_filter or not isinstance(session, PlainReader):
        return plain_rows(session, _WHOLE_QUERY.format(entry_filter=entry_filter), params)
    with session.alongside(_SAME_ENTRIES) as other:
        if other is None:
            return plain_rows(session, _WHOLE_QUERY.format(entry_filter=""), params)
        upper: list[tuple] = []
        failed: list[BaseException] = []
        upper_sql = _WHOLE_QUERY.format(entry_filter=_HALF.format(">"))

        def read_upper() -> None:
            try:
                upper.extend(other.rows(upper_sql, params))
            except BaseException as exc:  # raised below, on the caller's thread
                failed.append(exc)

        worker = threading.Thread(target=read_upper, name="receivables-upper-half")
        worker.start()
        try:
            lower = session.rows(_WHOLE_QUERY.format(entry_filter=_HALF.format("<=")), params)
        finally:
            worker.join()
        if failed:
            raise failed[0]
    # Both halves come in the query's order: merged by it (overdue, open, then name).
    return sorted([*lower, *upper], key=lambda r: (-r[6], -r[5], r[1]))


def receivable_rows(
    session: Reads,
    as_of: date,
    customer_id: int | None = None,
    *,
    whole_history: bool = False,
    named: bool = True,
) -> list[ReceivableRow]:
    """Every customer's (or one customer's) position on `as_of`, ordered by what is overdue,
    then open, then name; from the checkpoints where they hold, `whole_history` derives it from
    every entry instead (the same answer, slower). Not `named`: rows from the checkpoints may
    carry empty names and no phone (for who only counts, or looks up the few it shows)."""
    params: dict[str, object] = {"as_of": as_of.isoformat()}
    scope = ""
    if customer_id is not None:
        scope = "AND c.id = :customer_id"
        params["customer_id"] = customer_id
    held: list = []
    entry_filter = "" if customer_id is None else "AND e.customer_id = :customer_id"
    unheld: set[int] | None = None  # None: everyone read whole
    if not whole_history:
        held = plain_rows(
            session,
            _CHECKPOINT_QUERY.format(scope_filter=scope, names=_NAMES if named else _NO_NAMES),
            params,
        )
        unheld = set(plain_column(session, _NOT_HELD.format(scope_filter=scope), params))
        if len(unheld) <= _FEW_WHOLE:  # else one pass over everything is quicker than probes
            params["ids"] = json.dumps(sorted(unheld))
            entry_filter = "AND e.customer_id IN (SELECT value FROM json_each(:ids))"
    whole = []
    if unheld is None or unheld:
        found = _whole_rows(session, params, entry_filter)
        whole = [r for r in found if unheld is None or r[0] in unheld]
    oldest_dues = oldest_open_dues(session, as_of, {r[0]: r[5] for r in whole})
    rows = [
        _row(as_of, cid, name, nick, phone, limit, open_, overdue, paid, oldest_dues.get(cid))
        for cid, name, nick, phone, limit, open_, overdue, paid in whole
    ]
    if held:  # both queries give their rows in order: only a mix needs sorting
        ordered = not rows
        rows.extend(_row(as_of, *r) for r in held)
        if not ordered:
            rows.sort(key=lambda r: (-r.overdue_cents, -r.open_cents, r.name))
    return rows


def _row(
    as_of: date,
    customer_id: int,
    name: str,
    nickname: str,
    phone: str | None,
    limit: int | None,
    open_cents: int,
    overdue_cents: int,
    last_payment: object,
    oldest_due: object,
) -> ReceivableRow:
    """A row from a customer's columns and position, as both queries give them."""
    oldest = _to_date(oldest_due)
    days = (as_of - oldest).days if oldest is not None and oldest < as_of else 0
    return ReceivableRow(
        customer_id,
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


def receivables(db: Database, as_of: date | None = None) -> ReceivablesReport:
    """Every customer whose balance is not zero on `as_of` (default today), with totals."""
    as_of = as_of or date.today()
    with db.query() as session:
        return ReceivablesReport.of(as_of, receivable_rows(session, as_of))


def customer_position(db: Database, customer_id: int, as_of: date | None = None) -> ReceivableRow:
    """One customer's position (a zero row when they owe nothing)."""
    as_of = as_of or date.today()
    with db.query() as session:
        rows = receivable_rows(session, as_of, customer_id)
        if rows:
            return rows[0]
        name, nickname, phone, limit = plain_rows(
            session,
            "SELECT name, nickname, phone, credit_limit_cents FROM customer WHERE id = :id",
            {"id": customer_id},
        )[0]
    return ReceivableRow(
        customer_id, name, nickname, phone, 0, 0, None, None, 0, "a_vencer", None, limit
    )


def rows_for(
    db: Database, customer_ids: Iterable[int], as_of: date
) -> dict[int, ReceivableRow | None]:
    """The receivable row of each of these customers on `as_of` (None: they owe nothing), in one
    read transaction: what a view re-reads after a write touched them."""
    with db.query() as session:
        found = {cid: receivable_rows(session, as_of, cid) for cid in customer_ids}
    return {cid: rows[0] if rows else None for cid, rows in found.items()}
