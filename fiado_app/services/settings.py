"""The shop's preferences, one `setting` row per key (a text value), read and written in plain
SQL: the screens the owner sees first read them without SQLAlchemy (db/engine.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fiado_app.db.engine import Database
from fiado_app.db.plain import Reads, plain_execute, plain_value

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Set by the demo generator (`fiado demo` or the welcome screen): the window's title says the
# shop is made up, whichever way the file was built.
DEMO_SHOP = "demo_shop"


def setting(source: Reads, key: str) -> str | None:
    """The value kept under `key`, None when there is none."""
    value = plain_value(source, "SELECT value FROM setting WHERE key = ?", (key,))
    return None if value is None else str(value)


def put_setting(session: Session, key: str, value: str) -> None:
    """Keep `value` under `key` (replacing what was there), in the write's transaction."""
    plain_execute(
        session, "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value)
    )


def drop_setting(session: Session, key: str) -> None:
    plain_execute(session, "DELETE FROM setting WHERE key = ?", (key,))


def is_demo_shop(db: Database) -> bool:
    """Whether the file holds a demo shop."""
    with db.query() as read:
        return setting(read, DEMO_SHOP) is not None
