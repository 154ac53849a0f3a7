"""Crash and concurrency trials (slow; not part of the default test run).

    uv run python benchmarks/trust_trials.py [--kills 100] [--concurrent 3]

1. kill -9: a writer process records sales as fast as it can, printing each acknowledged id;
   it is killed at a random moment. Every acknowledged sale must be in the file afterwards, and
   the file must pass `PRAGMA integrity_check`.
2. app plus CLI: a long-lived "app" process that keeps the file open writes sales, while
   another part of it opens and closes the database file outside SQLite (as a file dialog's
   MIME sniffing does) and `fiado receivables` runs in other processes. Every sale the app
   acknowledged must be visible to a new process right away, and nothing is lost.
Exits 1 when any trial loses an entry.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WRITER = """
import sys
from pathlib import Path
from fiado_app.services.app import open_database
from fiado_app.services import ledger
db = open_database(Path(sys.argv[1])).db
while True:
    e = ledger.record_sale(db, 1, 100)
    print(e.id, flush=True)
"""

APP = """
import json, subprocess, sys
from pathlib import Path
from fiado_app.services.app import open_database
from fiado_app.services import ledger
p = Path(sys.argv[1]); rounds = int(sys.argv[2])
db = open_database(p).db
lost = 0
for i in range(rounds):
    ledger.record_sale(db, 1, 100)
    if i % 3 == 0:
        open(p, "rb").close()  # what a sniffing file dialog does
    out = subprocess.run([sys.executable, "-m", "fiado_app.cli.commands", "--db", str(p),
                          "receivables", "--json"], capture_output=True, text=True, check=True)
    seen = json.loads(out.stdout)["totals"]["open_cents"]
    lost += (i + 1) * 100 != seen
print(lost)
"""


def _new_shop(folder: Path) -> Path:
    from fiado_app.services.app import open_database
    from fiado_app.services.customers import CustomerInput, add_customer

    path = folder / "fiado.sqlite3"
    db = open_database(path).db
    add_customer(db, CustomerInput(name="Maria"))
    db.close()
    return path


def kill_trials(count: int, rng: random.Random) -> tuple[int, int, int]:
    """(trials, acknowledged entries, entries lost)."""
    from fiado_app.db.checks import integrity_check

    acknowledged = lost = 0
    for _ in range(count):
        with tempfile.TemporaryDirectory() as tmp:
            path = _new_shop(Path(tmp))
            proc = subprocess.Popen(
                [sys.executable, "-c", WRITER, str(path)],
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            time.sleep(rng.uniform(0.8, 1.6))
            proc.send_signal(signal.SIGKILL)
            out, _ = proc.communicate()
            ids = [int(x) for x in out.split()]
            acknowledged += len(ids)
            import sqlite3

            conn = sqlite3.connect(path)
            stored = {r[0] for r in conn.execute("SELECT id FROM entry")}
            conn.close()
            lost += len(set(ids) - stored)
            if not integrity_check(path):
                lost += 1_000_000
    return count, acknowledged, lost


def concurrent_trials(count: int, rounds: int) -> tuple[int, int]:
    """(sales written by the app, sales another process could not see)."""
    lost = 0
    for _ in range(count):
        with tempfile.TemporaryDirectory() as tmp:
            path = _new_shop(Path(tmp))
            out = subprocess.run(
                [sys.executable, "-c", APP, str(path), str(rounds)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            lost += int(out.stdout.split()[-1])
    return count * rounds, lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--concurrent", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    trials, acked, lost = kill_trials(args.kills, random.Random(args.seed))
    print(f"kill -9: {trials} trials, {acked} acknowledged sales, {lost} lost")
    written, unseen = concurrent_trials(args.concurrent, args.rounds)
    print(f"app + CLI: {written} sales, {unseen} not visible to the CLI at once")
    print(json.dumps({"kill_trials": trials, "acknowledged": acked, "lost": lost,
                      "app_cli_sales": written, "unseen": unseen}))  # fmt: skip
    return 1 if lost or unseen else 0


if __name__ == "__main__":
    sys.exit(main())
