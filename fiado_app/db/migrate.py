"""Schema migrations run from code at start-up, after a copy of the file when one is needed.

Alembic (and SQLAlchemy) are loaded only when the schema is behind: an up-to-date database is
recognised by reading `alembic_version` with SQLite's own module against `HEAD_REVISION` (a test
keeps that constant equal to the newest revision in `migrations/versions`), which saves both
imports on every start-up.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fiado_app.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# The newest revision in migrations/versions: bump it with every new migration.
HEAD_REVISION = "0010"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    # fiado_app/db/migrations, in the source tree or the frozen bundle
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", str(engine.url))
    return config


def head_revision() -> str:
    """The newest revision as Alembic reads it from the scripts (slow: tests and tools)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def schema_state(path: Path) -> tuple[set[str], str | None]:
    """The file's tables and its schema revision (None: not stamped), read with SQLite's own
    module. Raises sqlite3.Error when the file is no database."""
    conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    try:
        tables = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return tables, None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return tables, found[0] if found else None
    finally:
        conn.close()


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD_REVISION


def upgrade(engine: Engine, db_path: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the pre-migration copy made of an existing database."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    from sqlalchemy import inspect

    copy: Path | None = None
    has_tables = bool(inspect(engine).get_table_names())
    if db_path is not None and db_path.exists() and has_tables:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = db_path.with_name(f"{db_path.stem}.antes-da-migracao-{current}-{stamp}.sqlite3")
        from fiado_app.db.backup import copy_database

        copy_database(db_path, copy)  # through SQLite's backup API: the file is SQLite's alone
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return copy
