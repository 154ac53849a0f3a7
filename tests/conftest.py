"""Shared fixtures: a fresh database in a temporary folder and small factories."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fiado_app.db.engine import Database
from fiado_app.domain.records import CustomerRecord
from fiado_app.services.app import open_database
from fiado_app.services.customers import CustomerInput, add_customer

# `uv run pytest` must work as typed in a terminal with no display: Qt draws offscreen unless the
# developer asks for a real screen (QT_QPA_PLATFORM=xcb with DISPLAY set).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 3, 15)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "loja.sqlite3"


@functools.cache
def template_database() -> Path:
    """A new shop's database, migrated once per test run (Alembic is the slow part of creating
    one); every fixture starts from a copy. The template is closed: no process holds it open,
    so a plain file copy is safe (docs/storage.md)."""
    folder = Path(tempfile.mkdtemp(prefix="fiado-modelo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "modelo.sqlite3"
    open_database(path).db.close()
    return path


def copy_template(path: Path) -> None:
    """Put a new shop's database at `path` (not opened)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_database(), path)


def new_database(path: Path) -> Database:
    """A fresh database at `path`, as a new shop gets it (a copy of the migrated template)."""
    copy_template(path)
    return open_database(path).db


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = new_database(db_path)
    yield database
    database.close()


@pytest.fixture
def customer(db: Database):  # type: ignore[no-untyped-def]
    """Factory: `customer("Maria", phone=..., credit_limit=...)`."""

    def make(name: str = "Maria Aparecida", **fields: str) -> CustomerRecord:
        return add_customer(db, CustomerInput(name=name, **fields))

    return make


def dump(path: Path) -> list[str]:
    """Every row of every table, to compare a database before and after a refused command."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
