"""Speed of the ledger on a big shop (10,000 customers, about half a million entries).

    uv run python benchmarks/bench_ledger.py [--customers N] [--rebuild] [--runs R]

Builds the demo shop once and caches it under /tmp (reused while the code's schema is the same),
then measures inside this process (interpreter start-up excluded), printing the median of
several runs against the targets of issue 2:

- receivables for every customer, and one hand-written SQL aggregate over the same entries
  (balance per customer) for comparison: under 0.5 s and within 3x of the aggregate;
- recording one sale: under 20 ms;
- opening the database with the start-up checks (`open_database`): under 0.3 s.

Exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import text

from fiado_app.db.migrate import head_revision
from fiado_app.services.app import open_database
from fiado_app.services.demo import generate_demo
from fiado_app.services.ledger import record_sale
from fiado_app.services.receivables import receivables

AGGREGATE = """
SELECT customer_id,
       SUM(CASE WHEN kind = 'sale' THEN amount_cents ELSE -amount_cents END) AS balance
FROM entry
WHERE kind != 'reversal' AND date <= :as_of
  AND (reversed_on IS NULL OR reversed_on > :as_of)
GROUP BY customer_id
HAVING balance != 0
"""


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def median_seconds(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cached_shop(customers: int, rebuild: bool) -> Path:
    path = Path(tempfile.gettempdir()) / f"fiado-bench-{customers}-{head_revision()}.sqlite3"
    if path.exists() and not rebuild:
        print(f"Usando a loja já gerada em {path}")
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    opened = open_database(path)
    start = time.perf_counter()
    summary = generate_demo(opened.db, customers=customers, years=2, seed=7)
    elapsed = time.perf_counter() - start
    opened.db.close()  # the last connection to close checkpoints the WAL into the file
    print(f"{summary}\nGerada em {elapsed:.1f} s: {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="generate the demo shop again")
    args = parser.parse_args(argv)

    source = cached_shop(args.customers, args.rebuild)
    work = source.with_name(source.stem + "-work.sqlite3")
    for suffix in ("-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as conn:  # fold any WAL left by an interrupted run into the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(source, work)  # sales are recorded on a copy; the cached shop stays as built
    size_mb = work.stat().st_size / 1e6

    open_s = median_seconds(lambda: open_database(work).db.close(), args.runs)
    db = open_database(work).db
    as_of = date.today()
    with db.read() as session:
        entries = session.scalar(text("SELECT count(*) FROM entry"))
        ids = list(
            session.scalars(text("SELECT id FROM customer WHERE credit_limit_cents IS NULL"))
        )

    report = receivables(db, as_of)
    receivables_s = median_seconds(lambda: receivables(db, as_of), args.runs)

    def aggregate() -> int:
        with db.read() as session:
            return len(session.execute(text(AGGREGATE), {"as_of": as_of.isoformat()}).all())

    aggregate_s = median_seconds(aggregate, args.runs)
    rng = random.Random(1)
    sale_s = median_seconds(
        lambda: record_sale(db, rng.choice(ids), rng.randrange(500, 9000), description="café"),
        max(args.runs, 30),
    )
    db.close()

    ratio = receivables_s / aggregate_s if aggregate_s else float("inf")
    rows = [
        (
            "Contas a receber (todos)",
            f"{receivables_s * 1000:.0f} ms",
            "< 500 ms",
            receivables_s < 0.5,
        ),
        ("Agregado SQL escrito à mão", f"{aggregate_s * 1000:.0f} ms", "", True),
        ("Razão receber / agregado", f"{ratio:.2f}x", "<= 3x", ratio <= 3),
        ("Registrar uma venda", f"{sale_s * 1000:.1f} ms", "< 20 ms", sale_s < 0.02),
        ("Abrir o banco + verificações", f"{open_s * 1000:.0f} ms", "< 300 ms", open_s < 0.3),
    ]
    print(
        f"\n{_n(args.customers)} clientes, {_n(entries)} lançamentos, {size_mb:.0f} MB; "
        f"{_n(len(report.rows))} clientes com saldo; mediana de {args.runs} execuções\n"
    )
    print(f"{'Medida':32} {'Resultado':>10}  {'Meta':>9}")
    print("-" * 62)
    for label, value, target, ok in rows:
        print(f"{label:32} {value:>10}  {target:>9}  {'ok' if ok else 'ACIMA DA META'}")
    return 0 if all(ok for *_rest, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
