"""Benchmark: the Painel's numbers on the 10,000-customer demo shops (targets: < 500 ms in
process, `fiado kpis --json` < 1 s as a whole process, the monthly report < 2 s), medians.

    uv run python benchmarks/bench_kpis.py [--years 2,5] [--runs 3]

Uses the shops of bench_growth.py (built once and cached in the temporary folder). The period
is November 2026 and the shops' day (01/12/2026). Months and days that are over are summed once
and kept until an older entry is written (services/kpi_cache.py): "cold" forgets them before
each run (the first Painel after a migration, or after a sale written with an old date), the
other columns read them back; "16/11–" is the period from 16/11 to the shop's day (a month
only partly in the period is summed day by day, each day kept).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_growth import TODAY, shop  # noqa: E402

from fiado_app.services import kpi_cache, printing  # noqa: E402
from fiado_app.services.app import open_database  # noqa: E402
from fiado_app.services.kpis import kpis  # noqa: E402

START = date(2026, 11, 1)
ROOT = Path(__file__).resolve().parents[1]


def timed(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", default="2,5")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(
        f"{'shop':>10} {'cold (ms)':>10} {'kpis (ms)':>10} {'16/11– (ms)':>11} "
        f"{'CLI (ms)':>10} {'report (ms)':>12}"
    )
    for years in [int(y) for y in args.years.split(",")]:
        path, _built = shop(10_000, years)
        db = open_database(path).db

        def cold() -> None:
            kpi_cache.forget(db)  # noqa: B023
            kpis(db, TODAY, START, TODAY)  # noqa: B023

        cold_ms = timed(cold, args.runs)
        in_process = timed(lambda: kpis(db, TODAY, START, TODAY), args.runs)  # noqa: B023
        mid = date(2026, 11, 16)
        kpis(db, TODAY, mid, TODAY)  # keeps its days
        month_so_far = timed(lambda: kpis(db, TODAY, mid, TODAY), args.runs)  # noqa: B023
        report = timed(lambda: printing.month_report(db, "2026-11", TODAY), args.runs)  # noqa: B023
        db.close()
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(path), "kpis", "--json",
                   "--as-of", TODAY.isoformat(), "--from", START.isoformat()]  # fmt: skip
        cli = timed(lambda: subprocess.run(command, check=True, capture_output=True), args.runs)  # noqa: B023
        print(
            f"{years:>8}y {cold_ms:>10.0f} {in_process:>10.0f} {month_so_far:>11.0f} "
            f"{cli:>10.0f} {report:>12.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
