"""What a write changed, so that one place can tell every view (docs/architecture.md).

Every write service returns a value that reports its changes: a record with a `changes()`
method (a sale's `EntryRecord` names its customer) or a `Changes` itself. The desktop app runs
each write through `AppContext.perform`, which reads `changes()` and emits the one signal the
views listen to; no dialog decides which rows to refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

# Kinds of change (what a view may care about).
ENTRIES = "entries"  # sales, payments, discounts, reversals
AGREEMENTS = "agreements"  # an agreement made, broken or undone (it writes entries too)
CUSTOMERS = "customers"  # a customer's own data
CONTACTS = "contacts"  # the contact log, promises, pauses and exclusions
LADDER = "ladder"  # the collection ladder, its texts and the contact hours
SHOP = "shop"  # the shop's own data and logo
SETTINGS = "settings"  # the app's settings kept in the database (the second backup folder)
DAY = "day"  # the date changed: everything that depends on it
DATA = "data"  # the whole file (a demo shop, a restore, another program's write)


@dataclass(frozen=True)
class Changes:
    """`customer_ids` None: any customer may be affected (every view reloads)."""

    kinds: frozenset[str] = frozenset()
    customer_ids: frozenset[int] | None = frozenset()

    @staticmethod
    def to_customers(kind: str, ids: Iterable[int]) -> Changes:
        return Changes(frozenset({kind}), frozenset(int(i) for i in ids))

    @staticmethod
    def to_all(kind: str) -> Changes:
        return Changes(frozenset({kind}), None)

    @property
    def affects_all(self) -> bool:
        return self.customer_ids is None

    @property
    def empty(self) -> bool:
        return not self.kinds

    def __or__(self, other: Changes) -> Changes:
        ids = (
            None
            if self.customer_ids is None or other.customer_ids is None
            else self.customer_ids | other.customer_ids
        )
        return Changes(self.kinds | other.kinds, ids)

    def changes(self) -> Changes:
        return self


NOTHING = Changes()


class ReportsChanges(Protocol):
    """What every write service returns."""

    def changes(self) -> Changes: ...
