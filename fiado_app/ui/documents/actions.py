"""Glue between the document previews and the collection log: printing or saving a letter
records a contact on the "carta" channel for every customer in the PDF (services/printing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fiado_app.domain.document_records import PrintedLetter
from fiado_app.services import printing
from fiado_app.ui.context import AppContext
from fiado_app.ui.documents.dialogs import BatchLettersDialog, show_letter
from fiado_app.ui.documents.preview import DocumentPreview


def _logger(parent: QWidget | None, ctx: AppContext) -> Callable[[list[PrintedLetter]], None]:
    def log(printed: list[PrintedLetter]) -> None:
        ctx.perform(
            lambda: printing.log_printed(ctx.db, printed),
            parent=parent,
            title=QCoreApplication.translate("letters", "Carta de cobrança"),
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
