"""What the monthly report prints: the month's numbers, who owes the most, the stages' names."""

from __future__ import annotations

import re
from datetime import date, timedelta

from fiado_app.db.engine import Database
from fiado_app.documents.kpi_report import ReportData
from fiado_app.domain.agreement import add_months
from fiado_app.domain.errors import InvalidInput
from fiado_app.services.collection_settings import ladder_in
from fiado_app.services.kpis import kpis
from fiado_app.services.receivables import receivable_rows
from fiado_app.services.shop import printable_shop


def month_bounds(month: str, today: date) -> tuple[date, date]:
    """The first and last day of AAAA-MM (the last up to today, for the month under way)."""
    if not re.fullmatch(r"(19|20)[0-9]{2}-(0[1-9]|1[0-2])", month.strip()):
        raise InvalidInput(f"Mês inválido: “{month}”. Use AAAA-MM, como 2026-11.")
    start = date(int(month[:4]), int(month[5:7]), 1)
    if start > today:
        raise InvalidInput(f"O mês {month} ainda não começou.")
    end = min(add_months(start, 1) - timedelta(days=1), today)
    return start, end


def report_data(db: Database, month: str, as_of: date | None = None) -> ReportData:
    today = as_of or date.today()
    start, end = month_bounds(month, today)
    numbers = kpis(db, end, start, end)
    with db.read() as session:
        shop, logo = printable_shop(session, collection=False)
        rows = receivable_rows(session, end)
        names = {stage.key: stage.name for stage in ladder_in(session)}
    top = sorted((r for r in rows if r.overdue_cents > 0), key=lambda r: -r.overdue_cents)[:10]
    return ReportData(shop, logo, numbers, [(r.name, r.overdue_cents) for r in top], names)
