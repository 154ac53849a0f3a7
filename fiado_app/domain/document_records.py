"""Plain records the documents render (letters, receipts, statements): gathered by services,
printed by documents/, logged back by services. No ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fiado_app.domain.agreement import AgreementRecord
from fiado_app.domain.dues import Dues, split_dues
from fiado_app.domain.late_charges import LateCharges
from fiado_app.domain.records import (
    CustomerRecord,
    EntryRecord,
    OpenSale,
    Settlement,
    ShopRecord,
    Statement,
)


@dataclass(frozen=True)
class LetterData:
    """Everything printed on one letter. Amounts in centavos."""

    shop: ShopRecord
    logo: bytes | None
    customer: CustomerRecord
    stage: str
    as_of: date
    deadline: date
    sales: list[OpenSale]
    charges: LateCharges
    template: str = ""  # the owner's text for this stage (empty = the default one)

    @property
    def oldest_due(self) -> date:
        return min(s.due_date for s in self.sales)

    @property
    def dues(self) -> Dues:
        """The purchases split into overdue and not yet due, with the charges (as `charges`)."""
        return split_dues(self.sales, self.as_of, self.shop.fine_bp, self.shop.interest_monthly_bp)

    @property
    def days_late(self) -> int:
        return max(0, (self.as_of - self.oldest_due).days)


@dataclass(frozen=True)
class PrintedLetter:
    """One letter in a PDF: what gets logged as a contact on the "carta" channel."""

    customer_id: int
    stage: str
    amount_cents: int
    as_of: date
    text: str = ""  # the letter's message as printed
    title: str = ""


@dataclass(frozen=True)
class ReceiptData:
    shop: ShopRecord
    logo: bytes | None
    customer: CustomerRecord
    payment: EntryRecord
    settlement: Settlement
    number: int  # the receipt's own sequence (services/receipts.py)


@dataclass(frozen=True)
class StatementData:
    shop: ShopRecord
    logo: bytes | None
    statement: Statement
    issued_on: date


@dataclass(frozen=True)
class Slip:
    """One slip of the carnê: an instalment still owing something, for what it still owes,
    due when it is due now (a break may have brought it forward)."""

    number: int
    due: date
    amount_cents: int  # the instalment as agreed
    open_cents: int  # what is left of it: the slip and its Pix ask for this


@dataclass(frozen=True)
class AgreementDocData:
    """What the carnê, the term and the summary text of an agreement print."""

    shop: ShopRecord
    logo: bytes | None
    customer: CustomerRecord
    agreement: AgreementRecord
    # The exact-amount Pix "copia e cola" of each slip (by instalment), None without a key.
    pix: dict[int, str | None]
    issued_on: date
    slips: tuple[Slip, ...] = ()
