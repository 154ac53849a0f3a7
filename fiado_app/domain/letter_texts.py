"""Default texts of the printed letters, as templates with the shared {placeholders}.

The template is only the letter's message. What the law or good practice requires (the
creditor's identification, the purchases, the totals, the deadline, how to pay, "desconsidere",
how to contest, the credit-bureau wording) is printed by the letter itself, so an owner who
edits the text can never leave it out.

Every body goes through `render_body`, which uses the shared template engine
(domain/templates.py): the same placeholders, syntax and empty-line rule as the WhatsApp texts.
"""

from __future__ import annotations

from collections.abc import Mapping

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import FORMAL_LETTER, PRINTED_REMINDER, PRIOR_NOTICE
from fiado_app.domain.templates import parse_placeholders, render_template


class _Titles(dict[str, str]):
    """A stage the owner added to the ladder prints as a formal collection letter."""

    def __missing__(self, key: str) -> str:
        return "Carta de cobrança"


STAGE_TITLES: dict[str, str] = _Titles(
    {
        PRINTED_REMINDER: "Lembrete amigável",
        "carta": "Carta de cobrança",
        "notificacao": "Notificação extrajudicial",
    }
)

DEFAULT_LETTER_TEXTS: dict[str, str] = {
    PRINTED_REMINDER: (
        "Olá, {primeiro_nome}!\n\n"
        "Passando para lembrar, com carinho, que há compras vencidas na sua conta aqui na "
        "loja {loja}, no total de {valor_vencido}. O vencimento mais antigo foi em "
        "{vencimento}.\n\n"
        "Sabemos que a correria do dia a dia faz a gente esquecer. Abaixo estão as compras, "
        "para você conferir com calma. Qualquer dúvida, é só falar com a gente pelo "
        "{telefone_loja}."
    ),
    FORMAL_LETTER: (
        "Prezado(a) {nome},\n\n"
        "Nossos registros indicam que as compras vencidas relacionadas abaixo, feitas na loja "
        "{loja}, somam {valor_vencido}. O vencimento mais antigo foi em {vencimento}, há "
        "{tempo_atraso}.\n\n"
        "Pedimos, por gentileza, que regularize o pagamento até a data indicada abaixo ou entre "
        "em contato para combinarmos a forma de pagamento que for melhor para você."
    ),
    PRIOR_NOTICE: (
        "Prezado(a) {nome},\n\n"
        "Pela presente, {loja} notifica formalmente Vossa Senhoria de que as compras vencidas "
        "relacionadas abaixo permanecem sem pagamento, no total de {valor_vencido}. O "
        "vencimento mais antigo foi em {vencimento}, há {tempo_atraso}.\n\n"
        "Até esta data não identificamos o pagamento. Solicitamos a quitação ou a negociação "
        "do débito até a data indicada abaixo. Estamos à disposição para encontrar uma forma de "
        "pagamento que caiba no seu orçamento."
    ),
}


def render_body(template: str, values: Mapping[str, str]) -> str:
    """Fill `{placeholders}` with the shared template engine (domain/templates.py).

    Plain names only; `{{`/`}}` print braces; a line whose placeholder is empty is left out.
    Raises InvalidInput for a malformed or unknown placeholder.
    """
    unknown = [name for name in parse_placeholders(template) if name not in values]
    if unknown:
        names = ", ".join(f"{{{n}}}" for n in unknown)
        known = ", ".join(f"{{{k}}}" for k in sorted(values))
        raise InvalidInput(
            f"Campo desconhecido no texto da carta: {names}. Campos disponíveis: {known}."
        )
    return render_template(template, values)


def default_letter_text(stage: str) -> str:
    """The default text of a letter stage (a stage the owner added prints the formal letter's)."""
    return DEFAULT_LETTER_TEXTS.get(stage, DEFAULT_LETTER_TEXTS[FORMAL_LETTER])


def letter_text(stage: str, override: str | None = None) -> str:
    """The owner's text for this stage when given, otherwise the default one."""
    if override is not None and override.strip():
        return override
    return default_letter_text(stage)
