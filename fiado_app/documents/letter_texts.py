"""Default texts of the printed letters, as templates with the shared {placeholders}.

The template is only the letter's message. What the law or good practice requires (the
creditor's identification, the purchases, the totals, the deadline, how to pay, "desconsidere",
how to contest, the credit-bureau wording) is printed by the letter itself, so an owner who
edits the text can never leave it out.

Every body goes through `render_body`. For now it uses a small strict renderer of its own:
`{name}` placeholders only (no attribute or index access), an unknown one is refused, `{{` and
`}}` print braces. The shared template engine replaces it here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import FORMAL_LETTER, PRINTED_REMINDER, PRIOR_NOTICE

DEFAULT_LETTER_TEXTS: dict[str, str] = {
    PRINTED_REMINDER: (
        "Olá, {primeiro_nome}!\n\n"
        "Passando para lembrar, com carinho, que há compras em aberto na sua conta aqui na "
        "{loja}, no total de {valor}. O vencimento mais antigo foi em {vencimento}.\n\n"
        "Sabemos que a correria do dia a dia faz a gente esquecer. Abaixo estão as compras, "
        "para você conferir com calma. Qualquer dúvida, é só falar com a gente pelo "
        "{telefone_loja}."
    ),
    FORMAL_LETTER: (
        "Prezado(a) {nome},\n\n"
        "Nossos registros indicam que as compras relacionadas abaixo, feitas na {loja}, estão em "
        "aberto, no total de {valor}, dos quais {valor_vencido} já venceram. O vencimento mais "
        "antigo foi em {vencimento}, há {dias_atraso} dias.\n\n"
        "Pedimos, por gentileza, que regularize o pagamento até a data indicada abaixo ou entre "
        "em contato para combinarmos a forma de pagamento que for melhor para você."
    ),
    PRIOR_NOTICE: (
        "Prezado(a) {nome},\n\n"
        "Pela presente, a {loja} notifica formalmente Vossa Senhoria de que as compras "
        "relacionadas abaixo permanecem em aberto, no total de {valor}, dos quais "
        "{valor_vencido} já venceram. O vencimento mais antigo foi em {vencimento}, há "
        "{dias_atraso} dias.\n\n"
        "Até esta data não identificamos o pagamento. Solicitamos a quitação ou a negociação "
        "do débito até a data indicada abaixo. Estamos à disposição para encontrar uma forma de "
        "pagamento que caiba no seu orçamento."
    ),
}

_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def render_body(template: str, values: Mapping[str, str]) -> str:
    """Fill `{placeholders}` with `values` as plain text; refuse anything else.

    Raises InvalidInput naming the first unknown or malformed placeholder.
    """

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        if name is None:
            raise InvalidInput(
                f"Chave solta no texto da carta: “{token}”. Para imprimir uma chave, use "
                f"“{token}{token}”."
            )
        name = name.strip()
        if not _NAME.fullmatch(name):
            raise InvalidInput(f"Campo inválido no texto da carta: “{{{name}}}”.")
        if name not in values:
            known = ", ".join(f"{{{k}}}" for k in sorted(values))
            raise InvalidInput(
                f"Campo desconhecido no texto da carta: “{{{name}}}”. Campos disponíveis: {known}."
            )
        return str(values[name])

    return _FIELD.sub(replace, template)


def letter_text(stage: str, override: str | None = None) -> str:
    """The owner's text for this stage when given, otherwise the default one."""
    if override is not None and override.strip():
        return override
    return DEFAULT_LETTER_TEXTS[stage]
