"""The Painel's numbers (docs/kpis.md): today's position and aging, a period's sales,
receipts, recovery, days to pay, promises and agreements, the last 12 months, and what each
ladder stage and channel recovered."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database, plain_rows
from fiado_app.domain.agreement import add_months
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.kpis import (
    AGING_KEYS,
    CREDIT,
    SALE_IN,
    SALE_OUT,
    Effect,
    Event,
    Kpis,
    Month,
    Row,
    events_of,
    mean_days,
    replay,
)
from fiado_app.domain.records import ReceivableRow
from fiado_app.domain.vocabulary import (
    AGREEMENT_BROKEN,
    AGREEMENT_PAID,
    AUTOMATIC_OUTCOMES,
    PROMISE_BROKEN,
    PROMISE_KEPT,
)
from fiado_app.services import kpi_cache
from fiado_app.services.agreements import list_agreements
from fiado_app.services.contacts import promise_status
from fiado_app.services.kpi_goals import get_goals
from fiado_app.services.receivables import receivable_rows

PAID_WINDOW_DAYS = 7

# Entries an agreement wrote are no sale made: its instalments, its settled part, what a break
# brought forward or brought back.
_AGREEMENT_WRITTEN = """
SELECT entry_id FROM agreement_installment
UNION ALL SELECT balance_entry_id FROM agreement WHERE balance_entry_id IS NOT NULL
UNION ALL SELECT accelerated_entry_id FROM agreement WHERE accelerated_entry_id IS NOT NULL
UNION ALL SELECT lost_discount_entry_id FROM agreement WHERE lost_discount_entry_id IS NOT NULL
"""
# Counted: not reversed by a reversal (a reversal removes the entry at every date).
_NOT_REVERSED = """(e.reversed_by_id IS NULL OR NOT EXISTS (
    SELECT 1 FROM entry AS r WHERE r.id = e.reversed_by_id AND r.kind = 'reversal'))"""
_TOTALS_BY_MONTH = f"""
SELECT strftime('%Y-%m', e.date) AS month,
       SUM(e.amount_cents) FILTER (WHERE e.kind = 'sale'
           AND e.id NOT IN ({_AGREEMENT_WRITTEN})) AS sold,
       SUM(e.amount_cents) FILTER (WHERE e.kind = 'payment') AS received,
       SUM(e.amount_cents) FILTER (WHERE e.kind = 'discount') AS discounts
FROM entry AS e
WHERE e.date BETWEEN :start AND :end AND e.kind IN ('sale', 'payment', 'discount')
  AND {_NOT_REVERSED}
GROUP BY month
"""
# The replay of a period starts from each customer's position on its first day: what their
# credits before it left after the sales already due (those are settled for good: no later
# sale can be due before them), the sales due from that day on, and — when the credits did not
# reach — the open ones among those already due.
_ACTIVE_BEFORE = """e.date < :start AND (r.kind IS NULL OR r.kind != 'reversal')
    AND (e.kind != 'sale' OR e.reversed_on IS NULL OR e.reversed_on >= :start)"""
_WHO = "SELECT DISTINCT customer_id FROM entry WHERE date BETWEEN :start AND :end"
_BEFORE = f"""
SELECT e.customer_id,
       SUM(e.amount_cents) FILTER (WHERE e.kind IN ('payment', 'discount')),
       SUM(e.amount_cents) FILTER (WHERE e.kind = 'sale' AND e.due_date < :start)
FROM entry AS e LEFT JOIN entry AS r ON r.id = e.reversed_by_id
WHERE e.customer_id IN ({_WHO}) AND {_ACTIVE_BEFORE}
GROUP BY e.customer_id
"""
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
# The newest sales of the customers who owe (aging splits what is open from the newest end).
_RECENT_SALES = """
SELECT e.customer_id, e.due_date, e.amount_cents
FROM json_each(:ids) AS j
JOIN entry AS e ON e.customer_id = j.value AND e.kind = 'sale' AND e.due_date >= :cut
WHERE e.date <= :as_of AND (e.reversed_on IS NULL OR e.reversed_on > :as_of)
ORDER BY e.customer_id, e.due_date DESC, e.id DESC
"""
_PROMISES = f"""
SELECT c.at, c.promise_date, c.promise_cents,
       (SELECT COALESCE(SUM(e.amount_cents), 0) FROM entry AS e
        WHERE e.customer_id = c.customer_id AND e.kind = 'payment' AND {_NOT_REVERSED}
          AND e.date >= date(c.at) AND e.date <= c.promise_date) AS paid
FROM contact AS c
WHERE c.outcome = 'promessa' AND c.voided_at IS NULL AND date(c.at) BETWEEN :start AND :end
"""
_AUTOMATIC = ", ".join(repr(o) for o in AUTOMATIC_OUTCOMES)
_CONTACTS = f"""
SELECT c.id, c.stage_key, c.channel,
       (SELECT COALESCE(SUM(e.amount_cents), 0) FROM entry AS e
        WHERE e.customer_id = c.customer_id AND e.kind = 'payment' AND {_NOT_REVERSED}
          AND e.date >= date(c.at) AND e.date <= date(c.at, '+{PAID_WINDOW_DAYS} days')) AS paid
FROM contact AS c
WHERE c.voided_at IS NULL AND c.outcome NOT IN ({_AUTOMATIC})
  AND date(c.at) BETWEEN :start AND :end
"""


def period(as_of: date, start: date | None, end: date | None) -> tuple[date, date]:
    """The period: the month of `as_of` up to it, unless given; refused when it is reversed."""
    end = end or as_of
    start = start or end.replace(day=1)
    if start > end:
        raise InvalidInput(
            f"O período começa ({format_date(start)}) depois de terminar ({format_date(end)})."
        )
    if end > as_of:
        raise InvalidInput(
            f"O período termina em {format_date(end)}, depois da data da posição "
            f"({format_date(as_of)})."
        )
    return start, end


def aging(session: Session, as_of: date, rows: list[ReceivableRow]) -> dict[str, int]:
    """What is open, split by how late each open sale is (a sale is open from the newest end:
    credits settle the oldest due first)."""
    buckets = dict.fromkeys(AGING_KEYS, 0)
    owing = {r.customer_id: r.open_cents for r in rows if r.open_cents > 0}
    if not owing:
        return buckets
    cut = as_of - timedelta(days=90)
    params = {"ids": json.dumps(sorted(owing)), "cut": cut.isoformat(), "as_of": as_of.isoformat()}
    left = dict(owing)
    for customer_id, due, cents in plain_rows(session, _RECENT_SALES, params):
        remaining = left[customer_id]
        if remaining <= 0:
            continue
        part = min(remaining, cents)
        left[customer_id] = remaining - part
        late = (as_of - date.fromisoformat(str(due))).days
        key = (
            "a_vencer"
            if late <= 0
            else "1_30"
            if late <= 30
            else "31_60"
            if late <= 60
            else "61_90"
        )
        buckets[key] += part
    buckets["mais_90"] += sum(v for v in left.values() if v > 0)  # due before the cut
    return buckets


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
    session: Session,
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
class _Today:
    """Where positions are worked back from: a day on or after every entry, every customer's
    open amount on it, and the few entries that stopped counting."""

    day: date
    open_now: dict[int, int]
    stopped: list[tuple[object, ...]]
    parts: list[tuple[object, ...]]

    @classmethod
    def read(cls, session: Session, floor: date) -> _Today:
        day = _today(session, floor)
        return cls(
            day,
            {r.customer_id: r.open_cents for r in receivable_rows(session, day)},
            list(plain_rows(session, _STOPPED, {})),
            list(plain_rows(session, _SETTLED_PARTS, {})),
        )


def _replayed(
    session: Session, start: date, end: date, base: _Today | None = None
) -> tuple[int, list[int], list[int]]:
    """Recovered cents, and each sale's days to pay and days late, for the sales settled in
    the period: each customer with an entry in it is replayed from their position on its first
    day (the queries above), then through the period's entries."""
    span = {"start": start.isoformat(), "end": end.isoformat()}
    who = [int(cid) for (cid,) in plain_rows(session, _WHO, span)]
    base = base or _Today.read(session, end)
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


def _month_end(key: str) -> date:
    return add_months(date(int(key[:4]), int(key[5:]), 1), 1) - timedelta(days=1)


def overdue_at_month_ends(
    session: Session, months: list[str], base: _Today | None = None
) -> dict[str, int]:
    """The overdue amount at the end of each month (AAAA-MM, oldest first): each customer's
    position worked back from today's through the entries of those months only."""
    base = base or _Today.read(session, _month_end(months[-1]))
    today, open_now = base.day, base.open_now
    ids = [int(cid) for (cid,) in plain_rows(session, "SELECT id FROM customer", {})]
    first_end = _month_end(months[0])
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
        end = _month_end(key)
        _adjust(positions[k], end, end + timedelta(days=1), today, stopped, parts)
        totals[key] = sum(v for v in positions[k].values() if v > 0)
    return totals


def _today(session: Session, floor: date) -> date:
    """A day on or after every entry (and `floor`): where positions are worked back from."""
    newest = _day(session.execute(text("SELECT MAX(date) FROM entry")).scalar())
    return max(floor, date.today(), newest or floor)


def _effects(rows: list[tuple[str, int]]) -> list[Effect]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for key, paid in rows:
        grouped[key].append(paid)
    return [
        Effect(key, len(paid), sum(1 for p in paid if p > 0), sum(paid))
        for key, paid in sorted(grouped.items())
    ]


def _slices(start: date, end: date) -> list[tuple[str, date, date]]:
    """The period as the slices it is replayed in (docs/kpis.md): each whole month, and each
    day of a month only partly in it."""
    out: list[tuple[str, date, date]] = []
    day = start
    while day <= end:
        month_end = add_months(day.replace(day=1), 1) - timedelta(days=1)
        if day.day == 1 and month_end <= end:
            out.append((f"replay:{day:%Y-%m}", day, month_end))
            day = month_end + timedelta(days=1)
        else:
            out.append((f"replay:{day.isoformat()}", day, day))
            day += timedelta(days=1)
    return out


@dataclass
class _Sums:
    """What a kpis() call read from the kept slices, and the slices it summed itself."""

    session: Session
    floor: date
    kept: dict[str, dict[str, object]]
    new: list[kpi_cache.Slice] = field(default_factory=list)
    _base: _Today | None = None

    def base(self) -> _Today:
        if self._base is None:
            self._base = _Today.read(self.session, self.floor)
        return self._base

    def months(self, keys: list[str]) -> dict[str, dict[str, object]]:
        """Sold, received, discounts and the overdue amount at the end of whole months."""
        found = {k: self.kept[f"month:{k}"] for k in keys if f"month:{k}" in self.kept}
        missing = [k for k in keys if k not in found]
        if missing:
            span = {"start": f"{missing[0]}-01", "end": _month_end(missing[-1]).isoformat()}
            totals = {
                m: (s, r, d) for m, s, r, d in plain_rows(self.session, _TOTALS_BY_MONTH, span)
            }
            ended = overdue_at_month_ends(self.session, missing, self.base())
            for key in missing:
                sold, received, discounts = totals.get(key, (0, 0, 0))
                found[key] = {
                    "sold": int(sold or 0),
                    "received": int(received or 0),
                    "discounts": int(discounts or 0),
                    "overdue_end": ended[key],
                }
                self.new.append((f"month:{key}", _month_end(key), found[key]))
        return found

    def replayed(self, start: date, end: date) -> dict[str, int]:
        """Recovered, and the days to pay and late (sums and counts) of the period, slice by
        slice."""
        out = dict.fromkeys(("recovered", "to_pay", "paid", "late"), 0)
        for key, first, last in _slices(start, end):
            data = self.kept.get(key)
            if data is None:
                recovered, to_pay, late = _replayed(self.session, first, last, self.base())
                data = {"recovered": recovered, "to_pay": sum(to_pay), "paid": len(to_pay),
                        "late": sum(late)}  # fmt: skip
                self.new.append((key, last, data))
            for name in out:
                out[name] += int(str(data[name]))
        return out


def kpis(
    db: Database,
    as_of: date | None = None,
    start: date | None = None,
    end: date | None = None,
    *,
    months: int = 12,
) -> Kpis:
    """The Painel's numbers. Whole months and days that are over are summed once and kept
    (services/kpi_cache.py) until an entry dated in or before them is written."""
    as_of = as_of or date.today()
    start, end = period(as_of, start, end)
    first_month = add_months(as_of.replace(day=1), -(months - 1))
    keys = [f"{add_months(first_month, k):%Y-%m}" for k in range(months)]
    wanted = [f"month:{k}" for k in keys[:-1]] + [key for key, _f, _l in _slices(start, end)]
    with db.read() as session:
        read_at = kpi_cache.newest_entry(session)
        sums = _Sums(session, as_of, kpi_cache.kept(session, wanted))
        rows = receivable_rows(session, as_of)
        owed = [r for r in rows if r.open_cents > 0]
        open_cents = sum(r.open_cents for r in owed)
        overdue_cents = sum(r.overdue_cents for r in owed)
        customers_overdue = sum(1 for r in owed if r.overdue_cents > 0)
        buckets = aging(session, as_of, owed)
        past = sums.months(keys[:-1])
        this_month = [
            (int(s or 0), int(r or 0), int(d or 0))
            for _m, s, r, d in plain_rows(
                session,
                _TOTALS_BY_MONTH,
                {"start": f"{keys[-1]}-01", "end": as_of.isoformat()},
            )
        ]
        totals = {k: (int(str(v["sold"])), int(str(v["received"])), int(str(v["discounts"])))
                  for k, v in past.items()}  # fmt: skip
        totals[keys[-1]] = this_month[0] if this_month else (0, 0, 0)
        key = f"{start:%Y-%m}"
        whole_month = start.day == 1 and end in (as_of, add_months(start, 1) - timedelta(days=1))
        if whole_month and key in totals:
            sold, received, discounts = totals[key]
        else:
            span = {"start": start.isoformat(), "end": end.isoformat()}
            query = _TOTALS_BY_MONTH.replace("strftime('%Y-%m', e.date)", "'period'")
            found = plain_rows(session, query, span)
            sold, received, discounts = (
                int(x or 0) for x in (found[0][1:] if found else (0, 0, 0))
            )
        replayed = sums.replayed(start, end)
        span = {"start": start.isoformat(), "end": end.isoformat()}
        promises = {"made": 0, "kept": 0, "broken": 0}
        for _at, promised_on, cents, paid in plain_rows(session, _PROMISES, span):
            promises["made"] += 1
            status = promise_status(int(paid), cents, date.fromisoformat(str(promised_on)), as_of)
            if status == PROMISE_KEPT:
                promises["kept"] += 1
            elif status == PROMISE_BROKEN:
                promises["broken"] += 1
        contacts = list(plain_rows(session, _CONTACTS, span))
        trend = [
            Month(
                k,
                totals[k][0],
                totals[k][1],
                int(str(past[k]["overdue_end"])) if k in past else overdue_cents,
            )
            for k in keys
        ]
    kpi_cache.keep(db, read_at, sums.new)
    made = [a for a in list_agreements(db, as_of=as_of) if start <= a.made_on <= end]
    goals = get_goals(db)
    return Kpis(
        as_of=as_of,
        start=start,
        end=end,
        open_cents=open_cents,
        overdue_cents=overdue_cents,
        customers_overdue=customers_overdue,
        aging=buckets,
        sold_cents=sold,
        received_cents=received,
        recovered_cents=replayed["recovered"],
        discounts_cents=discounts,
        average_days_to_pay=mean_days(replayed["to_pay"], replayed["paid"]),
        average_days_late=mean_days(replayed["late"], replayed["paid"]),
        promises=promises,
        agreements={
            "made": len(made),
            "kept": sum(1 for a in made if a.status == AGREEMENT_PAID),
            "broken": sum(1 for a in made if a.status == AGREEMENT_BROKEN),
        },
        months=trend,
        by_stage=_effects(
            [(stage or "sem_etapa", int(paid)) for _id, stage, _ch, paid in contacts]
        ),
        by_channel=_effects([(channel, int(paid)) for _id, _stage, channel, paid in contacts]),
        goal_recovered_cents=goals.recovered_cents,
        goal_overdue_share_bp=goals.overdue_share_bp,
    )
