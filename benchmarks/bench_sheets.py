"""Benchmark: spreadsheets in and out (targets: a 50,000-row entries sheet in XLSX imported in
< 20 s; the 10,000-customer demo shop exported in < 15 s), medians.

    uv run python benchmarks/bench_sheets.py [--rows 50000] [--runs 3]

The import reads, checks (the dry run) and writes a generated XLSX of `--rows` sales and
payments of 2,000 customers into a new shop each run; the export writes the 2-year,
10,000-customer shop of bench_growth.py (built once and cached) to XLSX and to CSV.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_growth import shop  # noqa: E402

from fiado_app.services import sheet_export, sheet_import  # noqa: E402
from fiado_app.services.app import open_database  # noqa: E402

TODAY = date(2026, 12, 1)


def entries_sheet(path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Caderneta")
    sheet.append(["Data", "Cliente", "Tipo", "Valor (R$)", "Vencimento", "Produto", "Forma"])
    start = TODAY - timedelta(days=700)
    for i in range(rows):
        on = start + timedelta(days=i * 700 // rows)
        name = f"Cliente {rng.randrange(2000):04d}"
        if rng.random() < 0.7:
            sheet.append([on, name, "venda", round(rng.uniform(5, 150), 2),
                          on + timedelta(days=30), "compras do mês", None])  # fmt: skip
        else:
            sheet.append([on, name, "pagamento", round(rng.uniform(5, 100), 2), None, None, "pix"])
    book.save(path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fiado-bench-sheets-"))
    sheet = entries_sheet(folder / "caderneta.xlsx", args.rows)
    imports, plans = [], []
    for run in range(args.runs):
        db = open_database(folder / f"import-{run}.sqlite3").db
        t0 = time.perf_counter()
        plan = sheet_import.plan_import(db, sheet, today=TODAY)
        plans.append(time.perf_counter() - t0)
        result = sheet_import.run_import(db, plan, skip_bad=True, today=TODAY)
        imports.append(time.perf_counter() - t0)
        db.close()
    path, _built = shop(10_000, 2)
    db = open_database(path).db
    xlsx, csv = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        sheet_export.export_books(db, folder / "livro.xlsx")
        xlsx.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        done = sheet_export.export_books(db, folder / "livro.csv")
        csv.append(time.perf_counter() - t0)
    db.close()
    print(f"import of {args.rows:,} rows (XLSX): dry run {statistics.median(plans):.1f} s, "
          f"whole {statistics.median(imports):.1f} s ({result.entries_added:,} entries, "
          f"{result.customers_added:,} customers)")  # fmt: skip
    print(f"export of the 10,000-customer shop ({', '.join(f'{k} {v:,}' for k, v in done.rows.items())}): "
          f"XLSX {statistics.median(xlsx):.1f} s, CSV {statistics.median(csv):.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
