"""Resumo do acordo: the WhatsApp text offered right after an agreement is made (plain text;
*bold* as WhatsApp shows it), with the schedule and the Pix of the next instalment."""

from __future__ import annotations

from fiado_app.documents.agreement_pdf import charges_sentence
from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import AgreementDocData
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import first_name
from fiado_app.domain.vocabulary import AGREEMENT_BROKEN, AGREEMENT_PAID, AGREEMENT_RENEGOTIATED

MAX_LISTED = 6  # instalments listed one by one; a longer schedule is summed after the third


def agreement_summary_text(data: AgreementDocData) -> str:
    a, shop, customer = data.agreement, data.shop, data.customer
    name = first_name(customer.nickname or customer.name)
    lines = [
        f"Olá, {name}! Como combinamos, segue o resumo do nosso acordo nº {a.id} na loja "
        f"{shop.name}:",
        "",
        f"Compras renegociadas: {format_brl(a.covered_cents)}",
    ]
    if a.discount_cents:
        lines.append(f"Abatimento: {format_brl(a.discount_cents)}")
    if a.down_payment_cents:
        lines.append(
            f"Entrada paga em {format_date(a.made_on)}: {format_brl(a.down_payment_cents)}"
        )
    lines.append(f"Total do acordo: {format_brl(a.total_cents)}")
    lines += ["", "*Parcelas:*"]
    items = list(a.installments)
    shown = items if len(items) <= MAX_LISTED else items[:3]
    for i in shown:
        lines.append(f"{i.number}ª: {format_brl(i.amount_cents)} – vence em {format_date(i.due)}")
    rest = items[len(shown) :]
    if rest:
        lines.append(
            f"e mais {len(rest)} parcelas de {format_brl(rest[-1].amount_cents)}, até "
            f"{format_date(rest[-1].due)}"
        )
    if a.status == AGREEMENT_BROKEN and a.broken_on is not None:
        lines += [
            "",
            f"O acordo foi considerado rompido em {format_date(a.broken_on)}, como diz o termo. "
            f"Em aberto: {format_brl(a.open_cents)}.",
        ]
    following = data.slips[0] if data.slips else None
    if following is not None:
        lines += [
            "",
            f"*Próxima parcela: {following.number}ª, {format_brl(following.open_cents)}, em "
            f"{format_date(following.due)}.*",
        ]
        payload = data.pix.get(following.number)
        if payload:
            lines += ["Pix copia e cola dessa parcela:", payload]
        elif shop.pix_key:
            lines.append(f"Chave Pix: {shop.pix_key}")
    elif a.status == AGREEMENT_PAID:
        lines += ["", "*Este acordo está quitado. Obrigado!*"]
    elif a.status == AGREEMENT_RENEGOTIATED:
        lines += ["", "Este acordo foi renegociado: vale o acordo mais recente."]
    if a.fine_bp or a.interest_monthly_bp:
        lines += ["", charges_sentence(a.fine_bp, a.interest_monthly_bp)]
    lines += [
        "",
        "Obrigado pela confiança! Qualquer dúvida, é só responder esta mensagem.",
        shop.name,
    ]
    return "\n".join(lines)
