import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl, parse_cents, parse_positive_cents


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12,50", 1250),
        ("1.234,56", 123456),
        ("R$ 12,50", 1250),
        ("R$12,50", 1250),
        ("12.50", 1250),
        ("12", 1200),
        ("0,10", 10),
        ("1.234", 123400),
        ("1.234.567,89", 123456789),
        ("  7,5 ", 750),
    ],
)
def test_owner_types_amounts_the_brazilian_way(typed: str, cents: int) -> None:
    assert parse_cents(typed) == cents


@pytest.mark.parametrize("typed", ["abc", "12,345", "1,2,3", "12.5.0", "R$", "1.23,45", "--5"])
def test_malformed_amounts_are_refused_in_portuguese(typed: str) -> None:
    with pytest.raises(InvalidInput, match="Valor inválido"):
        parse_cents(typed)


@pytest.mark.parametrize("typed", ["", "   ", "\u00a0"])
def test_an_empty_amount_asks_for_one(typed: str) -> None:
    with pytest.raises(InvalidInput, match="^Informe o valor, por exemplo 12,50.$"):
        parse_cents(typed)


@pytest.mark.parametrize("typed", ["0", "0,00", "-5", "-R$ 3,00"])
def test_sales_and_payments_must_be_more_than_zero(typed: str) -> None:
    with pytest.raises(InvalidInput):
        parse_positive_cents(typed)


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (0, "R$\u00a00,00"),
        (5, "R$\u00a00,05"),
        (123456, "R$\u00a01.234,56"),
        (-1050, "-R$\u00a010,50"),
    ],
)
def test_amounts_are_shown_as_reais(cents: int, shown: str) -> None:
    assert format_brl(cents) == shown


def test_float_trap_three_dimes_make_exactly_thirty_cents() -> None:
    assert 0.1 + 0.1 + 0.1 != 0.3  # what floats would do
    assert sum(parse_cents("0,10") for _ in range(3)) == parse_cents("0,30")


def test_counts_are_written_with_a_dot_every_three_digits():
    from fiado_app.domain.text import format_count

    assert [format_count(n) for n in (0, 7, 999, 6881, 1_087_509)] == [
        "0",
        "7",
        "999",
        "6.881",
        "1.087.509",
    ]
