"""An agreement's documents: the carnê (three slips a page, one Pix each) and the term.

Carnê: A4, three slips separated by cut lines. Each slip has a stub on the left that the shop
keeps (customer, instalment, due date, amount, a line to note the payment) and, on the right,
the part the customer takes: the shop's identification (CDC art. 42-A), the customer, "Parcela
n de N", due date, amount, and the Pix QR code with its "copia e cola" for exactly that
instalment (its own txid).

Termo de acordo e confissão de dívida: both parties, the origin of the debt (the sales
covered), the total, discount, entrada, the schedule, what happens on late payment (as the
agreement was made: the shop's fine and interest, the early due date, the discount), the place
and date, and signature lines for the customer, the shop and two witnesses
(docs/agreements.md has the legal reasons).
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from fiado_app.documents.base import (
    GREY,
    PAGE_H,
    PAGE_W,
    RULE,
    WIDTH,
    GroupStart,
    Layout,
    build_pdf,
    esc,
    shop_address,
    shop_contact,
    shop_document,
    styles,
)
from fiado_app.documents.fonts import BOLD, REGULAR, register_fonts
from fiado_app.documents.parts import QrCode, grid_style
from fiado_app.domain.address import Address
from fiado_app.domain.br_documents import format_document
from fiado_app.domain.dates import format_date, format_long_date
from fiado_app.domain.document_records import AgreementDocData, Slip
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.late_charges import format_rate
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord
from fiado_app.domain.text import plural
from fiado_app.domain.vocabulary import AGREEMENT_LABELS
from fiado_app.domain.words import amount_in_words

SLIPS_PER_PAGE = 3
MARGIN = 10 * mm
SLIP_H = (PAGE_H - 2 * MARGIN) / SLIPS_PER_PAGE
STUB_W = 52 * mm
QR_SIZE = 34 * mm


def _fit(canv: Canvas, text: str, font: str, size: float, width: float) -> str:
    """`text` cut (with …) to fit `width`."""
    if canv.stringWidth(text, font, size) <= width:
        return text
    while text and canv.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _words(canv: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` within `width`, breaking between words."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and canv.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _wrap(canv: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` within `width`, breaking anywhere (a Pix code has no spaces)."""
    widths: dict[str, float] = {}
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for ch in text:
        w = widths.get(ch)
        if w is None:
            w = widths[ch] = canv.stringWidth(ch, font, size)
        if current and used + w > width:
            carry: list[str] = []
            # Never break next to a space: a PDF reader drops it when the lines are copied.
            while len(current) > 1 and (
                ch == " " or current[-1] == " " or (carry and carry[0] == " ")
            ):
                carry.insert(0, current.pop())
            lines.append("".join(current))
            current = carry
            used = sum(widths[c] for c in current)
        current.append(ch)
        used += w
    if current:
        lines.append("".join(current))
    return lines


def charges_sentence(fine_bp: int, interest_monthly_bp: int) -> str:
    """What a late instalment costs, as the shop set it (nothing when it set nothing)."""
    parts = []
    if fine_bp:
        parts.append(f"multa de {format_rate(fine_bp)}")
    if interest_monthly_bp:
        parts.append(f"juros simples de mora de {format_rate(interest_monthly_bp)} ao mês")
    if not parts:
        return "Não há multa nem juros por atraso."
    return f"Após o vencimento: {' e '.join(parts)} sobre o valor da parcela em atraso."


def _slip(canv: Canvas, data: AgreementDocData, item: Slip, y_top: float) -> None:
    agreement, shop, customer = data.agreement, data.shop, data.customer
    count = agreement.count
    x0, x1 = MARGIN, PAGE_W - MARGIN
    bottom = y_top - SLIP_H
    pad = 4 * mm
    # The stub the shop keeps.
    canv.setFillColor(GREY)
    canv.setFont(REGULAR, 6.5)
    canv.drawString(x0 + pad, y_top - pad - 2 * mm, "CANHOTO – fica com a loja")
    canv.setFillColorRGB(0, 0, 0)
    y = y_top - pad - 8 * mm
    stub_text = STUB_W - 2 * pad
    rows = [
        ("Acordo nº", f"{agreement.id}"),
        ("Cliente", customer.name),
        ("Parcela", f"{item.number} de {count}"),
        ("Vencimento", format_date(item.due)),
        ("Valor", format_brl(item.open_cents)),
    ]
    for label, value in rows:
        canv.setFont(REGULAR, 6.5)
        canv.setFillColor(GREY)
        canv.drawString(x0 + pad, y, label)
        canv.setFillColorRGB(0, 0, 0)
        canv.setFont(BOLD, 9)
        canv.drawString(x0 + pad, y - 3.8 * mm, _fit(canv, value, BOLD, 9, stub_text))
        y -= 10 * mm
    canv.setFont(REGULAR, 6.5)
    canv.drawString(x0 + pad, y, "Pago em ____/____/______")
    canv.drawString(x0 + pad, y - 6 * mm, "Rubrica ______________")
    # The line between the stub and the slip.
    canv.setStrokeColor(RULE)
    canv.setDash(2, 2)
    canv.setLineWidth(0.5)
    canv.line(x0 + STUB_W, bottom + 4 * mm, x0 + STUB_W, y_top - 4 * mm)
    canv.setDash()
    # The slip the customer takes.
    left = x0 + STUB_W + pad
    text_w = x1 - left - QR_SIZE - 2 * pad
    y = y_top - pad - 4 * mm
    canv.setFont(BOLD, 10.5)
    canv.drawString(left, y, _fit(canv, shop.name, BOLD, 10.5, text_w))
    canv.setFont(REGULAR, 7)
    canv.setFillColor(GREY)
    for line in (shop_document(shop), shop_address(shop), shop_contact(shop)):
        if line:
            for part in _wrap(canv, line, REGULAR, 7, text_w)[:2]:
                y -= 3.2 * mm
                canv.drawString(left, y, part)
    canv.setFillColorRGB(0, 0, 0)
    y -= 6 * mm
    canv.setFont(REGULAR, 7)
    canv.drawString(left, y, "Cliente")
    canv.setFont(BOLD, 9.5)
    canv.drawString(left, y - 4 * mm, _fit(canv, customer.name, BOLD, 9.5, text_w))
    y -= 11 * mm
    canv.setFont(BOLD, 12)
    canv.drawString(left, y, f"Parcela {item.number} de {count}")
    canv.setFont(REGULAR, 7.5)
    origin = f"Acordo nº {agreement.id} de {format_date(agreement.made_on)}"
    if item.open_cents < item.amount_cents:
        origin += (
            f" · parcela de {format_brl(item.amount_cents)}, "
            f"{format_brl(item.amount_cents - item.open_cents)} já pago"
        )
    canv.drawString(left, y - 4 * mm, _fit(canv, origin, REGULAR, 7.5, text_w))
    y -= 11 * mm
    half = text_w / 2
    for i, (label, value) in enumerate(
        (("Vencimento", format_date(item.due)), ("Valor", format_brl(item.open_cents)))
    ):
        canv.setFont(REGULAR, 7)
        canv.drawString(left + i * half, y, label)
        canv.setFont(BOLD, 13)
        canv.drawString(left + i * half, y - 5.5 * mm, value)
    y -= 12 * mm
    canv.setFont(REGULAR, 6.5)
    canv.setFillColor(GREY)
    charges = charges_sentence(agreement.fine_bp, agreement.interest_monthly_bp)
    for line in _words(canv, charges, REGULAR, 6.5, text_w)[:2]:
        canv.drawString(left, y, line)
        y -= 2.8 * mm
    y += 2.8 * mm
    canv.setFillColorRGB(0, 0, 0)
    # The Pix, right.
    payload = data.pix.get(item.number)
    qx = x1 - pad - QR_SIZE
    qy = y_top - pad - QR_SIZE - 2 * mm
    if payload:
        code = QrCode(payload, QR_SIZE)
        code.drawOn(canv, qx, qy)
        canv.setFont(BOLD, 7)
        canv.drawCentredString(qx + QR_SIZE / 2, qy - 3 * mm, "Pague com Pix")
        canv.setFont(REGULAR, 6.5)
        canv.setFillColor(GREY)
        canv.drawString(left, y - 5 * mm, "Pix copia e cola:")
        canv.setFillColorRGB(0, 0, 0)
        canv.setFont(REGULAR, 5.8)
        ly = y - 8 * mm
        for line in _wrap(canv, payload, REGULAR, 5.8, x1 - left - pad):
            canv.drawString(left, ly, line)
            ly -= 2.6 * mm
    else:
        canv.setFont(REGULAR, 7.5)
        key = f"Chave Pix: {shop.pix_key}" if shop.pix_key else "Pague na loja."
        canv.drawString(left, y - 5 * mm, _fit(canv, key, REGULAR, 7.5, x1 - left - pad))


def _cut_line(canv: Canvas, y: float) -> None:
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setDash(3, 2)
    canv.setLineWidth(0.5)
    canv.line(MARGIN / 2, y, PAGE_W - MARGIN / 2, y)
    canv.setFont(REGULAR, 5.5)
    canv.setFillColor(GREY)
    canv.drawRightString(PAGE_W - MARGIN, y + 1 * mm, "corte aqui")
    canv.restoreState()


def render_carne(data: AgreementDocData) -> bytes:
    """The carnê: one slip per instalment still owing something, for what it still owes."""
    if not data.slips:
        raise InvalidInput(
            f"O acordo nº {data.agreement.id} não tem parcela a pagar "
            f"({AGREEMENT_LABELS[data.agreement.status].lower()}): não há carnê a imprimir."
        )
    register_fonts()
    buffer = BytesIO()
    agreement = data.agreement
    canv = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), initialFontName=REGULAR)
    canv.setTitle(f"Carnê do acordo nº {agreement.id} – {data.customer.name}")
    canv.setAuthor(data.shop.name)
    canv.setCreator("Fiado")
    slips = list(data.slips)
    pages = [slips[k : k + SLIPS_PER_PAGE] for k in range(0, len(slips), SLIPS_PER_PAGE)]
    for page, chunk in enumerate(pages, 1):
        for slot, slip in enumerate(chunk):
            y_top = PAGE_H - MARGIN - slot * SLIP_H
            _slip(canv, data, slip, y_top)
            if slot:
                _cut_line(canv, y_top)
        if len(chunk) > 1 or len(pages) > 1:
            _cut_line(canv, PAGE_H - MARGIN - len(chunk) * SLIP_H)
        canv.setFont(REGULAR, 6)
        canv.setFillColor(GREY)
        canv.drawRightString(PAGE_W - MARGIN, MARGIN / 2, f"Página {page} de {len(pages)}")
        canv.showPage()
    canv.save()
    return buffer.getvalue()


# --------------------------------------------------------------------------- the term


def full_document(customer: CustomerRecord) -> str:
    """The debtor's CPF or CNPJ in full: the term identifies who confesses the debt."""
    if not customer.document:
        return ""
    label = "CNPJ" if customer.document_kind == "cnpj" else "CPF"
    return f"{label} {format_document(customer.document)}"


def _party(title: str, name: str, lines: list[str]) -> list[Flowable]:
    st = styles()
    text = f"<b>{esc(title)}:</b> {esc(name)}"
    rest = ", ".join(x for x in lines if x)
    if rest:
        text += f", {esc(rest)}"
    return [Paragraph(text + ".", st["body"]), Spacer(1, 1.5 * mm)]


def _schedule_table(data: AgreementDocData) -> Table:
    rows: list[list[object]] = [["Parcela", "Vencimento", "Valor"]]
    for item in data.agreement.installments:
        rows.append(
            [f"{item.number} de {data.agreement.count}", format_date(item.due),
             format_brl(item.amount_cents)]
        )  # fmt: skip
    table = Table(rows, colWidths=[24 * mm, 30 * mm, 30 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    return table


def _origin_table(data: AgreementDocData) -> Table:
    cell = styles()["cell"]
    rows: list[list[object]] = [["Compra", "Data", "Descrição", "Vencimento", "Em aberto"]]
    for sale in data.agreement.covered:
        rows.append(
            [
                str(sale.entry_id),
                format_date(sale.sold_on),
                Paragraph(esc(sale.description.strip() or "Compra"), cell),
                format_date(sale.due),
                format_brl(sale.open_cents),
            ]
        )
    widths = [16 * mm, 22 * mm, WIDTH - 88 * mm, 24 * mm, 26 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (4, 0), (4, -1), "RIGHT")]))
    return table


def _signatures(data: AgreementDocData) -> Table:
    st = styles()

    def block(role: str, name: str = "", doc: str = "") -> list[Flowable]:
        parts: list[Flowable] = [Spacer(1, 12 * mm), Paragraph("_" * 38, st["body"])]
        parts.append(Paragraph(f"<b>{esc(role)}</b>" + (f": {esc(name)}" if name else ""),
                               st["small"]))  # fmt: skip
        parts.append(Paragraph(esc(doc) if doc else "Nome e CPF:", st["small"]))
        return parts

    shop = data.shop
    rows = [
        [
            block("Devedor(a)", data.customer.name, full_document(data.customer)),
            block("Credor(a)", shop.name, shop_document(shop)),
        ],
        [block("Testemunha 1"), block("Testemunha 2")],
    ]
    table = Table(rows, colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def term_story(data: AgreementDocData) -> list[Flowable]:
    st = styles()
    a, shop, customer = data.agreement, data.shop, data.customer
    story: list[Flowable] = [
        GroupStart(f"Termo do acordo nº {a.id}"),
        Paragraph("TERMO DE ACORDO E CONFISSÃO DE DÍVIDA", st["title"]),
        Paragraph(f"Acordo nº {a.id}", st["body_right"]),
        Spacer(1, 4 * mm),
        *_party(
            "Credor(a)",
            shop.name,
            [shop_document(shop), f"com endereço em {shop_address(shop)}"],
        ),
        *_party(
            "Devedor(a)",
            customer.name,
            [
                full_document(customer),
                f"com endereço em {Address.of(customer).one_line()}"
                if Address.of(customer).one_line()
                else "",
            ],
        ),
        Spacer(1, 2 * mm),
        Paragraph("1. Origem da dívida", st["heading"]),
        Paragraph(
            esc(
                f"O(A) devedor(a) reconhece que deve ao(à) credor(a) "
                f"{format_brl(a.covered_cents)} ({amount_in_words(a.covered_cents)}), "
                f"referentes às compras a prazo abaixo, em aberto em {format_date(a.made_on)}:"
            ),
            st["body"],
        ),
        Spacer(1, 1.5 * mm),
        _origin_table(data),
        Spacer(1, 3 * mm),
        Paragraph("2. O que foi combinado", st["heading"]),
    ]
    terms = []
    if a.discount_cents:
        reason = f" ({a.discount_reason})" if a.discount_reason else ""
        terms.append(
            f"O(A) credor(a) concede um abatimento de {format_brl(a.discount_cents)}{reason}."
        )
    terms.append(
        f"O total do acordo é de {format_brl(a.total_cents)} ({amount_in_words(a.total_cents)})."
    )
    if a.down_payment_cents:
        terms.append(
            f"Foi paga nesta data uma entrada de {format_brl(a.down_payment_cents)}, que o(a) "
            "credor(a) dá por recebida."
        )
    financed = a.total_cents - a.down_payment_cents
    every = "mensais" if a.every_days is None else f"a cada {plural(a.every_days, 'dia', 'dias')}"
    rest = "O restante" if a.down_payment_cents else "O total"
    terms.append(
        f"{rest}, {format_brl(financed)}, será pago em "
        f"{plural(a.count, 'parcela', 'parcelas')} {every}, nas datas abaixo, em dinheiro, "
        "cartão ou Pix (o carnê entregue junto traz o Pix de cada parcela)."
    )
    story.append(Paragraph(esc(" ".join(terms)), st["body"]))
    story += [Spacer(1, 1.5 * mm), _schedule_table(data), Spacer(1, 3 * mm)]
    story.append(Paragraph("3. Atraso", st["heading"]))
    late = [charges_sentence(a.fine_bp, a.interest_monthly_bp)]
    if a.fine_bp:
        late.append(
            "A multa respeita o limite de 2 % do Código de Defesa do Consumidor (art. 52, § 1º)."
        )
    consequences = []
    if a.accelerate_on_break:
        consequences.append("as parcelas ainda não vencidas poderão vencer de uma vez")
    if a.discount_lost_on_break and a.discount_cents:
        consequences.append(
            f"o abatimento de {format_brl(a.discount_cents)} deixará de valer e voltará a ser devido"
        )
    rule = (
        f"Se uma parcela ficar mais de {plural(a.break_after_days, 'dia', 'dias')} em atraso, o "
        "acordo poderá ser considerado rompido"
    )
    rule += (": " + " e ".join(consequences) + "." if consequences else
             "; as parcelas continuam a vencer nas suas datas.")  # fmt: skip
    late.append(rule)
    late.append(
        "Antes disso, o(a) credor(a) entrará em contato para combinar uma solução. O(A) "
        "devedor(a) pode pagar antes do vencimento a qualquer momento."
    )
    story.append(Paragraph(esc(" ".join(late)), st["body"]))
    final = [
        Spacer(1, 3 * mm),
        Paragraph("4. Disposições finais", st["heading"]),
        Paragraph(
            esc(
                "O(A) devedor(a) declara que leu e concorda com este termo, que confessa a dívida "
                "acima e que recebeu uma via dele. Assinado pelo(a) devedor(a) e por duas "
                "testemunhas, este documento vale como título executivo extrajudicial (Código de "
                "Processo Civil, art. 784, III) e interrompe a prescrição da dívida (Código "
                "Civil, art. 202, VI). Os pagamentos serão registrados pelo(a) credor(a), que "
                "fornecerá recibo de cada um."
            ),
            st["body"],
        ),
        Spacer(1, 5 * mm),
    ]
    where = f"{shop.city}, " if shop.city else ""
    place = Paragraph(esc(f"{where}{format_long_date(a.made_on)}."), st["body"])
    # The last clause stays on the page with the signatures: never a page of signatures alone.
    story.append(KeepTogether([*final, place, _signatures(data)]))
    return story


def render_term(data: AgreementDocData) -> bytes:
    layout = Layout(data.shop, data.logo, f"Termo do acordo nº {data.agreement.id}")
    return build_pdf(layout, term_story(data), first_template="head")
