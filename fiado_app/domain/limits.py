"""The limits of what the owner can type, defined once and used by the CLI and the app alike.

- Every text field has a maximum length and refuses control characters (ESC, BEL, backspace,
  NUL...); multi-line fields keep new lines and tabs. Limits are counted in characters after
  trimming the ends.
- Every amount has a ceiling (one entry, a credit limit).
- Every date lies between DATE_MIN and DATE_MAX.
- Digits are the ASCII digits 0-9 only: `²`, `١` or `５` are not numbers anywhere.
docs/limits.md lists them for the owner and support.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from fiado_app.domain.errors import InvalidInput

# The largest amount of one sale, payment or discount, and of a credit limit: R$ 999.999,99.
MAX_AMOUNT_CENTS = 99_999_999
DATE_MIN = date(2000, 1, 1)
DATE_MAX = date(2099, 12, 31)
ASCII_DIGITS = frozenset("0123456789")

# Maximum length (characters) of each kind of text field; multi-line kinds keep \n and \t.
TEXT_LIMITS: dict[str, int] = {
    "name": 120,  # customer and shop names
    "nickname": 60,
    "street": 120,
    "number": 20,
    "complement": 60,
    "district": 60,
    "city": 60,
    "email": 120,
    "phone": 40,  # as typed, before it is normalised
    "document": 40,
    "pix_key": 100,
    "description": 300,  # what was sold
    "reason": 300,  # why a discount, a reversal, a limit override
    "note": 1000,  # a payment's or a contact's note
    "notes": 4000,  # notes about a customer
    "template": 4000,  # a letter or message template
    "stage_name": 60,  # a ladder stage's name
    "path": 1000,
    "line": 200,  # any other one-line field
}
MULTILINE = frozenset({"note", "notes", "template"})
# A text file read for a template or an import larger than this is refused before it is read.
MAX_TEXT_FILE_BYTES = 64 * 1024


def control_characters(text: str, multiline: bool = False) -> list[str]:
    """The control characters in `text` (new line and tab allowed in multi-line fields)."""
    allowed = {"\n", "\t"} if multiline else set()
    if multiline:
        text = text.replace("\r\n", "\n")
    return [
        c for c in text if c not in allowed and unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp")
    ]


def describe_char(c: str) -> str:
    names = {"\x1b": "ESC", "\x07": "BEL", "\x08": "backspace", "\x00": "NUL", "\r": "CR"}
    return names.get(c, f"U+{ord(c):04X}")


def check_text(value: str | None, label: str, kind: str, *, required: bool = False) -> str:
    """`value` trimmed, or InvalidInput naming `label` when it is too long or has control
    characters. Multi-line kinds keep their inner new lines (CRLF becomes LF)."""
    if kind not in TEXT_LIMITS:
        raise KeyError(kind)
    text = (value or "").strip()
    multiline = kind in MULTILINE
    if multiline:
        text = text.replace("\r\n", "\n")
    bad = control_characters(text, multiline)
    if bad:
        shown = ", ".join(sorted({describe_char(c) for c in bad}))
        raise InvalidInput(
            f"{label} contém caracteres de controle ({shown}), que não podem ser gravados. "
            "Apague-os e digite o texto de novo."
        )
    limit = TEXT_LIMITS[kind]
    if len(text) > limit:
        raise InvalidInput(f"{label} é longo demais: use até {limit} caracteres (tem {len(text)}).")
    if required and not text:
        raise InvalidInput(f"Informe {label[0].lower() + label[1:]}.")
    return text


def check_amount(cents: int, what: str = "O valor") -> int:
    """Refuse an amount above the ceiling (the caller refuses zero or negatives as it needs)."""
    if cents > MAX_AMOUNT_CENTS:
        raise InvalidInput(
            f"{what} passa do limite de R$ 999.999,99 por lançamento. Confira o valor digitado."
        )
    return cents


def dmy(value: date) -> str:
    """`dd/mm/aaaa` with a four-digit year always (strftime prints year 1 as `1`)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def check_date_range(value: date, what: str = "A data") -> date:
    if not DATE_MIN <= value <= DATE_MAX:
        raise InvalidInput(
            f"{what} ({dmy(value)}) está fora do período aceito "
            f"(de {dmy(DATE_MIN)} a {dmy(DATE_MAX)})."
        )
    return value


def ascii_digits(text: str) -> str:
    """Only the ASCII digits of `text`."""
    return "".join(c for c in text if c in ASCII_DIGITS)


def is_number(text: str) -> bool:
    """Whether `text` is a whole number written with ASCII digits (`١` and `²` are not)."""
    return bool(text) and all(c in ASCII_DIGITS for c in text)
