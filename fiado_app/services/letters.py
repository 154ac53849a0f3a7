"""What a collection letter needs, gathered from the ledger in one read transaction.

Which customers are "at a letter stage" is decided in one place, `letter_stage`, over the
shop's stored ladder: a customer whose current stage has the "carta" channel. The batch
(`letter_candidates` without a stage) is exactly the agenda's letter items, so a customer who is
paused, excluded, resting after a contact or promise, or who already got this letter, gets none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fiado_app.db.collection_models import Contact
from fiado_app.db.engine import Database
from fiado_app.db.models import Customer
from fiado_app.domain.address import Address
from fiado_app.domain.changes import CONTACTS, Changes
from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import LetterData, PrintedLetter
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import LETTER, PRINTED_REMINDER, Stage, current_stage
from fiado_app.domain.late_charges import late_charges
from fiado_app.domain.letter_texts import STAGE_TITLES
from fiado_app.domain.records import ShopRecord
from fiado_app.domain.vocabulary import NO_ANSWER
from fiado_app.services.agenda import agenda_in, collection_states
from fiado_app.services.collection_settings import as_domain, ladder_in
from fiado_app.services.customers import customer_record
from fiado_app.services.ledger import open_sales_in
from fiado_app.services.letter_templates import letter_templates_in
from fiado_app.services.receivables import receivable_rows
from fiado_app.services.shop import printable_shop

DEADLINE_DAYS = 10  # the letter asks for payment within this many days


class LettersLogged(int):
    """How many letters were logged as contacts (an int), reporting for whom."""

    customer_ids: frozenset[int]

    def __new__(cls, count: int, customer_ids: frozenset[int]) -> LettersLogged:
        logged = super().__new__(cls, count)
        logged.customer_ids = customer_ids
        return logged

    def changes(self) -> Changes:
        return Changes.to_customers(CONTACTS, self.customer_ids)


PRINTED_NOTE = "Carta impressa ({title}); a entrega não é confirmada pelo Fiado."


def log_printed_letters(
    db: Database, printed: Sequence[PrintedLetter], at: datetime | None = None
) -> LettersLogged:
    """Log one "carta" contact per printed letter, in one transaction; returns how many.

    The outcome is "sem_resposta" with the note "Carta impressa": printing is not delivery.
    """
    at = at or datetime.now().replace(second=0, microsecond=0)
    with db.write() as session:
        for item in printed:
            session.add(
                Contact(
                    customer_id=item.customer_id,
                    at=at,
                    channel=LETTER,
                    stage_key=item.stage,
                    text=item.text,
                    outcome=NO_ANSWER,
                    note=PRINTED_NOTE.format(title=item.title or STAGE_TITLES[item.stage]),
                )
            )
    return LettersLogged(len(printed), frozenset(p.customer_id for p in printed))


def letter_stages_in(session: Session) -> list[Stage]:
    """The stored ladder (domain stages); letter stages are those with the "carta" channel."""
    return as_domain(ladder_in(session))


def check_stage_in(session: Session, stage: str) -> str:
    kinds = [PRINTED_REMINDER] + [s.key for s in letter_stages_in(session) if s.channel == LETTER]
    if stage not in kinds:
        names = ", ".join(kinds)
        raise InvalidInput(f"Tipo de carta desconhecido: “{stage}”. Use um destes: {names}.")
    return stage


def check_stage(db: Database, stage: str) -> str:
    with db.read() as session:
        return check_stage_in(session, stage)


def letter_stage(ladder: Sequence[Stage], oldest_due: date | None, as_of: date) -> str | None:
    """The letter stage a customer has reached (None when not at a printed-letter stage)."""
    stage = current_stage(ladder, oldest_due, as_of)
    if stage is None or stage.channel != LETTER:
        return None
    return stage.key


def letter_candidates(db: Database, as_of: date, stage: str | None = None) -> list[tuple[int, str]]:
    """(customer id, stage) of the letters to print on `as_of`.

    Without a stage: the agenda's letter items (same customers as `fiado agenda`). With a
    stage: everyone at that stage, even if already contacted (to print again). Asking for the
    printed reminder lists every customer with something overdue. Paused and excluded
    customers never get a letter in a batch.
    """
    with db.read() as session:
        if stage is None:
            agenda = agenda_in(session, as_of, with_behaviour=False)
            return [
                (i.customer_id, i.stage_key)
                for i in agenda.items
                if i.channel == LETTER and i.stage_key is not None
            ]
        check_stage_in(session, stage)
        ladder = letter_stages_in(session)
        states = collection_states(session)
        rows = receivable_rows(session, as_of)
    result: list[tuple[int, str]] = []
    for row in rows:
        if row.open_cents <= 0:
            continue
        state = states.get(row.customer_id)
        if state is not None and (state.excluded or state.paused_on(as_of)):
            continue
        if stage == PRINTED_REMINDER:
            if row.overdue_cents > 0:
                result.append((row.customer_id, PRINTED_REMINDER))
        elif letter_stage(ladder, row.oldest_due, as_of) == stage:
            result.append((row.customer_id, stage))
    return result


def _letter(
    session: Session,
    shop: tuple[ShopRecord, bytes | None],
    texts: dict[str, str],
    customer_id: int,
    stage: str | None,
    as_of: date,
) -> LetterData:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise InvalidInput(f"Cliente nº {customer_id} não encontrado.")
    sales = open_sales_in(session, customer_id, as_of)
    if not sales:
        raise InvalidInput(f"{customer.name} não tem compras em aberto: não há carta a imprimir.")
    first_due = min(s.due_date for s in sales)
    if first_due >= as_of:
        # A letter asks for what is overdue (docs/counter.md): with nothing overdue it would
        # ask for R$ 0,00 "vencidos" with a deadline before the purchases are even due.
        raise InvalidInput(
            f"{customer.name} não tem nada vencido (a primeira compra em aberto vence em "
            f"{format_date(first_due)}): uma carta de cobrança só cobra o que já venceu. "
            "Para lembrar antes do vencimento, use o lembrete (WhatsApp)."
        )
    if stage is None:
        stage = letter_stage(letter_stages_in(session), first_due, as_of)
        if stage is None:
            raise InvalidInput(
                f"{customer.name} ainda não está em uma etapa de carta (carta ou notificação). "
                "Para imprimir mesmo assim, escolha o tipo de carta.",
                cli_hint="Escolha o tipo com --stage (por exemplo --stage lembrete_impresso).",
            )
    charges = late_charges(
        ((s.due_date, s.open_cents) for s in sales),
        as_of,
        shop[0].fine_bp,
        shop[0].interest_monthly_bp,
    )
    return LetterData(
        shop=shop[0],
        logo=shop[1],
        customer=customer_record(customer),
        stage=stage,
        as_of=as_of,
        deadline=as_of + timedelta(days=DEADLINE_DAYS),
        sales=sales,
        charges=charges,
        template=texts.get(stage, ""),
    )


def load_letters(
    db: Database, requests: Iterable[tuple[int, str | None]], as_of: date
) -> list[LetterData]:
    """Letter data for each (customer id, stage or None for the customer's current stage)."""
    with db.read() as session:
        shop = printable_shop(session, collection=True)
        texts = letter_templates_in(session)
        return [
            _letter(session, shop, texts, cid, check_stage_in(session, st) if st else None, as_of)
            for cid, st in requests
        ]


def load_letter(
    db: Database, customer_id: int, as_of: date, stage: str | None = None
) -> LetterData:
    return load_letters(db, [(customer_id, stage)], as_of)[0]


def letters_for(
    db: Database, as_of: date, stage: str | None = None, customer_ids: Sequence[int] | None = None
) -> list[LetterData]:
    """Everyone at a letter stage who has a postal address (or the chosen customers, at their
    stage or `stage`, whatever their address: the owner chose them)."""
    if customer_ids is not None:
        return load_letters(db, [(cid, stage) for cid in customer_ids], as_of)
    plan = letter_plan(db, as_of, stage)
    return load_letters(db, plan.requests, as_of)


@dataclass(frozen=True)
class LetterPlan:
    """Who gets a letter in a batch, and who is left out for lack of a postal address."""

    requests: list[tuple[int, str]]  # (customer id, stage)
    names: list[str]  # of those who get one, in the same order
    no_address: list[tuple[int, str]]  # (customer id, name) left out


def letter_plan(db: Database, as_of: date, stage: str | None = None) -> LetterPlan:
    """The batch before it is generated: the letters, and the customers without an address."""
    candidates = letter_candidates(db, as_of, stage)
    with db.read() as session:
        customers = {
            c.id: c
            for c in session.scalars(
                select(Customer).where(Customer.id.in_([cid for cid, _ in candidates]))
            )
        }
    requests, names, missing = [], [], []
    for cid, st in candidates:
        customer = customers[cid]
        if Address.of(customer).mailable:
            requests.append((cid, st))
            names.append(customer.name)
        else:
            missing.append((cid, customer.name))
    return LetterPlan(requests, names, missing)


def letter_kinds(db: Database) -> list[tuple[str, str]]:
    """(key, title) of every letter the shop can print: the printed reminder, then the
    letter stages of its stored ladder in ladder order (stages the owner added included)."""
    with db.read() as session:
        stages = [s for s in letter_stages_in(session) if s.channel == LETTER]
    stages.sort(key=lambda s: s.offset_days)
    kinds = [(PRINTED_REMINDER, STAGE_TITLES[PRINTED_REMINDER])]
    return kinds + [(s.key, STAGE_TITLES.get(s.key) or s.name) for s in stages]


def current_letter_kind(db: Database, oldest_due: date | None, as_of: date) -> str:
    """The letter a customer is due on `as_of` on the shop's ladder (else the printed reminder)."""
    with db.read() as session:
        ladder = letter_stages_in(session)
    return letter_stage(ladder, oldest_due, as_of) or PRINTED_REMINDER
