"""Shared fixtures: a fresh database in a temporary folder and small factories."""

from __future__ import annotations

import os
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


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path).db
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
