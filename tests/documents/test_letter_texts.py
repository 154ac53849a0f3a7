"""The owner edits the letter texts like the WhatsApp ones (stored ladder + a Setting)."""

from __future__ import annotations

import pytest

from fiado_app.cli import main
from fiado_app.documents.letters import render_letters
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.letter_texts import DEFAULT_LETTER_TEXTS
from fiado_app.services.collection import list_ladder, reminder_for
from fiado_app.services.letter_templates import (
    letter_template,
    letter_templates,
    set_letter_template,
)
from fiado_app.services.letters import load_letter

from .conftest import AS_OF, pdf_text


def run(db, *args: str) -> int:
    return main(["--db", str(db.path), *args])


def body(db, customer_id: int, stage: str | None = None) -> str:
    data, _ = render_letters([load_letter(db, customer_id, AS_OF, stage)])
    return "\n".join(pdf_text(data))


def test_letter_stages_of_the_stored_ladder_carry_the_default_text(db, shop) -> None:
    by_key = {s.key: s for s in list_ladder(db)}
    assert by_key["carta"].template == DEFAULT_LETTER_TEXTS["carta"]
    assert by_key["notificacao"].template == DEFAULT_LETTER_TEXTS["notificacao"]
    assert letter_templates(db)["lembrete_impresso"] == DEFAULT_LETTER_TEXTS["lembrete_impresso"]


def test_owner_edits_the_formal_letter_and_the_next_letter_prints_it(db, shop) -> None:
    assert "Nossos registros indicam" in body(db, shop.ana)
    set_letter_template(db, "carta", "Caro {primeiro_nome}, sua conta soma {valor}. Conte comigo.")
    text = body(db, shop.ana)
    assert "Caro Ana, sua conta soma R$ 145,90. Conte comigo." in text
    assert "Nossos registros indicam" not in text
    assert "desconsidere este aviso" in text  # what the law asks for stays on the page
    set_letter_template(db, "carta", None)
    assert "Nossos registros indicam" in body(db, shop.ana)


def test_an_insult_in_a_letter_template_is_refused_and_nothing_changes(db, shop) -> None:
    with pytest.raises(InvalidInput, match="art. 42"):
        set_letter_template(db, "carta", "Prezado {nome}, pague, seu caloteiro.")
    with pytest.raises(InvalidInput, match="art. 71"):
        set_letter_template(db, "lembrete_impresso", "Oi {primeiro_nome}, ou chamo a polícia.")
    with pytest.raises(InvalidInput, match="Campo desconhecido"):
        set_letter_template(db, "notificacao", "Prezado {apelido}")
    assert letter_template(db, "carta") == DEFAULT_LETTER_TEXTS["carta"]
    assert letter_template(db, "lembrete_impresso") == DEFAULT_LETTER_TEXTS["lembrete_impresso"]


def test_a_stage_that_prints_no_letter_has_no_letter_text(db, shop) -> None:
    with pytest.raises(InvalidInput, match="não é um tipo de carta"):
        set_letter_template(db, "amigavel", "Oi {primeiro_nome}")


def test_long_letter_text_gets_no_whatsapp_length_warning(db, shop) -> None:
    text = "Prezado(a) {nome}, " + "lembramos das compras em aberto. " * 40
    _, warnings = set_letter_template(db, "carta", text)
    assert warnings == []


def test_whatsapp_reminder_at_a_letter_stage_is_not_the_letter_body(db, shop) -> None:
    r = reminder_for(db, shop.ana, AS_OF)
    assert "Prezado" not in r.text and "abaixo" not in r.text


def test_printed_reminder_text_via_cli(db, shop, tmp_path, capsys) -> None:
    f = tmp_path / "t.txt"
    f.write_text("Oi, {primeiro_nome}! Um lembrete carinhoso da {loja}.", encoding="utf-8")
    assert run(db, "template", "set", "lembrete_impresso", "--file", str(f)) == 0
    assert run(db, "template", "show", "lembrete_impresso") == 0
    assert "Um lembrete carinhoso" in capsys.readouterr().out
    assert "Oi, Carlos! Um lembrete carinhoso da Mercadinho" in body(
        db, shop.late5, "lembrete_impresso"
    )
    f.write_text("Oi {primeiro_nome}, seu vagabundo.", encoding="utf-8")
    assert run(db, "template", "set", "lembrete_impresso", "--file", str(f)) == 2
    assert "art. 42" in capsys.readouterr().err
    assert run(db, "ladder", "show", "--texts") == 0
    out = capsys.readouterr().out
    assert "--- carta (carta impressa) ---\nPrezado(a) {nome}" in out
    assert "--- lembrete_impresso" in out and "Um lembrete carinhoso" in out
    assert run(db, "template", "reset", "lembrete_impresso") == 0
    assert letter_template(db, "lembrete_impresso") == DEFAULT_LETTER_TEXTS["lembrete_impresso"]
