"""The demo shop: believable, deterministic, and with something on every screen."""

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from fiado_app.domain.br_documents import normalize_cnpj, normalize_cpf
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import DEFAULT_LADDER, current_stage
from fiado_app.domain.phones import is_mobile, normalize_phone
from fiado_app.services.app import open_database
from fiado_app.services.demo import generate_demo
from fiado_app.services.receivables import receivables
from fiado_app.services.settings import is_demo_shop
from fiado_app.services.shop_record import get_shop
from tests.conftest import TODAY, dump


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path).db
    summary = generate_demo(db, customers=200, years=2, seed=7, today=TODAY)
    yield db, summary, path
    db.close()


def test_summary_is_one_portuguese_line(demo):
    _db, summary, _path = demo
    assert summary.startswith("Loja de demonstração criada: 200 clientes")
    assert "\n" not in summary and "15/03/2026" in summary


def test_the_file_remembers_it_holds_a_demo_shop(demo, db):
    # The window's title says "(demonstração)" however the demo was made (the welcome
    # screen or `fiado demo`): the file says so, not the way it was opened.
    demo_db, _summary, _path = demo
    assert is_demo_shop(demo_db)
    assert not is_demo_shop(db)  # a shop of the owner's own


def test_the_shop_is_filled_with_valid_data(demo):
    db, _summary, _path = demo
    shop = get_shop(db)
    assert shop.name == "Mercadinho Bom Preço" and shop.uf == "SP"
    assert normalize_cnpj(shop.document) == shop.pix_key == shop.document
    assert shop.terms_days == 30


def test_customers_have_valid_unique_phones_and_cpfs(demo):
    db, _summary, _path = demo
    with db.read() as s:
        rows = s.execute(text("SELECT name, nickname, phone, document FROM customer")).all()
    phones = [r.phone for r in rows if r.phone]
    assert len(phones) == len(set(phones)) > 150
    assert all(normalize_phone(p) == p and is_mobile(p) for p in phones)
    assert len({p[3:5] for p in phones}) >= 3  # a few DDDs
    cpfs = [r.document for r in rows if r.document]
    assert cpfs and all(normalize_cpf(c) == c for c in cpfs)
    assert any(any(ch in r.name for ch in "áéíóúâêôãõç") for r in rows)
    assert sum(1 for r in rows if r.nickname) > 10


def test_every_bucket_every_stage_method_and_correction_is_there(demo):
    db, _summary, _path = demo
    report = receivables(db, TODAY)
    buckets = Counter(r.bucket for r in report.rows)
    assert set(buckets) >= {"a_vencer", "1-30", "31-60", "61-90", "90+"}
    stages = {current_stage(DEFAULT_LADDER, r.oldest_due, TODAY) for r in report.rows}
    assert {s.key for s in stages if s} == {s.key for s in DEFAULT_LADDER}
    with db.read() as s:
        kinds = dict(s.execute(text("SELECT kind, count(*) FROM entry GROUP BY kind")).all())
        methods = set(s.scalars(text("SELECT DISTINCT method FROM entry WHERE kind='payment'")))
        newest = s.scalar(text("SELECT max(date) FROM entry"))
        unmatched = s.scalar(
            text(
                "SELECT count(*) FROM entry r JOIN entry o ON o.id = r.reverses_id "
                "WHERE o.reversed_by_id != r.id OR o.reversed_on != r.date"
            )
        )
    assert kinds["reversal"] > 0 and kinds["discount"] > 0 and kinds["payment"] > 1000
    assert methods == {"dinheiro", "pix", "debito", "credito", "transferencia", "outro"}
    assert newest == TODAY.isoformat() and unmatched == 0


def test_same_seed_same_shop(tmp_path, demo):
    _db, _summary, path = demo
    other = open_database(tmp_path / "again.sqlite3").db
    generate_demo(other, customers=200, years=2, seed=7, today=TODAY)
    other.close()

    stamped = ('INSERT INTO "shop"', 'INSERT INTO "ladder_stage"')

    def data(p):  # the shop row and the seeded ladder carry the moment they were written
        return [line for line in dump(p) if not line.startswith(stamped)]

    assert data(tmp_path / "again.sqlite3") == data(path)


def test_demo_refuses_a_database_with_real_data(db, customer):
    customer("Cliente de verdade")
    with pytest.raises(InvalidInput, match="banco vazio"):
        generate_demo(db, customers=5)


def test_recent_sales_are_not_due_yet(demo):
    db, _summary, _path = demo
    with db.read() as s:
        future = s.scalar(
            text("SELECT count(*) FROM entry WHERE kind='sale' AND due_date > :d"),
            {"d": TODAY.isoformat()},
        )
    assert future > 50
    with db.read() as s:
        oldest = s.scalar(text("SELECT min(date) FROM entry"))
    assert date.fromisoformat(oldest) >= TODAY - timedelta(days=365 * 2)


def test_the_owner_has_been_following_the_ladder(demo):
    from fiado_app.services import collection

    db, _summary, _path = demo
    with db.read() as s:
        contacts = s.execute(text("SELECT at, channel, outcome, promise_date FROM contact")).all()
    assert len(contacts) > 100
    moments = [datetime.fromisoformat(str(c.at)) for c in contacts]
    assert all(m.date() < TODAY and m.weekday() != 6 and 9 <= m.hour < 18 for m in moments)
    assert {c.channel for c in contacts} == {"whatsapp", "telefone", "carta"}
    assert all((c.outcome == "promessa") == (c.promise_date is not None) for c in contacts)

    agenda = collection.todays_agenda(db, as_of=TODAY, now=datetime.combine(TODAY, time(10)))
    overdue = receivables(db, TODAY).customers_overdue
    # a day's work, not every overdue customer at once; several stages and a broken promise
    assert 5 <= len(agenda.items) < overdue / 2
    assert len({i.stage_key for i in agenda.items if i.reason == "stage"}) >= 3
    assert any(i.reason == "promise_broken" for i in agenda.items)
