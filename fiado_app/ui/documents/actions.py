"""Glue between the document previews and the collection log: printing or saving a letter
records a contact on the "carta" channel for every customer in the PDF."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fiado_app.domain.document_records import PrintedLetter
from fiado_app.domain.errors import FiadoError
from fiado_app.services import letters
from fiado_app.ui.context import AppContext
from fiado_app.ui.documents.dialogs import BatchLettersDialog, show_letter
from fiado_app.ui.documents.preview import DocumentPreview


def log_printed_letters(ctx: AppContext, printed: Sequence[PrintedLetter]) -> int:
    """Log one "carta" contact per printed letter (one transaction); returns how many."""
    logged = letters.log_printed_letters(ctx.db, printed)
    if logged:
        ctx.notify_changed(customer_ids=sorted({p.customer_id for p in printed}))
    return logged


def _logger(parent: QWidget | None, ctx: AppContext):  # type: ignore[no-untyped-def]
    def log(printed: list[PrintedLetter]) -> None:
        try:
            log_printed_letters(ctx, printed)
        except FiadoError as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("letters", "Carta de cobrança"), str(exc)
            )

    return log


def print_customer_letter(
    parent: QWidget | None, ctx: AppContext, customer_id: int, stage: str | None = None
) -> DocumentPreview | None:
    """The letter for the customer's current letter stage, logged as a contact once printed."""
    return show_letter(parent, ctx, customer_id, stage, on_printed=_logger(parent, ctx))


def open_batch_letters(parent: QWidget | None, ctx: AppContext) -> BatchLettersDialog:
    dialog = BatchLettersDialog(ctx, parent, on_printed=_logger(parent, ctx))
    dialog.show()
    return dialog
