"""Extrato as a short WhatsApp text (plain text; *bold* as WhatsApp shows it)."""

from __future__ import annotations

from fiado_app.domain.document_records import StatementData
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import first_name
from fiado_app.domain.wording import describe_entry, period_text

MAX_LINES = 12  # keeps the text well under the ~800 characters a wa.me link carries


def statement_whatsapp_text(data: StatementData) -> str:
    """A short statement: the period's entries (newest last), the open total, the shop's name.

    A reversed entry and its reversal, both inside the period, cancel out and are left out.
    """
    statement = data.statement
    customer = statement.customer
    ids = {line.entry.id for line in statement.lines}
    shown = [
        line
        for line in statement.lines
        if not (line.entry.is_reversed and not line.note and line.entry.reversed_by_id in ids)
        and not (line.entry.kind == "reversal" and line.entry.reverses_id in ids)
    ]
    lines = [
        f"Olá, {first_name(customer.nickname or customer.name)}! Segue o seu extrato na "
        f"{data.shop.name} ({period_text(data)}):",
        "",
    ]
    if statement.start is not None:
        lines.append(f"Saldo anterior: {format_brl(statement.opening_cents)}")
    hidden = len(shown) - MAX_LINES
    if hidden > 0:
        lines.append(f"(mais {hidden} lançamentos anteriores no extrato completo)")
        shown = shown[-MAX_LINES:]
    for line in shown:
        sign = "+" if line.delta_cents > 0 else "−"
        entry = line.entry
        lines.append(
            f"{entry.date:%d/%m} {describe_entry(entry)}: {sign}{format_brl(abs(line.delta_cents))}"
        )
    if not shown:
        lines.append("Nenhum lançamento no período.")
    lines.append("")
    closing = statement.closing_cents
    if closing > 0:
        lines.append(f"*Total em aberto: {format_brl(closing)}*")
    elif closing < 0:
        lines.append(f"*Você tem um crédito de {format_brl(-closing)} com a gente.*")
    else:
        lines.append("*Sua conta está em dia. Obrigado!*")
    lines.append("Qualquer dúvida, é só responder esta mensagem.")
    return "\n".join(lines)
