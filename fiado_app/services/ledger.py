"""Sales on credit, payments, discounts and reversals. History is never deleted."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.db.models import Customer, Entry
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_amount, check_date_range, check_text
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import EntryRecord, OpenSale, Settlement
from fiado_app.domain.sale_sizes import MIN_SHOP_SALES, SHOP_DAYS, UsualSale
from fiado_app.domain.vocabulary import (
    AGREEMENT,
    DISCOUNT,
    PAYMENT,
    PAYMENT_METHODS,
    REVERSAL,
    SALE,
)
from fiado_app.services.agreement_undo import (
    covered_by_agreement,
    refuse_before_agreement,
    refuse_part_of_agreement,
    undo_agreement,
)
from fiado_app.services.checkpoints import refresh_checkpoints
from fiado_app.services.customers import CustomerNotFound
from fiado_app.services.shop import load_shop, shop_terms


class EntryNotFound(InvalidInput):
    pass


class CreditLimitExceeded(InvalidInput):
    pass


class PaymentExceedsBalance(InvalidInput):
    pass


def entry_record(e: Entry) -> EntryRecord:
    return EntryRecord(**{f.name: getattr(e, f.name) for f in fields(EntryRecord)})


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(f"Cliente nº {customer_id} não encontrado.")
    return customer


def _check_date(on: date, today: date, what: str) -> None:
    if on > today:
        raise InvalidInput(f"A data {what} ({format_date(on)}) está no futuro.")
    check_date_range(on, f"A data {what}")


def _check_amount(amount_cents: int, what: str) -> None:
    if amount_cents <= 0:
        raise InvalidInput(f"O valor {what} deve ser maior que zero.")
    check_amount(amount_cents, f"O valor {what}")


def _active() -> ColumnElement[bool]:
    return Entry.reversed_by_id.is_(None)


def balance_cents(session: Session, customer_id: int) -> int:
    """What the customer owes now (negative: the shop owes the customer a credit)."""
    signed = case(
        (Entry.kind == SALE, Entry.amount_cents),
        (Entry.kind.in_((PAYMENT, DISCOUNT)), -Entry.amount_cents),
        else_=0,
    )
    query = select(func.coalesce(func.sum(signed), 0)).where(
        Entry.customer_id == customer_id, _active(), Entry.kind != REVERSAL
    )
    return int(session.scalar(query) or 0)


def open_sales_in(session: Session, customer_id: int, as_of: date | None = None) -> list[OpenSale]:
    """The customer's sales still open, oldest due first, after applying every credit."""
    active = [Entry.customer_id == customer_id, Entry.kind != REVERSAL]
    if as_of is not None:
        active += [
            Entry.date <= as_of,
            (Entry.reversed_on.is_(None)) | (Entry.reversed_on > as_of),
        ]
    else:
        active.append(_active())
    credits = session.scalar(
        select(func.coalesce(func.sum(Entry.amount_cents), 0)).where(
            *active, Entry.kind.in_((PAYMENT, DISCOUNT))
        )
    )
    remaining = int(credits or 0)
    result: list[OpenSale] = []
    # Plain rows, not ORM objects: a customer with years of sales is read in a few ms.
    sales = session.execute(
        select(Entry.id, Entry.date, Entry.due_date, Entry.description, Entry.amount_cents)
        .where(*active, Entry.kind == SALE)
        .order_by(Entry.due_date, Entry.id)
    )
    for entry_id, on, due, description, amount in sales:
        paid = min(remaining, amount)
        remaining -= paid
        if paid < amount:
            assert due is not None  # a sale always has one (CHECK sale_due)
            result.append(OpenSale(entry_id, on, due, description, amount, paid))
    return result


def open_sales(db: Database, customer_id: int, as_of: date | None = None) -> list[OpenSale]:
    with db.read() as session:
        _customer(session, customer_id)
        return open_sales_in(session, customer_id, as_of)


def customer_balance(db: Database, customer_id: int) -> int:
    with db.read() as session:
        _customer(session, customer_id)
        return balance_cents(session, customer_id)


def record_sale(
    db: Database,
    customer_id: int,
    amount_cents: int,
    *,
    on: date | None = None,
    due: date | None = None,
    description: str = "",
    override_reason: str = "",
    today: date | None = None,
) -> EntryRecord:
    """A sale on credit. Refused above the credit limit unless overridden with a reason."""
    today = today or date.today()
    on = on or today
    _check_amount(amount_cents, "da venda")
    _check_date(on, today, "da venda")
    description = check_text(description, "A descrição da venda", "description")
    override_reason = check_text(override_reason, "O motivo", "reason")
    if due is not None:
        check_date_range(due, "O vencimento")
    with db.write() as session:
        customer = _customer(session, customer_id)
        refuse_before_agreement(session, customer_id, on)
        due = due or shop_terms(load_shop(session)).due_date(on)
        if due < on:
            raise InvalidInput(
                f"O vencimento ({format_date(due)}) não pode ser antes da venda ({format_date(on)})."
            )
        limit = customer.credit_limit_cents
        if limit is not None:
            after = balance_cents(session, customer_id) + amount_cents
            if after > limit and not override_reason.strip():
                raise CreditLimitExceeded(
                    f"Esta venda leva {customer.name} a {format_brl(after)}, acima do limite de "
                    f"crédito de {format_brl(limit)}. Para vender mesmo assim, informe um motivo."
                )
        entry = Entry(
            customer_id=customer_id,
            kind=SALE,
            date=on,
            amount_cents=amount_cents,
            due_date=due,
            description=description,
            reason=override_reason,
        )
        session.add(entry)
        session.flush()
        refresh_checkpoints(session, [entry.customer_id], today)
        return entry_record(entry)


def settlement_preview(session: Session, customer_id: int, amount_cents: int) -> Settlement:
    before = balance_cents(session, customer_id)
    left = amount_cents
    settles: list[tuple[OpenSale, int]] = []
    for sale in open_sales_in(session, customer_id):
        if left <= 0:
            break
        part = min(left, sale.open_cents)
        settles.append((sale, part))
        left -= part
    remaining = before - amount_cents
    return Settlement(
        amount_cents=amount_cents,
        settles=settles,
        balance_before_cents=before,
        remaining_cents=max(0, remaining),
        excess_cents=max(0, -remaining) - max(0, -before),
    )


def preview_payment(db: Database, customer_id: int, amount_cents: int) -> Settlement:
    with db.read() as session:
        _customer(session, customer_id)
        return settlement_preview(session, customer_id, amount_cents)


def record_payment(
    db: Database,
    customer_id: int,
    amount_cents: int,
    *,
    on: date | None = None,
    method: str = "dinheiro",
    note: str = "",
    allow_credit: bool = False,
    today: date | None = None,
) -> EntryRecord:
    """A payment; it settles the open sales oldest due first (derived, see open_sales_in)."""
    today = today or date.today()
    on = on or today
    _check_amount(amount_cents, "do pagamento")
    note = check_text(note, "A observação do pagamento", "note")
    if method not in PAYMENT_METHODS:
        raise InvalidInput(
            f"Forma de pagamento inválida: “{method}”. Use: {', '.join(PAYMENT_METHODS)}."
        )
    _check_date(on, today, "do pagamento")
    with db.write() as session:
        customer = _customer(session, customer_id)
        refuse_before_agreement(session, customer_id, on)
        balance = balance_cents(session, customer_id)
        if amount_cents > balance and not allow_credit:
            raise PaymentExceedsBalance(
                f"O pagamento de {format_brl(amount_cents)} é maior que o saldo de "
                f"{customer.name}, que é {format_brl(max(balance, 0))}. "
                "Para guardar a diferença como crédito do cliente, use a opção de crédito."
            )
        entry = Entry(
            customer_id=customer_id,
            kind=PAYMENT,
            date=on,
            amount_cents=amount_cents,
            method=method,
            note=note,
        )
        session.add(entry)
        session.flush()
        refresh_checkpoints(session, [entry.customer_id], today)
        return entry_record(entry)


def record_discount(
    db: Database,
    customer_id: int,
    amount_cents: int,
    *,
    reason: str,
    on: date | None = None,
    today: date | None = None,
) -> EntryRecord:
    """An abatimento or perdão: lowers what the customer owes, with a reason."""
    today = today or date.today()
    on = on or today
    _check_amount(amount_cents, "do abatimento")
    reason = check_text(reason, "O motivo do abatimento", "reason", required=True)
    _check_date(on, today, "do abatimento")
    with db.write() as session:
        customer = _customer(session, customer_id)
        refuse_before_agreement(session, customer_id, on)
        balance = balance_cents(session, customer_id)
        if amount_cents > balance:
            raise InvalidInput(
                f"O abatimento de {format_brl(amount_cents)} é maior que o saldo de "
                f"{customer.name} ({format_brl(max(balance, 0))})."
            )
        entry = Entry(
            customer_id=customer_id,
            kind=DISCOUNT,
            date=on,
            amount_cents=amount_cents,
            reason=reason,
        )
        session.add(entry)
        session.flush()
        refresh_checkpoints(session, [entry.customer_id], today)
        return entry_record(entry)


def reverse_entry(
    db: Database,
    entry_id: int,
    *,
    reason: str,
    effective: date | None = None,
    today: date | None = None,
) -> EntryRecord:
    """Estorno: a new entry that cancels another; the original stays, marked as reversed.

    A reversal corrects a mistake: by default the entry never counted, so it and its reversal
    leave the balances of every date (the reversal is dated like the original; `created_at`
    says when it was recorded). When a real event is undone later (a Pix or a cheque that
    bounced), `effective` is the day from which the entry stops counting.

    Reversing an agreement's entry undoes the whole agreement (services/agreement_undo.py);
    the entries an agreement wrote are not reversed one by one.
    """
    reason = check_text(reason, "O motivo do estorno", "reason", required=True)
    today = today or date.today()
    if effective is not None:
        check_date_range(effective, "A data do estorno")
        if effective > today:
            raise InvalidInput(
                f"A data a partir da qual o estorno vale ({format_date(effective)}) está no futuro."
            )
    with db.write() as session:
        original = session.get(Entry, entry_id)
        if original is None:
            raise EntryNotFound(f"Lançamento nº {entry_id} não encontrado.")
        if original.kind == REVERSAL:
            raise InvalidInput(
                f"O lançamento nº {entry_id} já é um estorno e não pode ser estornado."
            )
        refuse_part_of_agreement(session, original)
        settled_by = covered_by_agreement(session, original)
        if settled_by is not None:
            raise InvalidInput(
                f"A venda nº {entry_id} foi renegociada no acordo nº {settled_by.id}: para "
                f"corrigi-la, desfaça o acordo (estorne o lançamento nº {settled_by.entry_id})."
            )
        if original.reversed_by_id is not None:
            raise InvalidInput(
                f"O lançamento nº {entry_id} já foi estornado (estorno nº {original.reversed_by_id})."
            )
        if effective is not None and effective < original.date:
            raise InvalidInput(
                f"O estorno não pode valer desde {format_date(effective)}: o lançamento "
                f"nº {entry_id} é de {format_date(original.date)}."
            )
        if original.kind == AGREEMENT and effective not in (None, original.date):
            raise InvalidInput(
                "Um acordo feito por engano é desfeito desde o seu dia; para um acordo que não "
                "foi cumprido, use “Considerar rompido”."
            )
        when = effective or original.date
        if original.kind != AGREEMENT:
            refuse_before_agreement(session, original.customer_id, when)
        reversal = Entry(
            customer_id=original.customer_id,
            kind=REVERSAL,
            date=when,
            amount_cents=original.amount_cents,
            description=original.description,
            reason=reason,
            reverses_id=original.id,
        )
        session.add(reversal)
        session.flush()
        original.reversed_by_id = reversal.id
        original.reversed_on = when
        if original.kind == AGREEMENT:
            undo_agreement(session, original, reversal)
        session.flush()
        refresh_checkpoints(session, [original.customer_id], today)  # it may reach back
        return entry_record(reversal)


def get_entry(db: Database, entry_id: int) -> EntryRecord:
    with db.read() as session:
        entry = session.get(Entry, entry_id)
        if entry is None:
            raise EntryNotFound(f"Lançamento nº {entry_id} não encontrado.")
        return entry_record(entry)


def unusual_sale(
    db: Database, customer_id: int, amount_cents: int, today: date | None = None
) -> UsualSale | None:
    """What this customer and this shop usually sell, when `amount_cents` is far above it (the
    counter asks before recording it: domain/sale_sizes.py); None for an ordinary sale. The
    shop's figure is read only when the customer's own does not settle it."""
    today = today or date.today()
    counted = Entry.kind == SALE, Entry.reversed_on.is_(None)
    with db.read() as session:
        largest = session.scalar(
            select(func.max(Entry.amount_cents)).where(
                *counted, Entry.customer_id == customer_id, Entry.date > today - timedelta(365)
            )
        )
        if not UsualSale(largest, None).is_unusual(amount_cents) and largest:
            return None
        recent = (*counted, Entry.date > today - timedelta(SHOP_DAYS), Entry.date <= today)
        count = session.scalar(select(func.count()).where(*recent)) or 0
        typical = None
        if count >= MIN_SHOP_SALES:
            typical = session.scalar(
                select(Entry.amount_cents)
                .where(*recent)
                .order_by(Entry.amount_cents)
                .offset(-(-95 * count // 100) - 1)
                .limit(1)
            )
    usual = UsualSale(largest, typical)
    return usual if usual.is_unusual(amount_cents) else None
