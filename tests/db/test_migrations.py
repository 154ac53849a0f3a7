"""Every saved database of a released schema opens, keeps its data and reaches the head."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from fiado_app.db.migrate import HEAD_REVISION, current_revision, head_revision, upgrade
from fiado_app.db.models import Base
from fiado_app.services import ledger
from fiado_app.services.app import open_database
from fiado_app.services.customers import list_customers
from fiado_app.services.receivables import receivables
from fiado_app.services.shop_record import get_shop

DATA = Path(__file__).parent.parent / "data"
SAVED = sorted(DATA.glob("schema_*.sqlite3"))


def test_the_start_up_shortcut_knows_the_newest_migration():
    # An up-to-date file is recognised without loading Alembic: the constant must follow the
    # scripts (bump HEAD_REVISION in db/migrate.py with every new migration).
    assert head_revision() == HEAD_REVISION


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "loja.sqlite3"
    open_database(path).db.close()
    code = (
        "import sys; from fiado_app.services.app import open_database; "
        f"open_database({str(path)!r}).db.close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def released_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from fiado_app.db.migrate import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    return sorted(r.revision for r in scripts.walk_revisions())


def test_every_released_schema_has_a_saved_database():
    # The next migration must be tested from the newest schema too: releasing a migration
    # means saving its database (tests/data/save_schema.py REVISION).
    missing = [r for r in released_revisions() if DATA / f"schema_{r}.sqlite3" not in SAVED]
    assert missing == [], f"run: uv run python tests/data/save_schema.py {' '.join(missing)}"


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_a_saved_database_opens_with_its_data_at_the_head(saved, tmp_path):
    path = tmp_path / saved.name
    shutil.copy2(saved, path)
    opened = open_database(path)
    db = opened.db
    try:
        assert current_revision(db.engine) == head_revision()
        assert get_shop(db).name == "Mercearia Teste"
        names = [c.name for c in list_customers(db)]
        assert names == ["Ana Conceição", "José da Silva"]
        assert ledger.customer_balance(db, 1) == 3500
        report = receivables(db, __import__("datetime").date(2025, 6, 1))
        assert report.open_cents == 3500 + 1000
        if saved.stem >= "schema_0002":  # the collection log and the owner's ladder survive
            from fiado_app.services import collection

            contacts = collection.list_contacts(db, 1)
            assert [(c.outcome, c.promise_cents) for c in contacts] == [("promessa", 2000)]
            stages = {s.key: s.name for s in collection.list_ladder(db)}
            assert stages["amigavel"] == "Lembrete da Mercearia"
            state = collection.get_state(db, 2)
            assert state.pause_reason == "viajando"
        # and it still takes new entries
        ledger.record_sale(db, 2, 100)
    finally:
        db.close()
    if saved.stem != f"schema_{head_revision()}":
        assert opened.migrated_from_copy is not None and opened.migrated_from_copy.exists()


def test_upgrading_a_file_at_base_makes_a_copy_first(tmp_path):
    path = tmp_path / "antigo.sqlite3"
    with sqlite3.connect(path) as conn:  # Alembic's table exists but no revision was applied
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    from fiado_app.db.engine import make_engine

    engine = make_engine(path)
    copy = upgrade(engine, path)
    assert copy is not None and copy.exists() and "antes-da-migracao" in copy.name
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_the_migrations_build_exactly_the_models(tmp_path):
    db = open_database(tmp_path / "novo.sqlite3").db
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert diff == []
