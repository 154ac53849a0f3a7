"""The demo shop's people and their years of fiado, made up in memory (no database here):
who they are, their habits, every sale, payment, discount and fix. `services/demo.py` writes
them in bulk. Deterministic for the random generator it is given.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from fiado_app.domain.br_documents import complete_cpf
from fiado_app.domain.text import fold
from fiado_app.domain.vocabulary import DISCOUNT, PAYMENT, REVERSAL, SALE
from fiado_app.services import demo_data as words

TERMS_DAYS = 30  # the demo shop's terms: 30 days after the sale

METHODS = ("dinheiro", "pix", "debito", "credito", "transferencia", "outro")
METHOD_WEIGHTS = (40, 35, 12, 5, 5, 3)
PROFILES = ("em_dia", "esquece", "atrasa", "parou")
PROFILE_WEIGHTS = (42, 25, 21, 12)
# Days past due of the showcase customers' oldest open sale: before due (lembrete), due today,
# ~3, ~15, ~30, ~60 days late, and the aging buckets beyond.
SHOWCASE_DAYS = (-2, 0, 4, 17, 35, 65, 100, 200)
DDDS = (19, 19, 19, 19, 19, 19, 19, 11, 11, 21, 31, 71, 81, 85)


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


class HistoryGenerator:
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
