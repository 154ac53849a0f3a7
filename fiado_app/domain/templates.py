"""Message templates for collection texts: strict `{placeholder}` rendering and a tone guard.

Templates are plain text with `{name}` placeholders from PLACEHOLDERS; `{{` and `}}` write
literal braces. Rendering never uses `str.format`: a tiny parser accepts bare names only, so
no template can reach attributes (`{nome.__class__}`), items (`{x[0]}`) or conversions.

Rendering rule for optional data: a line in which any placeholder renders empty is left out
(so "Pix copia e cola: {pix_copia_e_cola}" disappears when the shop has no Pix key).

The tone guard refuses texts that shame, insult, threaten or expose the customer (CDC art. 42
and art. 71) and warns about heavy words in the early, friendly stages of the ladder.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import DUE_TODAY, FRIENDLY, LETTER, PHONE, PRE_DUE
from fiado_app.domain.text import fold

PLACEHOLDERS: dict[str, str] = {
    "nome": "nome completo do cliente",
    "primeiro_nome": "primeiro nome do cliente",
    "loja": "nome da loja",
    "telefone_loja": "telefone/WhatsApp da loja",
    "documento_loja": "CPF ou CNPJ da loja",
    "endereco_loja": "endereço da loja",
    "valor": "valor total em aberto, vencido ou não (R$)",
    "valor_vencido": "valor já vencido (R$)",
    "valor_a_vencer": "valor que ainda não venceu (R$; vazio se não houver)",
    "valor_a_pagar": "o que a mensagem pede: o vencido com encargos, ou o do próximo vencimento",
    "encargos": "multa e juros sobre o vencido, se a loja os cobra (vazio se não)",
    "vencimento": "vencimento mais antigo ainda vencido; sem atraso, o próximo (dd/mm/aaaa)",
    "dias_atraso": "dias de atraso do vencimento mais antigo (número)",
    "tempo_atraso": "o mesmo por extenso: “1 dia”, “12 dias”",
    "itens": "lista curta das compras em aberto, com o vencimento de cada uma",
    "itens_vencidos": "lista curta das compras vencidas",
    "itens_a_vencer": "lista curta das compras que ainda não venceram",
    "parcela_acordo": "“Referente à parcela 2 de 3 do nosso acordo.” quando o que se pede é "
    "parcela de um acordo (vazio se não)",
    "pix_copia_e_cola": "código Pix “copia e cola” com o valor a pagar (se a loja tiver chave Pix)",
    "chave_pix": "chave Pix da loja",
    "data_hoje": "data de hoje (dd/mm/aaaa)",
    "data_promessa": "data combinada para o pagamento (resumo do acordo)",
    "valor_promessa": "valor combinado (resumo do acordo)",
}

EARLY_STAGES = frozenset({PRE_DUE, DUE_TODAY, FRIENDLY})
# About 800 characters of Portuguese keep a wa.me link under ~2,000 characters (docs/rules.md §6).
LONG_TEXT_CHARS = 800

_NAME_RE = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True, slots=True)
class _Field:
    name: str


Token = str | _Field


def _tokenize(text: str) -> list[Token]:
    """Split a template into literal strings and fields; raise InvalidInput when malformed."""
    tokens: list[Token] = []
    literal: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            if text.startswith("{{", i):
                literal.append("{")
                i += 2
                continue
            end = text.find("}", i + 1)
            nested = text.find("{", i + 1)
            if end == -1 or (nested != -1 and nested < end):
                raise InvalidInput(
                    f"Chave “{{” sem fechamento perto de “{_excerpt(text, i)}”. "
                    "Use {nome_do_campo}, ou {{ para escrever uma chave."
                )
            inner = text[i + 1 : end]
            tokens.extend(["".join(literal)] if literal else [])
            literal = []
            tokens.append(_Field(_check_name(inner)))
            i = end + 1
        elif ch == "}":
            if text.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            raise InvalidInput(
                f"Chave “}}” sem abertura perto de “{_excerpt(text, i)}”. "
                "Use }} para escrever uma chave."
            )
        else:
            literal.append(ch)
            i += 1
    if literal:
        tokens.append("".join(literal))
    return tokens


def _excerpt(text: str, pos: int) -> str:
    return text[max(0, pos - 15) : pos + 15].replace("\n", " ")


def _check_name(inner: str) -> str:
    name = inner
    if not name.strip():
        raise InvalidInput("Campo vazio “{}” no texto. Use um nome, por exemplo {primeiro_nome}.")
    if any(c in name for c in ".[]()!:"):
        raise InvalidInput(
            f"Campo “{{{inner}}}” não é permitido: use apenas o nome do campo, sem pontos, "
            "colchetes ou formatação (por exemplo {valor})."
        )
    if not _NAME_RE.fullmatch(name):
        raise InvalidInput(f"Campo “{{{inner}}}” inválido: use letras minúsculas e “_”.")
    return name


def parse_placeholders(text: str) -> list[str]:
    """The placeholder names used in `text`, in order of first use (syntax errors raise)."""
    seen: list[str] = []
    for token in _tokenize(text):
        if isinstance(token, _Field) and token.name not in seen:
            seen.append(token.name)
    return seen


# --------------------------------------------------------------------------- tone guard

_ART42 = (
    "o Código de Defesa do Consumidor (art. 42) proíbe expor o cliente ao ridículo ou constrangê-lo"
)
_ART71 = "o Código de Defesa do Consumidor (art. 71) considera crime cobrar com ameaça ou coação"
_EXPOSE = (
    "o Código de Defesa do Consumidor (art. 42) proíbe expor o cliente a terceiros "
    "(família, vizinhos, trabalho)"
)

# (pattern on folded text, why). Stems catch feminine/plural forms.
_FORBIDDEN: tuple[tuple[str, str], ...] = (
    (r"calote\w*", _ART42),
    (r"vagabund\w*", _ART42),
    (r"safad\w*", _ART42),
    (r"pilantra\w*", _ART42),
    (r"trambiqu\w*", _ART42),
    (r"golpista\w*", _ART42),
    (r"ladr(?:ao|oes|ona)", _ART42),
    (r"ma(?:u|l)s? pagador\w*", _ART42),
    (r"sem vergonha", _ART42),
    (r"(?:en)?vergonh\w*", _ART42),
    (r"policia\w*", _ART71),
    (r"delegacia\w*", _ART71),
    (r"cadeia", _ART71),
    (r"pris(?:ao|oes)|preso|presa", _ART71),
    (r"processo criminal", _ART71),
    (r"boletim de ocorrencia", _ART71),
    (r"crime", _ART71),
    (
        r"(?:vamos|vou|iremos|vai ser|sera) expor\w*|expor (?:voce|seu nome|o senhor|a senhora)",
        _EXPOSE,
    ),
    (r"lista de (?:devedores|caloteiros|inadimplentes)", _EXPOSE),
    (r"nome no mural|mural", _EXPOSE),
    (r"seu chefe|seu patrao|sua patroa|seu empregador|seus colegas", _EXPOSE),
    (
        r"(?:contar|avisar|falar|informar|ligar|comunicar|procurar|cobrar|mandar)\w*"
        r"(?: \w+){0,4} (?:(?:a|o|os|as|para|pra|com|no|na|sua|seu|seus|suas) )*"
        r"(?:familia|familiares|parentes|vizinh\w*|chefe|patra\w*|empregador\w*"
        r"|colegas|esposa|marido|mae|pai|filhos)",
        _EXPOSE,
    ),
    (
        r"(?:ir|vou|vamos|passar|passo|aparecer|apareco)\w*(?: \w+){0,2} "
        r"(?:ao|no|em) (?:seu )?(?:trabalho|servico|emprego)",
        _EXPOSE,
    ),
    (
        r"todo mundo (?:vai|vao) saber|(?:bairro|rua|vizinhanca) (?:inteir[ao] )?(?:vai|vao) saber",
        _EXPOSE,
    ),
    (
        r"(?:divulg|public|post|espalh)\w*(?: \w+){0,3} (?:seu nome|sua divida|sua foto|grupo)",
        _EXPOSE,
    ),
)

_DISCOURAGED_EARLY: tuple[str, ...] = (
    r"dividas?",
    r"devedor\w*",
    r"inadimplen\w*",
    r"cobranca judicial",
    r"judicial\w*|justica|advogad\w*",
    r"spc",
    r"serasa",
    r"protest\w*",
    r"negativ(?:ar|ado|ada|acao)\w*",
)

_FORBIDDEN_RE = [(re.compile(rf"\b(?:{p})\b"), why) for p, why in _FORBIDDEN]
_DISCOURAGED_RE = [re.compile(rf"\b(?:{p})\b") for p in _DISCOURAGED_EARLY]


def _literal_text(tokens: list[Token]) -> str:
    return " ".join(t if isinstance(t, str) else " " for t in tokens)


def tone_problems(text: str) -> list[str]:
    """Portuguese messages for each shaming/threatening/exposing expression found."""
    folded = fold(text)
    problems: list[str] = []
    for pattern, why in _FORBIDDEN_RE:
        match = pattern.search(folded)
        if match:
            problems.append(f"“{match.group(0)}”: {why}.")
    return problems


def tone_warnings(text: str, stage_key: str | None) -> list[str]:
    if stage_key not in EARLY_STAGES:
        return []
    folded = fold(text)
    found = []
    for pattern in _DISCOURAGED_RE:
        match = pattern.search(folded)
        if match and match.group(0) not in found:
            found.append(match.group(0))
    if not found:
        return []
    words = ", ".join(f"“{w}”" for w in found)
    return [
        f"Evite {words} nos primeiros lembretes: o cliente provavelmente só esqueceu, "
        "e um tom leve funciona melhor."
    ]


def validate_template(
    text: str, stage_key: str | None = None, channel: str | None = None
) -> list[str]:
    """Refuse a template that cannot be saved (InvalidInput); return warnings otherwise.

    The length warning is for texts sent by WhatsApp (not for a call script or a printed letter).
    """
    if not text or not text.strip():
        raise InvalidInput("O texto da mensagem está vazio.")
    tokens = _tokenize(text)
    unknown = [t.name for t in tokens if isinstance(t, _Field) and t.name not in PLACEHOLDERS]
    if unknown:
        names = ", ".join(f"{{{n}}}" for n in dict.fromkeys(unknown))
        known = ", ".join(f"{{{n}}}" for n in PLACEHOLDERS)
        raise InvalidInput(f"Campo desconhecido no texto: {names}. Campos disponíveis: {known}.")
    problems = tone_problems(_literal_text(tokens))
    if problems:
        raise InvalidInput(
            "O texto não pode ser salvo: "
            + " ".join(problems)
            + " Reescreva com um tom respeitoso."
        )
    warnings = tone_warnings(_literal_text(tokens), stage_key)
    if channel not in (PHONE, LETTER) and len(text) > LONG_TEXT_CHARS:
        warnings.append(
            f"Texto longo ({len(text)} caracteres): no WhatsApp, prefira até {LONG_TEXT_CHARS}."
        )
    return warnings


def render_template(text: str, values: Mapping[str, str]) -> str:
    """Fill the placeholders with `values`; lines with an empty placeholder are left out.

    Raises InvalidInput for syntax errors and for a placeholder without a value.
    """
    lines_out: list[str] = []
    for line in text.split("\n"):
        tokens = _tokenize(line)
        parts: list[str] = []
        drop = False
        for token in tokens:
            if isinstance(token, _Field):
                if token.name not in values:
                    raise InvalidInput(f"Sem valor para o campo {{{token.name}}}.")
                value = str(values[token.name])
                if not value.strip():
                    drop = True
                    break
                parts.append(value)
            else:
                parts.append(token)
        if not drop:
            lines_out.append("".join(parts).rstrip())
    rendered = "\n".join(lines_out)
    rendered = re.sub(r"\n{3,}", "\n\n", rendered)
    return rendered.strip("\n")
