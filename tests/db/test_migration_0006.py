"""Migration 0006: stage texts still equal to the old defaults follow the new ones; texts the
owner wrote are kept."""

import shutil
import sqlite3
from pathlib import Path

from fiado_app.db.engine import make_engine
from fiado_app.db.migrate import upgrade
from fiado_app.services.app import open_database
from fiado_app.services.ladder_settings import list_ladder

SAVED = Path(__file__).parent.parent / "data" / "schema_0005.sqlite3"


def test_old_default_texts_follow_the_new_defaults_and_own_texts_stay(tmp_path):
    path = tmp_path / "loja.sqlite3"
    shutil.copyfile(SAVED, path)  # no process has it open
    with sqlite3.connect(path) as conn:
        before = dict(conn.execute("SELECT key, template FROM ladder_stage"))
    conn.close()
    assert before["amigavel"].startswith("Oi {primeiro_nome}, passando")  # the owner's own
    assert "em aberto desde" in before["segundo_aviso"]  # the old default
    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        after = dict(conn.execute("SELECT key, template FROM ladder_stage"))
    conn.close()
    assert after["amigavel"] == before["amigavel"]
    assert after["segundo_aviso"] == "" and after["lembrete"] == ""
    db = open_database(path).db
    texts = {s.key: s.template for s in list_ladder(db)}
    assert "vencida desde" in texts["segundo_aviso"]  # read as the new default
    db.close()
