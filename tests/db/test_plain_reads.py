"""The plain read path (`Database.query`): the screens the owner sees first read the file with
SQLite's own module, and SQLAlchemy is imported only when a session is asked for."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import threading
from datetime import date

import pytest

from fiado_app.domain.errors import DatabaseNotWritable, DatabaseUnreadable
from fiado_app.services import ledger
from fiado_app.services.app import open_database
from fiado_app.services.customers import CustomerInput, add_customer
from fiado_app.services.receivables import receivables
from fiado_app.services.shop import update_shop


def _shop_with_a_debt(path):
    db = open_database(path).db
    update_shop(db, name="Mercadinho Boa Vista", terms_days=30, uf="PE")
    ana = add_customer(db, CustomerInput(name="Ana Souza", phone="81 99876-5432"))
    ledger.record_sale(db, ana.id, 12_345, on=date(2026, 9, 1))
    return db, ana


def test_a_plain_read_sees_what_a_write_committed(db_path):
    db, ana = _shop_with_a_debt(db_path)
    with db.query() as read:
        assert read.rows("SELECT name FROM customer WHERE id = ?", (ana.id,)) == [("Ana Souza",)]
    ledger.record_payment(db, ana.id, 345, on=date(2026, 9, 10))
    report = receivables(db, date(2026, 11, 1))  # plain read, after the session's write
    assert [(r.name, r.open_cents, r.overdue_cents) for r in report.rows] == [
        ("Ana Souza", 12_000, 12_000)
    ]
    db.close()


def test_plain_reads_are_read_only(db_path):
    db, _ana = _shop_with_a_debt(db_path)
    with pytest.raises(DatabaseNotWritable), db.query() as read:
        read.rows("DELETE FROM customer")
    with db.query() as read:
        assert read.rows("SELECT count(*) FROM customer") == [(1,)]
    db.close()


def test_plain_reads_on_several_threads_at_once(db_path):
    db, _ana = _shop_with_a_debt(db_path)
    found: list[int] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(20):
                found.append(len(receivables(db, date(2026, 11, 1)).rows))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert found == [1] * 80
    db.close()


def test_the_cycle_collector_waits_for_every_read_then_resumes(db_path):
    db, _ana = _shop_with_a_debt(db_path)
    inside = threading.Event()
    leave = threading.Event()

    def long_read() -> None:
        with db.query() as read:
            read.rows("SELECT count(*) FROM entry")
            inside.set()
            leave.wait(5)

    other = threading.Thread(target=long_read)
    other.start()
    assert inside.wait(5)
    with db.query():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's read is still running
    leave.set()
    other.join()
    assert gc.isenabled()
    with pytest.raises(DatabaseNotWritable), db.query() as read:
        read.rows("DELETE FROM customer")
    assert gc.isenabled()  # also after a refused read
    gc.disable()
    try:
        with db.query():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
    db.close()


def test_a_plain_read_of_a_damaged_file_says_so(db_path):
    db, _ana = _shop_with_a_debt(db_path)
    db.close()
    db = open_database(db_path).db
    with db.query() as read:
        root = read.rows("SELECT rootpage FROM sqlite_master WHERE name = 'customer'")[0][0]
        page_size = read.rows("PRAGMA page_size")[0][0]
    db.close()
    with open(db_path, "r+b") as f:  # no Database of this process has the file open now
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)
    db = open_database(db_path, check=False).db
    with pytest.raises(DatabaseUnreadable), db.query() as read:
        read.rows("SELECT * FROM customer")
    db.close()


def test_the_first_screens_and_the_painel_need_no_sqlalchemy(db_path):
    # SQLAlchemy and the models take most of a second to import on a slow PC: opening an
    # up-to-date file, today's agenda with its labels, the status-bar totals, the Painel's
    # numbers and the shop's name are read without them, once what is worked out the first
    # time has been kept (the year's holiday names, the months' sums: small writes).
    from fiado_app.services.agenda import label_agenda, todays_agenda
    from fiado_app.services.kpis import kpis

    db, _ana = _shop_with_a_debt(db_path)
    label_agenda(db, todays_agenda(db, as_of=date(2026, 11, 2)))
    kpis(db, date(2026, 11, 2))
    db.close()
    code = f"""
import json, sys
from datetime import date
from fiado_app.services.app import open_database
from fiado_app.services.agenda import label_agenda, todays_agenda
from fiado_app.services.agreement_review import agreements_to_review
from fiado_app.services.kpis import kpis
from fiado_app.services.receivables import receivables
from fiado_app.services.shop_record import get_shop
db = open_database({str(db_path)!r}).db
agenda = label_agenda(db, todays_agenda(db, as_of=date(2026, 11, 2), with_behaviour=False))
totals = receivables(db, date(2026, 11, 2))
numbers = kpis(db, date(2026, 11, 2))
print(json.dumps({{
    "loaded": sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")),
    "agenda": [i.name for i in agenda.items],
    "open": totals.open_cents,
    "kpis_open": numbers.open_cents,
    "shop": get_shop(db).name,
    "review": len(agreements_to_review(db, date(2026, 11, 2))),
}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)
    assert found["loaded"] == []
    assert found["agenda"] == ["Ana Souza"]
    assert found["open"] == found["kpis_open"] == 12_345
    assert found["shop"] == "Mercadinho Boa Vista"
    assert found["review"] == 0
