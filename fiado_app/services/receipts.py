"""What a payment settled: replay the customer's credits oldest due first, up to that payment."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.db.models import Customer, Entry, Receipt
from fiado_app.domain.document_records import ReceiptData
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.records import OpenSale, Settlement
from fiado_app.domain.vocabulary import DISCOUNT, PAYMENT, SALE
from fiado_app.services.customers import customer_record
from fiado_app.services.ledger import EntryNotFound, entry_record
from fiado_app.services.shop import printable_shop


def payment_settlement(session: Session, payment: Entry) -> Settlement:
    """Which sales `payment` settled and what remained right after it.

    Sales made up to the payment's date are paid oldest due first by the credits before it
    (by date, then entry number); this payment then goes on from where they stopped. Reversed
    entries are left out, as they are from every balance.
    """
    entries = session.scalars(
        select(Entry).where(
            Entry.customer_id == payment.customer_id,
            Entry.reversed_by_id.is_(None),
            Entry.kind.in_((SALE, PAYMENT, DISCOUNT)),
            Entry.date <= payment.date,
        )
    ).all()
    sales = sorted((e for e in entries if e.kind == SALE), key=lambda e: (e.due_date, e.id))
    earlier = sum(
        e.amount_cents
        for e in entries
        if e.kind != SALE and (e.date, e.id) < (payment.date, payment.id)
    )
    before = sum(s.amount_cents for s in sales) - earlier
    settles: list[tuple[OpenSale, int]] = []
    left = payment.amount_cents
    for sale in sales:
        paid_before = min(earlier, sale.amount_cents)
        earlier -= paid_before
        open_cents = sale.amount_cents - paid_before
        if open_cents <= 0 or left <= 0:
            continue
        part = min(left, open_cents)
        left -= part
        assert sale.due_date is not None
        settles.append(
            (
                OpenSale(
                    sale.id,
                    sale.date,
                    sale.due_date,
                    sale.description,
                    sale.amount_cents,
                    paid_before,
                ),
                part,
            )
        )
    after = before - payment.amount_cents
    return Settlement(
        amount_cents=payment.amount_cents,
        settles=settles,
        balance_before_cents=before,
        remaining_cents=max(0, after),
        excess_cents=max(0, -after) - max(0, -before),
    )


def _number(session: Session, entry_id: int) -> int:
    """The receipt's number: the one it was given, else the next of the sequence (inside the
    write transaction, so two receipts never share a number and none is skipped)."""
    number = session.scalar(select(Receipt.number).where(Receipt.entry_id == entry_id))
    if number is None:
        number = (session.scalar(select(func.max(Receipt.number))) or 0) + 1
        session.add(Receipt(number=number, entry_id=entry_id, issued_at=datetime.now()))
        session.flush()
    return number


def receipt_data(db: Database, payment_id: int) -> ReceiptData:
    """A payment's receipt (numbered the first time it is issued); refused for other entries
    and for a reversed payment."""
    with db.write() as session:
        entry = session.get(Entry, payment_id)
        if entry is None:
            raise EntryNotFound(f"Lançamento nº {payment_id} não encontrado.")
        if entry.kind != PAYMENT:
            raise InvalidInput(
                f"O lançamento nº {payment_id} não é um pagamento: só pagamentos têm recibo."
            )
        if entry.reversed_by_id is not None:
            raise InvalidInput(
                f"O pagamento nº {payment_id} foi estornado (estorno nº {entry.reversed_by_id}); "
                "não se emite recibo de um pagamento estornado."
            )
        customer = session.get(Customer, entry.customer_id)
        assert customer is not None
        shop, logo = printable_shop(session, collection=False)
        return ReceiptData(
            shop=shop,
            logo=logo,
            customer=customer_record(customer),
            payment=entry_record(entry),
            settlement=payment_settlement(session, entry),
            number=_number(session, entry.id),
        )
