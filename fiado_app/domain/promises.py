"""Whether a payment promise was kept."""

from __future__ import annotations

from datetime import date

from fiado_app.domain.vocabulary import PROMISE_BROKEN, PROMISE_KEPT, PROMISE_OPEN


def promise_status(
    paid_cents: int, promise_cents: int | None, promise_date: date, as_of: date
) -> str:
    """Kept when payments since the promise cover the promised amount (any payment when no
    amount was promised) by the promised date; broken once that date has passed."""
    if paid_cents > 0 and paid_cents >= (promise_cents or 1):
        return PROMISE_KEPT
    return PROMISE_BROKEN if as_of > promise_date else PROMISE_OPEN
