"""Aging buckets: how late a customer's oldest overdue purchase is."""

from __future__ import annotations

BUCKETS = ("a_vencer", "1-30", "31-60", "61-90", "90+")
CREDIT = "credito"  # the customer paid more than they owe
BUCKET_LABELS = {
    "a_vencer": "A vencer",
    "1-30": "1–30 dias",
    "31-60": "31–60 dias",
    "61-90": "61–90 dias",
    "90+": "Mais de 90 dias",
    CREDIT: "Crédito",
}


def bucket_for(days_overdue: int, open_cents: int) -> str:
    """The bucket of a customer `days_overdue` late with `open_cents` open (negative: credit)."""
    if open_cents < 0:
        return CREDIT
    if days_overdue <= 0:
        return "a_vencer"
    if days_overdue <= 30:
        return "1-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "90+"
