"""Which agreements the agenda asks about: those with an instalment late beyond their set days
(only the owner decides whether one is broken, services/agreements.break_agreement).

The agenda asks every morning, and most days nothing is that late: one plain query says so
without loading the agreements' service (and SQLAlchemy); only when an instalment is old
enough is each agreement worked out as it stands."""

from __future__ import annotations

from datetime import date

from fiado_app.db.engine import Database
from fiado_app.db.plain import plain_rows
from fiado_app.domain.agreement import AgreementRecord

# An instalment of a running agreement due more than its break days ago (paid or not: the
# agreements' service says whether it is still owing).
_MAYBE_LATE = """
SELECT 1 FROM agreement AS a JOIN agreement_installment AS i ON i.agreement_id = a.id
WHERE a.undone_by_id IS NULL AND a.made_on <= :as_of
  AND julianday(:as_of) - julianday(i.due_date) > a.break_after_days
LIMIT 1
"""


def agreements_to_review(db: Database, as_of: date | None = None) -> list[AgreementRecord]:
    """Agreements with an instalment late beyond their set days: the agenda asks the owner
    whether to treat them as broken."""
    as_of = as_of or date.today()
    with db.query() as read:
        if not plain_rows(read, _MAYBE_LATE, {"as_of": as_of.isoformat()}):
            return []
    from fiado_app.services.agreements import list_agreements

    return [a for a in list_agreements(db, as_of=as_of) if a.should_propose_break]
