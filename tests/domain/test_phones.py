"""Phone numbers: E.164 storage, Brazilian display, mobiles and WhatsApp digits."""

from __future__ import annotations

import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.phones import (
    format_phone,
    is_mobile,
    normalize_phone,
    phone_search_digits,
    whatsapp_digits,
)


@pytest.mark.parametrize(
    "text",
    [
        "(11) 98765-4321",
        "11987654321",
        "+55 11 98765-4321",
        "011 98765-4321",
        "+55 (11) 98765-4321",
        "5511987654321",
        "  11 9 8765 4321  ",
        "0 15 11 98765-4321",
    ],
)
def test_the_ways_people_type_a_mobile_all_become_e164(text: str) -> None:
    assert normalize_phone(text) == "+5511987654321"


def test_landline_is_normalized_too() -> None:
    assert normalize_phone("(21) 2345-6789") == "+552123456789"


def test_foreign_number_with_plus_is_kept() -> None:
    assert normalize_phone("+1 650 253 0000") == "+16502530000"


@pytest.mark.parametrize(
    "text", ["123", "abc", "(11) 1234", "", "   ", "98765-4321", "+55 (11) 8765-4321"]
)
def test_bad_phone_is_refused_with_portuguese_message(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        normalize_phone(text)
    assert "elefone" in str(info.value)


def test_brazilian_numbers_are_displayed_in_national_format() -> None:
    assert format_phone("+5511987654321") == "(11) 98765-4321"
    assert format_phone("+552123456789") == "(21) 2345-6789"


def test_foreign_numbers_are_displayed_in_international_format() -> None:
    assert format_phone("+16502530000") == "+1 650-253-0000"


def test_format_of_invalid_number_is_refused() -> None:
    with pytest.raises(InvalidInput):
        format_phone("+55123")


def test_nine_digit_number_starting_with_9_is_a_mobile() -> None:
    assert is_mobile("+5511987654321")


def test_landline_is_not_a_mobile() -> None:
    assert not is_mobile("+551134567890")


def test_whatsapp_link_digits_have_no_plus_or_punctuation() -> None:
    assert whatsapp_digits("+5511987654321") == "5511987654321"
    assert whatsapp_digits("(11) 98765-4321") == "5511987654321"


def test_whatsapp_digits_of_invalid_number_is_refused() -> None:
    with pytest.raises(InvalidInput):
        whatsapp_digits("(11) 1234")


@pytest.mark.parametrize(
    ("text", "digits"),
    [("(11) 98765-4321", "11987654321"), ("+55 11", "5511"), ("abc", ""), ("", "")],
)
def test_search_digits_keep_only_digits(text: str, digits: str) -> None:
    assert phone_search_digits(text) == digits
