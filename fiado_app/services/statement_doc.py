"""A customer's statement ready to print or send: the statement plus the shop that issues it."""

from __future__ import annotations

from datetime import date

from fiado_app.db.engine import Database
from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import StatementData
from fiado_app.domain.errors import InvalidInput
from fiado_app.services.shop import printable_shop
from fiado_app.services.statement import statement


def statement_data(
    db: Database, customer_id: int, start: date | None, end: date | None, issued_on: date
) -> StatementData:
    if start is not None and end is not None and start > end:
        raise InvalidInput(
            f"O período está invertido: {format_date(start)} é depois de {format_date(end)}."
        )
    with db.read() as session:
        shop, logo = printable_shop(session, collection=False)
    return StatementData(shop, logo, statement(db, customer_id, start, end), issued_on)
