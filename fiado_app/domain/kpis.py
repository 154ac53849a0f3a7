"""The numbers that steer collection (docs/kpis.md), from a replay of each customer's ledger.

Settlement is oldest due first (docs/ledger.md). Replaying a customer's entries in the order
they happened tells, for every payment, how much of it went to sales already overdue on its day
("recuperado"), and for every sale, the day its last centavo was settled. Reversed entries
never count (a reversal removes the entry at every date); a sale an agreement settled counts
until the agreement's day, and then leaves without being paid.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

SALE_IN, SALE_OUT, CREDIT = "sale", "out", "credit"

# The Painel's aging buckets (keys of `Kpis.aging`, as `fiado kpis --json` prints them).
AGING_KEYS = ("a_vencer", "1_30", "31_60", "61_90", "mais_90")
AGING_LABELS = {
    "a_vencer": "A vencer",
    "1_30": "1–30 dias",
    "31_60": "31–60 dias",
    "61_90": "61–90 dias",
    "mais_90": "Mais de 90 dias",
}
MONTH_ABBREVIATIONS = (
    "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez",
)  # fmt: skip


@dataclass(frozen=True, order=True)
class Event:
    """One fact of a customer's ledger, in the order it happened (`on`, then `order`)."""

    on: date
    order: int
    what: str  # SALE_IN, SALE_OUT (left the ledger: settled by an agreement) or CREDIT
    entry_id: int
    amount_cents: int = 0
    due: date | None = None
    sold_on: date | None = None
    is_payment: bool = False
    measured: bool = True  # a sale whose days to pay count (not an agreement's settled part)


@dataclass(frozen=True)
class Row:
    """An entry as read from the ledger, with the kind of the entry that reversed it."""

    id: int
    kind: str
    on: date
    amount_cents: int
    due: date | None
    reversed_on: date | None
    reversed_by_id: int | None
    reverser_kind: str | None
    settled_part: bool = False  # the already-settled sale an agreement writes


def events_of(rows: Iterable[Row]) -> list[Event]:
    events: list[Event] = []
    for r in rows:
        if r.reverser_kind == "reversal":
            continue  # never counts
        if r.kind == "sale":
            events.append(
                Event(
                    r.on, r.id, SALE_IN, r.id, r.amount_cents, r.due, r.on,
                    measured=not r.settled_part,
                )
            )  # fmt: skip
            if r.reversed_on is not None and r.reversed_by_id is not None:
                events.append(Event(r.reversed_on, r.reversed_by_id, SALE_OUT, r.id))
        elif r.kind in ("payment", "discount"):
            events.append(
                Event(r.on, r.id, CREDIT, r.id, r.amount_cents, is_payment=r.kind == "payment")
            )
    events.sort()
    return events


@dataclass
class Replay:
    """What one customer's replay found."""

    recovered: dict[int, int] = field(default_factory=dict)  # payment id -> cents recovered
    settled_on: dict[int, date] = field(default_factory=dict)  # sale id -> last settled day
    sales: dict[int, tuple[date, date]] = field(default_factory=dict)  # id -> (sold, due)


def replay(events: Sequence[Event]) -> Replay:
    """Walk the events keeping the active sales in settlement order (due date, entry number)
    and their running totals; the first `k` are settled while their total is within the
    credits."""
    out = Replay()
    keys: list[tuple[date, int]] = []
    amounts: dict[tuple[date, int], int] = {}
    prefix: list[int] = [0]  # prefix[i] = total of the first i active sales
    credits = 0
    settled = 0  # how many of the first active sales are settled

    def rebuild(start: int) -> None:
        del prefix[start + 1 :]
        for key in keys[start:]:
            prefix.append(prefix[-1] + amounts[key])

    def settle_upto(day: date) -> None:
        nonlocal settled
        k = bisect_right(prefix, credits) - 1
        for key in keys[settled:k]:
            out.settled_on.setdefault(key[1], day)
        for key in keys[k:settled]:
            out.settled_on.pop(key[1], None)  # a sale due earlier came in front of it
        settled = k

    by_id: dict[int, tuple[date, int]] = {}
    for ev in events:
        if ev.what == SALE_IN:
            assert ev.due is not None and ev.sold_on is not None
            key = (ev.due, ev.entry_id)
            by_id[ev.entry_id] = key
            if ev.measured:
                out.sales[ev.entry_id] = (ev.sold_on, ev.due)
            amounts[key] = ev.amount_cents
            at = bisect_left(keys, key)
            insort(keys, key)
            rebuild(at)
            if at < settled:  # in front of settled sales: the last of them may be open again
                settled += 1
                settle_upto(ev.on)
                if at < settled:
                    out.settled_on.setdefault(ev.entry_id, ev.on)
            else:
                settle_upto(ev.on)
        elif ev.what == SALE_OUT:
            key = by_id.pop(ev.entry_id)
            at = bisect_left(keys, key)
            was_settled = at < settled
            del keys[at]
            del amounts[key]
            rebuild(at)
            out.settled_on.pop(ev.entry_id, None)
            out.sales.pop(ev.entry_id, None)  # not paid: it left the ledger
            if was_settled:
                settled -= 1
            settle_upto(ev.on)
        else:
            if ev.is_payment:
                due_before = bisect_left(keys, (ev.on, -1))
                overdue = max(0, prefix[due_before] - credits)
                out.recovered[ev.entry_id] = min(ev.amount_cents, overdue)
            credits += ev.amount_cents
            settle_upto(ev.on)
    return out


def mean_days(total: int, count: int) -> float | None:
    """A mean number of days with one decimal, or None when nothing qualifies."""
    return round(total / count, 1) if count else None


@dataclass(frozen=True)
class Effect:
    """Contacts of one stage or channel in the period, and what followed them."""

    key: str
    contacts: int
    paid_within_7_days: int
    paid_cents: int


@dataclass(frozen=True)
class Month:
    month: str  # AAAA-MM
    sold_cents: int
    received_cents: int
    overdue_cents_at_end: int


@dataclass(frozen=True)
class Kpis:
    as_of: date
    start: date
    end: date
    open_cents: int
    overdue_cents: int
    customers_overdue: int
    aging: dict[str, int]
    sold_cents: int
    received_cents: int
    recovered_cents: int
    discounts_cents: int
    average_days_to_pay: float | None
    average_days_late: float | None
    promises: dict[str, int]
    agreements: dict[str, int]
    months: list[Month] = field(default_factory=list)
    by_stage: list[Effect] = field(default_factory=list)
    by_channel: list[Effect] = field(default_factory=list)
    goal_recovered_cents: int | None = None  # the owner's goals (services/kpi_goals.py)
    goal_overdue_share_bp: int | None = None
    sales_paid: int = 0  # the sales paid in the period that the two averages are taken over

    @property
    def overdue_share(self) -> float | None:
        return round(self.overdue_cents / self.open_cents, 4) if self.open_cents > 0 else None
