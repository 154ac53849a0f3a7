"""What a collection letter needs, gathered from the ledger in one read transaction.

Which customers are "at a letter stage" is decided in one place, `letter_stage`, over the
default ladder; the shop's stored ladder will replace it there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from fiado_app.db.collection_models import Contact
from fiado_app.db.engine import Database
from fiado_app.db.models import Customer
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import (
    DEFAULT_LADDER,
    LETTER,
    LETTER_KINDS,
    PRINTED_REMINDER,
    current_stage,
)
from fiado_app.domain.late_charges import LateCharges, late_charges
from fiado_app.services.customers import customer_record
from fiado_app.services.ledger import open_sales_in
from fiado_app.services.letter_templates import letter_templates_in
from fiado_app.services.receivables import receivable_rows
from fiado_app.services.records import CustomerRecord, OpenSale, ShopRecord
from fiado_app.services.shop import printable_shop

NO_ANSWER = "sem_resposta"
DEADLINE_DAYS = 10  # the letter asks for payment within this many days

STAGE_TITLES = {
    PRINTED_REMINDER: "Lembrete amigável",
    "carta": "Carta de cobrança",
    "notificacao": "Notificação extrajudicial",
}


@dataclass(frozen=True)
class LetterData:
    """Everything printed on one letter. Amounts in centavos."""

    shop: ShopRecord
    logo: bytes | None
    customer: CustomerRecord
    stage: str
    as_of: date
    deadline: date
    sales: list[OpenSale]
    charges: LateCharges
    template: str = ""  # the owner's text for this stage (empty = the default one)

    @property
    def oldest_due(self) -> date:
        return min(s.due_date for s in self.sales)

    @property
    def days_late(self) -> int:
        return max(0, (self.as_of - self.oldest_due).days)


@dataclass(frozen=True)
class PrintedLetter:
    """One letter in a PDF: what gets logged as a contact on the "carta" channel."""

    customer_id: int
    stage: str
    amount_cents: int
    as_of: date
    text: str = ""  # the letter's message as printed
    title: str = ""


PRINTED_NOTE = "Carta impressa ({title}); a entrega não é confirmada pelo Fiado."


def log_printed_letters(
    db: Database, printed: Sequence[PrintedLetter], at: datetime | None = None
) -> int:
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
                    note=PRINTED_NOTE.format(
                        title=item.title or STAGE_TITLES.get(item.stage, item.stage)
                    ),
                )
            )
    return len(printed)


def check_stage(stage: str) -> str:
    if stage not in LETTER_KINDS:
        names = ", ".join(LETTER_KINDS)
        raise InvalidInput(f"Tipo de carta desconhecido: “{stage}”. Use um destes: {names}.")
    return stage


def letter_stage(oldest_due: date | None, as_of: date) -> str | None:
    """The letter stage a customer has reached (None when not at a printed-letter stage)."""
    stage = current_stage(DEFAULT_LADDER, oldest_due, as_of)
    if stage is None or stage.channel != LETTER:
        return None
    return stage.key


def letter_candidates(db: Database, as_of: date, stage: str | None = None) -> list[tuple[int, str]]:
    """(customer id, stage) for everyone at a letter stage on `as_of` (or at `stage` only).

    Asking for the printed reminder lists every customer with something overdue.
    """
    if stage is not None:
        check_stage(stage)
    with db.read() as session:
        rows = receivable_rows(session, as_of)
    result: list[tuple[int, str]] = []
    for row in rows:
        if row.open_cents <= 0:
            continue
        if stage == PRINTED_REMINDER:
            if row.overdue_cents > 0:
                result.append((row.customer_id, PRINTED_REMINDER))
            continue
        reached = letter_stage(row.oldest_due, as_of)
        if reached is not None and (stage is None or reached == stage):
            result.append((row.customer_id, reached))
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
    if stage is None:
        stage = letter_stage(min(s.due_date for s in sales), as_of)
        if stage is None:
            raise InvalidInput(
                f"{customer.name} ainda não está em uma etapa de carta (carta ou notificação). "
                "Para imprimir mesmo assim, escolha o tipo com --stage (por exemplo "
                "lembrete_impresso)."
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
            _letter(session, shop, texts, cid, check_stage(st) if st else None, as_of)
            for cid, st in requests
        ]


def load_letter(
    db: Database, customer_id: int, as_of: date, stage: str | None = None
) -> LetterData:
    return load_letters(db, [(customer_id, stage)], as_of)[0]


def letters_for(
    db: Database, as_of: date, stage: str | None = None, customer_ids: Sequence[int] | None = None
) -> list[LetterData]:
    """Everyone at a letter stage (or the chosen customers, at their stage or `stage`)."""
    if customer_ids is not None:
        return load_letters(db, [(cid, stage) for cid in customer_ids], as_of)
    return load_letters(db, letter_candidates(db, as_of, stage), as_of)
