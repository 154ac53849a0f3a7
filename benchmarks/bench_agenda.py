"""How long today's agenda takes on a large shop.

    uv run python benchmarks/bench_agenda.py --customers 10000

Builds (once, cached in /tmp) a database with N customers, ~6 sales and some payments each over
a year, and contacts/promises for a quarter of them, with plain SQL inserts for speed; then
times `todays_agenda` (with behaviour labels) a few times.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from fiado_app.services.agenda import todays_agenda
from fiado_app.services.app import open_database

AS_OF = date(2026, 11, 18)


def build(path: Path, customers: int, seed: int = 7) -> None:
    open_database(path).db.close()
    rnd = random.Random(seed)
    conn = sqlite3.connect(path)
    now = "2026-01-01 00:00:00"
    conn.execute("UPDATE shop SET name = 'Mercadinho', city = 'Recife', "
                 "pix_key = '11222333000181' WHERE id = 1")  # fmt: skip
    customer_rows, entries, contacts = [], [], []
    for cid in range(1, customers + 1):
        customer_rows.append(
            (cid, f"Cliente {cid}", f"cliente {cid}", f"+55819{cid:08d}", now, now)
        )
        owed = 0
        for _ in range(6):
            sold = AS_OF - timedelta(days=rnd.randint(1, 360))
            amount = rnd.randint(500, 30000)
            entries.append(
                (cid, "sale", sold.isoformat(), amount, (sold + timedelta(days=30)).isoformat())
            )
            owed += amount
        paid = int(owed * rnd.choice((0, 0.3, 0.6, 0.9, 1.0)))
        if paid:
            when = AS_OF - timedelta(days=rnd.randint(1, 200))
            entries.append((cid, "payment", when.isoformat(), paid, None))
        if rnd.random() < 0.25:
            at = datetime.combine(AS_OF - timedelta(days=rnd.randint(0, 20)), datetime.min.time())
            promise = rnd.random() < 0.4
            contacts.append((
                cid, at.isoformat(sep=" "), "whatsapp", rnd.choice(("amigavel", "segundo_aviso")),
                "promessa" if promise else "sem_resposta",
                (at.date() + timedelta(days=5)).isoformat() if promise else None,
                rnd.randint(1000, 5000) if promise else None,
            ))  # fmt: skip
    conn.executemany(
        "INSERT INTO customer (id, name, nickname, search_key, phone, email, street, number, "
        "complement, district, city, uf, cep, notes, created_at, updated_at) "
        "VALUES (?, ?, '', ?, ?, '', '', '', '', '', '', '', '', '', ?, ?)",
        customer_rows,
    )
    conn.executemany(
        "INSERT INTO entry (customer_id, kind, date, amount_cents, due_date, description, note, "
        "reason, method, created_at) VALUES (?, ?, ?, ?, ?, 'Compras', '', '', NULL, "
        f"'{now}')",
        entries,
    )
    conn.executemany(
        "INSERT INTO contact (customer_id, at, channel, stage_key, outcome, promise_date, "
        f"promise_cents, text, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '{now}')",
        contacts,
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    print(f"built {path}: {customers} customers, {len(entries)} entries, {len(contacts)} contacts")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = Path(f"/tmp/fiado-bench-{args.customers}.sqlite3")
    if not path.exists():
        build(path, args.customers)
    db = open_database(path).db
    now = datetime.combine(AS_OF, datetime.min.time()).replace(hour=10)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        agenda = todays_agenda(db, as_of=AS_OF, now=now)
        times.append(time.perf_counter() - start)
    db.close()
    times.sort()
    print(
        f"agenda on {args.customers} customers: {len(agenda.items)} items, "
        f"resting {agenda.resting}; best {times[0] * 1000:.0f} ms, "
        f"median {times[len(times) // 2] * 1000:.0f} ms over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
