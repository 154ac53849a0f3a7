"""CPF, CNPJ, CEP and UF: the vectors in tests/data/br_documents.json and formatting rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fiado_app.domain.br_documents import (
    UFS,
    format_cep,
    format_cnpj,
    format_cpf,
    format_document,
    mask_cpf,
    normalize_cep,
    normalize_cnpj,
    normalize_cpf,
    normalize_document,
    normalize_uf,
)
from fiado_app.domain.errors import FiadoError, InvalidInput

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent.parent / "data" / "br_documents.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("text", VECTORS["cpf_valid"])
def test_valid_cpf_from_vectors_is_accepted_as_11_digits(text: str) -> None:
    assert normalize_cpf(text) == "39053344705"


@pytest.mark.parametrize("text", VECTORS["cpf_invalid"])
def test_invalid_cpf_from_vectors_is_refused_with_portuguese_message(text: str) -> None:
    with pytest.raises(InvalidInput, match="CPF inválido"):
        normalize_cpf(text)


@pytest.mark.parametrize("digit", "0123456789")
def test_repeated_digit_cpf_is_refused_even_if_checksum_passes(digit: str) -> None:
    with pytest.raises(InvalidInput):
        normalize_cpf(digit * 11)


@pytest.mark.parametrize("text", VECTORS["cnpj_valid"])
def test_valid_cnpj_from_vectors_is_accepted(text: str) -> None:
    value = normalize_cnpj(text)
    assert len(value) == 14
    assert value.isalnum() and value == value.upper()


@pytest.mark.parametrize("text", VECTORS["cnpj_invalid"])
def test_invalid_cnpj_from_vectors_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="CNPJ inválido"):
        normalize_cnpj(text)


def test_alphanumeric_cnpj_typed_in_lower_case_is_upper_cased() -> None:
    assert normalize_cnpj("12.abc.345/01de-35") == "12ABC34501DE35"


def test_all_same_cnpj_is_refused() -> None:
    with pytest.raises(InvalidInput):
        normalize_cnpj("11.111.111/1111-11")


def test_invalid_input_is_a_fiado_error_with_the_bad_value_in_the_message() -> None:
    with pytest.raises(FiadoError) as info:
        normalize_cpf("231.002.999-00")
    assert "231.002.999-00" in str(info.value)


def test_cpf_is_formatted_with_dots_and_dash_and_round_trips() -> None:
    formatted = format_cpf("39053344705")
    assert formatted == "390.533.447-05"
    assert normalize_cpf(formatted) == "39053344705"


def test_cpf_printed_on_a_letter_shows_only_middle_digits() -> None:
    assert mask_cpf("39053344705") == "***.533.447-**"
    assert mask_cpf("390.533.447-05") == "***.533.447-**"


def test_mask_of_an_invalid_cpf_is_refused() -> None:
    with pytest.raises(InvalidInput):
        mask_cpf("12345678900")


@pytest.mark.parametrize(
    ("raw", "formatted"),
    [
        ("16727230000197", "16.727.230/0001-97"),
        ("07195358000166", "07.195.358/0001-66"),
        ("00038166000105", "00.038.166/0001-05"),
        ("12ABC34501DE35", "12.ABC.345/01DE-35"),
    ],
)
def test_cnpj_is_formatted_and_round_trips(raw: str, formatted: str) -> None:
    assert format_cnpj(raw) == formatted
    assert normalize_cnpj(formatted) == raw


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("390.533.447-05", ("cpf", "39053344705")),
        (" 39053344705 ", ("cpf", "39053344705")),
        ("16.727.230/0001-97", ("cnpj", "16727230000197")),
        ("12.ABC.345/01DE-35", ("cnpj", "12ABC34501DE35")),
    ],
)
def test_document_kind_is_decided_by_length(text: str, expected: tuple[str, str]) -> None:
    assert normalize_document(text) == expected


@pytest.mark.parametrize("text", ["", "123", "390.533.447-0", "1672723000019", "abc"])
def test_document_of_wrong_length_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="Documento inválido"):
        normalize_document(text)


def test_document_with_right_length_but_bad_checksum_is_refused() -> None:
    with pytest.raises(InvalidInput, match="CPF inválido"):
        normalize_document("231.002.999-00")


def test_format_document_formats_either_kind() -> None:
    assert format_document("39053344705") == "390.533.447-05"
    assert format_document("16727230000197") == "16.727.230/0001-97"
    assert format_document("39053344705", "cpf") == "390.533.447-05"
    assert format_document("12abc34501de35", "cnpj") == "12.ABC.345/01DE-35"


def test_format_document_with_forced_wrong_kind_is_refused() -> None:
    with pytest.raises(InvalidInput):
        format_document("39053344705", "cnpj")


@pytest.mark.parametrize("text", ["01310-100", "01310100", " 01310 100 ", "01.310-100"])
def test_cep_is_normalized_to_eight_digits_and_formatted(text: str) -> None:
    assert normalize_cep(text) == "01310100"
    assert format_cep(text) == "01310-100"


@pytest.mark.parametrize("text", ["", "1310-100", "013101000", "0131O-100", "00000-000"])
def test_bad_cep_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="CEP inválido"):
        normalize_cep(text)


@pytest.mark.parametrize(("text", "uf"), [("sp", "SP"), (" mg ", "MG"), ("DF", "DF")])
def test_uf_is_upper_cased(text: str, uf: str) -> None:
    assert normalize_uf(text) == uf


@pytest.mark.parametrize("text", ["", "XX", "São Paulo", "S P", "BRA"])
def test_unknown_uf_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="UF inválida"):
        normalize_uf(text)


def test_there_are_27_ufs() -> None:
    assert len(UFS) == 27


def test_a_made_up_cpf_gets_the_check_digits_a_real_one_has():
    from fiado_app.domain.br_documents import complete_cpf, normalize_cpf

    assert complete_cpf("111444777") == "11144477735"  # the textbook example
    for base in ("123456789", "987654321", "000000001", "529982247"):
        assert normalize_cpf(complete_cpf(base)) == complete_cpf(base)  # python-stdnum agrees
