"""A shop with customers, sales and payments, built through the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fiado_app.db.engine import Database
from fiado_app.services import customers, ledger, shop
from tests.conftest import new_database

TODAY = date(2026, 11, 18)  # a Wednesday


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path / "f.sqlite3")
    shop.update_shop(
        database,
        name="Mercadinho Boa Vista",
        document="11.222.333/0001-81",
        city="São Paulo",
        uf="SP",
        phone="(11) 3333-4444",
        pix_key="11.222.333/0001-81",
    )
    yield database
    database.close()


def add(db: Database, name: str, phone: str | None = "(11) 98765-4321") -> int:
    return customers.add_customer(db, customers.CustomerInput(name=name, phone=phone or "")).id


def sell(
    db: Database, customer_id: int, cents: int, on: date, due: date, what: str = "Compras"
) -> None:
    ledger.record_sale(
        db, customer_id, cents, on=on, due=due, description=what, today=max(on, TODAY)
    )


def pay(db: Database, customer_id: int, cents: int, on: date) -> None:
    ledger.record_payment(db, customer_id, cents, on=on, today=max(on, TODAY))
