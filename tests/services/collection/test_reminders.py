"""Reminder texts, Pix payload inside them, the wa.me link, call script and agreement summary."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import unquote

import pytest

from fiado_app.db.engine import Database
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.pix import parse_pix_payload
from fiado_app.services import collection
from tests.services.collection.conftest import TODAY, add, pay, sell


def test_the_text_for_a_customer_three_days_late(db: Database) -> None:
    maria = add(db, "Maria Aparecida Souza")
    sell(db, maria, 12000, date(2026, 10, 15), TODAY - timedelta(days=3), "Compras do mês")
    sell(db, maria, 6750, date(2026, 11, 10), date(2026, 12, 10), "Gás")

    r = collection.reminder_for(db, maria, as_of=TODAY)

    assert r.stage_key == "amigavel" and r.channel == "whatsapp"
    assert r.text.startswith("Oi, Maria, tudo bem? Aqui é da loja Mercadinho Boa Vista.")
    assert "R$\u00a0120,00 da sua conta venceu em 15/11/2026" in r.text
    assert "Ainda a vencer, sem pressa: R$\u00a067,50." in r.text  # the gas, due 10/12
    assert "187,50" not in r.text
    assert "dívida" not in r.text.lower()
    assert r.pix_payload is not None and r.pix_payload in r.text
    assert parse_pix_payload(r.pix_payload)["54"] == "120.00"  # what is due, not everything
    assert len(r.text) < 800
    whole = collection.reminder_for(db, maria, as_of=TODAY, whole_balance=True)
    assert parse_pix_payload(whole.pix_payload or "")["54"] == "187.50"


def test_two_days_late_the_text_is_the_friendly_one_never_vence_hoje(db: Database) -> None:
    caio = add(db, "Caio Nunes")
    sell(db, caio, 3000, date(2026, 11, 1), TODAY - timedelta(days=2), "Pão")
    r = collection.reminder_for(db, caio, as_of=TODAY)
    assert r.stage_key == "amigavel" and "Hoje" not in r.text and "vence em" not in r.text
    assert "R$\u00a030,00 da sua conta venceu em 16/11/2026" in r.text


def test_the_second_notice_lists_what_is_overdue_and_counts_days_in_words(db: Database) -> None:
    bia = add(db, "Beatriz Lopes")
    for n in range(6):
        sell(db, bia, 1000 + n, date(2026, 9, 1 + n), date(2026, 10, 1 + n), f"Compra {n + 1}")
    sell(db, bia, 700, date(2026, 11, 15), date(2026, 12, 15), "Pão")
    r = collection.reminder_for(db, bia, as_of=TODAY, stage_key="segundo_aviso")
    assert "vencida desde 01/10/2026, há 48 dias" in r.text
    assert "e mais 2 compras:" in r.text and "(s)" not in r.text
    assert "(venceu em 01/10/2026)" in r.text and "Pão" not in r.text
    assert "Ainda a vencer, sem pressa: R$\u00a07,00." in r.text


def test_pix_payload_in_the_text_carries_the_exact_open_amount_and_the_customer(
    db: Database,
) -> None:
    joao = add(db, "João Pereira")
    sell(db, joao, 10000, date(2026, 10, 1), date(2026, 10, 31))
    pay(db, joao, 2345, date(2026, 11, 5))

    r = collection.reminder_for(db, joao, as_of=TODAY)
    fields = parse_pix_payload(r.pix_payload or "")

    assert fields["54"] == "76.55"
    assert fields["26.00"] == "br.gov.bcb.pix" and fields["26.01"] == "11222333000181"
    assert fields["59"] == "Mercadinho Boa Vista" and fields["60"] == "Sao Paulo"
    assert fields["62.05"] == f"FIADO{joao}D20261118"


def test_without_a_pix_key_the_text_has_no_pix_lines(db: Database) -> None:
    from fiado_app.services import shop

    shop.update_shop(db, pix_key="")
    ana = add(db, "Ana Lima")
    sell(db, ana, 5000, date(2026, 10, 1), TODAY - timedelta(days=3))
    r = collection.reminder_for(db, ana, as_of=TODAY)
    assert r.pix_payload is None and "Pix" not in r.text and "em dinheiro ou cartão" in r.text


def test_a_named_stage_and_the_second_notice_offer_to_split(db: Database) -> None:
    ana = add(db, "Ana Lima")
    sell(db, ana, 5000, date(2026, 10, 1), TODAY - timedelta(days=16), "Pão e leite")
    r = collection.reminder_for(db, ana, as_of=TODAY, stage_key="segundo_aviso")
    assert "dividir em partes" in r.text and "Qual data fica boa" in r.text
    assert "• 01/10 Pão e leite: R$\u00a050,00" in r.text
    assert "há 16 dias" in r.text and "CNPJ 11.222.333/0001-81" in r.text
    with pytest.raises(InvalidInput, match="não existe"):
        collection.reminder_for(db, ana, as_of=TODAY, stage_key="nao_existe")


def test_a_customer_who_owes_nothing_gets_a_clear_message(db: Database) -> None:
    ze = add(db, "Zé")
    with pytest.raises(InvalidInput, match="não tem valor em aberto"):
        collection.reminder_for(db, ze, as_of=TODAY)


def test_the_link_is_correctly_encoded() -> None:
    text = "Oi, Zé!\nTotal: R$ 1+1 *negrito* 100%"
    link = collection.whatsapp_link("+5511987654321", text)
    assert link.startswith("https://wa.me/5511987654321?text=")
    query = link.split("text=", 1)[1]
    assert "%0A" in query and "%20" in query and "%2B" in query and "%2A" in query
    assert "%C3%A9" in query  # é as UTF-8
    assert "+" not in query and " " not in query and "%25" in query
    assert unquote(query) == text
    desktop = collection.whatsapp_link("(11) 98765-4321", text, desktop=True)
    assert desktop.startswith("whatsapp://send?phone=5511987654321&text=Oi%2C%20Z%C3%A9%21%0A")


@pytest.mark.parametrize("phone", [None, "(11) 3333-4444"])
def test_a_customer_without_a_valid_mobile_gets_a_clear_message(phone: str | None) -> None:
    with pytest.raises(InvalidInput, match="celular"):
        collection.whatsapp_link(phone, "Oi", name="Ana")


def test_call_script_and_agreement_summary(db: Database) -> None:
    ana = add(db, "Ana Lima")
    sell(db, ana, 5000, date(2026, 10, 1), TODAY - timedelta(days=20), "Pão e leite")
    script = collection.call_script(db, ana, as_of=TODAY)
    assert "Falo com Ana Lima?" in script and "R$\u00a050,00" in script
    assert "Pão e leite" in script and "resumo do acordo" in script

    summary = collection.agreement_summary(db, ana, date(2026, 11, 25), 3000, as_of=TODAY)
    assert "• Valor: R$\u00a030,00" in summary and "25/11/2026" in summary
    payload = summary.split("app do banco:\n", 1)[1].split("\n", 1)[0]
    assert parse_pix_payload(payload)["54"] == "30.00"
