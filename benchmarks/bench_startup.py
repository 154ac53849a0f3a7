"""How long the desktop app takes to show its first page, measured from the launch of a new
process (not a test), on shops of 2, 3 and 5 years of history. Usage:

    uv run python benchmarks/bench_startup.py [--years 2,3,5] [--runs 5] [--customers 10000]
    uv run python benchmarks/bench_startup.py --db PATH [--runs 5]

Without --db it uses the demo shops of benchmarks/bench_growth.py (10,000 customers, cached in
the temporary folder, built once) and copies each before its runs. Each run starts
`python main.py --db COPY` as an installed app's launcher does (`--uv`: `uv run fiado`), with
FIADO_STARTUP_TRACE set so the app writes its milestones (see fiado_app/ui/startup_trace.py)
and closes itself once the home page, its behaviour labels and the status-bar totals are on
screen. One warm-up run per shop comes first (it writes the byte-code cache, as an installed
app ships it, and the day's backup).

Prints the median of every milestone in ms from launch for each history, the ratio of the
longest history to the shortest, and the app's peak resident memory. Targets on the longest
history: window painted < 600 ms, home page painted with its list < 1000 ms, labels and
status-bar totals < 1300 ms, memory < 300 MB. Exits with status 1 when one is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS_MS = {"window_painted": 600, "home_painted": 1000, "labels_filled": 1300}
TARGETS_MS["status_filled"] = 1300
MEMORY_TARGET_MB = 300
MILESTONES = (
    ("main_entered", "Python started, entry point running"),
    ("imports_done", "Qt and the window's modules imported"),
    ("window_painted", "main window painted (its frame: opening the data)"),
    ("database_open", "database layer imported, file opened and checked"),
    ("home_painted", "home page (Cobranças de hoje) painted with its list"),
    ("labels_filled", "behaviour labels filled in"),
    ("status_filled", "status bar totals shown"),
    ("pages_built", "the other pages built (in the background)"),
    ("file_checked", "the file's full check done (in the background)"),
)


def launch(db: Path, trace: Path, env: dict[str, str], via_uv: bool) -> dict[str, float]:
    trace.unlink(missing_ok=True)
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    if via_uv:  # the README's `uv run fiado`: uv checks the environment first
        command = ["uv", "run", "fiado", "--db", str(db)]
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        env={**env, "FIADO_STARTUP_TRACE": str(trace), "FIADO_STARTUP_EXIT": "1"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)  # its own peak memory, not the others'
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(
            f"the app exited with {code}:\n{proc.stderr.read() if proc.stderr else ''}"
        )
    marks: dict[str, float] = {}
    for line in trace.read_text().splitlines():
        name, at = line.split()
        marks.setdefault(name, (float(at) - started) * 1000)
    marks["memory_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return marks


def measure(source: Path, runs: int, via_uv: bool) -> list[dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="fiado-startup-") as tmp:
        folder = Path(tmp)
        db = folder / "fiado.sqlite3"
        shutil.copyfile(source, db)  # no process has the cached shop open
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
        env["XDG_CONFIG_HOME"] = str(folder / "config")  # no saved window state of the owner's
        env["FIADO_LANG"] = "pt_BR"
        trace = folder / "trace.txt"
        launch(db, trace, env, via_uv)  # warm-up: byte-code cache, the day's backup
        return [launch(db, trace, env, via_uv) for _ in range(runs)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a copy of this file is opened")
    parser.add_argument("--years", default="2,3,5", help="histories of the demo shops")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--uv", action="store_true", help="launch with `uv run fiado`")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_growth import shop

    shops: dict[str, Path] = {}
    if args.db:
        shops[args.db.name] = args.db
    else:
        for years in (int(y) for y in args.years.split(",")):
            path, built = shop(args.customers, years)
            if built is not None:
                print(f"{years}-year shop generated in {built:.1f} s ({path})")
            shops[f"{years} y"] = path
    medians: dict[str, dict[str, float]] = {}
    for name, path in shops.items():
        runs = measure(path, args.runs, args.uv)
        medians[name] = {
            key: statistics.median(r[key] for r in runs)
            for key in [k for k, _ in MILESTONES] + ["memory_mb"]
            if all(key in r for r in runs)
        }
    names = list(medians)
    print(f"start-up of the desktop app, median of {args.runs} launches (ms from launch):")
    print(
        f"  {'':>52}"
        + "".join(f"{n:>9}" for n in names)
        + (f"{'ratio':>9}" if len(names) > 1 else "")
    )
    first, last = medians[names[0]], medians[names[-1]]
    rows = [(k, label) for k, label in MILESTONES] + [("memory_mb", "peak resident memory (MB)")]
    for key, label in rows:
        if key not in last:
            continue
        cells = "".join(f"{medians[n].get(key, float('nan')):9.0f}" for n in names)
        ratio = f"{last[key] / first[key]:8.2f}x" if len(names) > 1 else ""
        print(f"  {label:>52}{cells}{ratio}")
    missed = [
        f"{key} < {limit} ms" for key, limit in TARGETS_MS.items() if not last.get(key, 1e9) < limit
    ]
    if not last["memory_mb"] < MEMORY_TARGET_MB:
        missed.append(f"memory < {MEMORY_TARGET_MB} MB")
    for target in missed:
        print(f"target missed on {names[-1]}: {target}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
