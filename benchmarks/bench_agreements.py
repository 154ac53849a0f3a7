"""Benchmark: an agreement on a customer with 200 open sales (< 50 ms) and the carnê of a
24-instalment agreement (< 300 ms), medians.

    uv run python benchmarks/bench_agreements.py [--runs 9]

The shop has `runs + 1` customers, each with 200 open sales and 200 settled ones (a year and a
half of history). The app keeps its database open all day, so the agreements are made one
after the other in one open database, as the owner would: the first (SQLAlchemy compiles its
statements then) is reported apart, the median is of the others. Each carnê is rendered from
the database (data loading, 24 Pix payloads and QR codes, layout).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from fiado_app.db.models import Customer, Entry
from fiado_app.services import agreements, printing
from fiado_app.services.app import open_database
from fiado_app.services.checkpoints import refresh_checkpoints
from fiado_app.services.shop import update_shop

TODAY = date(2026, 12, 1)


def build(path: Path, customers: int) -> None:
    db = open_database(path).db
    update_shop(
        db,
        name="Mercadinho Boa Vista",
        document="11.222.333/0001-81",
        street="Rua das Flores",
        number="123",
        city="São Paulo",
        uf="SP",
        pix_key="mercadinho@example.com",
        fine_bp=200,
        interest_monthly_bp=100,
    )
    rows = []
    start = TODAY - timedelta(days=560)
    settled = sum(1000 + k for k in range(200))
    for cid in range(1, customers + 1):
        for k in range(400):  # 200 settled by the payment below, 200 open
            on = start + timedelta(days=k)
            rows.append(
                {"customer_id": cid, "kind": "sale", "date": on, "amount_cents": 1000 + k,
                 "due_date": on + timedelta(days=30), "description": f"Compra {k}"}
            )  # fmt: skip
        rows.append(
            {"customer_id": cid, "kind": "payment", "date": start + timedelta(days=250),
             "amount_cents": settled, "method": "pix"}
        )  # fmt: skip
    people = [{"id": i, "name": f"Cliente {i}", "search_key": ""} for i in range(1, customers + 1)]
    with db.write() as session:
        session.execute(insert(Customer), people)
        session.execute(insert(Entry), rows)
        refresh_checkpoints(session, None, TODAY)
    db.close()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fiado-bench-acordo-"))
    path = folder / "loja.sqlite3"
    build(path, args.runs + 1)
    db = open_database(path).db
    make: list[float] = []
    carne: list[float] = []
    for cid in range(1, args.runs + 2):
        assert len(agreements.open_for_agreement(db, cid, TODAY)) == 200
        t0 = time.perf_counter()
        made = agreements.make_agreement(
            db, cid, 24, down_payment_cents=5000, discount_cents=1000, reason="bench", today=TODAY
        )
        make.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        pdf = printing.carne(db, made.id, TODAY)
        carne.append(time.perf_counter() - t0)
        assert pdf.startswith(b"%PDF") and len(made.installments) == 24
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    print(
        f"first agreement after opening: {make[0] * 1000:.1f} ms; first carnê {carne[0] * 1000:.1f} ms"
    )
    make, carne = make[1:], carne[1:]
    print(f"agreement on 200 open sales: median {median_ms(make):.1f} ms (target < 50)")
    print(f"carnê of 24 instalments:     median {median_ms(carne):.1f} ms (target < 300)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
