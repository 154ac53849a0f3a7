"""Late fine (multa de mora) and simple interest on overdue amounts, only as the shop set them.

- The fine is a percentage of each overdue amount, capped at 2 % (CDC art. 52 §1) whatever the
  setting says; nothing is charged on amounts not yet due.
- Interest is at most 1 % a month (a higher stored rate counts as 1 %), simple, pro rata per day (a month counts as 30 days), from the day after
  each due date to the reference date. No compounding.
- Every amount is rounded half up to the centavo per purchase, so the letter's table adds up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

MAX_FINE_BP = 200  # 2 %: the cap on a late fee (CDC art. 52 §1, docs/rules.md §3)
# 1 % a month, simple: the most a shop (not a bank) may agree to (Lei de Usura, Decreto
# 22.626/1933 arts. 1 and 4; CC arts. 406 and 591; docs/rules.md §3).
MAX_INTEREST_MONTHLY_BP = 100


@dataclass(frozen=True, slots=True)
class LateCharges:
    principal_cents: int  # what is open (due or not)
    overdue_cents: int  # the part already past its due date
    fine_cents: int
    interest_cents: int
    fine_bp: int  # the rate really applied (after the cap)
    interest_monthly_bp: int

    @property
    def total_cents(self) -> int:
        return self.principal_cents + self.fine_cents + self.interest_cents

    @property
    def has_charges(self) -> bool:
        return bool(self.fine_cents or self.interest_cents)


def _round_div(numerator: int, denominator: int) -> int:
    """Integer division rounded half up (amounts are never negative here)."""
    return (2 * numerator + denominator) // (2 * denominator)


def late_charges(
    items: Iterable[tuple[date, int]], as_of: date, fine_bp: int = 0, interest_monthly_bp: int = 0
) -> LateCharges:
    """Charges on `items` = (due date, open centavos) as of `as_of`.

    The fine is capped at 2 % and the interest at 1 % a month whatever is stored (a file set
    up by an older version may hold more); negative rates count as zero.
    """
    fine_rate = min(max(fine_bp, 0), MAX_FINE_BP)
    interest_rate = min(max(interest_monthly_bp, 0), MAX_INTEREST_MONTHLY_BP)
    principal = overdue = fine = interest = 0
    for due, open_cents in items:
        if open_cents <= 0:
            continue
        principal += open_cents
        days_late = (as_of - due).days
        if days_late <= 0:
            continue
        overdue += open_cents
        fine += _round_div(open_cents * fine_rate, 10_000)
        interest += _round_div(open_cents * interest_rate * days_late, 10_000 * 30)
    return LateCharges(principal, overdue, fine, interest, fine_rate, interest_rate)


def format_rate(bp: int) -> str:
    """`2 %`, `1,5 %`, `0,33 %` — basis points as Brazilians write a percentage."""
    whole, frac = divmod(bp, 100)
    text = str(whole) if not frac else f"{whole},{frac:02d}".rstrip("0")
    return f"{text}\u00a0%"
