"""Plain records of the collection workflow (ladder, reminders, agenda, contacts). No ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from fiado_app.domain.changes import CONTACTS, Changes
from fiado_app.domain.records import Totals
from fiado_app.domain.text import plural
from fiado_app.domain.vocabulary import NO_HISTORY, REASON_LABELS, REASON_STAGE


@dataclass(frozen=True)
class StageRecord:
    key: str
    name: str
    offset_days: int
    channel: str
    template: str

    @property
    def when(self) -> str:
        if self.offset_days < 0:
            return f"{plural(-self.offset_days, 'dia', 'dias')} antes do vencimento"
        if self.offset_days == 0:
            return "no dia do vencimento"
        return f"{plural(self.offset_days, 'dia', 'dias')} após o vencimento"


@dataclass(frozen=True)
class Reminder:
    """A text ready to copy or open in WhatsApp (never "sent" by the app)."""

    customer_id: int
    name: str
    phone: str | None
    stage_key: str
    stage_name: str
    channel: str
    text: str
    open_cents: int
    pix_payload: str | None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ContactRecord:
    id: int
    customer_id: int
    at: datetime
    channel: str
    stage_key: str | None
    text: str
    outcome: str
    promise_date: date | None
    promise_cents: int | None
    note: str
    promise_status: str | None = None  # cumprida / quebrada / aberta for promises
    promise_paid_cents: int = 0

    def changes(self) -> Changes:
        return Changes.to_customers(CONTACTS, [self.customer_id])


@dataclass(frozen=True)
class CollectionState:
    customer_id: int
    paused_until: date | None = None
    pause_reason: str = ""
    excluded: bool = False
    excluded_reason: str = ""

    def paused_on(self, day: date) -> bool:
        """Paused customers come back on their date ("não cobrar até" the day before it)."""
        return self.paused_until is not None and day < self.paused_until

    def changes(self) -> Changes:
        return Changes.to_customers(CONTACTS, [self.customer_id])


@dataclass(frozen=True)
class AgendaItem:
    customer_id: int
    name: str
    phone: str | None
    reason: str
    stage_key: str | None
    stage_name: str
    channel: str
    open_cents: int
    overdue_cents: int
    days_overdue: int
    oldest_due: date | None
    last_contact_at: datetime | None
    promise_date: date | None = None
    promise_cents: int | None = None
    behaviour: str = NO_HISTORY

    @property
    def reason_label(self) -> str:
        if self.reason == REASON_STAGE:
            return self.stage_name
        return REASON_LABELS[self.reason]


@dataclass(frozen=True)
class Agenda:
    as_of: date
    items: list[AgendaItem]
    contact_allowed: bool
    contact_note: str  # e.g. "Domingo: evite contatos de cobrança."
    resting: int = 0  # customers hidden because they were contacted recently
    paused: int = 0
    customers: int | None = None  # in the whole shop (0: a new shop, show the first steps)
    totals: Totals | None = None  # the shop's, from the same read (the status bar shows them)


@dataclass(frozen=True)
class CollectionSummary:
    """The "Cobrança" panel of a customer."""

    state: CollectionState
    contacts: list[ContactRecord]
    promises_kept: int
    promises_broken: int
    promises_open: int
    behaviour: str
    stage_key: str | None
    stage_name: str
