"""Phone numbers: normalisation to E.164, display, mobile detection and WhatsApp digits.

Everything is parsed with ``phonenumbers`` using Brazil as the default region, so national
inputs such as ``(11) 98765-4321``, ``11987654321`` or ``011 98765-4321`` are understood.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberType

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import ASCII_DIGITS, TEXT_LIMITS

DEFAULT_REGION = "BR"
BRAZIL_COUNTRY_CODE = 55

_NON_DIGITS = re.compile(r"[^0-9]")
_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _parse(text: str) -> PhoneNumber:
    """Parse and validate ``text``; raise InvalidInput with a Portuguese message otherwise."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput("Informe um número de telefone.")
    if len(raw) > TEXT_LIMITS["phone"] or any(c.isdigit() and c not in ASCII_DIGITS for c in raw):
        raise InvalidInput(f"Telefone inválido: “{text[:40]}”. Use o formato (11) 98765-4321.")
    if not _NON_DIGITS.sub("", raw):
        raise InvalidInput(f"Telefone inválido: “{text}”. Use o formato (11) 98765-4321.")
    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except NumberParseException:
        raise InvalidInput(f"Telefone inválido: “{text}”. Use o formato (11) 98765-4321.") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidInput(
            f"Telefone inválido: “{text}”. Confira o DDD e o número, ex.: (11) 98765-4321."
        )
    return number


def normalize_phone(text: str) -> str:
    """Return the phone in E.164 form (``+5511987654321``), or raise InvalidInput."""
    return phonenumbers.format_number(_parse(text), PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """Display form: ``(11) 98765-4321`` for Brazilian numbers, international otherwise."""
    number = _parse(e164)
    if number.country_code == BRAZIL_COUNTRY_CODE:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def is_mobile(e164: str) -> bool:
    """True for mobile numbers (Brazil: 9 digits starting with 9 after the DDD)."""
    return phonenumbers.number_type(_parse(e164)) in _MOBILE_TYPES


def whatsapp_digits(e164: str) -> str:
    """Digits for wa.me links: country code + DDD + number, no ``+`` (``5511987654321``)."""
    return normalize_phone(e164).lstrip("+")


def phone_search_digits(text: str) -> str:
    """Digits only, for matching a typed fragment against stored phones (never raises)."""
    return _NON_DIGITS.sub("", text or "")
