"""The owner edits the ladder: texts are validated on save, stages added and removed."""

from __future__ import annotations

import pytest

from fiado_app.db.engine import Database
from fiado_app.domain.errors import InvalidInput
from fiado_app.services import collection


def test_the_shop_starts_with_the_default_ladder(db: Database) -> None:
    stages = collection.list_ladder(db)
    assert [(s.key, s.offset_days, s.channel) for s in stages] == [
        ("lembrete", -3, "whatsapp"),
        ("vencimento", 0, "whatsapp"),
        ("amigavel", 3, "whatsapp"),
        ("segundo_aviso", 15, "whatsapp"),
        ("carta", 30, "carta"),
        ("notificacao", 60, "carta"),
    ]
    assert "{primeiro_nome}" in stages[0].template


def test_a_template_with_an_unknown_placeholder_or_an_insult_is_refused(db: Database) -> None:
    before = collection.list_ladder(db)
    with pytest.raises(InvalidInput, match=r"\{saldo_devedor\}"):
        collection.update_stage(db, "amigavel", template="Oi {primeiro_nome}: {saldo_devedor}")
    with pytest.raises(InvalidInput, match="art. 42"):
        collection.update_stage(db, "amigavel", template="Paga logo, caloteiro {primeiro_nome}!")
    assert collection.list_ladder(db) == before  # nothing half-written


def test_saving_a_heavy_word_early_warns_but_saves(db: Database) -> None:
    stage, warnings = collection.update_stage(
        db, "lembrete", template="Oi {primeiro_nome}, sua dívida de {valor} vence em {vencimento}."
    )
    assert warnings and "divida" in warnings[0]
    assert stage.template.startswith("Oi {primeiro_nome}, sua dívida")


def test_add_edit_remove_and_reset(db: Database) -> None:
    stage, _ = collection.add_stage(db, "ligacao", "Ligação", 7, "telefone")
    assert "Roteiro de ligação" in stage.template
    with pytest.raises(InvalidInput, match="dia diferente"):
        collection.add_stage(db, "outra", "Outra", 7, "whatsapp")
    with pytest.raises(InvalidInput, match="Canal"):
        collection.update_stage(db, "ligacao", channel="pombo")
    collection.update_stage(db, "ligacao", offset_days=8, name="Ligar")
    assert [s.key for s in collection.list_ladder(db)][3] == "ligacao"
    collection.remove_stage(db, "ligacao")
    collection.remove_stage(db, "carta")
    assert len(collection.list_ladder(db)) == 5
    assert len(collection.reset_ladder(db)) == 6


def test_contact_settings_are_stored_with_the_shop(db: Database) -> None:
    assert collection.get_collection_settings(db).rest_days == 3
    assert collection.set_collection_settings(db, rest_days=5).rest_days == 5
    with pytest.raises(InvalidInput):
        collection.set_collection_settings(db, rest_days=-1)
