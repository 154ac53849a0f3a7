"""Money amounts written out in Brazilian Portuguese ("valor por extenso").

Rules applied:
- "cem" for exactly 100, "cento" for 101–199; "mil" without "um"; "um milhão", "dois milhões".
- Inside a group of three digits the parts are joined by "e" ("trezentos e quarenta e cinco").
- Between groups, "e" only before the last non-zero group when it is below 100 or a round
  hundred ("mil e cem", "mil e um", "um milhão e duzentos mil"), otherwise a plain space
  ("mil duzentos e trinta e quatro").
- "de reais" after exact millions, billions, trillions ("dois milhões de reais").
- Reais and centavos joined by "e"; zero is "zero reais".
"""

from __future__ import annotations

from fiado_app.domain.errors import InvalidInput

_UNITS = (
    "zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
    "dez", "onze", "doze", "treze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito",
    "dezenove",
)  # fmt: skip
_TENS = (
    "", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta",
    "noventa",
)  # fmt: skip
_HUNDREDS = (
    "", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos",
    "setecentos", "oitocentos", "novecentos",
)  # fmt: skip
# (singular, plural) for 10**3, 10**6, 10**9, 10**12.
_SCALES = (
    ("mil", "mil"),
    ("milhão", "milhões"),
    ("bilhão", "bilhões"),
    ("trilhão", "trilhões"),
)
MAX_CENTS = 10**15 * 100 - 1


def _below_thousand(n: int) -> str:
    """Words for 1..999."""
    if n == 100:
        return "cem"
    parts: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_HUNDREDS[hundreds])
    if rest >= 20:
        tens, units = divmod(rest, 10)
        parts.append(_TENS[tens])
        if units:
            parts.append(_UNITS[units])
    elif rest:
        parts.append(_UNITS[rest])
    return " e ".join(parts)


def _group_words(value: int, scale: int) -> str:
    if scale == 0:
        return _below_thousand(value)
    singular, plural = _SCALES[scale - 1]
    if scale == 1:
        return "mil" if value == 1 else f"{_below_thousand(value)} mil"
    return f"{_below_thousand(value)} {singular if value == 1 else plural}"


def integer_in_words(n: int) -> str:
    """Cardinal number in words (masculine), e.g. 1100 → "mil e cem"."""
    if n < 0 or n >= 10**15:
        raise InvalidInput(f"Número fora do intervalo para escrever por extenso: {n}.")
    if n == 0:
        return "zero"
    groups: list[tuple[int, int]] = []  # (value, scale), most significant first
    scale = 0
    while n:
        n, value = divmod(n, 1000)
        if value:
            groups.append((value, scale))
        scale += 1
    groups.reverse()
    words = _group_words(*groups[0])
    previous_scale = groups[0][1]
    for index, (value, group_scale) in enumerate(groups[1:], start=1):
        is_last = index == len(groups) - 1
        if is_last and (value < 100 or value % 100 == 0):
            joiner = " e "
        elif previous_scale >= 2:
            joiner = ", "
        else:
            joiner = " "
        words += joiner + _group_words(value, group_scale)
        previous_scale = group_scale
    return words


def amount_in_words(cents: int) -> str:
    """Amount in centavos written out, e.g. 123456 → "mil duzentos e trinta e quatro reais e
    cinquenta e seis centavos"."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise InvalidInput(f"Valor inválido para escrever por extenso: “{cents}”.")
    if cents < 0:
        raise InvalidInput(f"Valor negativo não pode ser escrito por extenso: {cents}.")
    if cents > MAX_CENTS:
        raise InvalidInput(f"Valor alto demais para escrever por extenso: {cents}.")
    reais, centavos = divmod(cents, 100)
    if reais == 0 and centavos == 0:
        return "zero reais"

    parts: list[str] = []
    if reais:
        currency = "real" if reais == 1 else "reais"
        if reais >= 1_000_000 and reais % 1_000_000 == 0:
            currency = "de reais"
        parts.append(f"{integer_in_words(reais)} {currency}")
    if centavos:
        parts.append(f"{integer_in_words(centavos)} {'centavo' if centavos == 1 else 'centavos'}")
    return " e ".join(parts)
