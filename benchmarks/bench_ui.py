"""UI speed with a big shop (not a test). Usage:

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_ui.py [--db PATH] [--customers 10000]

It runs on a copy of the shop (the sales it records never reach the file given). Without --db
it uses the 10,000-customer demo shop, generated once and cached in
/tmp/bench10k.sqlite3 (`fiado --db /tmp/bench10k.sqlite3 demo --customers 10000 --years 3`) and
copied before each run, so the sales the benchmark records never pile up in the cache. With
--quick it falls back to its own bulk-inserted shop (no demo generator needed)."""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

T0 = time.perf_counter()


def build(path: Path, customers: int) -> None:
    from fiado_app.services.app import open_database
    from fiado_app.services.shop import update_shop

    db = open_database(path).db
    update_shop(db, name="Loja de Teste", terms_days=30)
    db.close()
    rng = random.Random(1)
    con = sqlite3.connect(path)
    cols = {r[1] for r in con.execute("PRAGMA table_info(customer)")}
    today = date.today()
    for i in range(customers):
        name = f"Cliente {rng.choice(['Ana', 'José', 'Maria', 'João', 'Conceição'])} {i}"
        values = {
            "name": name,
            "nickname": "",
            "phone": f"+55119{i:08d}",
            "search_key": name.lower(),
        }
        for c in (
            "email",
            "street",
            "number",
            "complement",
            "district",
            "city",
            "uf",
            "cep",
            "notes",
        ):
            if c in cols:
                values[c] = ""
        if "created_at" in cols:
            values["created_at"] = today.isoformat()
        if "updated_at" in cols:
            values["updated_at"] = today.isoformat()
        keys = ",".join(values)
        cur = con.execute(
            f"INSERT INTO customer ({keys}) VALUES ({','.join('?' * len(values))})",
            list(values.values()),
        )
        cid = cur.lastrowid
        for _ in range(rng.randint(3, 12)):
            on = today - timedelta(days=rng.randint(0, 3 * 365))
            con.execute(
                "INSERT INTO entry (customer_id, kind, date, amount_cents, due_date, description,"
                " method, note, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    cid,
                    "sale",
                    on.isoformat(),
                    rng.randint(500, 20000),
                    (on + timedelta(days=30)).isoformat(),
                    "compra",
                    None,
                    "",
                    "",
                    on.isoformat(),
                ),
            )
        if rng.random() < 0.6:
            con.execute(
                "INSERT INTO entry (customer_id, kind, date, amount_cents, due_date, description,"
                " method, note, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    cid,
                    "payment",
                    today.isoformat(),
                    rng.randint(1000, 60000),
                    None,
                    "",
                    "dinheiro",
                    "",
                    "",
                    today.isoformat(),
                ),
            )
    con.commit()
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="own fixture, not the demo shop")
    args = parser.parse_args()
    path = args.db
    if path is None and args.quick:
        path = Path("/tmp/fiado-bench-ui.sqlite3")
        if not path.exists():
            t = time.perf_counter()
            build(path, args.customers)
            print(f"built {args.customers} customers in {time.perf_counter() - t:.1f} s")
    elif path is None:
        cache = Path(f"/tmp/bench{args.customers // 1000}k.sqlite3")
        if not cache.exists():
            t = time.perf_counter()
            run_cli = "import sys; from fiado_app.cli import main; sys.exit(main(sys.argv[1:]))"
            command = [sys.executable, "-c", run_cli, "--db", str(cache), "demo"]
            command += ["--customers", str(args.customers), "--years", "3"]
            subprocess.run(command, check=True)
            print(f"demo shop generated in {time.perf_counter() - t:.1f} s (cached in {cache})")
        path = cache
    # The benchmark records sales: it runs on a copy, never on the file it was given.
    run_copy = Path("/tmp/fiado-bench-ui-run.sqlite3")
    if path != run_copy:
        for suffix in ("-wal", "-shm"):
            Path(f"{run_copy}{suffix}").unlink(missing_ok=True)
        with sqlite3.connect(path) as source, sqlite3.connect(run_copy) as copy:
            source.backup(copy)
        path = run_copy
    start = time.perf_counter()
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from fiado_app.domain.changes import DATA, Changes
    from fiado_app.services.app import open_database
    from fiado_app.services.ledger import record_sale
    from fiado_app.ui.context import AppContext
    from fiado_app.ui.main_window import MainWindow
    from fiado_app.ui.theme import apply_theme

    apply_theme(app)
    db = open_database(path).db
    ctx = AppContext(db)
    from fiado_app.ui.pages.receivables import ReceivablesPage

    window = MainWindow(ctx, "bench")
    home = window.pages[0]  # Cobranças de hoje
    page = next(p for p in window.pages if isinstance(p, ReceivablesPage))
    window.show()
    app.processEvents()
    # In-process figures, counted from QApplication; bench_startup.py times a real launch.
    print(f"window painted: {(time.perf_counter() - start) * 1000:.0f} ms from QApplication")
    home_loop = QEventLoop()
    home.loaded.connect(home_loop.quit)
    home_loop.exec()
    home_rows = home.model.rowCount()
    print(
        f"home page (Cobranças de hoje) filled with {home_rows} items: "
        f"{(time.perf_counter() - start) * 1000:.0f} ms from QApplication"
    )

    def wait_loaded() -> None:
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        loop.exec()
        page.loaded.disconnect(loop.quit)

    wait_loaded()
    app.processEvents()
    first = time.perf_counter() - start
    rows = page.model.rowCount()
    print(f"receivables page filled with {rows} rows: {first * 1000:.0f} ms from QApplication")

    # The owner switches to Contas a receber: search, saves and scrolling are measured there.
    window.navigation.setCurrentRow(window.pages.index(page))
    app.processEvents()
    times = []
    for ch in "maria 1":
        t = time.perf_counter()
        QTest.keyClicks(page.search, ch)
        app.processEvents()
        times.append(time.perf_counter() - t)
    page.search.clear()
    app.processEvents()
    print(
        f"search keystroke: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms (target < 50)"
    )

    # A sale saved from the dialog names its customer; the page updates that row in place.
    saves = []
    for i in range(7):
        customer = page.model.record(i * 97 % page.model.rowCount()).customer_id
        before = page.model.record(page.model.row_of(customer)).open_cents
        t = time.perf_counter()
        ctx.perform(
            lambda c=customer: record_sale(db, c, 100, description="bench", override_reason="bench")
        )  # the one way to write: the views hear which customer changed
        app.processEvents()
        page.table.viewport().repaint()
        saves.append(time.perf_counter() - t)
        after = page.model.record(page.model.row_of(customer)).open_cents
        assert after == before + 100, (before, after)
    print(
        f"save a sale and see the list updated: median {statistics.median(saves) * 1000:.0f} ms (target < 150)"
    )
    t = time.perf_counter()
    ctx.apply(Changes.to_all(DATA))  # a bulk change (demo, restore) still reloads everything
    wait_loaded()
    app.processEvents()
    print(f"full reload after a bulk change: {(time.perf_counter() - t) * 1000:.0f} ms")

    bar = page.table.verticalScrollBar()
    t = time.perf_counter()
    steps = 0
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        bar.setValue(value)
        page.table.viewport().repaint()
        steps += 1
    per_page = (time.perf_counter() - t) / max(steps, 1)
    print(f"scrolling: {steps} pages repainted, {per_page * 1000:.1f} ms per page (smooth < 16)")
    for column in (page.model.NAME, page.model.OPEN):
        t = time.perf_counter()
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        print(f"sort by column {column}: {(time.perf_counter() - t) * 1000:.0f} ms")
    ctx.pool.waitForDone()
    db.close()


if __name__ == "__main__":
    main()
