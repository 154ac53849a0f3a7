"""Schema migrations run from code at start-up, after a copy of the file when one is needed."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", str(engine.url))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, db_path: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the pre-migration copy made of an existing database."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    copy: Path | None = None
    has_tables = bool(inspect(engine).get_table_names())
    if db_path is not None and db_path.exists() and has_tables:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = db_path.with_name(f"{db_path.stem}.antes-da-migracao-{current}-{stamp}.sqlite3")
        engine.dispose()
        shutil.copy2(db_path, copy)
    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return copy
