"""The default texts: valid templates, kind tone, and the facts a customer needs."""

from __future__ import annotations

import pytest

from fiado_app.domain.default_texts import AGREEMENT_SUMMARY, CALL_SCRIPT, DEFAULT_TEXTS
from fiado_app.domain.ladder import DEFAULT_LADDER, WHATSAPP
from fiado_app.domain.templates import parse_placeholders, render_template, validate_template
from fiado_app.domain.text import fold


def test_every_whatsapp_stage_of_the_default_ladder_has_a_text() -> None:
    assert {s.key for s in DEFAULT_LADDER if s.channel == WHATSAPP} == set(DEFAULT_TEXTS)


@pytest.mark.parametrize("key", sorted(DEFAULT_TEXTS))
def test_default_text_is_valid_warning_free_and_states_the_facts(key: str) -> None:
    text = DEFAULT_TEXTS[key]
    assert validate_template(text, key) == []
    used = set(parse_placeholders(text))
    assert {"primeiro_nome", "loja", "vencimento", "pix_copia_e_cola"} <= used
    assert "divida" not in fold(text)


@pytest.mark.parametrize("key", ["amigavel", "segundo_aviso"])
def test_a_late_text_asks_for_what_is_overdue_and_names_the_rest_as_not_due(key: str) -> None:
    used = set(parse_placeholders(DEFAULT_TEXTS[key]))
    assert "valor_vencido" in used and "valor_a_vencer" in used and "encargos" in used
    assert "valor" not in used  # the whole balance is never what a late text asks for
    assert "em aberto desde" not in DEFAULT_TEXTS[key]


def test_the_call_script_separates_overdue_from_not_yet_due() -> None:
    used = set(parse_placeholders(CALL_SCRIPT))
    assert {"valor_vencido", "valor_a_vencer", "itens_vencidos", "encargos"} <= used
    assert "valor" not in used


def test_second_notice_offers_to_split_and_asks_for_a_date() -> None:
    text = fold(DEFAULT_TEXTS["segundo_aviso"])
    assert "dividir" in text and "data" in text and "?" in text
    assert "documento_loja" in parse_placeholders(DEFAULT_TEXTS["segundo_aviso"])


def test_call_script_and_summary_are_valid() -> None:
    assert validate_template(CALL_SCRIPT, "ligacao", "telefone") == []
    assert validate_template(AGREEMENT_SUMMARY, "acordo") == []
    assert {"data_promessa", "valor_promessa"} <= set(parse_placeholders(AGREEMENT_SUMMARY))


def test_without_pix_key_no_pix_line_is_left_dangling() -> None:
    values = {
        "primeiro_nome": "Ana",
        "loja": "Mercadinho",
        "valor_a_pagar": "R$ 10,00",
        "vencimento": "01/12/2026",
        "chave_pix": "",
        "pix_copia_e_cola": "",
        "parcela_acordo": "",
    }
    text = render_template(DEFAULT_TEXTS["lembrete"], values)
    assert "Pix" not in text
    assert text.startswith("Oi, Ana!") and "R$ 10,00" in text
