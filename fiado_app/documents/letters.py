"""Collection letters (printed reminder, formal letter, prior notice) as one PDF.

`render_letters` lays out any number of letters, each starting on a new page with its own page
numbers; it reports progress and tells the caller about every letter it printed (so the caller
can log a contact on the "carta" channel).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from fiado_app.documents.base import (
    GroupStart,
    Layout,
    ProgressCallback,
    build_pdf,
    esc,
    shop_address,
    shop_document,
    styles,
)
from fiado_app.documents.parts import (
    customer_info,
    how_to_pay,
    info_block,
    pix_payload_for,
    place_and_date,
    purchases_table,
    recipient_block,
    signature,
    totals_table,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import LetterData, PrintedLetter
from fiado_app.domain.dues import due_values
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import PRIOR_NOTICE
from fiado_app.domain.late_charges import format_rate
from fiado_app.domain.letter_texts import STAGE_TITLES, letter_text, render_body
from fiado_app.domain.money import format_brl
from fiado_app.domain.phones import format_phone
from fiado_app.domain.text import first_name

__all__ = ["PrintedLetter", "render_letters", "letter_story", "placeholder_values"]

CREDIT_BUREAU_NOTICE = (
    "Caso o débito não seja pago ou negociado até {prazo}, a {loja} poderá solicitar a "
    "inclusão do seu nome nos cadastros de proteção ao crédito (SPC/Serasa). Antes de qualquer "
    "registro, o próprio órgão de proteção ao crédito enviará a você uma comunicação por "
    "escrito, conforme o art. 43, § 2º, do Código de Defesa do Consumidor e a Súmula 359 do "
    "Superior Tribunal de Justiça."
)


def placeholder_values(letter: LetterData, pix_payload: str | None) -> dict[str, str]:
    shop, customer = letter.shop, letter.customer
    return {
        "nome": customer.name,
        "primeiro_nome": first_name(customer.nickname or customer.name),
        "loja": shop.name,
        "telefone_loja": format_phone(shop.phone) if shop.phone else "telefone da loja",
        **due_values(letter.dues),
        "pix_copia_e_cola": pix_payload or "",
        "chave_pix": shop.pix_key or "",
        "documento_loja": shop_document(shop),
        "endereco_loja": shop_address(shop),
        "data_hoje": format_date(letter.as_of),
        # A letter summarises no agreement: a line using these is left out.
        "data_promessa": "",
        "valor_promessa": "",
    }


def _body(text: str) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            out += [Paragraph(esc(block.strip()), st["body"]), Spacer(1, 2.5 * mm)]
    return out


def _totals(letter: LetterData) -> list[tuple[str, int]]:
    """What the letter asks for: the overdue amount, with the charges the shop set on it."""
    dues, shop = letter.dues, letter.shop
    c = dues.charges
    if not dues.overdue:
        return [(f"Vence em {format_date(dues.first_due)}", dues.amount_asked)]
    rows = [("Valor vencido", dues.overdue_cents)]
    if shop.fine_bp:
        rows.append((f"Multa de {format_rate(c.fine_bp)} sobre o valor vencido", c.fine_cents))
    if shop.interest_monthly_bp:
        rate = format_rate(c.interest_monthly_bp)
        rows.append((f"Juros de {rate} ao mês, proporcionais aos dias de atraso", c.interest_cents))
    if len(rows) > 1:
        rows.append(
            (f"Total vencido, atualizado até {format_date(letter.as_of)}", dues.amount_asked)
        )
    return rows


def _purchases(letter: LetterData) -> list[Flowable]:
    """The overdue purchases and what the letter asks for, then (apart, not asked for) those
    not yet due."""
    st, dues = styles(), letter.dues
    out: list[Flowable] = []
    if dues.overdue:
        out += [Paragraph("<b>Compras vencidas</b>", st["body"]), purchases_table(dues.overdue)]
    out += [Spacer(1, 2 * mm), totals_table(_totals(letter))]
    if dues.upcoming:
        listed = "; ".join(
            f"{format_date(sale.date)} {esc(sale.description.strip() or 'Compra')} "
            f"{format_brl(sale.open_cents)} (vence em {format_date(sale.due_date)})"
            for sale in dues.upcoming
        )
        note = (
            f"<b>Compras que ainda não venceram</b> (somam {format_brl(dues.upcoming_cents)}; "
            f"não são cobradas nesta carta, aparecem só para conferência): {listed}."
        )
        out += [Spacer(1, 2 * mm), Paragraph(note, st["small"])]
    return out


def _payload(letter: LetterData) -> str | None:
    return pix_payload_for(letter.shop, letter.customer.id, letter.dues.amount_asked, letter.as_of)


def letter_body(letter: LetterData, template: str | None = None) -> str:
    """The letter's message as printed: `template` when given, else the owner's saved text,
    else the default one, with the placeholders filled."""
    text = letter_text(letter.stage, template or letter.template)
    return render_body(text, placeholder_values(letter, _payload(letter)))


def letter_story(letter: LetterData, body: str | None = None) -> list[Flowable]:
    """The flowables of one letter, starting on a fresh "window" page (`body`: see
    `letter_body`)."""
    st = styles()
    shop = letter.shop
    title = STAGE_TITLES[letter.stage]
    dues = letter.dues
    total = dues.amount_asked
    payload = _payload(letter)
    if body is None:
        body = letter_body(letter)
    contact = f"pelo {format_phone(shop.phone)} ou " if shop.phone else ""
    story: list[Flowable] = [
        GroupStart(f"{title} – {letter.customer.name}"),
        recipient_block(letter.customer),
        FrameBreak(),
        *_info(letter, title),
        FrameBreak(),
        place_and_date(shop, letter.as_of),
        Spacer(1, 3 * mm),
    ]
    if letter.stage == PRIOR_NOTICE:
        story += [Paragraph("NOTIFICAÇÃO EXTRAJUDICIAL", st["title"]), Spacer(1, 3 * mm)]
    story += [
        Paragraph(f"<b>Assunto:</b> {esc(title)} – compras em aberto", st["body"]),
        Spacer(1, 2 * mm),
        *_body(body),
        *_purchases(letter),
        Spacer(1, 2 * mm),
        Paragraph(
            f"<b>Prazo para pagar {'o valor vencido' if dues.overdue else 'este valor'}:</b> "
            f"até {format_date(letter.deadline)}.",
            st["body"],
        ),
    ]
    # How to pay, the notice and the signature move together: the signature never stands alone
    # on a page (a letter that does not fit on one carries its whole ending to the next).
    ending: list[Flowable] = [Spacer(1, 2 * mm), *how_to_pay(shop, payload, total)]
    if letter.stage == PRIOR_NOTICE and shop.may_register_credit_bureau:
        notice = CREDIT_BUREAU_NOTICE.format(prazo=format_date(letter.deadline), loja=shop.name)
        ending += [Spacer(1, 2 * mm), Paragraph(esc(notice), st["body"])]
    ending += [
        Spacer(1, 2 * mm),
        Paragraph(
            "<b>Se o pagamento já foi efetuado, por favor desconsidere este aviso.</b> "
            + esc(
                "Se não reconhecer alguma compra ou discordar de algum valor, fale conosco "
                f"{contact}na loja: conferimos juntos e corrigimos o que for preciso."
            ),
            st["body"],
        ),
        Spacer(1, 2 * mm),
        signature(shop),
    ]
    story.append(KeepTogether(ending))
    return story


def _info(letter: LetterData, title: str) -> list[Flowable]:
    rows = customer_info(letter.customer, title)
    rows.append(("Posição em", format_date(letter.as_of)))
    return [info_block(rows)]


def render_letters(
    letters: Sequence[LetterData],
    *,
    templates: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    on_printed: Callable[[PrintedLetter], None] | None = None,
) -> tuple[bytes, list[PrintedLetter]]:
    """One PDF with every letter (each on a new page). `templates` maps a stage to the owner's
    text. Returns the PDF and the letters printed, in order; `on_printed` is called for each
    once the whole PDF is built (never for a batch that failed)."""
    if not letters:
        raise InvalidInput("Nenhuma carta a imprimir.")
    templates = templates or {}
    total = len(letters)
    story: list[Flowable] = []
    printed: list[PrintedLetter] = []
    for index, letter in enumerate(letters):
        if index:
            story += [NextPageTemplate("window"), PageBreak()]
        text = letter_body(letter, templates.get(letter.stage))
        story += letter_story(letter, text)
        printed.append(
            PrintedLetter(
                letter.customer.id,
                letter.stage,
                letter.dues.amount_asked,
                letter.as_of,
                text,
                STAGE_TITLES[letter.stage],
            )
        )
        if progress is not None:
            progress(index + 1, total * 2)
    first = letters[0]
    title = (
        f"{STAGE_TITLES[first.stage]} – {first.customer.name}"
        if total == 1
        else f"Cartas de cobrança – {format_date(first.as_of)}"
    )
    layout = Layout(first.shop, first.logo, title)
    pages = _PageProgress(progress, total)
    story = [_Tick(pages, f.label) if isinstance(f, GroupStart) else f for f in story]
    data = build_pdf(layout, story)
    if progress is not None:
        progress(total * 2, total * 2)
    if on_printed is not None:
        for item in printed:
            on_printed(item)
    return data, printed


class _PageProgress:
    def __init__(self, progress: ProgressCallback | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def letter_started(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.total + self.done - 1, self.total * 2)


class _Tick(GroupStart):
    """A GroupStart that also reports layout progress (second half of the bar)."""

    def __init__(self, pages: _PageProgress, label: str) -> None:
        super().__init__(label)
        self.pages = pages

    def draw(self) -> None:
        super().draw()
        self.pages.letter_started()
