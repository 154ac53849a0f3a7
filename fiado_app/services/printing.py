"""Printing: collection letters, receipts and statements as PDF (or the statement as a
WhatsApp text), and the contacts a printed letter logs.

One set of use cases for the command line (which saves the PDF to a file) and the app (which
shows it in a preview, then prints or saves it). ReportLab is imported on first use: the window
opens without it.

A printed letter is logged as a "carta" contact only once it leaves the app (saved or sent to a
printer), with the outcome "sem resposta": printing is not delivery.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fiado_app.db.engine import Database
from fiado_app.domain.document_records import LetterData, PrintedLetter, ReceiptData, StatementData
from fiado_app.services.letters import (
    LettersLogged,
    letter_plan,
    letters_for,
    load_letters,
    log_printed_letters,
)
from fiado_app.services.receipts import receipt_data
from fiado_app.services.statement_doc import statement_data

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class LetterBatch:
    """One PDF with one or more letters, and what each letter logs once printed."""

    pdf: bytes
    letters: list[LetterData]
    printed: list[PrintedLetter]
    no_address: list[tuple[int, str]] = field(default_factory=list)  # left out of a batch

    def stage_counts(self) -> dict[str, int]:
        """How many letters of each stage, in the order they appear."""
        counts: dict[str, int] = {}
        for item in self.printed:
            counts[item.stage] = counts.get(item.stage, 0) + 1
        return counts


def letter_batch(
    db: Database,
    as_of: date,
    stage: str | None = None,
    customer_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> LetterBatch | None:
    """The letters due on `as_of` (the agenda's letters; everyone at `stage`; or the chosen
    customers) in one PDF; None when nobody is at a letter stage."""
    from fiado_app.documents.letters import render_letters

    no_address: list[tuple[int, str]] = []
    if customer_ids is None:  # the day's batch: who has no postal address is left out
        plan = letter_plan(db, as_of, stage)
        letters = load_letters(db, plan.requests, as_of)
        no_address = plan.no_address
    else:
        letters = letters_for(db, as_of, stage, customer_ids)
    if not letters:
        return None
    pdf, printed = render_letters(letters, progress=progress)
    return LetterBatch(pdf, letters, printed, no_address)


def customer_letter(
    db: Database, customer_id: int, as_of: date, stage: str | None = None
) -> LetterBatch:
    """One customer's letter: their current letter stage, or `stage`. InvalidInput when the
    customer owes nothing or is not at a letter stage."""
    batch = letter_batch(db, as_of, stage, [customer_id])
    assert batch is not None  # letters_for raises for a chosen customer with no letter
    return batch


def log_printed(db: Database, batch: LetterBatch | Sequence[PrintedLetter]) -> LettersLogged:
    """The letters left the app (printed or saved): one "carta" contact each."""
    printed = batch.printed if isinstance(batch, LetterBatch) else batch
    return log_printed_letters(db, printed)


def save_letters(db: Database, batch: LetterBatch, path: Path) -> LettersLogged:
    """Save the PDF, then log its letters (nothing is logged if the file cannot be written)."""
    save_pdf(batch.pdf, path)
    return log_printed(db, batch)


def receipt_number(data: ReceiptData) -> str:
    """The receipt's number as printed (`000012`)."""
    from fiado_app.documents.receipt_pdf import receipt_number as number

    return number(data.number)


def receipt(db: Database, payment_id: int) -> tuple[ReceiptData, bytes]:
    """The receipt of a payment: what it settled, and the PDF."""
    from fiado_app.documents.receipt_pdf import render_receipt

    data = receipt_data(db, payment_id)
    return data, render_receipt(data)


def statement(
    db: Database, customer_id: int, start: date | None, end: date | None, issued_on: date
) -> tuple[StatementData, bytes]:
    """A customer's statement for a period (either end open), and the PDF."""
    from fiado_app.documents.statement_pdf import render_statement

    data = statement_data(db, customer_id, start, end, issued_on)
    return data, render_statement(data)


def statement_text(
    db: Database, customer_id: int, start: date | None, end: date | None, issued_on: date
) -> str:
    """The short statement to send by WhatsApp."""
    from fiado_app.documents.statement_text import statement_whatsapp_text

    return statement_whatsapp_text(statement_data(db, customer_id, start, end, issued_on))


def save_pdf(pdf: bytes, path: Path) -> Path:
    """Write a PDF atomically, or say in Portuguese why the place cannot be written."""
    from fiado_app.documents.base import save_pdf as save

    return save(pdf, path)


def carne(db: Database, agreement_id: int, issued_on: date | None = None) -> bytes:
    """The agreement's carnê: three slips a page, each with its instalment's own Pix."""
    from fiado_app.documents.agreement_pdf import render_carne
    from fiado_app.services.agreement_docs import agreement_doc_data

    return render_carne(agreement_doc_data(db, agreement_id, issued_on))


def agreement_term(db: Database, agreement_id: int, issued_on: date | None = None) -> bytes:
    """Termo de acordo e confissão de dívida, to be signed by the customer and two witnesses."""
    from fiado_app.documents.agreement_pdf import render_term
    from fiado_app.services.agreement_docs import agreement_doc_data

    return render_term(agreement_doc_data(db, agreement_id, issued_on))


def agreement_text(db: Database, agreement_id: int, issued_on: date | None = None) -> str:
    """Resumo do acordo: the schedule and the next instalment's Pix, for WhatsApp."""
    from fiado_app.documents.agreement_text import agreement_summary_text
    from fiado_app.services.agreement_docs import agreement_doc_data

    return agreement_summary_text(agreement_doc_data(db, agreement_id, issued_on))


def month_report(db: Database, month: str, as_of: date | None = None) -> bytes:
    """Relatório do mês (AAAA-MM): the month's Painel numbers as a PDF."""
    from fiado_app.documents.kpi_report import ReportData, render_report
    from fiado_app.services.kpi_report import report_data

    data: ReportData = report_data(db, month, as_of)
    return render_report(data)


def customer_data_pdf(db: Database, customer_id: int) -> bytes:
    """Everything held about one customer (LGPD art. 18 II), as a readable PDF."""
    from fiado_app.documents.privacy_pdf import render_customer_data
    from fiado_app.services.privacy import customer_data
    from fiado_app.services.shop import printable_shop

    data = customer_data(db, customer_id)
    with db.read() as session:
        shop, logo = printable_shop(session, collection=False)
    return render_customer_data(shop, logo, data)
