"""Plain records of the ledger: what services return and the UI, CLI and documents show.

Frozen dataclasses, never ORM objects, so every layer may hold and pass them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from fiado_app.domain.address import Address
from fiado_app.domain.changes import CUSTOMERS, ENTRIES, SHOP, Changes


@dataclass(frozen=True)
class ShopRecord:
    name: str
    document_kind: str | None
    document: str | None
    street: str
    number: str
    complement: str
    district: str
    city: str
    uf: str
    cep: str
    phone: str | None
    email: str
    pix_key: str | None
    terms_days: int | None
    terms_day_of_month: int | None
    fine_bp: int
    interest_monthly_bp: int
    may_register_credit_bureau: bool
    has_logo: bool
    configured: bool

    @property
    def address(self) -> Address:
        return Address.of(self)

    def changes(self) -> Changes:
        return Changes.to_all(SHOP)  # printed on every document: every view may show it


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    name: str
    nickname: str
    phone: str | None
    document_kind: str | None
    document: str | None
    email: str
    street: str
    number: str
    complement: str
    district: str
    city: str
    uf: str
    cep: str
    credit_limit_cents: int | None
    notes: str
    created_at: dt.datetime
    archived_at: dt.datetime | None = None  # an undone import created it
    anonymised_at: dt.datetime | None = None  # personal data erased (LGPD)

    @property
    def address(self) -> Address:
        return Address.of(self)

    def changes(self) -> Changes:
        return Changes.to_customers(CUSTOMERS, [self.id])


@dataclass(frozen=True)
class EntryRecord:
    id: int
    customer_id: int
    kind: str
    date: dt.date
    amount_cents: int
    due_date: dt.date | None
    description: str
    method: str | None
    note: str
    reason: str
    reverses_id: int | None
    reversed_by_id: int | None
    reversed_on: dt.date | None
    created_at: dt.datetime

    @property
    def is_reversed(self) -> bool:
        return self.reversed_by_id is not None

    def changes(self) -> Changes:
        return Changes.to_customers(ENTRIES, [self.customer_id])


class ReceivableRow(NamedTuple):
    """One customer's position on a date. Amounts in centavos. (A named tuple: the daily
    screens build ten thousand of them, four times quicker than a frozen dataclass.)"""

    customer_id: int
    name: str
    nickname: str
    phone: str | None
    open_cents: int
    overdue_cents: int
    oldest_due: dt.date | None
    oldest_overdue_due: dt.date | None
    days_overdue: int
    bucket: str
    last_payment: dt.date | None
    credit_limit_cents: int | None = None

    @property
    def owed_cents(self) -> int:
        """What the customer owes (0 for a customer in credit)."""
        return max(self.open_cents, 0)

    @property
    def credit_cents(self) -> int:
        """What the shop owes the customer (paid more than was bought), else 0."""
        return max(-self.open_cents, 0)

    @property
    def is_overdue(self) -> bool:
        return self.overdue_cents > 0


@dataclass(frozen=True)
class ReceivablesReport:
    as_of: dt.date
    rows: list[ReceivableRow]
    open_cents: int  # what customers owe; a customer's credit never lowers it
    overdue_cents: int
    customers_overdue: int
    credit_cents: int = 0  # what the shop owes customers in credit (listed apart)

    @classmethod
    def of(cls, as_of: dt.date, rows: list[ReceivableRow]) -> ReceivablesReport:
        totals = Totals.of(rows)
        return cls(as_of, rows, *totals)

    @property
    def totals(self) -> Totals:
        return Totals(
            self.open_cents, self.overdue_cents, self.customers_overdue, self.credit_cents
        )


class Totals(NamedTuple):
    """The shop's totals on a date (the status bar's line)."""

    open_cents: int  # what customers owe; a customer's credit never lowers it
    overdue_cents: int
    customers_overdue: int
    credit_cents: int  # what the shop owes customers in credit

    @classmethod
    def of(cls, rows: list[ReceivableRow]) -> Totals:
        owed = overdue = late = credit = 0
        for row in rows:  # one pass: thousands of rows on every refresh
            if row.open_cents > 0:
                owed += row.open_cents
            else:
                credit -= row.open_cents
            if row.overdue_cents > 0:
                overdue += row.overdue_cents
                late += 1
        return cls(owed, overdue, late, credit)


@dataclass(frozen=True)
class OpenSale:
    """A sale and how much of it is still open after the customer's credits (oldest due first)."""

    entry_id: int
    date: dt.date
    due_date: dt.date
    description: str
    amount_cents: int
    paid_cents: int

    @property
    def open_cents(self) -> int:
        return self.amount_cents - self.paid_cents

    def days_overdue(self, as_of: dt.date) -> int:
        return max(0, (as_of - self.due_date).days)


@dataclass(frozen=True)
class Settlement:
    """What a payment of `amount_cents` would settle, oldest due first, and what remains."""

    amount_cents: int
    settles: list[tuple[OpenSale, int]]
    balance_before_cents: int
    remaining_cents: int
    excess_cents: int


@dataclass(frozen=True)
class StatementLine:
    entry: EntryRecord
    delta_cents: int  # the line's amount, signed (+ owed, - paid), shown even when struck
    balance_cents: int
    # What the line changed in the balance: delta_cents, or 0 for a mistake and its reversal.
    counted_cents: int | None = None
    # Why a line stopped counting other than by a reversal ("liquidada pelo acordo nº 3").
    note: str = ""


@dataclass(frozen=True)
class Statement:
    customer: CustomerRecord
    start: dt.date | None
    end: dt.date | None
    opening_cents: int
    lines: list[StatementLine] = field(default_factory=list)
    closing_cents: int = 0
