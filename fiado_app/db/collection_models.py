"""Collection tables: the shop's ladder, each customer's collection state, the contact log.

Imported by the Alembic environment (migrations/env.py) so autogenerate sees them; they share
the ledger's Base and naming convention.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column

from fiado_app.db.models import Base
from fiado_app.domain.vocabulary import ALL_OUTCOMES, CONTACT_CHANNELS, LADDER_CHANNELS


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class LadderStage(Base):
    """One stage of the shop's ladder: when (days from the oldest open due date), how, what."""

    __tablename__ = "ladder_stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    offset_days: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(10))
    template: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    __table_args__ = (
        CheckConstraint(_in("channel", LADDER_CHANNELS), name="channel"),
        CheckConstraint("offset_days BETWEEN -60 AND 3650", name="offset_range"),
    )


class CustomerCollection(Base):
    """A customer's collection state: paused until a date, or excluded from reminders."""

    __tablename__ = "customer_collection"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    paused_until: Mapped[date | None] = mapped_column(Date)
    pause_reason: Mapped[str] = mapped_column(Text, default="")
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    excluded_reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class Contact(Base):
    """One collection contact, with the text as it was and what came of it. Never deleted: one
    logged by mistake is marked `voided_at` and counts no more."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(12))
    stage_key: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(20))
    promise_date: Mapped[date | None] = mapped_column(Date)
    promise_cents: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(_in("channel", CONTACT_CHANNELS), name="channel"),
        CheckConstraint(_in("outcome", ALL_OUTCOMES), name="outcome"),
        CheckConstraint(
            "outcome != 'promessa' OR promise_date IS NOT NULL", name="promise_has_date"
        ),
        CheckConstraint("promise_cents IS NULL OR promise_cents > 0", name="promise_positive"),
        Index("ix_contact_customer_at", "customer_id", "at"),
        # Today's agenda: the last contact made (copied texts are none) at each stage and at
        # all, and each customer's latest promise.
        Index(
            "ix_contact_stage",
            "customer_id",
            "stage_key",
            "at",
            "outcome",
            "voided_at",
            sqlite_where=sql_text("stage_key IS NOT NULL"),
        ),
        Index("ix_contact_made", "customer_id", "at", "outcome", "voided_at"),
        Index(
            "ix_contact_promised",
            "customer_id",
            "at",
            "id",
            sqlite_where=sql_text("outcome = 'promessa'"),
        ),
        Index(
            "ix_contact_promise",
            "promise_date",
            "customer_id",
            sqlite_where=sql_text("promise_date IS NOT NULL"),
        ),
    )
