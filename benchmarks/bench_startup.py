"""How long the desktop app takes to show its first page, measured from the launch of a new
process (not a test). Usage:

    uv run python benchmarks/bench_startup.py [--db PATH] [--runs 5] [--customers 10000]

Without --db it uses the 10,000-customer, 3-year demo shop cached in /tmp (the one
bench_ui.py uses; generated once, ~30 s) and copies it before the runs. Each run starts
`python main.py --db COPY` as an installed app's launcher does (`--uv`: `uv run fiado`), with FIADO_STARTUP_TRACE set so the
app writes its milestones (see fiado_app/ui/startup_trace.py) and closes itself once the home
page, its behaviour labels and the status-bar totals are on screen. One warm-up run comes
first (it writes the byte-code cache, as an installed app ships it, and the day's backup).

Prints the median of every milestone in ms from launch. Target: the home page painted with
its list in < 1500 ms. Exits with status 1 when it is missed.
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
TARGET_MS = 1500
MILESTONES = (
    ("main_entered", "Python started, entry point running"),
    ("imports_done", "Qt and the app's modules imported"),
    ("database_open", "database opened and checked"),
    ("window_painted", "main window painted"),
    ("home_painted", "home page (Cobranças de hoje) painted with its list"),
    ("labels_filled", "behaviour labels filled in"),
    ("status_filled", "status bar totals shown"),
)


def demo_copy(customers: int, folder: Path) -> Path:
    cache = Path(tempfile.gettempdir()) / f"bench{customers // 1000}k.sqlite3"
    if not cache.exists():
        t = time.perf_counter()
        run_cli = "import sys; from fiado_app.cli import main; sys.exit(main(sys.argv[1:]))"
        command = [sys.executable, "-c", run_cli, "--db", str(cache), "demo"]
        command += ["--customers", str(customers), "--years", "3"]
        subprocess.run(command, check=True, cwd=ROOT)
        print(f"demo shop generated in {time.perf_counter() - t:.1f} s (cached in {cache})")
    path = folder / "fiado.sqlite3"
    shutil.copyfile(cache, path)
    return path


def launch(db: Path, trace: Path, env: dict[str, str], via_uv: bool) -> dict[str, float]:
    trace.unlink(missing_ok=True)
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    if via_uv:  # the README's `uv run fiado`: uv checks the environment first
        command = ["uv", "run", "fiado", "--db", str(db)]
    started = time.perf_counter()
    proc = subprocess.run(
        command,
        env={**env, "FIADO_STARTUP_TRACE": str(trace), "FIADO_STARTUP_EXIT": "1"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0:
        raise SystemExit(f"the app exited with {proc.returncode}:\n{proc.stderr}")
    marks: dict[str, float] = {}
    for line in trace.read_text().splitlines():
        name, at = line.split()
        marks.setdefault(name, (float(at) - started) * 1000)
    return marks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a copy of this file is opened")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--uv", action="store_true", help="launch with `uv run fiado`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fiado-startup-") as tmp:
        folder = Path(tmp)
        if args.db:
            db = folder / "fiado.sqlite3"
            shutil.copyfile(args.db, db)
        else:
            db = demo_copy(args.customers, folder)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
        env["XDG_CONFIG_HOME"] = str(folder / "config")  # no saved window state of the owner's
        env["FIADO_LANG"] = "pt_BR"
        trace = folder / "trace.txt"
        launch(db, trace, env, args.uv)  # warm-up: byte-code cache, the day's backup
        runs = [launch(db, trace, env, args.uv) for _ in range(args.runs)]
    print(f"start-up of the desktop app, median of {args.runs} launches (ms from launch):")
    for key, label in MILESTONES:
        values = [r[key] for r in runs if key in r]
        if values:
            spread = f"{min(values):6.0f} – {max(values):.0f}"
            print(f"  {statistics.median(values):6.0f}   ({spread})  {label}")
    home = statistics.median(r["home_painted"] for r in runs)
    verdict = "ok" if home < TARGET_MS else "MISSED"
    print(f"home page painted: {home:.0f} ms (target < {TARGET_MS} ms): {verdict}")
    return 0 if home < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
