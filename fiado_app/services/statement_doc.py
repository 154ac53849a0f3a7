"""A customer's statement ready to print or send: the statement plus the shop that issues it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fiado_app.db.engine import Database
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.services.records import ShopRecord, Statement
from fiado_app.services.shop import printable_shop
from fiado_app.services.statement import statement


@dataclass(frozen=True)
class StatementData:
    shop: ShopRecord
    logo: bytes | None
    statement: Statement
    issued_on: date


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


def period_text(data: StatementData) -> str:
    st = data.statement
    if st.start and st.end:
        return f"de {format_date(st.start)} a {format_date(st.end)}"
    if st.start:
        return f"de {format_date(st.start)} a {format_date(data.issued_on)}"
    if st.end:
        return f"todo o histórico até {format_date(st.end)}"
    return f"todo o histórico até {format_date(data.issued_on)}"
