"""Storage that does not lose data: bad files, two writers, backups and restore."""

import os
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from fiado_app.db import backup as backups
from fiado_app.db.files import storage_error
from fiado_app.domain.errors import DatabaseNotWritable, DatabaseUnreadable
from fiado_app.services import ledger
from fiado_app.services.app import backup_dir_for, open_database
from fiado_app.services.customers import CustomerInput, add_customer


def _shop_file(path: Path, sales: int = 3) -> Path:
    db = open_database(path).db
    c = add_customer(db, CustomerInput(name="Maria"))
    for _ in range(sales):
        ledger.record_sale(db, c.id, 1000)
    db.close()
    return path


def test_a_text_file_is_not_a_database(tmp_path):
    bad = tmp_path / "notas.sqlite3"
    bad.write_text("isto não é um banco de dados\n" * 50)
    with pytest.raises(DatabaseUnreadable, match="não é um banco de dados SQLite"):
        open_database(bad)
    assert bad.read_text().startswith("isto não é")  # left untouched


def test_a_truncated_copy_is_refused(tmp_path):
    path = _shop_file(tmp_path / "loja.sqlite3", sales=400)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    with pytest.raises(DatabaseUnreadable, match="truncado"):
        open_database(path)


def test_a_damaged_small_table_is_refused(tmp_path):
    path = _shop_file(tmp_path / "loja.sqlite3")
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):  # scribble over every page but the header's
        data[page * 4096 + 8 : page * 4096 + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnreadable):
        open_database(path)


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    import sqlite3

    other = tmp_path / "outro.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contatos (nome TEXT)")
    with pytest.raises(DatabaseUnreadable, match="não contém as tabelas do Fiado"):
        open_database(other)


def test_a_folder_that_cannot_be_created_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "arquivo"
    blocker.write_text("x")
    with pytest.raises(DatabaseNotWritable, match="Não foi possível criar a pasta"):
        open_database(blocker / "loja.sqlite3")


def test_full_disk_and_read_only_errors_are_translated():
    assert "disco está cheio" in str(storage_error(Exception("database or disk is full")))
    assert "Sem permissão" in str(storage_error(Exception("attempt to write a readonly database")))
    assert "permissões da pasta" in str(storage_error(Exception("unable to open database file")))
    assert storage_error(Exception("something else")) is None


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fiado_app.services.app import open_database
    from fiado_app.services import ledger
    db = open_database(Path(sys.argv[1])).db
    for i in range(60):
        ledger.record_sale(db, 1, 100 + i, description=sys.argv[2])
    db.close()
    """
)


def test_two_processes_writing_the_same_file_do_not_corrupt_it(tmp_path):
    path = _shop_file(tmp_path / "loja.sqlite3", sales=0)
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], stderr=subprocess.PIPE)
        for name in ("caixa 1", "caixa 2")
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    assert backups.integrity_check(path)
    db = open_database(path).db
    with db.read() as s:
        counts = dict(s.execute(text("SELECT description, count(*) FROM entry GROUP BY 1")).all())
    db.close()
    assert counts == {"caixa 1": 60, "caixa 2": 60}


def test_the_app_opens_while_another_program_is_writing(tmp_path):
    import sqlite3
    import time

    from fiado_app.services.shop import update_shop
    from fiado_app.services.shop_record import get_shop

    path = tmp_path / "loja.sqlite3"
    db = open_database(path).db
    update_shop(db, name="Mercadinho", terms_days=30)
    db.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # e.g. a long `fiado letters` run holding the write lock
    try:
        started = time.perf_counter()
        db = open_database(path).db
        assert get_shop(db).name == "Mercadinho"
        assert time.perf_counter() - started < 2  # no wait for the lock (busy timeout is 5 s)
        db.close()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_backup_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 3, 15, 9, 0)
    for day in range(400):
        for hour in (9, 18):  # two a day: only the newest of each day can be kept
            moment = start - timedelta(days=day) + timedelta(hours=hour - 9)
            (folder / backups.backup_name(moment)).write_bytes(b"")
    backups.rotate(folder)
    kept = [b.taken_at for b in backups.list_backups(folder)]
    days = {t.date() for t in kept}
    assert len(kept) == len(days)  # one per day at most
    newest_days = sorted(days, reverse=True)[:7]
    assert newest_days == [(start - timedelta(days=d)).date() for d in range(7)]
    assert all(t.hour == 18 for t in kept)
    assert len({t.isocalendar()[:2] for t in kept}) >= 4
    assert len({(t.year, t.month) for t in kept}) == 12
    assert len(kept) <= 7 + 4 + 12


def test_daily_backup_at_most_once_a_day_and_checked(tmp_path):
    path = _shop_file(tmp_path / "loja.sqlite3")
    folder = backup_dir_for(path)
    now = datetime(2026, 3, 15, 8, 0)
    first = backups.daily_backup(path, folder, now)
    assert first is not None and backups.integrity_check(first)
    assert backups.daily_backup(path, folder, now + timedelta(hours=5)) is None
    assert backups.daily_backup(path, folder, now + timedelta(days=1)) is not None
    assert backups.newest_good_backup(folder).taken_at == now + timedelta(days=1)


def test_a_copy_left_unfinished_is_swept_by_the_next_backup(tmp_path):
    # The app was closed in the middle of a big shop's daily copy: its temporary file stays.
    path = _shop_file(tmp_path / "loja.sqlite3")
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    left = folder / "fiado-2026-03-14_083000.sqlite3.parcial"
    left.write_bytes(b"half a copy")
    journal = folder / "fiado-2026-03-14_083000.sqlite3.parcial-journal"
    journal.write_bytes(b"")
    two_hours_ago = datetime.now().timestamp() - 7200
    for old in (left, journal):
        os.utime(old, (two_hours_ago, two_hours_ago))
    being_written = folder / "fiado-manual-2026-03-15_075959.sqlite3.parcial"  # by another copy
    being_written.write_bytes(b"in progress")
    owners = folder / "notas.txt"
    owners.write_text("não é do Fiado")

    made = backups.daily_backup(path, folder, datetime(2026, 3, 15, 8, 0))

    assert made is not None and backups.integrity_check(made)
    assert not left.exists() and not journal.exists()
    assert being_written.exists() and owners.exists()
    assert [b.path for b in backups.list_backups(folder)] == [made]


def test_restore_backs_up_the_current_file_first(tmp_path):
    path = _shop_file(tmp_path / "loja.sqlite3", sales=1)
    folder = backup_dir_for(path)
    saved = backups.backup_now(path, folder, datetime(2026, 3, 1, 12, 0))
    db = open_database(path).db
    ledger.record_sale(db, 1, 5000)
    db.close()
    safety = backups.restore(saved, path, folder)
    assert safety is not None and backups.integrity_check(safety)
    db = open_database(safety).db
    assert ledger.customer_balance(db, 1) == 6000  # what was current is kept
    db.close()
    db = open_database(path).db
    assert ledger.customer_balance(db, 1) == 1000  # the backup is back
    db.close()


def test_restore_refuses_a_damaged_backup(tmp_path):
    path = _shop_file(tmp_path / "loja.sqlite3")
    bad = tmp_path / "copia.sqlite3"
    bad.write_bytes(b"lixo" * 100)
    before = path.read_bytes()
    with pytest.raises(backups.BackupFailed):
        backups.restore(bad, path, backup_dir_for(path))
    assert path.read_bytes() == before
