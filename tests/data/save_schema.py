"""Save a database of a released schema for the migration tests: `tests/data/schema_<rev>.sqlite3`.

Every released revision has one (a test fails when the head has none). Each file is the
previous one upgraded to `<rev>` with a few rows that use what `<rev>` added, so every
migration after it is tested on real data. Run once when a migration is released:

    uv run python tests/data/save_schema.py 0004

and add the new revision's sample rows to SAMPLES below first.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).parent

# Rows that use what each revision added (SQL run right after upgrading to it).
SAMPLES: dict[str, list[str]] = {
    "0002": [
        "UPDATE ladder_stage SET name = 'Lembrete da Mercearia', template = 'Oi {primeiro_nome}, "
        "passando para lembrar da conta de {valor}. Obrigado!' WHERE key = 'amigavel'",
        "INSERT INTO contact (customer_id, at, channel, stage_key, text, outcome, promise_date, "
        "promise_cents, note, created_at) VALUES (1, '2025-04-05 10:00:00', 'whatsapp', "
        "'amigavel', 'Oi Ana', 'promessa', '2025-04-10', 2000, 'prometeu pagar', "
        "'2025-04-05 10:00:00')",
        "INSERT INTO contact (customer_id, at, channel, stage_key, text, outcome, note, "
        "created_at) VALUES (2, '2025-06-02 09:30:00', 'telefone', NULL, '', 'sem_resposta', '', "
        "'2025-06-02 09:30:00')",
        "INSERT INTO customer_collection (customer_id, paused_until, pause_reason, excluded, "
        "excluded_reason, updated_at) VALUES (2, '2025-07-01', 'viajando', 0, '', "
        "'2025-06-02 09:30:00')",
    ],
    "0003": [],  # 0003 changes what existing reversals mean, not the tables
    "0004": [],  # 0004 adds an empty table
    "0005": [],  # 0005 computes the checkpoints itself
    "0006": [],  # 0006 empties the stage texts that are still the old defaults
    "0007": [
        "INSERT INTO receipt (number, entry_id, issued_at) "
        "SELECT 1, id, '2025-04-01 10:00:00' FROM entry WHERE kind = 'payment' LIMIT 1",
    ],
}


def previous_file(revision: str) -> Path:
    saved = sorted(p for p in DATA.glob("schema_*.sqlite3") if p.stem < f"schema_{revision}")
    if not saved:
        raise SystemExit(f"no saved schema before {revision}")
    return saved[-1]


def save(revision: str) -> Path:
    from alembic import command

    from fiado_app.db.engine import make_engine
    from fiado_app.db.migrate import alembic_config

    target = DATA / f"schema_{revision}.sqlite3"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / target.name
        shutil.copyfile(previous_file(revision), work)  # no process has these files open
        engine = make_engine(work)
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        engine.dispose()
        conn2 = sqlite3.connect(work)
        with conn2:
            for statement in SAMPLES[revision]:
                conn2.execute(statement)
        conn2.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn2.execute("PRAGMA journal_mode = DELETE")
        conn2.execute("VACUUM")
        conn2.close()
        shutil.copyfile(work, target)
    return target


if __name__ == "__main__":
    for rev in sys.argv[1:]:
        print(save(rev))
