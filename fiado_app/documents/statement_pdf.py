"""Extrato: a customer's entries for a period with a running balance, as a PDF."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from fiado_app.documents.base import GREY, GroupStart, Layout, build_pdf, esc, styles
from fiado_app.documents.parts import (
    customer_info,
    grid_style,
    info_block,
    place_and_date,
    recipient_block,
    totals_table,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import StatementData
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import StatementLine
from fiado_app.domain.wording import describe_entry, period_text, reversed_mark


def entry_label(line: StatementLine) -> str:
    entry = line.entry
    text = describe_entry(entry)
    if line.note:
        text += f" ({line.note})"
    elif entry.is_reversed:
        text += f" ({reversed_mark(entry)})"
    return text


def _table(data: StatementData) -> Table:
    st = styles()
    cell, grey = st["cell"], st["cell"].clone("grey", textColor=GREY)
    rows: list[list[object]] = [["Data", "Nº", "Lançamento", "Débito", "Crédito", "Saldo"]]
    statement = data.statement
    reversed_rows: list[int] = []
    if statement.start is not None:
        rows.append(["", "", "Saldo anterior", "", "", format_brl(statement.opening_cents)])
    for line in statement.lines:
        entry = line.entry
        struck = (entry.is_reversed and not line.note) or entry.kind == "reversal"
        if struck:
            reversed_rows.append(len(rows))
        rows.append(
            [
                format_date(entry.date),
                str(entry.id),
                Paragraph(esc(entry_label(line)), grey if struck else cell),
                format_brl(line.delta_cents) if line.delta_cents > 0 else "",
                format_brl(-line.delta_cents) if line.delta_cents < 0 else "",
                format_brl(line.balance_cents),
            ]
        )
    if len(rows) == 1 or (len(rows) == 2 and statement.start is not None):
        rows.append(["", "", "Nenhum lançamento no período.", "", "", ""])
    widths = [20 * mm, 13 * mm, 64 * mm, 22 * mm, 22 * mm, 24 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        *grid_style(),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
    ]
    style += [("TEXTCOLOR", (0, r), (-1, r), GREY) for r in reversed_rows]
    table.setStyle(TableStyle(style))
    return table


def statement_story(data: StatementData) -> list[Flowable]:
    st = styles()
    statement = data.statement
    customer = statement.customer
    closing = statement.closing_cents
    if closing >= 0:
        totals = [(f"Total em aberto em {format_date(statement.end or data.issued_on)}", closing)]
    else:
        totals = [("Crédito a favor do cliente", -closing)]
    return [
        GroupStart(f"Extrato – {customer.name}"),
        recipient_block(customer),
        FrameBreak(),
        info_block(customer_info(customer, "Extrato de conta")),
        FrameBreak(),
        place_and_date(data.shop, data.issued_on),
        Spacer(1, 3 * mm),
        Paragraph("Extrato de conta", st["title"]),
        Paragraph(esc(f"Período: {period_text(data)}"), st["body"].clone("c", alignment=1)),
        Spacer(1, 4 * mm),
        _table(data),
        Spacer(1, 2 * mm),
        totals_table(totals),
        Spacer(1, 4 * mm),
        Paragraph(
            esc(
                "Lançamentos estornados aparecem em cinza, seguidos do estorno que os anula. "
                "Se encontrar alguma diferença, fale conosco: conferimos juntos."
            ),
            st["small"],
        ),
    ]


def render_statement(data: StatementData) -> bytes:
    name = data.statement.customer.name
    layout = Layout(data.shop, data.logo, f"Extrato – {name}")
    return build_pdf(layout, statement_story(data))
