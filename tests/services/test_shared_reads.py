"""Receivables on a past date sum every entry: that pass is shared by two connections, one per
half of the customers (receivables._whole_rows). The owner must see exactly what one pass
gives, on one core or two, and a second read that missed a write must not be mixed in."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from fiado_app.services import ledger
from fiado_app.services import receivables as receivables_service
from fiado_app.services.demo import generate_demo
from fiado_app.services.receivables import receivable_rows

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    from tests.conftest import new_database

    db = new_database(tmp_path_factory.mktemp("shared") / "shop.sqlite3")
    generate_demo(db, customers=150, years=2, seed=5, today=TODAY)
    yield db
    db.close()


def in_one_pass(db, as_of: date, *, whole_history: bool = False):
    with db.read() as session:  # a session never shares its pass
        return receivable_rows(session, as_of, whole_history=whole_history)


@pytest.mark.parametrize("days_back", [0, 200, 365, 700])
def test_the_shared_pass_gives_what_one_pass_gives(shop, days_back):
    as_of = TODAY - timedelta(days=days_back)
    with shop.query() as read:
        shared = receivable_rows(read, as_of, whole_history=True)
        past = receivable_rows(read, as_of)
    assert len(shared) > 40
    assert shared == in_one_pass(shop, as_of, whole_history=True)
    assert past == in_one_pass(shop, as_of)


def test_on_one_core_it_is_read_in_one_pass(shop, monkeypatch):
    as_of = TODAY - timedelta(days=365)
    monkeypatch.setattr(receivables_service, "threading", None)  # a second thread would fail
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    with shop.query() as read:
        assert receivable_rows(read, as_of, whole_history=True) == in_one_pass(
            shop, as_of, whole_history=True
        )


def test_a_failure_in_the_other_half_reaches_the_owner(shop, monkeypatch):
    from fiado_app.db import plain

    real = plain.PlainReader.rows

    def rows(self, sql, params=()):
        if "> (SELECT MAX(id) / 2" in sql:
            raise sqlite3.OperationalError("disk I/O error")
        return real(self, sql, params)

    monkeypatch.setattr(plain.PlainReader, "rows", rows)
    with pytest.raises(Exception, match="disk I/O error"), shop.query() as read:
        receivable_rows(read, TODAY, whole_history=True)


def test_a_sale_written_between_the_two_reads_is_not_half_seen(tmp_path):
    from tests.conftest import new_database

    db = new_database(tmp_path / "shop.sqlite3")
    generate_demo(db, customers=40, years=1, seed=3, today=TODAY)
    customer_ids = [r.customer_id for r in in_one_pass(db, TODAY, whole_history=True)]
    before = in_one_pass(db, TODAY, whole_history=True)
    with db.query() as read:
        read.rows("SELECT MAX(id) FROM entry")  # this read's snapshot is taken
        ledger.record_sale(db, customer_ids[-1], 99_00, on=TODAY, today=TODAY)
        with read.alongside("SELECT MAX(id) FROM entry") as other:
            assert other is None  # every later read sees the sale: none can share this one
        assert receivable_rows(read, TODAY, whole_history=True) == before
    assert in_one_pass(db, TODAY, whole_history=True) != before
    db.close()
