"""Migration 0002 (collection tables) upgrades a 0001 database without losing its data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from fiado_app.db.engine import make_engine
from fiado_app.db.migrate import HEAD_REVISION, alembic_config, current_revision
from fiado_app.services.app import open_database


def _database_at_0001(path: Path) -> None:
    engine = make_engine(path)
    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customer (id, name, nickname, search_key, email, street, number, "
            "complement, district, city, uf, cep, notes, created_at, updated_at) VALUES "
            "(1, 'Maria Souza', '', 'maria souza', '', '', '', '', '', '', '', '', '', "
            "'2026-01-01 10:00:00', '2026-01-01 10:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO entry (customer_id, kind, date, amount_cents, due_date, description, "
            "note, reason, created_at) VALUES (1, 'sale', '2026-10-01', 4590, '2026-10-31', "
            "'Compras', '', '', '2026-10-01 10:00:00')"
        )
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('x', 'y')")
    engine.dispose()


def test_a_0001_database_with_data_is_upgraded_to_the_collection_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _database_at_0001(path)

    result = open_database(path)
    try:
        assert current_revision(result.db.engine) == HEAD_REVISION
        assert result.migrated_from_copy is not None and result.migrated_from_copy.exists()
    finally:
        result.db.close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM customer").fetchall() == [("Maria Souza",)]
        assert conn.execute("SELECT amount_cents FROM entry").fetchall() == [(4590,)]
        assert conn.execute("SELECT value FROM setting WHERE key = 'x'").fetchone() == ("y",)
        stages = conn.execute("SELECT key, offset_days, channel FROM ladder_stage").fetchall()
        assert ("amigavel", 3, "whatsapp") in stages and len(stages) == 6
        conn.execute(
            "INSERT INTO contact (customer_id, at, channel, text, outcome, note, created_at) "
            "VALUES (1, '2026-11-05 10:00:00', 'whatsapp', '', 'sem_resposta', '', "
            "'2026-11-05 10:00:00')"
        )
        # A promise without a date is refused by the schema itself.
        try:
            conn.execute(
                "INSERT INTO contact (customer_id, at, channel, text, outcome, note, created_at) "
                "VALUES (1, '2026-11-05 10:00:00', 'whatsapp', '', 'promessa', '', "
                "'2026-11-05 10:00:00')"
            )
        except sqlite3.IntegrityError:
            pass
        else:  # pragma: no cover
            raise AssertionError("promise without date accepted")
    finally:
        conn.close()
