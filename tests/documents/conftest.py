"""A shop with customers in every situation a printed document must handle."""

from __future__ import annotations

import io
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from fiado_app.db.engine import Database
from fiado_app.services.customers import CustomerInput, add_customer
from fiado_app.services.ledger import record_payment, record_sale
from fiado_app.services.shop import update_shop
from tests.conftest import new_database

AS_OF = date(2026, 11, 23)
ODD_NAME = "Bar & Lanches do Zé <b>"
LONG_NAME = (
    "Maria Aparecida da Conceição dos Santos Oliveira de Albuquerque e Vasconcellos Cavalcanti"
)


def make_shop(db: Database, **extra: object) -> None:
    fields: dict[str, object] = {
        "name": "Mercadinho Boa Vista",
        "document": "11.222.333/0001-81",
        "street": "Rua das Flores",
        "number": "123",
        "district": "Vila Mariana",
        "city": "São Paulo",
        "uf": "SP",
        "cep": "04101-000",
        "phone": "(11) 98765-4321",
        "pix_key": "mercadinho@example.com",
    }
    fields.update(extra)
    update_shop(db, **fields)


def add(db: Database, name: str, **extra: str) -> int:
    data = CustomerInput(
        name=name,
        street=extra.pop("street", "Avenida Paulista"),
        number=extra.pop("number", "1000"),
        complement=extra.pop("complement", "apto 12"),
        district=extra.pop("district", "Bela Vista"),
        city=extra.pop("city", "São Paulo"),
        uf=extra.pop("uf", "SP"),
        cep=extra.pop("cep", "01310-100"),
        **extra,
    )
    return add_customer(db, data).id


def sale(
    db: Database, customer_id: int, cents: int, on: date, days: int = 30, what: str = ""
) -> int:
    return record_sale(
        db,
        customer_id,
        cents,
        on=on,
        due=on + timedelta(days=days),
        description=what,
        today=AS_OF,
    ).id


def pay(db: Database, customer_id: int, cents: int, on: date, method: str = "pix") -> int:
    return record_payment(db, customer_id, cents, on=on, method=method, today=AS_OF).id


class Shop:
    """Ids of the fixture customers."""

    def __init__(self, db: Database) -> None:
        self.db = db
        make_shop(db)
        # ~35 days late: formal letter ("carta").
        self.ana = add(db, "Ana Paula Souza", document="529.982.247-25", phone="(11) 91234-5678")
        sale(db, self.ana, 12_050, date(2026, 9, 19), what="Arroz, feijão e óleo")
        sale(db, self.ana, 4_590, date(2026, 10, 10), what="Pão e leite")
        pay(db, self.ana, 2_050, date(2026, 10, 15))
        # ~70 days late: prior notice ("notificacao"); the odd name must print literally.
        self.bar = add(db, ODD_NAME)
        sale(db, self.bar, 30_000, date(2026, 8, 15), what="Refrigerantes <caixa> & gelo")
        # 40 open purchases: the table continues on further pages.
        self.many = add(db, LONG_NAME)
        for i in range(40):
            sale(
                db,
                self.many,
                1_000 + i * 37,
                date(2026, 7, 1) + timedelta(days=i),
                what=f"Compra {i + 1}",
            )
        # 5 days late: friendly stage only (no letter unless asked for).
        self.late5 = add(db, "Carlos Pereira")
        sale(db, self.late5, 5_000, date(2026, 10, 19))
        # Paid up.
        self.paid = add(db, "Joana Lima")
        sale(db, self.paid, 5_000, date(2026, 9, 1))
        pay(db, self.paid, 5_000, date(2026, 9, 20))


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = new_database(tmp_path / "f.sqlite3")
    yield database
    database.close()


@pytest.fixture
def shop(db: Database) -> Shop:
    return Shop(db)


def pdf_text(data: bytes) -> list[str]:
    """The text of each page (poppler's pdftotext), blanks collapsed, no-break spaces plain."""
    pages = len(PdfReader(io.BytesIO(data)).pages)
    out = []
    for number in range(1, pages + 1):
        result = subprocess.run(
            ["pdftotext", "-layout", "-f", str(number), "-l", str(number), "-", "-"],
            input=data,
            capture_output=True,
            check=True,
        )
        text = result.stdout.decode("utf-8").replace("\u00a0", " ")
        out.append("\n".join(" ".join(line.split()) for line in text.splitlines()))
    return out
