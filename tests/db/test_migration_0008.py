"""Migration 0008: agreements on a file of 0007, with its ledger kept whole."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from fiado_app.services import agreements, ledger
from fiado_app.services.app import open_database
from fiado_app.services.collection_settings import ladder_in

SAVED = Path(__file__).parent.parent / "data" / "schema_0007.sqlite3"


def test_an_old_file_takes_agreements_and_still_refuses_unknown_kinds(tmp_path):
    path = tmp_path / "loja.sqlite3"
    shutil.copy2(SAVED, path)
    db = open_database(path).db
    try:
        with db.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        a = agreements.make_agreement(db, 1, 2, today=date(2026, 12, 1))
        assert a.total_cents == 3500 and ledger.customer_balance(db, 1) == 3500
        ledger.reverse_entry(db, a.entry_id, reason="teste", today=date(2026, 12, 1))
        assert ledger.customer_balance(db, 1) == 3500
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO entry (customer_id, kind, date, amount_cents, description, note, "
                "reason, created_at) VALUES (1, 'presente', '2026-12-01', 1, '', '', '', "
                "'2026-12-01 10:00:00')"
            )
    finally:
        conn.close()


def _migration_0008():
    import importlib.util

    from fiado_app.resources import migrations_dir

    file = migrations_dir() / "versions" / "0008_agreements.py"
    spec = importlib.util.spec_from_file_location("m0008", file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stage_texts_still_the_old_defaults_follow_the_new_ones(tmp_path):
    path = tmp_path / "loja.sqlite3"
    shutil.copy2(SAVED, path)
    old = _migration_0008().TEXTS_0007["lembrete"]
    conn = sqlite3.connect(path)  # nothing else has the copy open
    with conn:
        conn.execute("UPDATE ladder_stage SET template = ? WHERE key = 'lembrete'", (old,))
    conn.close()
    db = open_database(path).db
    try:
        with db.read() as session:
            texts = {s.key: s.template for s in ladder_in(session)}
    finally:
        db.close()
    conn = sqlite3.connect(path)
    stored = dict(conn.execute("SELECT key, template FROM ladder_stage"))
    conn.close()
    assert stored["lembrete"] == "" and "{parcela_acordo}" in texts["lembrete"]
    assert stored["amigavel"].startswith("Oi {primeiro_nome}, passando")  # the owner's own
