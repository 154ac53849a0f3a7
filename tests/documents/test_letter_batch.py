"""Who gets a letter: the shop's stored ladder, the collection state, the agenda."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from fiado_app.cli import main
from fiado_app.documents.letters import render_letters
from fiado_app.domain.errors import InvalidInput
from fiado_app.services.collection import add_stage, exclude, pause, update_stage
from fiado_app.services.letters import (
    letter_candidates,
    letters_for,
    load_letter,
    log_printed_letters,
)

from .conftest import AS_OF, pdf_text

PRINTED_AT = datetime(2026, 11, 23, 9, 0)


def batch(db) -> dict[int, str]:
    return dict(letter_candidates(db, AS_OF))


def test_a_paused_or_excluded_customer_gets_no_letter_in_the_batch(db, shop) -> None:
    pause(db, shop.ana, date(2026, 12, 10), "recebe dia 10", today=AS_OF)
    exclude(db, shop.bar, "parente")
    assert batch(db) == {shop.many: "notificacao"}
    assert [c for c, _ in letter_candidates(db, AS_OF, "carta")] == []
    reminder = {c for c, _ in letter_candidates(db, AS_OF, "lembrete_impresso")}
    assert reminder == {shop.many, shop.late5}
    assert {x.customer.id for x in letters_for(db, AS_OF)} == {shop.many}
    # Asked for by name, the owner still gets the letter.
    assert load_letter(db, shop.ana, AS_OF).stage == "carta"


def test_the_stored_ladder_decides_the_letter_stage(db, shop) -> None:
    update_stage(db, "carta", offset_days=4)  # Carlos is 5 days late
    assert batch(db)[shop.late5] == "carta"
    assert load_letter(db, shop.late5, AS_OF).stage == "carta"
    update_stage(db, "notificacao", channel="whatsapp", template="Oi {primeiro_nome}")
    assert shop.bar not in batch(db)
    with pytest.raises(InvalidInput, match="Tipo de carta desconhecido"):
        load_letter(db, shop.bar, AS_OF, "notificacao")


def test_a_letter_stage_the_owner_adds_prints_a_formal_letter(db, shop) -> None:
    add_stage(db, "carta_final", "Carta final", 65, "carta")
    assert batch(db)[shop.bar] == "carta_final"
    data, printed = render_letters(letters_for(db, AS_OF, "carta_final"))
    assert {p.customer_id for p in printed} == {shop.bar, shop.many}
    assert "Assunto: Carta de cobrança" in pdf_text(data)[0]
    assert "Nossos registros indicam" in pdf_text(data)[0]


def test_a_printed_letter_is_not_printed_again_in_the_next_batch(db, shop) -> None:
    _, printed = render_letters(letters_for(db, AS_OF))
    assert log_printed_letters(db, printed, at=PRINTED_AT) == 3
    assert batch(db) == {}
    # To print again, the owner asks for the stage.
    assert {c for c, _ in letter_candidates(db, AS_OF, "notificacao")} == {shop.bar, shop.many}


def test_agenda_letter_items_are_the_letters_batch(db, shop, capsys) -> None:
    pause(db, shop.many, date(2026, 12, 10), "viajando", today=AS_OF)
    update_stage(db, "carta", offset_days=4)  # before the second notice: Ana is past it
    assert main(["--db", str(db.path), "agenda", "--as-of", "23/11/2026", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    letters = {i["customer_id"]: i["stage"] for i in items if i["channel"] == "carta"}
    assert letters == batch(db) == {shop.bar: "notificacao", shop.late5: "carta"}
    assert {i["customer_id"]: i["channel"] for i in items}[shop.ana] == "whatsapp"
