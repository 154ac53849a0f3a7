"""Brazilian identity and address codes: CPF, CNPJ (numeric and alphanumeric), CEP and UF.

Normalised values are stored without punctuation; the ``format_*`` helpers add it back for
display. Checksums come from python-stdnum; policy rules it does not enforce (repeated-digit
CPFs, all-same CNPJs) are applied here.
"""

from __future__ import annotations

import re
from typing import Literal

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import ascii_digits

DocumentKind = Literal["cpf", "cnpj"]

UFS: frozenset[str] = frozenset(
    ("AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA")
    + ("PB", "PE", "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO")
)

# Only the punctuation used in the official masks (and blanks) is removed; anything else
# (e.g. "=" in "390.533.447=05") makes the input invalid instead of being silently dropped.
_DOCUMENT_PUNCTUATION = re.compile(r"[.\-/\s]")
_CPF_RE = re.compile(r"[0-9]{11}")
_CNPJ_RE = re.compile(r"[0-9A-Z]{12}[0-9]{2}")
_CEP_RE = re.compile(r"[0-9]{8}")


def _strip_punctuation(text: str) -> str:
    return _DOCUMENT_PUNCTUATION.sub("", text or "")


# --------------------------------------------------------------------------- CPF


def normalize_cpf(text: str) -> str:
    """Return the 11 CPF digits, or raise InvalidInput if ``text`` is not a valid CPF."""
    digits = _strip_punctuation(text)
    if not _CPF_RE.fullmatch(digits):
        raise InvalidInput(f"CPF inválido: “{text}”. Informe os 11 dígitos (000.000.000-00).")
    if len(set(digits)) == 1:
        raise InvalidInput(f"CPF inválido: “{text}” (todos os dígitos iguais).")
    # python-stdnum is imported when a number is first checked: loading it takes longer than
    # anything else the window's first screen needs from the domain.
    from stdnum.br import cpf
    from stdnum.exceptions import ValidationError

    try:
        cpf.validate(digits)
    except ValidationError:
        raise InvalidInput(f"CPF inválido: “{text}”. Confira os dígitos verificadores.") from None
    return digits


def complete_cpf(base9: str) -> str:
    """The CPF whose first nine digits are `base9`: the two check digits appended (each the
    weighted sum modulo 11, weights 10..2 then 11..2). For made-up data (the demo shop);
    `normalize_cpf` validates what the owner types."""
    digits = [int(c) for c in ascii_digits(base9)]
    if len(digits) != 9:
        raise InvalidInput(f"Base de CPF inválida: “{base9}” (são 9 dígitos).")
    for first_weight in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(first_weight, 1, -1), strict=False))
        digits.append(total * 10 % 11 % 10)
    return "".join(str(d) for d in digits)


def format_cpf(digits: str) -> str:
    """Format a CPF as ``000.000.000-00`` (validating it first)."""
    d = normalize_cpf(digits)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def mask_cpf(digits: str) -> str:
    """Mask a CPF for printing on letters: ``***.456.789-**`` (middle six digits visible)."""
    d = normalize_cpf(digits)
    return f"***.{d[3:6]}.{d[6:9]}-**"


# --------------------------------------------------------------------------- CNPJ


def normalize_cnpj(text: str) -> str:
    """Return the 14-character CNPJ (upper case; alphanumeric CNPJs accepted).

    Raises InvalidInput if ``text`` is not a valid CNPJ.
    """
    value = _strip_punctuation(text).upper()
    if not _CNPJ_RE.fullmatch(value):
        raise InvalidInput(
            f"CNPJ inválido: “{text}”. Informe os 14 caracteres (00.000.000/0000-00)."
        )
    if len(set(value)) == 1:
        raise InvalidInput(f"CNPJ inválido: “{text}” (todos os caracteres iguais).")
    from stdnum.br import cnpj
    from stdnum.exceptions import ValidationError

    try:
        cnpj.validate(value)
    except ValidationError:
        raise InvalidInput(f"CNPJ inválido: “{text}”. Confira os dígitos verificadores.") from None
    return value


def format_cnpj(value: str) -> str:
    """Format a CNPJ as ``00.000.000/0000-00`` (also for alphanumeric CNPJs)."""
    v = normalize_cnpj(value)
    return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"


# --------------------------------------------------------------------------- CPF or CNPJ


def normalize_document(text: str) -> tuple[DocumentKind, str]:
    """Decide between CPF and CNPJ by length and return ``(kind, normalized_value)``."""
    compact = _strip_punctuation(text)
    if len(compact) == 11:
        return "cpf", normalize_cpf(text)
    if len(compact) == 14:
        return "cnpj", normalize_cnpj(text)
    raise InvalidInput(
        f"Documento inválido: “{text}”. Informe um CPF (11 dígitos) ou um CNPJ (14 caracteres)."
    )


def format_document(value: str, kind: DocumentKind | None = None) -> str:
    """Format a CPF or CNPJ for display; ``kind`` forces one of them, otherwise it is guessed."""
    if kind == "cpf":
        return format_cpf(value)
    if kind == "cnpj":
        return format_cnpj(value)
    if kind is not None:
        raise InvalidInput(f"Tipo de documento desconhecido: “{kind}”.")
    detected, normalized = normalize_document(value)
    return format_cpf(normalized) if detected == "cpf" else format_cnpj(normalized)


# --------------------------------------------------------------------------- CEP and UF


def normalize_cep(text: str) -> str:
    """Return the 8 CEP digits, or raise InvalidInput."""
    digits = _strip_punctuation(text)
    if not _CEP_RE.fullmatch(digits) or digits == "00000000":
        raise InvalidInput(f"CEP inválido: “{text}”. Informe os 8 dígitos (00000-000).")
    return digits


def format_cep(digits: str) -> str:
    """Format a CEP as ``00000-000``."""
    d = normalize_cep(digits)
    return f"{d[:5]}-{d[5:]}"


def normalize_uf(text: str) -> str:
    """Return the two-letter state code in upper case (``"sp"`` → ``"SP"``), or raise."""
    uf = (text or "").strip().upper()
    if uf not in UFS:
        raise InvalidInput(f"UF inválida: “{text}”. Use a sigla do estado, por exemplo SP ou MG.")
    return uf
