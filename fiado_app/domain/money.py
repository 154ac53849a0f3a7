"""Money as integer centavos, with Brazilian parsing and formatting. Never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_amount

NBSP = "\u00a0"
# Anything larger is refused while parsing (it could not even be stored); the ceiling of one
# entry (domain/limits.py) is lower and checked where an amount is used.
MAX_PARSED_CENTS = 10**15
_CLEAN = re.compile(r"^\s*(?:R\$)?\s*(-)?\s*(?:R\$)?\s*([0-9., ]+?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of money in centavos."""

    cents: int

    @classmethod
    def parse(cls, text: str | int | Money) -> Money:
        """Parse `12,50`, `1.234,56`, `R$ 12,50`, `12.50` or `12` (any sign allowed here)."""
        if isinstance(text, Money):
            return text
        if isinstance(text, int):
            return cls(text * 100)
        return cls(parse_cents(text))

    def __str__(self) -> str:
        return format_brl(self.cents)

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents)

    def __sub__(self, other: Money) -> Money:
        return Money(self.cents - other.cents)


def parse_cents(text: str, *, allow_negative: bool = False) -> int:
    """Turn what a Brazilian types into centavos, or raise InvalidInput."""
    raw = (text or "").replace(NBSP, " ").strip()
    if not raw:
        raise InvalidInput("Informe o valor, por exemplo 12,50.")
    match = _CLEAN.match(raw)
    if not match:
        raise InvalidInput(
            f"Valor inválido: “{_shown(text)}”. Use, por exemplo, 12,50 ou 1.234,56."
        )
    negative = match.group(1) is not None
    body = match.group(2).replace(" ", "")
    cents = _digits_to_cents(body, text)
    if cents > MAX_PARSED_CENTS:
        raise InvalidInput(f"Valor alto demais: “{_shown(text)}”. Confira o valor digitado.")
    if negative:
        if not allow_negative:
            raise InvalidInput(f"Valor inválido: “{text}”. O valor não pode ser negativo.")
        cents = -cents
    return cents


def _shown(text: str) -> str:
    """What was typed, cut short for a message."""
    return text if len(text) <= 30 else text[:27] + "…"


def _digits_to_cents(body: str, original: str) -> int:
    bad = InvalidInput(
        f"Valor inválido: “{_shown(original)}”. Use, por exemplo, 12,50 ou 1.234,56."
    )
    if not body or not any(c.isdigit() for c in body):
        raise bad
    last_comma, last_dot = body.rfind(","), body.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        decimal_sep = "," if last_comma > last_dot else "."
    elif last_comma >= 0:
        decimal_sep = ","
    elif last_dot >= 0:
        # "12.50" or "12.5" is a decimal; "1.234" or "1.234.567" groups thousands.
        tail = body[last_dot + 1 :]
        decimal_sep = "." if body.count(".") == 1 and len(tail) in (1, 2) else ""
    else:
        decimal_sep = ""
    thousands_sep = {",": ".", ".": ",", "": "."}[decimal_sep]
    if decimal_sep:
        whole, _, frac = body.rpartition(decimal_sep)
        if decimal_sep in whole or not frac.isdigit() or len(frac) > 2:
            raise bad
    else:
        whole, frac = body, ""
    if thousands_sep in whole:
        groups = whole.split(thousands_sep)
        if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            raise bad
        whole = "".join(groups)
    if "," in whole or "." in whole:
        raise bad
    if whole == "":
        whole = "0"
    if not whole.isdigit():
        raise bad
    return int(whole) * 100 + int((frac + "00")[:2] or 0)


def parse_positive_cents(text: str) -> int:
    """An amount for a sale or a payment: more than zero."""
    cents = parse_cents(text)
    if cents <= 0:
        raise InvalidInput(f"Valor inválido: “{_shown(text)}”. O valor deve ser maior que zero.")
    return check_amount(cents, f"O valor “{_shown(text)}”")


def format_brl(cents: int, *, symbol: bool = True) -> str:
    """`R$ 1.234,56` (with a no-break space, as CLDR pt_BR), `-R$ 0,50` for negatives."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    text = f"{whole:,}".replace(",", ".") + f",{frac:02d}"
    return f"{sign}R${NBSP}{text}" if symbol else f"{sign}{text}"


def format_plain(cents: int) -> str:
    """`1.234,56` without the currency symbol, as typed in an amount field."""
    return format_brl(cents, symbol=False)


def cents_to_decimal_str(cents: int) -> str:
    """`1234.56`: dot decimal with two places (Pix, JSON-friendly text)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}.{frac:02d}"
