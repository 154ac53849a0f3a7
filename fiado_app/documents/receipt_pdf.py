"""Recibo: a numbered receipt for a payment, with the amount in words and what it settled."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from fiado_app.documents.base import GroupStart, Layout, build_pdf, esc, styles
from fiado_app.documents.fonts import REGULAR
from fiado_app.documents.parts import (
    column_widths,
    customer_document,
    grid_style,
    place_and_date,
    sale_cells,
    signature,
    totals_table,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import ReceiptData
from fiado_app.domain.money import format_brl
from fiado_app.domain.vocabulary import METHOD_LABELS
from fiado_app.domain.words import amount_in_words


def receipt_number(number: int) -> str:
    return f"{number:06d}"


def _settled_table(data: ReceiptData) -> Table:
    cell = styles()["cell"]
    rows: list[list[object]] = [
        ["Compra", "Descrição", "Vencimento", "Valor", "Já pago", "Pago agora", "Situação"]
    ]
    for sale, part in data.settlement.settles:
        status = (
            "Quitada" if part == sale.open_cents else f"Resta\n{format_brl(sale.open_cents - part)}"
        )
        rows.append([*sale_cells(sale, cell), format_brl(part), status])
    table = Table(rows, colWidths=column_widths(rows), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (3, 0), (-1, -1), "RIGHT")]))
    return table


def _header(number: str, amount: str) -> Table:
    """ "RECIBO" on the left; its number and value on the right."""
    st = styles()
    header = Table(
        [
            [
                Paragraph("RECIBO", st["title"]),
                Paragraph(
                    f"<b>Recibo nº {number}</b><br/>Valor: <b>{esc(amount)}</b>", st["body_right"]
                ),
            ]
        ],
        colWidths=[None, 60 * mm],
    )
    header.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return header


def _totals(data: ReceiptData) -> list[tuple[str, int]]:
    s = data.settlement
    totals = [
        ("Saldo antes deste pagamento", max(s.balance_before_cents, 0)),
        ("Valor pago", data.payment.amount_cents),
    ]
    if s.excess_cents > 0:
        totals.append(("Crédito a favor do cliente", s.excess_cents))
    totals.append(("Saldo restante após este pagamento", s.remaining_cents))
    return totals


def receipt_story(data: ReceiptData) -> list[Flowable]:
    st = styles()
    payment, customer, s = data.payment, data.customer, data.settlement
    number = receipt_number(data.number)
    method = METHOD_LABELS.get(payment.method or "", "")
    doc = customer_document(customer)
    who = esc(customer.name) + (f" ({esc(doc)})" if doc else "")
    amount = format_brl(payment.amount_cents)
    header = _header(number, amount)
    text = (
        f"Recebemos de <b>{who}</b> a importância de <b>{esc(amount)}</b> "
        f"({esc(amount_in_words(payment.amount_cents))}), referente ao pagamento de compras a "
        f"prazo, em {format_date(payment.date)}"
        + (f", por {esc(method.lower())}" if method else "")
        + "."
    )
    story: list[Flowable] = [
        GroupStart(f"Recibo nº {number}"),
        header,
        Spacer(1, 6 * mm),
        Paragraph(text, st["body"]),
        Spacer(1, 5 * mm),
    ]
    if payment.note:
        story += [Paragraph(f"Observação: {esc(payment.note)}", st["small"]), Spacer(1, 3 * mm)]
    if s.settles:
        story += [
            Paragraph("Compras pagas com este valor", st["heading"]),
            Spacer(1, 1.5 * mm),
            _settled_table(data),
            Spacer(1, 3 * mm),
        ]
    totals = _totals(data)
    story += [
        totals_table(totals),
        Spacer(1, 3 * mm),
        Paragraph(
            "Saldo restante calculado com as compras e pagamentos registrados até a data deste "
            "pagamento.",
            st["small"],
        ),
        Spacer(1, 6 * mm),
        place_and_date(data.shop, payment.date),
        Spacer(1, 6 * mm),
        signature(data.shop, closing="Por ser verdade, firmamos o presente recibo."),
    ]
    return story


def render_receipt(data: ReceiptData) -> bytes:
    layout = Layout(data.shop, data.logo, f"Recibo nº {receipt_number(data.number)}")
    doc_story: list[Flowable] = [*receipt_story(data)]
    return build_pdf(layout, doc_story, first_template="head")
