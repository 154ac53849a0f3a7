"""Amounts written out in Brazilian Portuguese, as on receipts and promissory notes."""

from __future__ import annotations

import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.words import amount_in_words, integer_in_words


@pytest.mark.parametrize(
    ("cents", "words"),
    [
        (0, "zero reais"),
        (1, "um centavo"),
        (2, "dois centavos"),
        (21, "vinte e um centavos"),
        (99, "noventa e nove centavos"),
        (100, "um real"),
        (101, "um real e um centavo"),
        (150, "um real e cinquenta centavos"),
        (200, "dois reais"),
        (1400, "quatorze reais"),
        (1700, "dezessete reais"),
        (2100, "vinte e um reais"),
        (10000, "cem reais"),
        (10100, "cento e um reais"),
        (11000, "cento e dez reais"),
        (99999, "novecentos e noventa e nove reais e noventa e nove centavos"),
        (100000, "mil reais"),
        (100100, "mil e um reais"),
        (110000, "mil e cem reais"),
        (150000, "mil e quinhentos reais"),
        (123456, "mil duzentos e trinta e quatro reais e cinquenta e seis centavos"),
        (210000, "dois mil e cem reais"),
        (2000000, "vinte mil reais"),
        (10000000, "cem mil reais"),
        (10100000, "cento e um mil reais"),
        (100000000, "um milhão de reais"),
        (100000100, "um milhão e um reais"),
        (100100000, "um milhão e mil reais"),
        (120000000, "um milhão e duzentos mil reais"),
        (150000000, "um milhão e quinhentos mil reais"),
        (200000000, "dois milhões de reais"),
        (200000001, "dois milhões de reais e um centavo"),
        (
            123456789,
            "um milhão, duzentos e trinta e quatro mil quinhentos e sessenta e sete reais "
            "e oitenta e nove centavos",
        ),
        (100000000000, "um bilhão de reais"),
        (300000000000, "três bilhões de reais"),
        (100000100000, "um bilhão e mil reais"),
        (100100100, "um milhão, mil e um reais"),
        (100110100, "um milhão, mil cento e um reais"),
        (230000500, "dois milhões, trezentos mil e cinco reais"),
        (100123400, "um milhão, mil duzentos e trinta e quatro reais"),
    ],
)
def test_amount_in_words(cents: int, words: str) -> None:
    assert amount_in_words(cents) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1, "um"),
        (21, "vinte e um"),
        (100, "cem"),
        (101, "cento e um"),
        (1000, "mil"),
        (1001, "mil e um"),
        (1100, "mil e cem"),
        (1234, "mil duzentos e trinta e quatro"),
        (2000000, "dois milhões"),
        (1000000, "um milhão"),
        (1000001, "um milhão e um"),
    ],
)
def test_integer_in_words(number: int, words: str) -> None:
    assert integer_in_words(number) == words


def test_one_real_is_singular_and_two_are_plural() -> None:
    assert amount_in_words(100).endswith("real")
    assert amount_in_words(200).endswith("reais")


@pytest.mark.parametrize("bad", [-1, 10**17, 1.5, "100", True])
def test_negative_huge_or_non_integer_amounts_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInput):
        amount_in_words(bad)  # type: ignore[arg-type]
