"""Migration 0005: a file with the old checkpoints gets every customer's position computed
again, the same as the app keeps it, and today's receivables agree with the whole history."""

import sqlite3
from datetime import date

from fiado_app.db.engine import make_engine
from fiado_app.db.migrate import upgrade
from fiado_app.services.app import open_database
from fiado_app.services.demo import generate_demo
from fiado_app.services.receivables import receivable_rows
from tests.db.rollback import before_0008

CHECKPOINTS = "SELECT * FROM ledger_checkpoint ORDER BY customer_id"


def test_old_checkpoints_are_computed_again_with_the_whole_position(tmp_path):
    path = tmp_path / "loja.sqlite3"
    db = open_database(path).db
    generate_demo(db, customers=60, years=2, seed=5, today=date.today())
    db.close()
    with sqlite3.connect(path) as conn:
        expected = conn.execute(CHECKPOINTS).fetchall()
        # As 0004 left it: three columns, and a carry that no longer means the same.
        conn.execute("DROP TABLE ledger_checkpoint")
        conn.execute(
            "CREATE TABLE ledger_checkpoint (customer_id INTEGER NOT NULL PRIMARY KEY "
            "REFERENCES customer (id), since DATE NOT NULL, carry_cents INTEGER NOT NULL, "
            "last_payment DATE)"
        )
        conn.execute(
            "INSERT INTO ledger_checkpoint SELECT id, '2020-01-01', 123, NULL FROM customer"
        )
        conn.execute("DROP INDEX ix_contact_stage")
        conn.execute("DROP INDEX ix_contact_promised")
        conn.execute("DROP INDEX ix_contact_made")
        before_0008(conn)
        conn.execute("DROP TABLE receipt")  # added by 0007
        conn.execute("ALTER TABLE contact DROP COLUMN voided_at")
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
    conn.close()
    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute(CHECKPOINTS).fetchall() == expected
    conn.close()
    db = open_database(path).db
    with db.read() as session:
        fast = receivable_rows(session, date.today())
        assert fast == receivable_rows(session, date.today(), whole_history=True)
    assert len(fast) > 10
    db.close()
