"""The ledger's tables. Money is integer centavos; entries are never deleted."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from fiado_app.domain.vocabulary import (  # noqa: F401  (re-exported for the services)
    AGREEMENT,
    DISCOUNT,
    ENTRY_KINDS,
    PAYMENT,
    PAYMENT_METHODS,
    REVERSAL,
    SALE,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Shop(Base):
    """The shop's own data (a single row, id 1): printed on every collection document."""

    __tablename__ = "shop"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    document_kind: Mapped[str | None] = mapped_column(String(4))
    document: Mapped[str | None] = mapped_column(String(14))
    street: Mapped[str] = mapped_column(String(120), default="")
    number: Mapped[str] = mapped_column(String(20), default="")
    complement: Mapped[str] = mapped_column(String(60), default="")
    district: Mapped[str] = mapped_column(String(60), default="")
    city: Mapped[str] = mapped_column(String(60), default="")
    uf: Mapped[str] = mapped_column(String(2), default="")
    cep: Mapped[str] = mapped_column(String(8), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(120), default="")
    pix_key: Mapped[str | None] = mapped_column(String(77))
    terms_days: Mapped[int | None] = mapped_column(Integer, default=30)
    terms_day_of_month: Mapped[int | None] = mapped_column(Integer)
    # Late fee in basis points of the overdue amount (CDC art. 52 §1 caps it at 200 = 2 %).
    fine_bp: Mapped[int] = mapped_column(Integer, default=0)
    # Agreed monthly simple interest in basis points (100 = 1 % a.m.); 0 = none.
    interest_monthly_bp: Mapped[int] = mapped_column(Integer, default=0)
    # Whether the shop really may ask a credit bureau to register a debt (prior-notice wording).
    may_register_credit_bureau: Mapped[bool] = mapped_column(Boolean, default=False)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    configured: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)

    __table_args__ = (
        CheckConstraint("fine_bp BETWEEN 0 AND 200", name="fine_cap"),
        CheckConstraint("interest_monthly_bp >= 0", name="interest_positive"),
    )


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    nickname: Mapped[str] = mapped_column(String(60), default="")
    # Accent- and case-folded name + nickname, for matching what the owner types.
    search_key: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    document_kind: Mapped[str | None] = mapped_column(String(4))
    document: Mapped[str | None] = mapped_column(String(14))
    email: Mapped[str] = mapped_column(String(120), default="")
    street: Mapped[str] = mapped_column(String(120), default="")
    number: Mapped[str] = mapped_column(String(20), default="")
    complement: Mapped[str] = mapped_column(String(60), default="")
    district: Mapped[str] = mapped_column(String(60), default="")
    city: Mapped[str] = mapped_column(String(60), default="")
    uf: Mapped[str] = mapped_column(String(2), default="")
    cep: Mapped[str] = mapped_column(String(8), default="")
    credit_limit_cents: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    # Set when an import that created the customer is undone: kept, out of the lists.
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Set when the customer's personal data was erased (LGPD): "Cliente anonimizado nº N".
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("uq_customer_phone", "phone", unique=True, sqlite_where=text("phone IS NOT NULL")),
        Index(
            "uq_customer_document",
            "document",
            unique=True,
            sqlite_where=text("document IS NOT NULL"),
        ),
        Index("ix_customer_search_key", "search_key"),
        CheckConstraint("credit_limit_cents IS NULL OR credit_limit_cents >= 0", name="limit_pos"),
    )


class Entry(Base):
    """One line of the ledger: a sale, a payment, a discount, or the reversal of one of them.

    Entries are never updated except to mark, in the same transaction that inserts the
    reversal, when and by which entry they were reversed (so balances need no join).
    """

    __tablename__ = "entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(10))
    date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str | None] = mapped_column(String(15))
    note: Mapped[str] = mapped_column(Text, default="")
    # Why the credit limit was overridden for this sale, or why this entry reverses another.
    reason: Mapped[str] = mapped_column(Text, default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    reversed_by_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    reversed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)

    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint(
            "kind IN ('sale', 'payment', 'discount', 'reversal', 'agreement')", name="kind"
        ),
        CheckConstraint("kind != 'sale' OR due_date IS NOT NULL", name="sale_due"),
        CheckConstraint("kind != 'reversal' OR reverses_id IS NOT NULL", name="reversal_target"),
        Index(
            "ix_entry_ledger",
            "customer_id",
            "kind",
            "due_date",
            "id",
            "amount_cents",
            "date",
            "reversed_on",
        ),
        Index("ix_entry_date", "date"),
        # A customer's entries by date: the last months the behaviour labels judge.
        Index(
            "ix_entry_tail",
            "customer_id",
            "date",
            "kind",
            "amount_cents",
            "due_date",
            "reversed_on",
        ),
        Index(
            "uq_entry_reverses",
            "reverses_id",
            unique=True,
            sqlite_where=text("reverses_id IS NOT NULL"),
        ),
    )


class LedgerCheckpoint(Base):
    """Where a customer's ledger is summed up (domain/checkpoint.py): the position on `since`,
    which holds until `moves_on` but for the overdue amount of the `upcoming` sales (JSON
    [due, cents], the first due on `next_due`). Kept up to date by every ledger write; a
    customer without a row is read whole."""

    __tablename__ = "ledger_checkpoint"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    since: Mapped[dt.date] = mapped_column(Date)
    carry_cents: Mapped[int] = mapped_column(Integer)
    open_cents: Mapped[int] = mapped_column(Integer)
    oldest_due: Mapped[dt.date | None] = mapped_column(Date)
    last_payment: Mapped[dt.date | None] = mapped_column(Date)
    next_due: Mapped[dt.date | None] = mapped_column(Date)
    upcoming: Mapped[str] = mapped_column(Text)
    moves_on: Mapped[dt.date | None] = mapped_column(Date)


class Agreement(Base):
    """A renegotiation (services/agreements.py): the open sales it covers are settled by its
    entry (kind 'agreement', marked on them as `reversed_by_id`), and its instalments are
    sales with their own due dates. Undone by reversing its entry."""

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"), unique=True)
    made_on: Mapped[dt.date] = mapped_column(Date)
    # What the sales covered still owed, and what the customer agreed to pay (entrada +
    # instalments = total = covered − discount).
    covered_cents: Mapped[int] = mapped_column(Integer)
    total_cents: Mapped[int] = mapped_column(Integer)
    down_payment_cents: Mapped[int] = mapped_column(Integer, default=0)
    down_payment_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    discount_cents: Mapped[int] = mapped_column(Integer, default=0)
    discount_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    # The settled part of the ledger the agreement keeps whole (entrada, discount and what
    # had been paid of the sales covered): a sale already paid when it is written.
    balance_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    every_days: Mapped[int | None] = mapped_column(Integer)  # None: monthly
    break_after_days: Mapped[int] = mapped_column(Integer, default=30)
    accelerate_on_break: Mapped[bool] = mapped_column(Boolean, default=True)
    discount_lost_on_break: Mapped[bool] = mapped_column(Boolean, default=False)
    fine_bp: Mapped[int] = mapped_column(Integer, default=0)
    interest_monthly_bp: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    broken_on: Mapped[dt.date | None] = mapped_column(Date)
    accelerated_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    lost_discount_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)

    __table_args__ = (
        CheckConstraint("total_cents > 0 AND covered_cents >= total_cents", name="amounts"),
        CheckConstraint("break_after_days >= 1", name="break_days"),
        CheckConstraint("every_days IS NULL OR every_days >= 1", name="every_days"),
    )


class AgreementSale(Base):
    """A sale an agreement covers, with what it still owed when the agreement was made."""

    __tablename__ = "agreement_sale"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), primary_key=True)
    open_cents: Mapped[int] = mapped_column(Integer)


class AgreementInstallment(Base):
    """Instalment `number` of an agreement: the sale entry the ladder and payments see."""

    __tablename__ = "agreement_installment"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), unique=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)


class Receipt(Base):
    """The number of a payment's receipt: one gap-free sequence, given the first time the
    receipt is issued (issued again, it keeps its number)."""

    __tablename__ = "receipt"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), unique=True)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class ImportBatch(Base):
    """One import of a spreadsheet (services/sheet_import.py): what it added, and whether it
    was undone (its entries reversed, the customers it created archived)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sheet: Mapped[str] = mapped_column(String(255), default="")
    shape: Mapped[str] = mapped_column(String(12))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    customers_added: Mapped[int] = mapped_column(Integer, default=0)
    customers_matched: Mapped[int] = mapped_column(Integer, default=0)
    entries_added: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportBatchCustomer(Base):
    """A customer an import created."""

    __tablename__ = "import_batch_customer"

    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)


class ImportBatchEntry(Base):
    """An entry an import wrote, with the sheet's line it came from."""

    __tablename__ = "import_batch_entry"

    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id"), primary_key=True)
    line: Mapped[int] = mapped_column(Integer)


class PrivacyLog(Base):
    """What was done for a customer's data rights (LGPD), without their personal data: the
    customer's number, the act, the reason the owner gave."""

    __tablename__ = "privacy_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer)
    act: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    owed_cents: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class KpiCache(Base):
    """The Painel's sums of one month or day that is over (services/kpi_cache.py), as JSON.
    Triggers on `entry` (migration 0009) delete the slices whose last day is on or after the
    date of any entry written, changed or deleted."""

    __tablename__ = "kpi_cache"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_day: Mapped[dt.date] = mapped_column(Date, index=True)
    data: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Shop-level preferences stored with the data (contact hours, ladder options...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
