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
    "0008": [  # José's sale of R$ 10,00 renegotiated on 01/07/2025 into 2 instalments of R$ 5,00
        "INSERT INTO agreement (id, customer_id, made_on, covered_cents, total_cents, "
        "down_payment_cents, discount_cents, break_after_days, accelerate_on_break, "
        "discount_lost_on_break, fine_bp, interest_monthly_bp, note, created_at) VALUES (1, 2, "
        "'2025-07-01', 1000, 1000, 0, 0, 30, 1, 0, 0, 0, '', '2025-07-01 09:00:00')",
        "INSERT INTO entry (id, customer_id, kind, date, amount_cents, description, note, reason, "
        "created_at) VALUES (7, 2, 'agreement', '2025-07-01', 1000, 'Acordo nº 1', '', '', "
        "'2025-07-01 09:00:00')",
        "INSERT INTO entry (id, customer_id, kind, date, amount_cents, due_date, description, "
        "note, reason, created_at) VALUES (8, 2, 'sale', '2025-07-01', 500, '2025-08-01', "
        "'Parcela 1 de 2 do nosso acordo nº 1', '', '', '2025-07-01 09:00:00'), (9, 2, 'sale', "
        "'2025-07-01', 500, '2025-09-01', 'Parcela 2 de 2 do nosso acordo nº 1', '', '', "
        "'2025-07-01 09:00:00')",
        "UPDATE entry SET reversed_by_id = 7, reversed_on = '2025-07-01' WHERE id = 6",
        "UPDATE agreement SET entry_id = 7 WHERE id = 1",
        "INSERT INTO agreement_sale (agreement_id, entry_id, open_cents) VALUES (1, 6, 1000)",
        "INSERT INTO agreement_installment (agreement_id, number, entry_id, due_date, "
        "amount_cents) VALUES (1, 1, 8, '2025-08-01', 500), (1, 2, 9, '2025-09-01', 500)",
    ],
    "0009": [  # a month of the Painel kept (a sale written in it then deletes it)
        "INSERT INTO kpi_cache (key, last_day, data) VALUES ('month:2025-06', '2025-06-30', "
        '\'{"sold": 1000, "received": 0, "discounts": 0, "overdue_end": 1000}\')',
    ],
    "0010": [  # an import of one customer, undone (the customer archived)
        "INSERT INTO import_batch (id, file_name, sheet, shape, file_sha256, customers_added, "
        "customers_matched, entries_added, rows_skipped, created_at, undone_at) VALUES (1, "
        "'caderneta.csv', 'caderneta', 'clientes', 'ab12', 1, 0, 0, 0, '2025-08-01 10:00:00', "
        "'2025-08-02 10:00:00')",
        "INSERT INTO customer (id, name, nickname, search_key, email, street, number, complement, "
        "district, city, uf, cep, notes, created_at, updated_at, archived_at) VALUES (3, "
        "'Importada', '', 'importada', '', '', '', '', '', '', '', '', '', '2025-08-01 10:00:00', "
        "'2025-08-01 10:00:00', '2025-08-02 10:00:00')",
        "INSERT INTO import_batch_customer (batch_id, customer_id) VALUES (1, 3)",
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
