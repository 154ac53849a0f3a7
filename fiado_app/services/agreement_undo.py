"""Undoing an agreement made by mistake, and keeping its parts from being reversed alone.

Called by ledger.reverse_entry inside its transaction. Reversing an agreement's entry undoes
all of it, as a mistake that never counted: its instalments, its entrada and discount, and
what a break added stop counting from their own dates, and the sales it covered count again
exactly as they were (their `reversed_by_id` / `reversed_on` cleared; `agreement_sale` keeps
the history).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fiado_app.db.models import Agreement, AgreementInstallment, AgreementSale, Entry
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.vocabulary import AGREEMENT


def _own_entry_ids(session: Session, agreement: Agreement) -> list[int]:
    ids = [
        agreement.discount_entry_id,
        agreement.down_payment_entry_id,
        agreement.balance_entry_id,
        agreement.accelerated_entry_id,
        agreement.lost_discount_entry_id,
    ]
    ids += session.scalars(
        select(AgreementInstallment.entry_id).where(
            AgreementInstallment.agreement_id == agreement.id
        )
    )
    return [i for i in ids if i is not None]


def refuse_part_of_agreement(session: Session, entry: Entry) -> None:
    """An entry an agreement wrote (entrada, discount, instalment...) is undone with it."""
    agreement = session.scalar(
        select(Agreement).where(
            Agreement.undone_by_id.is_(None),
            or_(
                Agreement.discount_entry_id == entry.id,
                Agreement.down_payment_entry_id == entry.id,
                Agreement.balance_entry_id == entry.id,
                Agreement.accelerated_entry_id == entry.id,
                Agreement.lost_discount_entry_id == entry.id,
                Agreement.id.in_(
                    select(AgreementInstallment.agreement_id).where(
                        AgreementInstallment.entry_id == entry.id
                    )
                ),
            ),
        )
    )
    if agreement is not None:
        raise InvalidInput(
            f"O lançamento nº {entry.id} faz parte do acordo nº {agreement.id}: para corrigir, "
            f"desfaça o acordo inteiro (estorne o lançamento nº {agreement.entry_id})."
        )


def covered_by_agreement(session: Session, entry: Entry) -> Agreement | None:
    """The agreement that settled this sale, if one did."""
    if entry.reversed_by_id is None:
        return None
    reverser = session.get(Entry, entry.reversed_by_id)
    if reverser is None or reverser.kind != AGREEMENT:
        return None
    return session.scalar(select(Agreement).where(Agreement.entry_id == reverser.id))


def undo_agreement(session: Session, own: Entry, reversal: Entry) -> Agreement:
    agreement = session.scalar(select(Agreement).where(Agreement.entry_id == own.id))
    if agreement is None:
        raise InvalidInput(f"O lançamento nº {own.id} não corresponde a nenhum acordo.")
    parts = _own_entry_ids(session, agreement)
    entries = list(session.scalars(select(Entry).where(Entry.id.in_(parts))))
    for entry in entries:
        later = covered_by_agreement(session, entry)
        if later is not None and later.id != agreement.id:
            raise InvalidInput(
                f"As parcelas do acordo nº {agreement.id} foram renegociadas no acordo "
                f"nº {later.id}: desfaça aquele primeiro (lançamento nº {later.entry_id})."
            )
    for entry in entries:
        entry.reversed_by_id = reversal.id
        entry.reversed_on = entry.date
    covered = select(AgreementSale.entry_id).where(AgreementSale.agreement_id == agreement.id)
    for sale in session.scalars(select(Entry).where(Entry.id.in_(covered))):
        sale.reversed_by_id = None
        sale.reversed_on = None
    agreement.undone_by_id = reversal.id
    return agreement


def refuse_before_agreement(session: Session, customer_id: int, on: date) -> None:
    """An entry dated before a customer's agreement would change what it renegotiated (the
    sales it covered and what they still owed): refused, with the way out."""
    made = session.scalar(
        select(func.max(Agreement.made_on)).where(
            Agreement.customer_id == customer_id, Agreement.undone_by_id.is_(None)
        )
    )
    if made is not None and on < made:
        raise InvalidInput(
            f"Há um acordo de {format_date(made)} com este cliente: um lançamento com data "
            f"anterior ({format_date(on)}) mudaria o que foi renegociado. Use uma data a partir "
            f"de {format_date(made)}, ou desfaça o acordo antes."
        )
