"""How entries and periods are worded in statements, receipts and texts (Portuguese)."""

from __future__ import annotations

from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import StatementData
from fiado_app.domain.records import EntryRecord
from fiado_app.domain.vocabulary import (
    AGREEMENT,
    DISCOUNT,
    KIND_LABELS,
    METHOD_LABELS,
    PAYMENT,
    SALE,
)


def describe_entry(entry: EntryRecord) -> str:
    """A short Portuguese description for lists and texts."""
    label = KIND_LABELS[entry.kind]
    if entry.kind == SALE:
        return f"{label}: {entry.description}" if entry.description else label
    if entry.kind == PAYMENT:
        method = METHOD_LABELS.get(entry.method or "", "")
        return f"{label} ({method})" if method else label
    if entry.kind == DISCOUNT:
        return f"{label}: {entry.reason}"
    if entry.kind == AGREEMENT:
        return entry.description or label
    text = f"{label} do lançamento nº {entry.reverses_id}: {entry.reason}"
    if entry.created_at.date() != entry.date:
        text += f" (registrado em {format_date(entry.created_at.date())})"
    return text


def reversed_mark(entry: EntryRecord) -> str:
    """How a reversed entry is marked: a mistake never counted; a bounced payment stopped
    counting on a given day."""
    if not entry.is_reversed:
        return ""
    if entry.reversed_on is None or entry.reversed_on == entry.date:
        return "estornado, não conta"
    return f"estornado em {format_date(entry.reversed_on)}"


def period_text(data: StatementData) -> str:
    st = data.statement
    if st.start and st.end:
        return f"de {format_date(st.start)} a {format_date(st.end)}"
    if st.start:
        return f"de {format_date(st.start)} a {format_date(data.issued_on)}"
    if st.end:
        return f"todo o histórico até {format_date(st.end)}"
    return f"todo o histórico até {format_date(data.issued_on)}"
