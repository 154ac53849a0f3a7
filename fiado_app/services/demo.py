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
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from fiado_app.db.collection_models import Contact
from fiado_app.db.engine import Database
from fiado_app.db.models import Customer, Entry
from fiado_app.domain.br_documents import complete_cpf
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import fold, format_count
from fiado_app.domain.vocabulary import DISCOUNT, PAYMENT, REVERSAL, SALE
from fiado_app.services import demo_data as words
from fiado_app.services.ladder_settings import ladder_in
from fiado_app.services.receivables import receivable_rows, receivables
from fiado_app.services.shop import load_shop

SHOP_CNPJ = "48276519000123"
TERMS_DAYS = 30
METHODS = ("dinheiro", "pix", "debito", "credito", "transferencia", "outro")
METHOD_WEIGHTS = (40, 35, 12, 5, 5, 3)
PROFILES = ("em_dia", "esquece", "atrasa", "parou")
PROFILE_WEIGHTS = (42, 25, 21, 12)
# Days past due of the showcase customers' oldest open sale: before due (lembrete), due today,
# ~3, ~15, ~30, ~60 days late, and the aging buckets beyond.
SHOWCASE_DAYS = (-2, 0, 4, 17, 35, 65, 100, 200)
DDDS = (19, 19, 19, 19, 19, 19, 19, 11, 11, 21, 31, 71, 81, 85)
CHUNK = 20_000


@dataclass
class _Ledger:
    """Entries kept as tuples in generation order; ids are given later in date order."""

    rows: list[tuple] = field(default_factory=list)  # (date, customer, kind, cents, due, text...)
    reversals: dict[int, int] = field(default_factory=dict)  # original index -> reversal index

    def add(self, *row: object) -> int:
        self.rows.append(row)
        return len(self.rows) - 1


@dataclass
class _Customer:
    id: int
    profile: str
    joined: date
    sales_per_month: float
    payday: int
    lateness: int = 0
    stop: date | None = None  # no payments from this day on
    sales_until: date | None = None
    limit: int | None = None


def _price(rng: random.Random, item: str) -> int:
    low, high = words.PRODUCT_PRICES[item]
    return rng.randrange(low // 10, high // 10 + 1) * 10 - rng.choice((0, 0, 1, 9, 10))


def _basket(rng: random.Random) -> tuple[str, int]:
    items = list(rng.choice(words.BASKETS))
    if rng.random() < 0.35:
        extra = rng.choice(words.PRODUCT_NAMES)
        if extra not in items:
            items.append(extra)
    amount = sum(_price(rng, item) for item in items)
    return ", ".join(items), max(amount, 100)


def _method(rng: random.Random) -> str:
    return rng.choices(METHODS, METHOD_WEIGHTS)[0]


class _Generator:
    def __init__(self, rng: random.Random, today: date, start: date) -> None:
        self.rng, self.today, self.start = rng, today, start
        self.ledger = _Ledger()
        self.phones: set[str] = set()
        self.cpfs: set[str] = set()

    # -- people ---------------------------------------------------------------------------------
    def person(self, c: _Customer) -> dict[str, object]:
        rng = self.rng
        female = rng.random() < 0.55
        first = rng.choice(words.FEMALE_NAMES if female else words.MALE_NAMES)
        middle = rng.choice(words.SURNAMES)
        last = rng.choice(words.SURNAMES)
        name = f"{first} {middle} {last}" if middle != last else f"{first} {last}"
        nickname = ""
        roll = rng.random()
        if first in words.NICKNAMES and roll < 0.6:
            nickname = rng.choice(words.NICKNAMES[first])
        elif roll < 0.12:
            nickname = f"{'Dona' if female else 'Seu'} {first}"
        elif roll < 0.16:
            nickname = f"{first} {rng.choice(words.WORK_NICKNAMES)}"
        phone = self._phone() if rng.random() < 0.92 else None
        document = self._cpf() if rng.random() < 0.35 else None
        has_address = rng.random() < 0.7
        email = ""
        if rng.random() < 0.2:
            email = f"{fold(first)}.{fold(last)}{c.id}@{rng.choice(words.EMAIL_DOMAINS)}"
        created = datetime.combine(c.joined, time(8 + rng.randrange(11), rng.randrange(60)))
        return {
            "id": c.id,
            "name": name,
            "nickname": nickname,
            "search_key": fold(f"{name} {nickname}"),
            "phone": phone,
            "document_kind": "cpf" if document else None,
            "document": document,
            "email": email.replace(" ", ""),
            "street": rng.choice(words.STREETS) if has_address else "",
            "number": str(rng.randrange(10, 2500)) if has_address else "",
            "complement": rng.choice(words.COMPLEMENTS) if has_address and roll < 0.2 else "",
            "district": rng.choice(words.DISTRICTS) if has_address else "",
            "city": "Campinas" if has_address else "",
            "uf": "SP" if has_address else "",
            "cep": f"130{rng.randrange(10, 99)}{rng.randrange(0, 999):03d}" if has_address else "",
            "credit_limit_cents": c.limit,
            "notes": rng.choice(words.NOTES) if rng.random() < 0.08 else "",
            "created_at": created,
            "updated_at": created,
        }

    def _phone(self) -> str:
        while True:
            phone = f"+55{self.rng.choice(DDDS)}9{self.rng.randrange(81_000_000, 99_999_999)}"
            if phone not in self.phones:
                self.phones.add(phone)
                return phone

    def _cpf(self) -> str:
        while True:
            base = f"{self.rng.randrange(1_000_000, 999_999_999):09d}"
            cpf = complete_cpf(base)
            if len(set(cpf)) > 1 and cpf not in self.cpfs:
                self.cpfs.add(cpf)
                return cpf

    # -- habits ---------------------------------------------------------------------------------
    def habits(self, cid: int, showcase_days: int | None) -> _Customer:
        rng, today, span = self.rng, self.today, (self.today - self.start).days
        if showcase_days is not None:
            # Pays everything until the sale whose due date sits `showcase_days` before today.
            stop = today - timedelta(days=showcase_days + TERMS_DAYS)
            joined = min(self.start, stop - timedelta(days=90))
            return _Customer(cid, "parou", joined, 2.0, rng.randrange(1, 29), 0, stop, stop)
        profile = rng.choices(PROFILES, PROFILE_WEIGHTS)[0]
        if rng.random() < 0.6:
            joined = self.start
        else:
            joined = self.start + timedelta(days=rng.randrange(span))
        c = _Customer(
            cid,
            profile,
            joined,
            sales_per_month=rng.choice((0.6, 1, 1.5, 2, 2, 3, 4, 6)),
            payday=rng.choice((5, 5, 10, 10, 15, 20, 25, rng.randrange(1, 29))),
            lateness=rng.randrange(8, 50) if profile == "atrasa" else 0,
        )
        if rng.random() < 0.3:
            c.limit = rng.choice((150, 200, 300, 300, 500, 800, 1000)) * 100
        if profile == "parou":
            c.stop = today - timedelta(days=rng.randrange(3, min(450, span) + 3))
            c.sales_until = c.stop + timedelta(days=rng.randrange(0, 40))
        return c

    # -- the ledger -----------------------------------------------------------------------------
    def history(self, c: _Customer, showcase: bool) -> None:
        """Sales and paydays in date order, from the day the customer joined until today."""
        rng, today = self.rng, self.today
        book = _Book()
        mean_gap = 30 / c.sales_per_month
        sales_end = min(c.sales_until or today, today)
        if showcase and c.stop is not None:
            sales_end = c.stop - timedelta(days=2)
        next_sale = c.joined + timedelta(days=int(rng.expovariate(1 / mean_gap)))
        payday = self._next_payday(c, c.joined + timedelta(days=1))
        while True:
            sale_due = next_sale <= sales_end
            pay_due = payday <= today and (c.stop is None or payday < c.stop)
            if not sale_due and not pay_due:
                break
            if pay_due and (not sale_due or payday <= next_sale):
                self._pay(c, payday, book)
                payday = self._next_payday(c, payday + timedelta(days=1))
                continue
            if next_sale.weekday() != 6 or rng.random() < 0.5:  # closed some Sundays
                self._sale(c, next_sale, book)
            next_sale += timedelta(days=max(1, round(rng.expovariate(1 / mean_gap))))
        if showcase and c.stop is not None:
            # Paid everything the day before, then bought once more and never came back.
            self._pay(c, c.stop - timedelta(days=1), book)
            self._sale(c, c.stop, book)

    def _next_payday(self, c: _Customer, after: date) -> date:
        year, month = after.year, after.month
        candidate = date(year, month, c.payday)
        if candidate < after:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            candidate = date(year, month, c.payday)
        return candidate + timedelta(days=self.rng.randrange(0, 4))

    def _sale(self, c: _Customer, on: date, book: _Book) -> None:
        rng, led = self.rng, self.ledger
        text, cents = _basket(rng)
        due = on + timedelta(days=TERMS_DAYS)
        reason = ""
        if c.limit is not None and book.balance + cents > c.limit:
            if rng.random() > 0.08:
                return  # the owner said no
            reason = "Cliente antigo; o dono autorizou passar do limite."
        if rng.random() < 0.006:  # typed twice (or with a wrong amount), then reversed
            wrong = led.add(on, c.id, SALE, cents * rng.choice((1, 10)), due, text, None, "", "")
            why = rng.choice(("Venda lançada em dobro.", "Valor digitado errado."))
            led.reversals[wrong] = led.add(on, c.id, REVERSAL, 0, None, text, None, "", why, wrong)
        led.add(on, c.id, SALE, cents, due, text, None, "", reason)
        book.sell(due, cents)

    def _pay(self, c: _Customer, on: date, book: _Book) -> None:
        """This payday's payment, by the customer's habit (maybe with a rounding discount)."""
        rng, led = self.rng, self.ledger
        balance = book.balance
        if c.profile == "atrasa":
            target = book.due_by(on - timedelta(days=c.lateness)) - book.credits
        elif c.profile == "esquece" and rng.random() < 0.25:
            return
        else:
            target = balance
        if c.profile in ("esquece", "atrasa") and target > 5000 and rng.random() < 0.2:
            target = max(1000, int(target * rng.uniform(0.4, 0.8)) // 1000 * 1000)
        target = min(target, balance)
        if target <= 0:
            return
        if target > 1000 and target % 100 and rng.random() < 0.04:
            cents = target % 100
            led.add(on, c.id, DISCOUNT, cents, None, "", None, "", "Arredondamento dos centavos.")
            book.credits += cents
            target -= cents
        method = _method(rng)
        if rng.random() < 0.004:  # registered twice by mistake, then reversed
            twice = led.add(on, c.id, PAYMENT, target, None, "", method, "", "")
            why = "Pagamento lançado duas vezes."
            led.reversals[twice] = led.add(on, c.id, REVERSAL, 0, None, "", None, "", why, twice)
        note = rng.choice(
            ("", "", "", "", "Deixou com a filha.", "Pagou no caixa.", "Pix da esposa.")
        )
        led.add(on, c.id, PAYMENT, target, None, "", method, note, "")
        book.credits += target


class _Book:
    """One customer's running totals while generating: sales by due date, credits."""

    def __init__(self) -> None:
        self.dues: list[date] = []
        self.totals: list[int] = []  # running sum of sales, by due date
        self.credits = 0

    def sell(self, due: date, cents: int) -> None:
        self.dues.append(due)
        self.totals.append((self.totals[-1] if self.totals else 0) + cents)

    @property
    def balance(self) -> int:
        return (self.totals[-1] if self.totals else 0) - self.credits

    def due_by(self, day: date) -> int:
        k = bisect_right(self.dues, day)
        return self.totals[k - 1] if k else 0


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
    gen = _Generator(rng, today, today - timedelta(days=365 * years))
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
                "outcome": "texto_copiado" if rng.random() < 0.35 else "whatsapp_aberto",
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
