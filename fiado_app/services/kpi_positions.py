"""Where each customer stood on a past day, worked back from today's position (the
checkpoints) through the entries after that day only, and the replay of a period from there:
the recovered amount, the days to pay, the overdue amount at month ends (docs/kpis.md).
services/kpis.py puts the Painel's numbers together from these."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from fiado_app.db.plain import Reads, plain_rows, plain_value
from fiado_app.domain.agreement import add_months
from fiado_app.domain.kpis import CREDIT, SALE_IN, SALE_OUT, Event, Row, events_of, replay
from fiado_app.services.receivables import receivable_rows

# The replay of a period starts from each customer's position on its first day: what their
# credits before it left after the sales already due (those are settled for good: no later
# sale can be due before them), the sales due from that day on, and — when the credits did not
# reach — the open ones among those already due.
_ACTIVE_BEFORE = """e.date < :start AND (r.kind IS NULL OR r.kind != 'reversal')
    AND (e.kind != 'sale' OR e.reversed_on IS NULL OR e.reversed_on >= :start)"""
_WHO = "SELECT DISTINCT customer_id FROM entry WHERE date BETWEEN :start AND :end"
# Where each customer stood on a day, from today's position and the entries after the day only
# (the history before it is never read): `_position_at` below.
_SALES_DUE_FROM = """
SELECT e.customer_id, SUM(e.amount_cents)
FROM json_each(:ids) AS j
JOIN entry AS e ON e.customer_id = j.value AND e.kind = 'sale' AND e.due_date >= :due_cut
WHERE e.date <= :as_of AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)
GROUP BY e.customer_id
"""
_CREDITS_FROM = """
SELECT e.customer_id, SUM(e.amount_cents)
FROM json_each(:ids) AS j
JOIN entry AS e ON e.customer_id = j.value AND e.date >= :credit_cut AND e.date <= :as_of
WHERE e.kind IN ('payment', 'discount') AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)
GROUP BY e.customer_id
"""
# The entries that stopped counting (few): reversed, or taken off by an agreement or a break.
_STOPPED = """
SELECT e.customer_id, e.kind, e.date, e.due_date, e.amount_cents, e.reversed_on, 'reversal'
FROM entry AS rv JOIN entry AS e ON e.id = rv.reverses_id
WHERE rv.reverses_id IS NOT NULL
UNION ALL
SELECT e.customer_id, e.kind, e.date, e.due_date, e.amount_cents, e.reversed_on, 'agreement'
FROM agreement_sale AS s JOIN entry AS e ON e.id = s.entry_id
WHERE e.reversed_by_id IS NOT NULL AND e.reversed_by_id NOT IN (
    SELECT id FROM entry WHERE kind = 'reversal' AND id = e.reversed_by_id)
UNION ALL
SELECT e.customer_id, e.kind, e.date, e.due_date, e.amount_cents, e.reversed_on, 'agreement'
FROM agreement AS a JOIN entry AS e ON e.reversed_by_id = a.accelerated_entry_id
WHERE a.accelerated_entry_id IS NOT NULL
"""
# An agreement's settled part is the one sale due before its own day: when it is written after
# the day asked, it was not there yet.
_SETTLED_PARTS = """
SELECT e.customer_id, e.date, e.due_date, e.amount_cents, e.reversed_on
FROM agreement AS a JOIN entry AS e ON e.id = a.balance_entry_id
"""
_SALE_COLUMNS = """e.customer_id, e.id, e.date, e.due_date, e.amount_cents, e.reversed_on,
       e.reversed_by_id, r.kind, a.id IS NOT NULL"""
_SALE_JOINS = """FROM entry AS e LEFT JOIN entry AS r ON r.id = e.reversed_by_id
LEFT JOIN agreement AS a ON a.balance_entry_id = e.id"""
_SALES_AHEAD = f"""
SELECT {_SALE_COLUMNS} {_SALE_JOINS}
WHERE e.customer_id IN ({_WHO}) AND e.kind = 'sale' AND e.due_date >= :start AND {_ACTIVE_BEFORE}
"""
# From the newest due: first the last months only (the open ones are usually recent), then, for
# the few not settled by them, what came before.
_SALES_DUE = f"""
SELECT {_SALE_COLUMNS} {_SALE_JOINS}
WHERE e.customer_id IN (SELECT value FROM json_each(:ids)) AND e.kind = 'sale'
  AND e.due_date < :high AND e.due_date >= :low AND {_ACTIVE_BEFORE}
ORDER BY e.customer_id, e.due_date DESC, e.id DESC
"""
_RECENT_DAYS = 120
_IN_PERIOD = """
SELECT e.customer_id, e.id, e.kind, e.date, e.amount_cents, e.due_date, e.reversed_on,
       e.reversed_by_id, r.kind, a.id IS NOT NULL
FROM entry AS e LEFT JOIN entry AS r ON r.id = e.reversed_by_id
LEFT JOIN agreement AS a ON a.balance_entry_id = e.id
WHERE e.date BETWEEN :start AND :end
"""


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _adjust(
    result: dict[int, int],
    due_cut: date,
    credit_cut: date,
    as_of: date,
    stopped: list[tuple[object, ...]],
    settled_parts: list[tuple[object, ...]],
) -> None:
    """What `_position_at` adds for the few entries that stopped counting (or that an agreement
    wrote after the day)."""
    eve = credit_cut - timedelta(days=1)
    for cid, on, due, cents, rev_on in settled_parts:
        dated, due_day, gone = _day(on), _day(due), _day(rev_on)
        if cid not in result or dated is None or due_day is None or dated <= eve:
            continue
        if due_day < due_cut and (gone is None or gone > as_of):
            result[cid] -= int(str(cents))  # counted on `as_of`, not yet that day
    for cid, kind, on, due, cents, rev_on, why in stopped:
        if cid not in result or rev_on is None:
            continue
        dated, stopped_on = _day(on), _day(rev_on)
        assert dated is not None and stopped_on is not None
        if dated > eve:
            continue
        is_sale = kind == "sale"
        due_day = _day(due)
        counts_in = (due_day is not None and due_day < due_cut) if is_sale else True
        if not counts_in:
            continue
        amount = (1 if is_sale else -1) * int(str(cents))
        if eve < stopped_on <= as_of:  # it counted that day, not on `as_of`
            result[cid] += amount
        if why == "reversal" and stopped_on > eve:  # a reversed entry never counts
            result[cid] -= amount


def _position_at(
    session: Reads,
    ids: list[int],
    due_cut: date,
    credit_cut: date,
    as_of: date,
    open_now: dict[int, int],
    stopped: list[tuple[object, ...]],
    settled_parts: list[tuple[object, ...]],
) -> dict[int, int]:
    """For each customer: the sales due before `due_cut` less the credits dated before
    `credit_cut`, as they counted at the end of the day before `credit_cut` (reversed entries
    never count). Worked back from their position on `as_of` (`open_now`) with the entries
    after the day only: the open amount, less the sales due from `due_cut` on, plus the
    credits from `credit_cut` on, plus what stopped counting after that day."""
    params = {
        "ids": json.dumps(ids),
        "due_cut": due_cut.isoformat(),
        "credit_cut": credit_cut.isoformat(),
        "as_of": as_of.isoformat(),
    }
    ahead = dict(plain_rows(session, _SALES_DUE_FROM, params))
    later = dict(plain_rows(session, _CREDITS_FROM, params))
    result = {
        cid: open_now.get(cid, 0) - int(ahead.get(cid) or 0) + int(later.get(cid) or 0)
        for cid in ids
    }
    _adjust(result, due_cut, credit_cut, as_of, stopped, settled_parts)
    return result


@dataclass(frozen=True)
class Today:
    """Where positions are worked back from: a day on or after every entry, every customer's
    open amount on it, and the few entries that stopped counting."""

    day: date
    open_now: dict[int, int]
    stopped: list[tuple[object, ...]]
    parts: list[tuple[object, ...]]

    @classmethod
    def read(cls, session: Reads, floor: date) -> Today:
        day = _today(session, floor)
        return cls(
            day,
            {r.customer_id: r.open_cents for r in receivable_rows(session, day, named=False)},
            list(plain_rows(session, _STOPPED, {})),
            list(plain_rows(session, _SETTLED_PARTS, {})),
        )


def replayed(
    session: Reads, start: date, end: date, base: Today | None = None
) -> tuple[int, list[int], list[int]]:
    """Recovered cents, and each sale's days to pay and days late, for the sales settled in
    the period: each customer with an entry in it is replayed from their position on its first
    day (the queries above), then through the period's entries."""
    span = {"start": start.isoformat(), "end": end.isoformat()}
    who = [int(cid) for (cid,) in plain_rows(session, _WHO, span)]
    base = base or Today.read(session, end)
    today, open_now, stopped, parts = base.day, base.open_now, base.stopped, base.parts
    owed = _position_at(session, who, start, start, today, open_now, stopped, parts)
    events: dict[int, list[Event]] = defaultdict(list)
    eve = start - timedelta(days=1)

    def keep(cid: int, eid: int, on: object, due: object, cents: int, rev_on: object,
             rev_by: int | None, rev_kind: str | None, settled_part: object) -> None:  # fmt: skip
        sold, due_day = _day(on), _day(due)
        assert sold is not None and due_day is not None
        events[cid].append(
            Event(eve, eid, SALE_IN, eid, cents, due_day, sold, measured=not settled_part)
        )
        out_on = _day(rev_on)
        if out_on is not None and rev_by is not None and rev_kind != "reversal" and out_on <= end:
            events[cid].append(Event(out_on, rev_by, SALE_OUT, eid))

    for row in plain_rows(session, _SALES_AHEAD, span):
        keep(*row)
    # Customers whose credits did not reach the sales already due: their open ones, from the
    # newest due (oldest due first is what credits pay).
    short = {cid: d for cid, d in owed.items() if d > 0}
    credit_left = {cid: -d for cid, d in owed.items() if d < 0}
    since = start - timedelta(days=_RECENT_DAYS)
    windows = [(since, start), (date(1900, 1, 1), since)]
    for low, high in windows:
        pending = sorted(cid for cid, left in short.items() if left > 0)
        if not pending:
            break
        params = {
            "ids": json.dumps(pending),
            "start": start.isoformat(),
            "high": high.isoformat(),
            "low": low.isoformat(),
        }
        for row in plain_rows(session, _SALES_DUE, params):
            cid, cents = row[0], row[4]
            left = short[cid]
            if left <= 0:
                continue
            part = min(left, cents)
            short[cid] = left - part
            keep(cid, row[1], row[2], row[3], part, *row[5:])
    for cid, cents in credit_left.items():
        if cents:
            events[cid].append(Event(eve, 0, CREDIT, 0, cents))
    paid_in: set[int] = set()
    for cid, eid, kind, on, cents, due, rev_on, rev_by, rev_kind, settled_part in plain_rows(
        session, _IN_PERIOD, span
    ):
        fact = Row(eid, kind, date.fromisoformat(str(on)), cents, _day(due), _day(rev_on),
                   rev_by, rev_kind, bool(settled_part))  # fmt: skip
        events[cid] += [ev for ev in events_of([fact]) if ev.on <= end]
        if kind == "payment" and rev_kind != "reversal":
            paid_in.add(eid)
    recovered = 0
    to_pay: list[int] = []
    late: list[int] = []
    for customer_events in events.values():
        customer_events.sort()
        result = replay(customer_events)
        recovered += sum(c for pid, c in result.recovered.items() if pid in paid_in)
        for sale_id, settled in result.settled_on.items():
            if start <= settled <= end and sale_id in result.sales:
                sold, due = result.sales[sale_id]
                to_pay.append((settled - sold).days)
                late.append(max(0, (settled - due).days))
    return recovered, to_pay, late


_SALES_BY_OVERDUE_MONTH = """
SELECT e.customer_id, strftime('%Y-%m', e.due_date, '+1 day'), SUM(e.amount_cents)
FROM json_each(:ids) AS j
JOIN entry AS e ON e.customer_id = j.value AND e.kind = 'sale' AND e.due_date >= :due_cut
WHERE e.date <= :as_of AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)
GROUP BY 1, 2
"""
_CREDITS_BY_MONTH = """
SELECT e.customer_id, strftime('%Y-%m', e.date), SUM(e.amount_cents)
FROM json_each(:ids) AS j
JOIN entry AS e ON e.customer_id = j.value AND e.date > :credit_cut AND e.date <= :as_of
WHERE e.kind IN ('payment', 'discount') AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)
GROUP BY 1, 2
"""


def month_end(key: str) -> date:
    return add_months(date(int(key[:4]), int(key[5:]), 1), 1) - timedelta(days=1)


def overdue_at_month_ends(
    session: Reads, months: list[str], base: Today | None = None
) -> dict[str, int]:
    """The overdue amount at the end of each month (AAAA-MM, oldest first): each customer's
    position worked back from today's through the entries of those months only."""
    base = base or Today.read(session, month_end(months[-1]))
    today, open_now = base.day, base.open_now
    ids = [int(cid) for (cid,) in plain_rows(session, "SELECT id FROM customer", {})]
    first_end = month_end(months[0])
    params = {
        "ids": json.dumps(ids),
        "due_cut": first_end.isoformat(),
        "credit_cut": first_end.isoformat(),
        "as_of": today.isoformat(),
    }
    sales: dict[int, dict[str, int]] = defaultdict(dict)
    for cid, month, cents in plain_rows(session, _SALES_BY_OVERDUE_MONTH, params):
        sales[cid][month] = int(cents)
    credits: dict[int, dict[str, int]] = defaultdict(dict)
    for cid, month, cents in plain_rows(session, _CREDITS_BY_MONTH, params):
        credits[cid][month] = int(cents)
    stopped, parts = base.stopped, base.parts
    positions: list[dict[int, int]] = [{} for _ in months]
    for cid in ids:
        due_after = sorted(sales.get(cid, {}).items())
        paid_after = sorted(credits.get(cid, {}).items())
        falling, paying = sum(c for _m, c in due_after), sum(c for _m, c in paid_after)
        i = j = 0
        for k, key in enumerate(months):  # what falls due, and what is paid, after month k
            while i < len(due_after) and due_after[i][0] <= key:
                falling -= due_after[i][1]
                i += 1
            while j < len(paid_after) and paid_after[j][0] <= key:
                paying -= paid_after[j][1]
                j += 1
            positions[k][cid] = open_now.get(cid, 0) - falling + paying
    totals = {}
    for k, key in enumerate(months):
        end = month_end(key)
        _adjust(positions[k], end, end + timedelta(days=1), today, stopped, parts)
        totals[key] = sum(v for v in positions[k].values() if v > 0)
    return totals


def _today(session: Reads, floor: date) -> date:
    """A day on or after every entry (and `floor`): where positions are worked back from."""
    newest = _day(plain_value(session, "SELECT MAX(date) FROM entry"))
    return max(floor, date.today(), newest or floor)
