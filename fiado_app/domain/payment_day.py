"""When a customer usually pays: "costuma pagar por volta do dia 5".

Many customers pay when their wages come in: the same few days of each month. When most of a
customer's recent payments fall within a few days of one day of the month, that day is their
usual one; a reminder just before it finds money in their pocket.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

MIN_PAYMENTS = 3
SPREAD_DAYS = 3  # how far from the usual day a payment may fall and still count
SHARE = 0.6  # the part of the payments that must fall around it


def _distance(a: int, b: int) -> int:
    """Days apart on a month's circle (the 30th and the 2nd are 3 days apart)."""
    d = abs(a - b) % 30
    return min(d, 30 - d)


def usual_payment_day(days: Sequence[date]) -> int | None:
    """The day of the month most payments fall around, or None when they do not cluster."""
    if len(days) < MIN_PAYMENTS:
        return None
    values = [min(d.day, 30) for d in days]
    best_day, best_count = None, 0
    for candidate in range(1, 31):
        count = sum(1 for v in values if _distance(v, candidate) <= SPREAD_DAYS)
        if count > best_count:
            best_day, best_count = candidate, count
    if best_day is None or best_count < SHARE * len(values):
        return None
    near = [v for v in values if _distance(v, best_day) <= SPREAD_DAYS]
    # The centre of the cluster (days wrapping past the month's end counted as 31, 32...).
    unwrapped = sorted(v + 30 if best_day > 20 and v < 10 else v for v in near)
    middle = unwrapped[len(unwrapped) // 2]
    return (middle - 1) % 30 + 1


def usual_day_text(day: int | None) -> str:
    return f"costuma pagar por volta do dia {day}" if day else ""
