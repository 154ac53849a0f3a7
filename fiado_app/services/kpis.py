"""The Painel's numbers (docs/kpis.md): today's position and aging, a period's sales,
receipts, recovery, days to pay, promises and agreements, the last 12 months, and what each
ladder stage and channel recovered."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads, plain_rows
from fiado_app.domain.agreement import AgreementRecord, add_months
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.kpis import (
    AGING_KEYS,
    Effect,
    Kpis,
    Month,
    mean_days,
)
from fiado_app.domain.promises import promise_status
from fiado_app.domain.records import ReceivableRow
from fiado_app.domain.vocabulary import (
    AGREEMENT_BROKEN,
    AGREEMENT_PAID,
    AUTOMATIC_OUTCOMES,
    PROMISE_BROKEN,
    PROMISE_KEPT,
)
from fiado_app.services import kpi_cache
from fiado_app.services.kpi_goals import get_goals
from fiado_app.services.kpi_positions import Today, month_end, overdue_at_month_ends, replayed
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


def aging(session: Reads, as_of: date, rows: list[ReceivableRow]) -> dict[str, int]:
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

    session: Reads
    floor: date
    kept: dict[str, dict[str, object]]
    new: list[kpi_cache.Slice] = field(default_factory=list)
    _base: Today | None = None

    def base(self) -> Today:
        if self._base is None:
            self._base = Today.read(self.session, self.floor)
        return self._base

    def months(self, keys: list[str]) -> dict[str, dict[str, object]]:
        """Sold, received, discounts and the overdue amount at the end of whole months."""
        found = {k: self.kept[f"month:{k}"] for k in keys if f"month:{k}" in self.kept}
        missing = [k for k in keys if k not in found]
        if missing:
            span = {"start": f"{missing[0]}-01", "end": month_end(missing[-1]).isoformat()}
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
                self.new.append((f"month:{key}", month_end(key), found[key]))
        return found

    def replayed(self, start: date, end: date) -> dict[str, int]:
        """Recovered, and the days to pay and late (sums and counts) of the period, slice by
        slice."""
        out = dict.fromkeys(("recovered", "to_pay", "paid", "late"), 0)
        for key, first, last in _slices(start, end):
            data = self.kept.get(key)
            if data is None:
                recovered, to_pay, late = replayed(self.session, first, last, self.base())
                data = {"recovered": recovered, "to_pay": sum(to_pay), "paid": len(to_pay),
                        "late": sum(late)}  # fmt: skip
                self.new.append((key, last, data))
            for name in out:
                out[name] += int(str(data[name]))
        return out


_ANY_AGREEMENT = """
SELECT 1 FROM agreement WHERE undone_by_id IS NULL AND made_on BETWEEN :start AND :end LIMIT 1
"""


def _agreements_made(db: Database, as_of: date, start: date, end: date) -> list[AgreementRecord]:
    """The agreements made in the period, as they stand on `as_of`. How each stands takes the
    agreements' own service (and SQLAlchemy): asked only when the period has one."""
    span = {"start": start.isoformat(), "end": min(end, as_of).isoformat()}
    with db.query() as read:
        if not plain_rows(read, _ANY_AGREEMENT, span):
            return []
    from fiado_app.services.agreements import list_agreements

    return [a for a in list_agreements(db, as_of=as_of) if start <= a.made_on <= end]


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
    with db.query() as session:
        read_at = kpi_cache.newest_entry(session)
        sums = _Sums(session, as_of, kpi_cache.kept(session, wanted))
        rows = receivable_rows(session, as_of, named=False)
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
    made = _agreements_made(db, as_of, start, end)
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
        sales_paid=replayed["paid"],
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
