"""Exercise a FROZEN build of Fiado (packaging/build.py), not the source:

    uv run python packaging/smoke_test.py PROGRAM [--runs 5] [--no-timing]

PROGRAM is dist/Fiado (the one folder), dist/Fiado.app, or either program in it: the command
line checks run `fiado-cli` (on macOS, where the bundle holds one program, `Fiado` itself), the
window check runs the windowed `Fiado`. Each check is printed as it passes; the first failure
prints what went wrong and exits with status 1.

Checks: the version; `--selfcheck` (resources found in the bundle, icon renders, English
translation loads); a demo shop; `receivables --json`; the holiday calendar in Portuguese; a
letter to PDF with its fonts embedded and its Pix QR code readable; backup and restore; a
database of the first released schema migrated by the bundle's Alembic scripts; the window
started offscreen (in Portuguese and in English) closing by itself with no traceback. Then the
start-up time to the home page painted, frozen and from source side by side (median of --runs,
measured from the launch of the process as benchmarks/bench_startup.py does).

Optional tools, checks skipped with a note when absent: pdffonts or pypdf (fonts), pdftoppm
and zbarimg (the QR code).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT = 180


class Failed(Exception):
    pass


PASSED: list[str] = []


def passed(message: str) -> None:
    PASSED.append(message)
    print(f"ok   {message}", flush=True)


def note(message: str) -> None:
    print(f"note {message}", flush=True)


def locate(arg: str) -> tuple[Path, Path]:
    """(the command-line program, the windowed program) for what was given."""
    path = Path(arg).resolve()
    if path.suffix == ".app":
        path = path / "Contents" / "MacOS"
    elif path.is_dir() and (path / "Fiado").is_dir():  # dist/
        path = path / "Fiado"
    folder = path if path.is_dir() else path.parent
    gui = folder / f"Fiado{EXE}"
    cli = folder / f"fiado-cli{EXE}"
    if not cli.is_file():
        cli = gui  # macOS: Fiado.app's one program runs the commands too
    for program in (gui, cli):
        if not program.is_file():
            raise Failed(f"no program at {program}")
    return cli, gui


def run(program: Path, *args: str, env: dict[str, str] | None = None, ok: bool = True):  # type: ignore[no-untyped-def]
    out = subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )
    if "Traceback" in out.stderr or (ok and out.returncode != 0):
        raise Failed(
            f"`{program.name} {' '.join(args)}` exited with {out.returncode}:\n"
            f"{out.stdout[-2000:]}\n{out.stderr[-4000:]}"
        )
    return out


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def copy_database(source: Path, target: Path) -> None:
    """Through SQLite's backup API, never as a plain file."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def check_cli(cli: Path, tmp: Path) -> tuple[Path, int]:
    version = project_version()
    out = run(cli, "--version")
    if out.stdout.strip() != f"Fiado {version}":
        raise Failed(f"--version said {out.stdout.strip()!r}, expected 'Fiado {version}'")
    passed(f"--version: {out.stdout.strip()}")

    out = run(cli, "--selfcheck", env={"QT_QPA_PLATFORM": "offscreen"})
    if "(frozen)" not in out.stdout or "FAILED" in out.stdout:
        raise Failed(f"--selfcheck:\n{out.stdout}")
    passed(
        "--selfcheck: "
        + ", ".join(line[3:] for line in out.stdout.splitlines() if line.startswith("ok "))
    )

    shop = tmp / "loja.sqlite3"
    run(cli, "--db", str(shop), "demo", "--customers", "30")
    passed("demo --customers 30")

    out = run(cli, "--db", str(shop), "receivables", "--json")
    customers = json.loads(out.stdout)["customers"]
    overdue = [c for c in customers if c["overdue_cents"] > 0]
    if not overdue:
        raise Failed(f"receivables --json: no customer overdue in {out.stdout[:500]}")
    passed(f"receivables --json: {len(customers)} customers, {len(overdue)} overdue")

    out = run(cli, "--db", str(shop), "agenda", "--as-of", "25/12/2026", "--json")
    agenda = json.loads(out.stdout)
    if agenda["contact_allowed"] or "Natal" not in agenda["contact_note"]:
        raise Failed(f"agenda on Christmas: {agenda['contact_note']!r} (holiday calendar)")
    passed(f"holiday calendar: {agenda['contact_note']}")
    return shop, overdue[0]["id"]


def check_spreadsheets(cli: Path, shop: Path, tmp: Path) -> None:
    """The frozen reader and writer: the shop's books out to XLSX, and their customers into a
    new shop (python-calamine's compiled module, charset-normalizer, the XLSX writer)."""
    book = tmp / "livro.xlsx"
    run(cli, "--db", str(shop), "export", "-o", str(book))
    fresh = tmp / "nova.sqlite3"
    out = run(cli, "--db", str(fresh), "import", str(book), "--json")
    found = json.loads(out.stdout)
    if found["customers_added"] < 30 or found["skipped"]:
        raise Failed(f"import of the exported workbook: {out.stdout[:500]}")
    csv = tmp / "clientes.csv"
    csv.write_bytes("nome;telefone;saldo\nJosé Açaí;(11) 98765-4321;12,50\n".encode("cp1252"))
    out = run(cli, "--db", str(fresh), "import", str(csv), "--json")
    if json.loads(out.stdout)["entries_added"] != 1:
        raise Failed(f"import of a Windows-1252 CSV: {out.stdout[:500]}")
    passed(f"export to XLSX, {found['customers_added']} customers imported back; a CP-1252 CSV")


def check_letter(cli: Path, shop: Path, customer: int, tmp: Path) -> None:
    # The shop's logo (a PNG, as the shop page accepts), read by the bundle's Pillow: there is no
    # command for it, so it goes in through SQLite.
    logo = (ROOT / "build" / "icons" / "fiado-128.png").read_bytes()
    with sqlite3.connect(shop) as conn:
        conn.execute("UPDATE shop SET logo = ?", (logo,))
    conn.close()
    pdf = tmp / "carta.pdf"
    run(cli, "--db", str(shop), "letter", str(customer), "--stage", "carta", "-o", str(pdf))
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        raise Failed(f"letter: no PDF at {pdf}")
    if b"/Subtype /Image" not in pdf.read_bytes():
        raise Failed("letter: the shop's logo is not in the PDF (Pillow missing from the bundle?)")
    passed("letter PDF with the shop's PNG logo")
    fonts = embedded_fonts(pdf)
    if fonts is None:
        note("fonts not checked (neither pdffonts nor pypdf)")
    elif not any("DejaVuSans" in f for f in fonts):
        raise Failed(f"letter: the DejaVu fonts are not embedded (embedded: {fonts})")
    else:
        passed(f"letter PDF, fonts embedded: {', '.join(sorted(fonts))}")
    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        note("Pix QR code not read (needs pdftoppm and zbarimg)")
        return
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp / "carta")], check=True)
    pages = sorted(tmp.glob("carta*.png"))
    scan = subprocess.run(
        ["zbarimg", "-q", "--raw", *map(str, pages)], capture_output=True, text=True
    )
    payloads = [line for line in scan.stdout.splitlines() if line.startswith("000201")]
    if not payloads or "br.gov.bcb.pix" not in payloads[0]:
        raise Failed(f"letter: no Pix payload in the QR code (zbarimg: {scan.stdout!r})")
    passed(f"letter Pix QR code: {payloads[0][:40]}...")


def embedded_fonts(pdf: Path) -> set[str] | None:
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        rows = [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
        # name type encoding emb sub uni ...: the 'emb' column counted from the end
        return {row[0].split("+")[-1] for row in rows if len(row) >= 7 and row[-4] == "yes"}
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    found = set()
    for page in PdfReader(pdf).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor and any(
                    k in descriptor.get_object() for k in ("/FontFile2", "/FontFile")
                ):
                    found.add(str(font["/BaseFont"]).split("+")[-1])
    return found


def check_backup_restore(cli: Path, shop: Path, tmp: Path) -> None:
    folder = tmp / "copias"
    folder.mkdir()
    run(cli, "--db", str(shop), "backup", str(folder))
    copies = sorted(folder.glob("*.sqlite3"))
    if len(copies) != 1:
        raise Failed(f"backup: expected one copy in {folder}, found {copies}")
    passed(f"backup: {copies[0].name}")
    out = run(cli, "--db", str(shop), "restore", str(copies[0]))
    if "restaurado" not in out.stdout:
        raise Failed(f"restore said: {out.stdout}")
    run(cli, "--db", str(shop), "receivables", "--json")
    passed("restore, and the restored shop opens")


def check_first_schema(cli: Path, tmp: Path) -> None:
    versions = sorted((ROOT / "fiado_app" / "db" / "migrations" / "versions").glob("0*.py"))
    head = versions[-1].name.split("_")[0]
    first = min((ROOT / "tests" / "data").glob("schema_0*.sqlite3"))
    old = tmp / "antiga.sqlite3"
    copy_database(first, old)
    run(cli, "--db", str(old), "receivables", "--json")
    with sqlite3.connect(old) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    if revision != head:
        raise Failed(f"{first.name} migrated to {revision}, not to the head {head}")
    copies = list(tmp.glob("antiga.antes-da-migracao-*.sqlite3"))
    passed(f"{first.name} migrated to {head} by the bundle's scripts (copy kept: {len(copies)})")


def launch_window(command: list[str], shop: Path, trace: Path, lang: str) -> float:
    """Start the window on `shop` until it closes itself; ms from launch to the home page."""
    trace.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FIADO_STARTUP_TRACE": str(trace),
        "FIADO_STARTUP_EXIT": "1",
        "FIADO_LANG": lang,
    }
    started = time.perf_counter()
    out = subprocess.run(
        command,
        capture_output=True,
        text=True,
        errors="replace",
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
        env=env,
        cwd=ROOT,
    )
    if out.returncode != 0 or "Traceback" in out.stderr:
        raise Failed(
            f"the window ({' '.join(command)}) exited with {out.returncode}:\n{out.stderr[-4000:]}"
        )
    if out.stderr.strip():
        raise Failed(f"the window wrote to stderr:\n{out.stderr[-4000:]}")
    marks = dict(line.split() for line in trace.read_text().splitlines()) if trace.exists() else {}
    if "home_painted" not in marks:
        raise Failed(f"the window closed before painting its home page (trace: {marks})")
    if "pages_built" not in marks:  # each page's modules are imported by name: in the bundle?
        raise Failed(f"the window closed before building every page (trace: {marks})")
    return (float(marks["home_painted"]) - started) * 1000


def check_window(gui: Path, shop: Path, tmp: Path) -> None:
    for lang in ("pt_BR", "en"):
        ms = launch_window([str(gui), "--db", str(shop)], shop, tmp / "trace.txt", lang)
        passed(
            f"window offscreen (FIADO_LANG={lang}): home page painted, every page built, "
            f"closed cleanly ({ms:.0f} ms)"
        )


def compare_startup(gui: Path, shop: Path, tmp: Path, runs: int) -> None:
    commands = {
        "frozen": [str(gui), "--db", str(shop)],
        "source": [sys.executable, str(ROOT / "main.py"), "--db", str(shop)],
    }
    medians = {}
    for name, command in commands.items():
        launch_window(
            command, shop, tmp / "trace.txt", "pt_BR"
        )  # warm-up: caches, the day's backup
        times = [launch_window(command, shop, tmp / "trace.txt", "pt_BR") for _ in range(runs)]
        medians[name] = statistics.median(times)
    print(
        f"start-up to home page painted (median of {runs}): "
        f"frozen {medians['frozen']:.0f} ms, source {medians['source']:.0f} ms",
        flush=True,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program", help="dist/Fiado, dist/Fiado.app or a program in it")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs for the medians")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-up comparison")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="fiado-smoke-"))
    try:
        cli, gui = locate(args.program)
        print(f"smoke test of {gui.parent}", flush=True)
        shop, customer = check_cli(cli, tmp)
        check_letter(cli, shop, customer, tmp)
        check_spreadsheets(cli, shop, tmp)
        check_backup_restore(cli, shop, tmp)
        check_first_schema(cli, tmp)
        check_window(gui, shop, tmp)
        if not args.no_timing:
            compare_startup(gui, shop, tmp, args.runs)
    except (Failed, subprocess.TimeoutExpired, subprocess.CalledProcessError) as exc:
        print(f"FAILED {exc}", flush=True)
        print(f"smoke: {len(PASSED)} passed, 1 failed", flush=True)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"smoke: {len(PASSED)} passed, 0 failed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
