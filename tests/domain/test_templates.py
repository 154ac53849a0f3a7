"""Message templates: strict placeholders, escaped braces, and the tone guard (CDC art. 42/71)."""

from __future__ import annotations

import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.templates import (
    PLACEHOLDERS,
    parse_placeholders,
    render_template,
    validate_template,
)

VALUES = {name: f"<{name}>" for name in PLACEHOLDERS}


def test_placeholders_are_listed_in_order_of_use() -> None:
    assert parse_placeholders("Oi {primeiro_nome}, {valor} até {vencimento}. {valor}") == [
        "primeiro_nome",
        "valor",
        "vencimento",
    ]


def test_render_fills_values_and_keeps_escaped_braces() -> None:
    text = "Oi {primeiro_nome}! Código {{abc}} de {loja}."
    assert render_template(text, {"primeiro_nome": "Ana", "loja": "Mercadinho"}) == (
        "Oi Ana! Código {abc} de Mercadinho."
    )


def test_values_are_never_reinterpreted_as_templates() -> None:
    assert render_template("{nome}", {"nome": "{loja} {{x}}"}) == "{loja} {{x}}"


def test_a_line_with_an_empty_value_is_left_out() -> None:
    text = "Oi {primeiro_nome}!\nPix copia e cola: {pix_copia_e_cola}\nObrigado!"
    assert render_template(text, {"primeiro_nome": "Ana", "pix_copia_e_cola": ""}) == (
        "Oi Ana!\nObrigado!"
    )


def test_unknown_placeholder_is_refused_with_the_list_of_known_ones() -> None:
    with pytest.raises(InvalidInput, match=r"desconhecido.*\{saldo\}.*\{primeiro_nome\}"):
        validate_template("Oi {primeiro_nome}, seu saldo é {saldo}.")


@pytest.mark.parametrize(
    "text",
    ["{nome.__class__}", "{nome[0]}", "{nome!r}", "{valor:>10}", "{ nome }", "{}", "{Nome}"],
)
def test_attribute_index_and_format_access_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        validate_template(f"Oi {text}")
    with pytest.raises(InvalidInput):
        render_template(text, VALUES)


@pytest.mark.parametrize("text", ["Oi {nome", "Oi nome}", "Oi {nome {loja}}", "{{nome}"])
def test_malformed_braces_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="[Cc]have"):
        validate_template(text)


def test_render_without_a_value_is_an_error_not_a_blank() -> None:
    with pytest.raises(InvalidInput, match="valor"):
        render_template("{valor}", {})


@pytest.mark.parametrize(
    "insult",
    [
        "Deixa de ser CALOTEIRO, {primeiro_nome}.",
        "Caloteira!",
        "Seu vagabundo, pague {valor}.",
        "Que vergonha, {primeiro_nome}.",
        "Vamos chamar a polícia.",
        "Se não pagar vai para a delegacia.",
        "Vou contar para sua família.",
        "Vou avisar os seus vizinhos.",
        "Vou ligar para o seu chefe.",
        "Vamos expor você no grupo do bairro.",
        "Seu nome vai para a lista de devedores.",
        "Seu nome no mural da loja.",
        "Vamos abrir processo criminal.",
        "Vou passar no seu trabalho.",
    ],
)
def test_shaming_threatening_or_exposing_text_cannot_be_saved(insult: str) -> None:
    with pytest.raises(InvalidInput, match=r"art\. (42|71)"):
        validate_template(insult, "segundo_aviso")


@pytest.mark.parametrize(
    "fine",
    [
        "Um abraço para sua família!",
        "Posso falar com você depois do trabalho?",
        "Obrigado pela preferência, {primeiro_nome}.",
        "Sem pressa, combinamos uma data.",
    ],
)
def test_ordinary_kind_words_are_not_mistaken_for_threats(fine: str) -> None:
    assert validate_template(fine, "lembrete") == []


def test_heavy_words_warn_in_early_stages_only() -> None:
    text = "Oi {primeiro_nome}, sua dívida de {valor} vence hoje. Evite o SPC."
    warnings = validate_template(text, "vencimento")
    assert len(warnings) == 1
    assert "“divida”" in warnings[0] and "“spc”" in warnings[0]
    assert validate_template(text, "segundo_aviso") == []


def test_words_inside_placeholders_do_not_trigger_the_guard() -> None:
    # The customer's own name may contain anything; only the shop's words are judged.
    assert render_template("Oi {nome}", {"nome": "Ana Vergonha"}) == "Oi Ana Vergonha"
    assert validate_template("Oi {nome}", "lembrete") == []


def test_long_text_gets_a_warning() -> None:
    assert any("longo" in w for w in validate_template("Olá! " * 200, "segundo_aviso"))
