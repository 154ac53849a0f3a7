"""Benchmark: one letter (< 200 ms) and a batch of 1,000 letters (< 20 s).

    uv run python benchmarks/bench_documents.py [--letters 1000]

Builds a temporary database with N customers, each with 1-8 open purchases ~30-90 days late,
then times data loading + layout of one letter, and of all N in one PDF.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from fiado_app.db.models import Customer, Entry
from fiado_app.documents.letters import render_letters
from fiado_app.services.app import open_database
from fiado_app.services.letters import letters_for, load_letter
from fiado_app.services.shop import update_shop

AS_OF = date(2026, 11, 23)


def populate(db, count: int) -> None:  # type: ignore[no-untyped-def]
    update_shop(
        db,
        name="Mercadinho Boa Vista",
        document="11.222.333/0001-81",
        street="Rua das Flores",
        number="123",
        city="São Paulo",
        uf="SP",
        cep="04101-000",
        phone="(11) 98765-4321",
        pix_key="mercadinho@example.com",
        fine_bp=200,
        interest_monthly_bp=100,
    )
    rng = random.Random(7)
    with db.write() as session:
        session.execute(
            insert(Customer),
            [
                {
                    "id": i,
                    "name": f"Cliente de Teste Número {i}",
                    "search_key": f"cliente {i}",
                    "street": "Rua Augusta",
                    "number": str(i),
                    "district": "Consolação",
                    "city": "São Paulo",
                    "uf": "SP",
                    "cep": "01305000",
                }
                for i in range(1, count + 1)
            ],
        )
        rows = []
        for i in range(1, count + 1):
            for k in range(rng.randint(1, 8)):
                on = AS_OF - timedelta(days=rng.randint(60, 130) + k)
                rows.append(
                    {
                        "customer_id": i,
                        "kind": "sale",
                        "date": on,
                        "due_date": on + timedelta(days=30),
                        "amount_cents": rng.randint(500, 30_000),
                        "description": f"Compra {k + 1}",
                    }
                )
        session.execute(insert(Entry), rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3").db
        populate(db, args.letters)
        render_letters([load_letter(db, 1, AS_OF)])  # warm-up: fonts are loaded once
        times = []
        for cid in (1, 2, 3, 4, 5):
            start = time.perf_counter()
            render_letters([load_letter(db, cid, AS_OF)])
            times.append(time.perf_counter() - start)
        one = min(times) * 1000
        print(f"one letter: best {one:.0f} ms, worst {max(times) * 1000:.0f} ms (of 5)")
        start = time.perf_counter()
        letters = letters_for(db, AS_OF)
        loaded = time.perf_counter() - start
        data, printed = render_letters(letters)
        total = time.perf_counter() - start
        pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
        print(
            f"{len(printed)} letters: {total:.1f} s (data {loaded:.1f} s), "
            f"{len(data) / 1e6:.1f} MB, ~{pages} pages"
        )
        db.close()
    ok = max(times) < 0.2 and total < 20
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
