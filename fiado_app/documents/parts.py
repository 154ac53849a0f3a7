"""Pieces shared by the documents: recipient block, purchases table, totals, Pix, signature."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from fiado_app.documents.base import LIGHT, RULE, WIDTH, esc, shop_address, shop_document, styles
from fiado_app.documents.fonts import BOLD, REGULAR
from fiado_app.domain.br_documents import format_document, mask_cpf
from fiado_app.domain.dates import format_date, format_long_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl
from fiado_app.domain.phones import format_phone
from fiado_app.domain.pix import build_pix_payload, pix_txid_for_customer
from fiado_app.domain.records import CustomerRecord, OpenSale, ShopRecord


def customer_document(customer: CustomerRecord) -> str:
    """CPF masked (`***.456.789-**`), CNPJ in full; empty when none."""
    if not customer.document:
        return ""
    if customer.document_kind == "cnpj":
        return f"CNPJ {format_document(customer.document)}"
    return f"CPF {mask_cpf(customer.document)}"


def recipient_block(customer: CustomerRecord) -> Flowable:
    """Name and address for the envelope window; shrinks rather than spill out of it."""
    st = styles()
    lines = [f"<b>{esc(customer.name)}</b>"]
    lines += [esc(x) for x in customer.address.envelope_lines()]
    para = Paragraph("<br/>".join(lines), st["address"])
    return KeepInFrame(78 * mm, 37 * mm, [para], mode="shrink")


def info_block(rows: Sequence[tuple[str, str]]) -> Flowable:
    st = styles()
    text = "<br/>".join(f"<font color='#555555'>{esc(k)}:</font> {esc(v)}" for k, v in rows if v)
    return KeepInFrame(65 * mm, 37 * mm, [Paragraph(text, st["small"])], mode="shrink")


def customer_info(customer: CustomerRecord, reference: str) -> list[tuple[str, str]]:
    return [
        ("Cliente nº", str(customer.id)),
        ("Documento", customer_document(customer)),
        ("Telefone", format_phone(customer.phone) if customer.phone else ""),
        ("Referência", reference),
    ]


def place_and_date(shop: ShopRecord, when: date) -> Paragraph:
    place = f"{shop.city}, " if shop.city else ""
    return Paragraph(esc(f"{place}{format_long_date(when)}."), styles()["body_right"])


def grid_style(header_rows: int = 1) -> list[tuple]:
    return [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.6, RULE),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


_PADDING = 6  # LEFTPADDING + RIGHTPADDING of grid_style, in points
_SIZE = 8.5  # grid_style's font size


def column_widths(
    rows: Sequence[Sequence[object]], flexible: int = 1, total: float = WIDTH
) -> list[float]:
    """Widths for a grid_style table: each column of plain text as wide as its widest line
    (the header in bold), so no amount ever runs into its neighbour, and the `flexible` column
    (a wrapping Paragraph, the description) takes what is left."""
    count = len(rows[0])
    widths = [0.0] * count
    for index, row in enumerate(rows):
        font = BOLD if index == 0 else REGULAR
        for col, value in enumerate(row):
            if col == flexible or not isinstance(value, str):
                continue
            widest = max(stringWidth(line, font, _SIZE) for line in value.split("\n"))
            widths[col] = max(widths[col], widest + _PADDING + 1)
    widths[flexible] = max(total - sum(widths), 25 * mm)
    return widths


def sale_cells(sale: OpenSale, cell: ParagraphStyle) -> list[object]:
    """Date, description, due date, amount and already paid: the cells every sale table shares."""
    return [
        format_date(sale.date),
        Paragraph(esc(sale.description or "Compra"), cell),
        format_date(sale.due_date),
        format_brl(sale.amount_cents),
        format_brl(sale.paid_cents),
    ]


def purchases_table(sales: Sequence[OpenSale]) -> Table:
    """Date, description, due date, amount, paid, open; the header repeats on every page."""
    cell = styles()["cell"]
    rows: list[list[object]] = [["Data", "Descrição", "Vencimento", "Valor", "Pago", "Em aberto"]]
    for sale in sales:
        rows.append([*sale_cells(sale, cell), format_brl(sale.open_cents)])
    table = Table(rows, colWidths=column_widths(rows), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (3, 0), (-1, -1), "RIGHT")]))
    return table


def totals_table(rows: Sequence[tuple[str, int]], strong_last: bool = True) -> Table:
    data = [[label, format_brl(value)] for label, value in rows]
    table = Table(data, colWidths=[WIDTH - 35 * mm, 35 * mm], hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if strong_last:
        style += [
            ("FONT", (0, -1), (-1, -1), BOLD, 10),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
        ]
    table.setStyle(TableStyle(style))
    return table


def pix_payload_for(
    shop: ShopRecord, customer_id: int, amount_cents: int, when: date
) -> str | None:
    """The exact-amount "copia e cola", or None when the shop has no usable Pix data."""
    if not shop.pix_key or amount_cents <= 0:
        return None
    try:
        return build_pix_payload(
            shop.pix_key,
            shop.name,
            shop.city or "BRASIL",
            amount_cents,
            txid=pix_txid_for_customer(customer_id, when),
        )
    except InvalidInput:
        return None


class QrCode(Flowable):
    """A QR code drawn straight on the canvas as one filled path (fast enough for 1,000 letters).

    Error correction M, quiet zone of 2 modules. The mask pattern is fixed (pattern 0) instead
    of the slow search for the "best" one: every mask is valid and scanners read it from the
    format information.
    """

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)
        code.version = code.calculate_version()
        code.makeImpl(False, 0)
        self.modules: list[list[bool]] = code.modules
        self.width = self.height = size

    def wrap(self, *_args: object) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 4)
        canv = self.canv
        path = canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + 3) * box
            c = 0
            for dark, run in itertools.groupby(row):
                n = len(list(run))
                if dark:
                    path.rect((c + 2) * box, y, n * box, box)
                c += n
        canv.saveState()
        canv.setFillColorRGB(0, 0, 0)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()


def how_to_pay(shop: ShopRecord, payload: str | None, amount_cents: int) -> list[Flowable]:
    """Pix QR code and copia e cola for the exact amount, and the other ways to pay: to be
    kept together by the caller (one KeepTogether, never nested: a nested one asks for a whole
    page and pushes everything after it to the next)."""
    st = styles()
    at_shop = shop_address(shop)
    other = (
        f"Você também pode pagar em dinheiro, cartão ou Pix na loja"
        f"{(' (' + at_shop + ')') if at_shop else ''}."
    )
    if shop.phone:
        other += (
            f" Se preferir dividir o valor, fale conosco pelo {format_phone(shop.phone)} e "
            "combinamos."
        )
    parts: list[Flowable] = [Paragraph("Como pagar", st["heading"]), Spacer(1, 1 * mm)]
    if payload is None:
        key = f" Chave Pix: {shop.pix_key}." if shop.pix_key else ""
        parts.append(Paragraph(esc(f"Valor: {format_brl(amount_cents)}.{key} {other}"), st["body"]))
        return parts
    text = [
        Paragraph(
            esc(
                f"Pix de {format_brl(amount_cents)}: aponte a câmera do aplicativo do seu banco "
                "para o QR Code ao lado, ou use o código Pix copia e cola abaixo."
            ),
            st["body"],
        ),
        Paragraph(esc(f"Recebedor: {shop.name} · Chave Pix: {shop.pix_key}"), st["small"]),
        Spacer(1, 1.5 * mm),
        Paragraph("Pix copia e cola:", st["small"]),
        Paragraph(esc(payload), st["code"]),
        Spacer(1, 1.5 * mm),
        Paragraph(esc(other), st["small"]),
    ]
    table = Table([[QrCode(payload, 30 * mm), text]], colWidths=[34 * mm, WIDTH - 34 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [*parts, table]


def signature(shop: ShopRecord, closing: str = "Atenciosamente,") -> Flowable:
    """The closing on the left and the signature line on the right, kept together."""
    st = styles()
    signer: list[Flowable] = [
        Spacer(1, 9 * mm),
        Paragraph("_" * 40, st["body"]),
        Paragraph(f"<b>{esc(shop.name)}</b>", st["body"]),
    ]
    if shop.document:
        signer.append(Paragraph(esc(shop_document(shop)), st["small"]))
    table = Table(
        [[Paragraph(esc(closing), st["body"]), signer]],
        colWidths=[WIDTH - 80 * mm, 80 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
