"""Taking a database made at the head back to an older schema by hand (for the tests of a
migration's data rules): what each newer revision added is removed."""

import sqlite3

OLD_KINDS = "kind IN ('sale', 'payment', 'discount', 'reversal')"
NEW_KINDS = "kind IN ('sale', 'payment', 'discount', 'reversal', 'agreement')"


def before_0010(conn: sqlite3.Connection) -> None:
    """No imports, no archived or anonymised customers."""
    for table in ("privacy_log", "import_batch_entry", "import_batch_customer", "import_batch"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE customer DROP COLUMN anonymised_at")
    conn.execute("ALTER TABLE customer DROP COLUMN archived_at")


def before_0009(conn: sqlite3.Connection) -> None:
    """No kept sums of the Painel, and no triggers on the ledger."""
    before_0010(conn)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE kpi_cache")


def before_0008(conn: sqlite3.Connection) -> None:
    """No agreements, and the entry kinds of 0007."""
    before_0009(conn)
    conn.execute("DROP TABLE agreement_installment")
    conn.execute("DROP TABLE agreement_sale")
    conn.execute("DROP TABLE agreement")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entry'").fetchone()[0]
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = 'entry'",
        (sql.replace(NEW_KINDS, OLD_KINDS),),
    )
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")
