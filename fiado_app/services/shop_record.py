"""The shop's data as the screens read it: one plain SQL read of its row (no SQLAlchemy, so
the window's first page does not wait for it); changes are made in services/shop.py."""

from __future__ import annotations

from dataclasses import fields

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads, plain_rows
from fiado_app.domain.records import ShopRecord

_COLUMNS = [f.name for f in fields(ShopRecord) if f.name != "has_logo"]
_BOOLEAN = {"may_register_credit_bureau", "configured"}
_QUERY = f"SELECT {', '.join(_COLUMNS)}, logo IS NOT NULL FROM shop WHERE id = 1"


def shop_in(source: Reads) -> ShopRecord | None:
    """The shop's row, None in a file where it was never written."""
    found = plain_rows(source, _QUERY)
    if not found:
        return None
    *values, has_logo = found[0]
    row = dict(zip(_COLUMNS, values, strict=True))
    for name in _BOOLEAN:
        row[name] = bool(row[name])
    return ShopRecord(**row, has_logo=bool(has_logo))


def get_shop(db: Database) -> ShopRecord:
    """The shop's data. A read: another program writing to the file does not hold it up (the
    row is written only the first time, when it does not exist yet)."""
    with db.query() as read:
        shop = shop_in(read)
    if shop is not None:
        return shop
    from fiado_app.services.shop import create_shop

    return create_shop(db)
