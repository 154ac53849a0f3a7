"""Static Pix "copia e cola": BCB vectors reproduced byte for byte, strict parsing, keys."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.pix import (
    build_pix_payload,
    crc16_ccitt,
    normalize_pix_text,
    parse_pix_payload,
    pix_txid_for_customer,
    validate_pix_key,
)

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent.parent / "data" / "pix_vectors.json").read_text(encoding="utf-8")
)
EVP = "123e4567-e12b-12d1-a456-426655440000"


def _cents(amount: str | None) -> int | None:
    if amount is None:
        return None
    reais, centavos = amount.split(".")
    return int(reais) * 100 + int(centavos)


@pytest.mark.parametrize("vector", VECTORS["static"], ids=lambda v: v["id"])
def test_static_vector_is_reproduced_byte_for_byte(vector: dict[str, Any]) -> None:
    payload = build_pix_payload(
        vector["key"],
        vector["name"],
        vector["city"],
        amount_cents=_cents(vector["amount"]),
        txid=vector["txid"],
        description=vector["description"],
    )
    assert payload == vector["payload"]


def test_crc_check_value_of_ccitt_false() -> None:
    assert crc16_ccitt(VECTORS["crc_check"]["input"]) == VECTORS["crc_check"]["crc"]


def test_crc_is_zero_padded_to_four_upper_hex_digits() -> None:
    # Find an input whose CRC is below 0x1000 to prove the zero padding.
    small = next(str(i) for i in range(100_000) if int(crc16_ccitt(str(i)), 16) < 0x1000)
    crc = crc16_ccitt(small)
    assert len(crc) == 4 and crc.startswith("0") and crc == crc.upper()


@pytest.mark.parametrize("payload", VECTORS["crc_only"])
def test_every_correct_payload_parses(payload: str) -> None:
    fields = parse_pix_payload(payload)
    assert fields["00"] == "01"
    assert fields["63"] == payload[-4:]
    assert fields["58"] == "BR"


@pytest.mark.parametrize("vector", VECTORS["invalid"], ids=lambda v: v["why"])
def test_invalid_payload_is_rejected(vector: dict[str, str]) -> None:
    with pytest.raises(InvalidInput, match="Código Pix inválido"):
        parse_pix_payload(vector["payload"])


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "not a pix code",
        VECTORS["static"][0]["payload"][:-1],
        VECTORS["static"][0]["payload"] + " ",
    ],
)
def test_truncated_or_garbage_payload_is_rejected(payload: str) -> None:
    with pytest.raises(InvalidInput):
        parse_pix_payload(payload)


@pytest.mark.parametrize(("text", "expected"), VECTORS["normalisation"])
def test_accents_are_stripped_to_plain_ascii(text: str, expected: str) -> None:
    assert normalize_pix_text(text, 99) == expected


def test_amount_of_1234_reais_56_is_written_with_a_dot() -> None:
    payload = build_pix_payload(EVP, "Loja", "Recife", amount_cents=123456)
    assert "54071234.56" in payload
    assert parse_pix_payload(payload)["54"] == "1234.56"


@pytest.mark.parametrize(("cents", "text"), [(1, "0.01"), (5, "0.05"), (4590, "45.90")])
def test_small_amounts_keep_two_decimals(cents: int, text: str) -> None:
    assert parse_pix_payload(build_pix_payload(EVP, "Loja", "Recife", cents))["54"] == text


@pytest.mark.parametrize("cents", [0, -100])
def test_zero_or_negative_amount_is_refused(cents: int) -> None:
    with pytest.raises(InvalidInput):
        build_pix_payload(EVP, "Loja", "Recife", amount_cents=cents)


def test_open_amount_has_no_field_54() -> None:
    assert "54" not in parse_pix_payload(build_pix_payload(EVP, "Loja", "Recife"))


def test_long_name_and_city_are_truncated_after_accent_stripping() -> None:
    payload = build_pix_payload(
        EVP, "Mercearia São João Batista & Filhos", "São José dos Campos Paulista"
    )
    fields = parse_pix_payload(payload)
    assert fields["59"] == "Mercearia Sao Joao Batist"
    assert len(fields["59"]) == 25
    assert fields["60"] == "Sao Jose dos Ca"
    assert payload.isascii()


def test_name_that_is_only_symbols_is_refused() -> None:
    with pytest.raises(InvalidInput):
        build_pix_payload(EVP, "   ", "Recife")


def test_customer_txid_is_alphanumeric_and_goes_into_field_62() -> None:
    txid = pix_txid_for_customer(123, datetime.date(2026, 11, 23))
    assert txid == "FIADO123D20261123"
    payload = build_pix_payload(EVP, "Loja", "Recife", 1000, txid=txid)
    assert parse_pix_payload(payload)["62.05"] == txid


@pytest.mark.parametrize("customer_id", [0, -1, 10**12])
def test_customer_txid_refuses_ids_that_do_not_fit(customer_id: int) -> None:
    with pytest.raises(InvalidInput):
        pix_txid_for_customer(customer_id, datetime.date(2026, 11, 23))


@pytest.mark.parametrize("txid", [None, "", "***"])
def test_missing_txid_becomes_three_asterisks(txid: str | None) -> None:
    payload = build_pix_payload(EVP, "Loja", "Recife", txid=txid)
    assert parse_pix_payload(payload)["62.05"] == "***"


@pytest.mark.parametrize("txid", ["FIADO-1", "com espaço", "A" * 26, "ção"])
def test_txid_with_forbidden_characters_is_refused(txid: str) -> None:
    with pytest.raises(InvalidInput, match="Identificador"):
        build_pix_payload(EVP, "Loja", "Recife", txid=txid)


def test_description_is_shortened_to_fit_field_26() -> None:
    key = "a" * 38 + "@example.com"  # 50 characters: leaves room for 23
    payload = build_pix_payload(key, "Loja", "Recife", description="Pagamento do fiado " * 5)
    fields = parse_pix_payload(payload)
    assert len(fields["26"]) == 99
    assert fields["26.01"] == key
    assert fields["26.02"] == "Pagamento do fiado Paga"


def test_description_is_dropped_when_no_room_is_left() -> None:
    key = "a" * 65 + "@example.com"  # 77 characters: the longest allowed key
    fields = parse_pix_payload(build_pix_payload(key, "Loja", "Recife", description="Fiado"))
    assert "26.02" not in fields
    assert len(fields["26"]) <= 99


def test_description_loses_its_accents() -> None:
    fields = parse_pix_payload(build_pix_payload(EVP, "Loja", "Recife", description="Fiado março"))
    assert fields["26.02"] == "Fiado marco"


def test_generated_payload_round_trips_through_the_strict_parser() -> None:
    payload = build_pix_payload(
        "(11) 98765-4321", "Padaria Pão Quente", "Itaquaquecetuba", 4590, "FIADO7D20261123"
    )
    fields = parse_pix_payload(payload)
    assert fields["26.00"] == "br.gov.bcb.pix"
    assert fields["26.01"] == "+5511987654321"
    assert fields["59"] == "Padaria Pao Quente"
    assert fields["60"] == "Itaquaquecetuba"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("+55 (11) 98765-4321", "+5511987654321"),
        ("(11) 98765-4321", "+5511987654321"),
        ("11987654321", "+5511987654321"),  # not a valid CPF, so it is a phone
        ("390.533.447-05", "39053344705"),
        ("39053344705", "39053344705"),
        ("16.727.230/0001-97", "16727230000197"),
        ("12.abc.345/01de-35", "12ABC34501DE35"),
        (" thalesog@me.com ", "thalesog@me.com"),
        ("123E4567-E12B-12D1-A456-426655440000", EVP),
        ("123e4567e12b12d1a456426655440000", EVP),
    ],
)
def test_pix_keys_are_normalized_by_kind(text: str, key: str) -> None:
    assert validate_pix_key(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "fulano@",
        "fulano @ mail.com",
        "231.002.999-00",
        "+1 650 253 0000",
        "a" * 66 + "@example.com",
        "123e4567-e12b-12d1-a456-42665544000",
    ],
)
def test_bad_pix_keys_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        validate_pix_key(text)
