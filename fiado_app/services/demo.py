"""A believable demo shop: customers with habits, years of sales on credit, payments and fixes.

Deterministic for a seed. Built in memory and written with bulk `executemany` inserts inside one
transaction, so 10,000 customers (about half a million entries) take seconds, not minutes.

Habits: `em_dia` pays the whole balance every month; `esquece` sometimes skips a month or pays
part; `atrasa` pays every month what was due weeks ago; `parou` stopped paying at some point
(spread over the last year, so every aging bucket and every collection stage has someone).
The first customers are "showcases" whose oldest open sale falls on each collection stage.

Collection history: the owner has been following the ladder (régua) for the customers who owe
now: most stages already reached were done on their day or the next (WhatsApp text copied or
WhatsApp opened, letters printed), some second notices turned into a phone call with a promise
to pay, and the owner is a few days behind on some customers. So "Cobranças de hoje" opens on a
believable day's list (stages due today, a few late ones, promises not kept) rather than on every
overdue customer at once, and the agenda is measured against a shop with a contact log.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from fiado_app.db.collection_models import Contact
from fiado_app.db.engine import Database
from fiado_app.db.models import Customer, Entry
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import format_count
from fiado_app.domain.vocabulary import REVERSAL
from fiado_app.services.checkpoints import refresh_checkpoints
from fiado_app.services.collection_settings import ladder_in
from fiado_app.services.demo_history import SHOWCASE_DAYS, TERMS_DAYS, HistoryGenerator
from fiado_app.services.receivables import receivable_rows, receivables
from fiado_app.services.settings import DEMO_SHOP, put_setting
from fiado_app.services.shop import load_shop

SHOP_CNPJ = "48276519000123"
CHUNK = 20_000


def _empty(db: Database) -> bool:
    with db.read() as session:
        customers = session.scalar(select(func.count()).select_from(Customer))
        entries = session.scalar(select(func.count()).select_from(Entry))
    return not customers and not entries


def _fill_shop(session: Session) -> None:
    shop = load_shop(session)
    if shop.configured or shop.name:
        return
    shop.name = "Mercadinho Bom Preço"
    shop.document_kind, shop.document = "cnpj", SHOP_CNPJ
    shop.street, shop.number, shop.district = "Rua Barão de Jaguara", "1020", "Centro"
    shop.city, shop.uf, shop.cep = "Campinas", "SP", "13015002"
    shop.phone = "+551932345678"
    shop.email = "contato@bompreco.example"
    shop.pix_key = SHOP_CNPJ
    shop.terms_days, shop.terms_day_of_month = TERMS_DAYS, None
    shop.configured = True
    shop.updated_at = datetime.now()


def generate_demo(
    db: Database,
    customers: int = 200,
    years: int = 2,
    seed: int = 7,
    today: date | None = None,
) -> str:
    """Fill an empty database with a demo shop; returns a one-line Portuguese summary."""
    if customers < 1 or years < 1:
        raise InvalidInput("A demonstração precisa de ao menos 1 cliente e 1 ano.")
    if customers > 100_000 or years > 20:
        raise InvalidInput("Demonstração grande demais: use até 100.000 clientes e 20 anos.")
    if not _empty(db):
        raise InvalidInput(
            "Este banco já tem clientes ou lançamentos. A demonstração só é criada em um banco "
            "vazio, para não misturar dados fictícios com os da loja: use outro arquivo.",
            cli_hint="Indique um arquivo novo com --db OUTRO_ARQUIVO.",
        )
    today = today or date.today()
    rng = random.Random(seed)
    gen = HistoryGenerator(rng, today, today - timedelta(days=365 * years))
    people: list[dict[str, object]] = []
    for cid in range(1, customers + 1):
        showcase = SHOWCASE_DAYS[cid - 1] if cid <= len(SHOWCASE_DAYS) else None
        habits = gen.habits(cid, showcase)
        people.append(gen.person(habits))
        gen.history(habits, showcase is not None)

    rows = gen.ledger.rows
    order = sorted(range(len(rows)), key=lambda i: rows[i][0])
    ids = [0] * len(rows)
    for rank, index in enumerate(order, start=1):
        ids[index] = rank
    with db.write() as session:
        _fill_shop(session)
        put_setting(session, DEMO_SHOP, today.isoformat())
        conn = session.connection()
        for i in range(0, len(people), CHUNK):
            conn.execute(insert(Customer), people[i : i + CHUNK])
        for i in range(0, len(order), CHUNK):
            chunk = order[i : i + CHUNK]
            conn.execute(insert(Entry), [_entry_params(rows, ids, j) for j in chunk])
        # Originals point at their reversals, which were inserted after them.
        marks = [
            {"oid": ids[orig], "rid": ids[rev], "ron": rows[rev][0]}
            for orig, rev in gen.ledger.reversals.items()
        ]
        if marks:
            conn.execute(
                update(Entry)
                .where(Entry.id == bindparam("oid"))
                .values(reversed_by_id=bindparam("rid"), reversed_on=bindparam("ron")),
                marks,
            )
        refresh_checkpoints(session, today=today)
        contacts = _contacts(session, random.Random(seed + 1), today)
        for i in range(0, len(contacts), CHUNK):
            conn.execute(insert(Contact), contacts[i : i + CHUNK])
    return _summary(db, customers, len(rows), years, today)


# How many days behind the owner is on a customer's latest stage (0: done on its day).
BEHIND_DAYS = (0, 0, 0, 0, 0, 1, 1, 2, 3, 5, 9)
DEMO_NOTE = "Contato da loja de demonstração."


def _contacts(session: Session, rng: random.Random, today: date) -> list[dict[str, object]]:
    """The contact log of an owner who follows the ladder for the customers who owe now."""
    stages = ladder_in(session)
    found: list[dict[str, object]] = []
    for row in receivable_rows(session, today):
        if row.open_cents <= 0 or row.oldest_due is None:
            continue
        reached = [
            (s, row.oldest_due + timedelta(days=s.offset_days))
            for s in stages
            if row.oldest_due + timedelta(days=s.offset_days) < today
        ]
        behind = rng.choice(BEHIND_DAYS)
        for number, (stage, on) in enumerate(reached, start=1):
            latest = number == len(reached)
            if latest and (today - on).days <= behind:
                continue  # not done yet: it is on today's list
            if not latest and rng.random() < 0.12:
                continue  # a stage the owner skipped back then
            day = on + timedelta(days=rng.choice((0, 0, 0, 1)))
            if day.weekday() == 6:  # no collection on Sundays: the Monday after
                day += timedelta(days=1)
            if day >= today:
                continue
            at = datetime.combine(day, time(rng.randint(9, 17), rng.choice((0, 10, 25, 40, 55))))
            contact: dict[str, object] = {
                "customer_id": row.customer_id,
                "at": at,
                "channel": stage.channel,
                "stage_key": stage.key,
                "text": "",
                # The owner sent it and said so (a copied text alone is no contact).
                "outcome": "sem_resposta",
                "promise_date": None,
                "promise_cents": None,
                "note": DEMO_NOTE,
                "created_at": at,
            }
            if stage.channel == "carta":
                contact["outcome"] = "sem_resposta"
                contact["note"] = "Carta impressa; a entrega não é confirmada. " + DEMO_NOTE
            elif stage.offset_days >= 10 and rng.random() < 0.3:
                contact["channel"] = "telefone"
                contact["outcome"] = "promessa"
                contact["promise_date"] = day + timedelta(days=rng.choice((3, 5, 7, 10)))
                contact["promise_cents"] = max(row.overdue_cents, 100)
            found.append(contact)
    return found


def _entry_params(rows: list[tuple], ids: list[int], index: int) -> dict[str, object]:
    on, customer_id, kind, cents, due, text, method, note, reason, *target = rows[index]
    reverses: int | None = target[0] if target else None
    if kind == REVERSAL:
        assert reverses is not None
        cents = rows[reverses][3]
    return {
        "id": ids[index],
        "customer_id": customer_id,
        "kind": kind,
        "date": on,
        "amount_cents": cents,
        "due_date": due,
        "description": text,
        "method": method,
        "note": note,
        "reason": reason,
        "reverses_id": ids[reverses] if reverses is not None else None,
        "reversed_by_id": None,
        "reversed_on": None,
        "created_at": datetime.combine(on, time(7 + ids[index] % 13, ids[index] % 60)),
    }


def _summary(db: Database, customers: int, entries: int, years: int, today: date) -> str:
    report = receivables(db, today)
    plural = "ano" if years == 1 else "anos"
    return (
        f"Loja de demonstração criada: {format_count(customers)} clientes e {format_count(entries)} lançamentos em "
        f"{years} {plural} até {format_date(today)}; em aberto {format_brl(report.open_cents)}, "
        f"vencido {format_brl(report.overdue_cents)} ({format_count(report.customers_overdue)} clientes "
        "em atraso)."
    )
