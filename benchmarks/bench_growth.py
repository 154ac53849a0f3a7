"""Does the daily cost grow with the shop's history? (issue 11)

    uv run python benchmarks/bench_growth.py [--customers N] [--years 2,3,5] [--runs R]

Builds (once, cached under the temporary folder by size, history and schema) demo shops of the
same customers with 2, 3 and 5 years of history, and prints in one run, as medians in this
process:

- receivables for every customer today, from the checkpoints (the app's path);
- the same 30 days later, as if nobody had bought or paid for a month (every sale due since
  then read from the checkpoints' `upcoming`);
- the same derived from the whole history (`whole_history=True`: what every screen paid before
  the checkpoints), side by side;
- receivables as of a date a year ago (exact, read whole where the checkpoints do not apply);
- the status-bar totals (`receivables(db)`, what the window asks for);
- today's agenda with the behaviour labels.

The measures take turns (each run times every measure on every shop before the next run), so
that the shared machine's noisy moments fall on all of them alike. Then the ratio of the
longest history to the shortest for each, plus how long each shop took to
generate, this process's peak resident memory and that of `fiado receivables --json` run as
a command of its own. Targets (10,000 customers, 5 years): the app's
receivables < 120 ms and within 1.25x of the 2-year shop; the agenda < 200 ms and within
1.25x; receivables a year ago < 1 s; the command's memory < 150 MB. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from fiado_app.db.engine import Database
from fiado_app.db.migrate import HEAD_REVISION
from fiado_app.services.agenda import todays_agenda
from fiado_app.services.app import open_database
from fiado_app.services.demo import generate_demo
from fiado_app.services.receivables import receivable_rows, receivables

TODAY = date(2026, 11, 30)  # the shops are built and measured as of this day


def shop(customers: int, years: int) -> tuple[Path, float | None]:
    path = (
        Path(tempfile.gettempdir()) / f"fiado-growth-{customers}-{years}y-{HEAD_REVISION}.sqlite3"
    )
    if path.exists():
        return path, None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path).db
    start = time.perf_counter()
    generate_demo(db, customers=customers, years=years, seed=7, today=TODAY)
    built = time.perf_counter() - start
    db.close()
    return path, built


def measures(db: Database) -> dict[str, Callable[[], object]]:
    def rows(as_of: date, whole: bool) -> Callable[[], object]:
        def run() -> object:
            with db.query() as read:
                return receivable_rows(read, as_of, whole_history=whole)

        return run

    return {
        "receivables": rows(TODAY, False),
        "receivables in 30 days": rows(TODAY + timedelta(days=30), False),
        "receivables, whole history": rows(TODAY, True),
        "receivables a year ago": rows(TODAY - timedelta(days=365), False),
        "status-bar totals": lambda: receivables(db, TODAY),
        "agenda with labels": lambda: todays_agenda(db, TODAY, with_behaviour=True),
    }


def measure(paths: dict[int, Path], runs: int) -> dict[int, dict[str, float]]:
    """Every measure of every shop, run in turns (a run of each measure on each shop, then the
    next run), so that a noisy moment of the machine falls on all of them alike."""
    dbs = {years: open_database(path).db for years, path in paths.items()}
    try:
        timed: dict[tuple[int, str], list[float]] = {}
        results: dict[int, dict[str, float]] = {}
        for years, db in dbs.items():
            entries = plain_value_of(db, "SELECT count(*) FROM entry")
            results[years] = {"entries": float(entries)}
            for name, fn in measures(db).items():
                fn()  # warm the page cache and the statement cache
                timed[(years, name)] = []
        for _ in range(runs):
            for name in measures(dbs[next(iter(dbs))]):
                for years, db in dbs.items():
                    fn = measures(db)[name]
                    start = time.perf_counter()
                    fn()
                    timed[(years, name)].append(time.perf_counter() - start)
        for (years, name), times in timed.items():
            results[years][name] = statistics.median(times) * 1000
        return results
    finally:
        for db in dbs.values():
            db.close()


def plain_value_of(db: Database, sql: str) -> int:
    with db.query() as read:
        return int(read.rows(sql)[0][0] or 0)


# Run from a small process of its own: on Linux a child's peak memory starts from its parent's
# size at the fork, and this one holds the measured shops.
_MEASURE = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def command_memory_mb(path: Path) -> float:
    """Peak resident memory of `fiado --db PATH receivables --json`, a process of its own."""
    main_py = Path(__file__).resolve().parent.parent / "main.py"
    command = [sys.executable, str(main_py), "--db", str(path), "receivables", "--json"]
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip()) / 1024  # kilobytes on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--years", default="2,3,5")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    histories = [int(y) for y in args.years.split(",")]
    paths: dict[int, Path] = {}
    for years in histories:
        paths[years], built = shop(args.customers, years)
        if built is not None:
            print(f"{years}-year shop generated in {built:.1f} s ({paths[years]})")
    results = measure(paths, args.runs)
    for years, path in paths.items():
        results[years]["command memory (MB)"] = command_memory_mb(path)
    measures = [k for k in results[histories[0]] if k != "entries"]
    first, last = histories[0], histories[-1]
    print(f"\n{args.customers:,} customers, medians of {args.runs} runs (ms; memory in MB)")
    header = ["history", "entries", *measures]
    print(" | ".join(header))
    for years in histories:
        r = results[years]
        print(
            " | ".join([f"{years} y", f"{int(r['entries']):,}", *(f"{r[m]:.0f}" for m in measures)])
        )
    ratios = {m: results[last][m] / results[first][m] for m in measures}
    print(" | ".join([f"{last}y/{first}y", "", *(f"{ratios[m]:.2f}x" for m in measures)]))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak_mb:.0f} MB")
    worst = results[last]
    missed = [
        name
        for name, ok in (
            ("receivables < 120 ms", worst["receivables"] < 120),
            ("receivables within 1.25x", ratios["receivables"] <= 1.25),
            ("receivables in 30 days < 120 ms", worst["receivables in 30 days"] < 120),
            ("agenda < 200 ms", worst["agenda with labels"] < 200),
            ("agenda within 1.25x", ratios["agenda with labels"] <= 1.25),
            ("receivables a year ago < 1 s", worst["receivables a year ago"] < 1000),
            ("receivables --json < 150 MB", worst["command memory (MB)"] < 150),
        )
        if not ok
    ]
    for name in missed:
        print(f"target missed: {name}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
