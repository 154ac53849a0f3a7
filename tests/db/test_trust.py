"""Nothing the app writes is lost: its journal stays its own, no write lands in a damaged file,
and backups never delete themselves."""

from __future__ import annotations

import json
import os
import random
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from fiado_app.cli import main
from fiado_app.db import backup as files
from fiado_app.db.files import raw_access_allowed
from fiado_app.domain.errors import DatabaseDamaged
from fiado_app.services import backups, ledger
from fiado_app.services.app import open_database
from fiado_app.services.customers import CustomerInput, add_customer

ROOT = Path(__file__).resolve().parents[2]


def _cli_receivables(path: Path) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "fiado_app.cli.commands",
            "--db",
            str(path),
            "receivables",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _deleted_journal_fds() -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if "sqlite3" in target and "(deleted)" in target:
            found.append(target)
    return found


@pytest.mark.parametrize("sniff", ["qt_mime_sniff", "python_open"])
def test_writes_stay_visible_to_other_programs_after_the_file_is_opened_outside_sqlite(
    tmp_path, sniff
):
    """The scenario of a file dialog sniffing the database: the app's locks are dropped, the
    CLI checkpoints and unlinks the journal; the app's next sale must still reach the file."""
    path = tmp_path / "fiado.sqlite3"
    db = open_database(path).db
    maria = add_customer(db, CustomerInput(name="Maria"))
    ledger.record_sale(db, maria.id, 500)
    if sniff == "qt_mime_sniff":
        from PySide6.QtCore import QMimeDatabase

        QMimeDatabase().mimeTypeForFile(str(path), QMimeDatabase.MatchMode.MatchContent)
        QMimeDatabase().mimeTypeForFile(f"{path}-wal", QMimeDatabase.MatchMode.MatchContent)
    else:
        open(path, "rb").close()  # noqa: SIM115 - exactly what must never harm the app
    assert _cli_receivables(path)["totals"]["open_cents"] == 500
    ledger.record_sale(db, maria.id, 700)  # the app goes on working
    assert _cli_receivables(path)["totals"]["open_cents"] == 1200  # visible at once
    if sys.platform.startswith("linux"):
        assert _deleted_journal_fds() == []
    db.close()
    db = open_database(path).db
    assert ledger.customer_balance(db, maria.id) == 1200
    db.close()


def test_the_app_writes_survive_a_kill_after_the_journal_was_unlinked(tmp_path):
    """A process that lost its journal, then writes and is killed: the write is in the file."""
    path = tmp_path / "fiado.sqlite3"
    db = open_database(path).db
    add_customer(db, CustomerInput(name="Maria"))
    db.close()
    script = (
        "import os, sys, subprocess\n"
        "from pathlib import Path\n"
        "from fiado_app.services.app import open_database\n"
        "from fiado_app.services import ledger\n"
        "p = Path(sys.argv[1]); db = open_database(p).db\n"
        "ledger.record_sale(db, 1, 100)\n"
        "open(p, 'rb').close()\n"
        "subprocess.run([sys.executable, '-m', 'fiado_app.cli.commands', '--db', str(p),"
        " 'receivables'], capture_output=True, check=True)\n"
        "ledger.record_sale(db, 1, 200)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, timeout=60)
    assert proc.returncode == -9
    db = open_database(path).db
    assert ledger.customer_balance(db, 1) == 300
    db.close()


def _damaged_shop(tmp_path: Path) -> Path:
    path = tmp_path / "fiado.sqlite3"
    db = open_database(path).db
    rng = random.Random(4)
    for n in range(40):
        c = add_customer(db, CustomerInput(name=f"Cliente {n}"))
        for _ in range(30):
            ledger.record_sale(db, c.id, rng.randint(100, 9000), description="x" * 40)
    db.close()
    files.backup_now(path, backups.backup_dir_for(path), datetime(2026, 1, 2, 8), files.AUTOMATIC)
    data = bytearray(path.read_bytes())
    quarter = len(data) // 4
    start = len(data) // 2 - quarter // 2
    data[start : start + quarter] = rng.randbytes(quarter)
    path.write_bytes(bytes(data))
    return path


def test_no_write_is_accepted_into_a_damaged_file(tmp_path, capsys):
    path = _damaged_shop(tmp_path)
    before = path.read_bytes()
    status = main(["--db", str(path), "sale", "1", "5,00"])
    err = capsys.readouterr().err
    assert status == 1
    assert "danificado" in err and "cópia de segurança mais recente em bom estado" in err
    assert "fiado restore" in err and "02/01/2026 08:00" in err
    assert path.read_bytes() == before


def test_the_full_check_runs_once_and_a_damaged_file_refuses_every_write(tmp_path):
    path = _damaged_shop(tmp_path)
    db = open_database(path, check=False).db
    with pytest.raises(DatabaseDamaged, match="não grava mais nada"):
        add_customer(db, CustomerInput(name="Nova"))
    with pytest.raises(DatabaseDamaged):
        ledger.record_payment(db, 1, 100, allow_credit=True)
    db.close()


def test_restoring_a_backup_made_today_works_and_keeps_the_backup(tmp_path, capsys):
    path = tmp_path / "fiado.sqlite3"
    assert main(["--db", str(path), "customer", "add", "Maria"]) == 0
    assert main(["--db", str(path), "sale", "Maria", "10"]) == 0
    assert main(["--db", str(path), "backup"]) == 0
    copy = Path(capsys.readouterr().out.strip().split("salva em ")[-1])
    assert main(["--db", str(path), "sale", "Maria", "5"]) == 0
    assert main(["restore", str(copy), "--db", str(path)]) == 0
    assert copy.exists()  # the chosen backup is still there
    db = open_database(path).db
    assert ledger.customer_balance(db, 1) == 1000
    db.close()
    capsys.readouterr()


def test_a_second_manual_backup_the_same_day_keeps_the_first(tmp_path):
    path = tmp_path / "fiado.sqlite3"
    db = open_database(path).db
    add_customer(db, CustomerInput(name="Maria"))
    first = backups.backup_now(db)
    second = backups.backup_now(db)
    assert first != second and first.exists() and second.exists()
    backups.daily_backup(db)  # the automatic rotation runs: manual copies stay
    assert first.exists() and second.exists()
    db.close()


def test_rotation_only_ever_deletes_automatic_copies(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    manual = folder / files.backup_name(datetime(2020, 1, 1), files.MANUAL)
    safety = folder / files.backup_name(datetime(2020, 1, 1), files.SAFETY)
    for p in (manual, safety):
        p.write_bytes(b"")
    for day in range(1, 29):
        (folder / files.backup_name(datetime(2021, 2, day))).write_bytes(b"")
    removed = files.rotate(folder)
    assert removed and manual.exists() and safety.exists()


def test_the_second_place_gets_a_daily_copy_and_a_missing_pen_drive_is_reported(tmp_path):
    path = tmp_path / "dados" / "fiado.sqlite3"
    db = open_database(path).db
    add_customer(db, CustomerInput(name="Maria"))
    pen = tmp_path / "pendrive"
    pen.mkdir()
    backups.set_second_folder(db, pen)
    result = backups.daily_backup(db, datetime(2026, 3, 15, 9))
    assert result.made is not None and result.second is not None
    assert result.second.parent == pen / "Fiado - fiado"
    assert files.integrity_check(result.second)
    pen.rename(tmp_path / "fora")  # the pen drive is taken out
    result = backups.daily_backup(db, datetime(2026, 3, 16, 9))
    assert result.made is not None and result.second_missing == pen
    with pytest.raises(Exception, match="própria banco|pasta do próprio"):
        backups.set_second_folder(db, path.parent)
    db.close()


def test_restore_refuses_while_the_file_is_open_in_this_process(tmp_path):
    path = tmp_path / "fiado.sqlite3"
    db = open_database(path).db
    copy = backups.backup_now(db)
    assert not raw_access_allowed(path)
    with pytest.raises(files.BackupFailed, match="Feche"):
        files.restore(copy, path, backups.backup_dir_for(path))
    db.close()
    assert raw_access_allowed(path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_folders_fiado_makes_for_the_shops_data_are_the_owners_alone(tmp_path):
    """Customers' names, phones and debts (LGPD): another user of the computer cannot list or
    read the folder of the shop's file, nor of its backups."""
    from fiado_app.services.app import open_database
    from fiado_app.services.backups import backup_now
    from fiado_app.services.paths import backup_dir_for

    path = tmp_path / "dados" / "Fiado" / "fiado.sqlite3"
    opened = open_database(path)
    backup_now(opened.db)
    opened.db.close()
    for folder in (path.parent, backup_dir_for(path)):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
