"""Migration 0003: reversals recorded under the old rule stop counting at every date."""

import sqlite3
from datetime import date

from fiado_app.db.engine import make_engine
from fiado_app.db.migrate import upgrade
from fiado_app.services import ledger
from fiado_app.services.app import open_database
from fiado_app.services.customers import CustomerInput, add_customer
from fiado_app.services.receivables import receivables
from tests.db.rollback import before_0008


def test_an_old_reversal_no_longer_counts_in_past_receivables(tmp_path):
    path = tmp_path / "loja.sqlite3"
    db = open_database(path).db
    c = add_customer(db, CustomerInput(name="Maria"))
    sale = ledger.record_sale(db, c.id, 4000, on=date(2026, 11, 11), today=date(2026, 12, 1))
    ledger.reverse_entry(db, sale.id, reason="duplicada", today=date(2026, 12, 1))
    db.close()
    with sqlite3.connect(path) as conn:  # as the old rule recorded it: counted until 01/12
        conn.execute("UPDATE entry SET date = '2026-12-01' WHERE kind = 'reversal'")
        conn.execute("UPDATE entry SET reversed_on = '2026-12-01' WHERE id = ?", (sale.id,))
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
        conn.execute("DROP TABLE ledger_checkpoint")  # added by 0004, after the old rule
        conn.execute("DROP INDEX ix_entry_tail")
        conn.execute("DROP INDEX ix_contact_stage")  # added by 0005
        conn.execute("DROP INDEX ix_contact_promised")
        conn.execute("DROP INDEX ix_contact_made")
        before_0008(conn)
        conn.execute("DROP TABLE receipt")  # added by 0007
        conn.execute("ALTER TABLE contact DROP COLUMN voided_at")
    conn.close()
    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()
    db = open_database(path).db
    assert receivables(db, date(2026, 11, 20)).rows == []
    assert ledger.get_entry(db, sale.id).reversed_on == date(2026, 11, 11)
    db.close()
