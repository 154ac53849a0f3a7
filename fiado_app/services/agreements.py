"""Agreements: make one, follow its instalments, treat it as broken, list them.

What an agreement writes (one transaction; docs/agreements.md has the reasoning):

- the discount (an ordinary abatimento with its reason) and the entrada (a payment), dated on
  the agreement's day;
- its own entry (kind 'agreement', amount = the agreed total), which the sales it covers point
  at (`reversed_by_id`, `reversed_on` = the agreement's day): from that day on they count no
  more, and before it they stay exactly as they were;
- one sale per instalment, with its own due date: receivables, aging, the ladder and payments
  see them like any sale (oldest due first);
- when the sales covered had been partly paid, or there is an entrada or a discount, one sale
  already settled ("balance") of that amount, due before everything else: the credits that had
  gone to the sales covered, and the entrada and discount, stay on the agreement instead of
  spilling onto other sales.

Reversing the agreement's entry (ledger.reverse_entry) undoes it: services/agreement_undo.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.db.models import (
    Agreement,
    AgreementInstallment,
    AgreementSale,
    Customer,
    Entry,
)
from fiado_app.domain.agreement import (
    DEFAULT_BREAK_DAYS,
    AgreementRecord,
    CoveredSale,
    InstallmentState,
    Plan,
    agreement_status,
    days_late,
    installment_label,
    installment_status,
    plan,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_date_range, check_text
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import OpenSale
from fiado_app.domain.text import plural
from fiado_app.domain.vocabulary import (
    AGREEMENT,
    AGREEMENT_BROKEN,
    AGREEMENT_LABELS,
    AGREEMENT_LATE,
    AGREEMENT_ON_TIME,
    DISCOUNT,
    PAYMENT,
    PAYMENT_METHODS,
    SALE,
)
from fiado_app.services.checkpoints import refresh_checkpoints
from fiado_app.services.customers import CustomerNotFound
from fiado_app.services.ledger import open_sales_in
from fiado_app.services.settings import put_setting, setting
from fiado_app.services.shop import load_shop

BREAK_DAYS_KEY = "agreement_break_days"


class AgreementNotFound(InvalidInput):
    pass


def break_days_in(session: Session) -> int:
    """After how many days late an instalment makes the agenda propose a broken agreement."""
    value = setting(session, BREAK_DAYS_KEY)
    try:
        return max(1, int(value)) if value is not None else DEFAULT_BREAK_DAYS
    except ValueError:
        return DEFAULT_BREAK_DAYS


def get_break_days(db: Database) -> int:
    with db.read() as session:
        return break_days_in(session)


def set_break_days(db: Database, days: int) -> int:
    if not 1 <= days <= 365:
        raise InvalidInput("O prazo para considerar um acordo rompido deve ser de 1 a 365 dias.")
    with db.write() as session:
        put_setting(session, BREAK_DAYS_KEY, str(days))
    return days


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(f"Cliente nº {customer_id} não encontrado.")
    return customer


def _covered(open_now: Sequence[OpenSale], sale_ids: Iterable[int] | None) -> list[OpenSale]:
    if sale_ids is None:
        return list(open_now)
    wanted = list(dict.fromkeys(int(i) for i in sale_ids))
    by_id = {s.entry_id: s for s in open_now}
    missing = [i for i in wanted if i not in by_id]
    if missing:
        raise InvalidInput(
            f"A venda nº {missing[0]} não está em aberto para este cliente: escolha entre as "
            "compras em aberto."
        )
    if not wanted:
        raise InvalidInput("Escolha ao menos uma compra para o acordo.")
    return [by_id[i] for i in wanted]


def open_for_agreement(db: Database, customer_id: int, on: date | None = None) -> list[OpenSale]:
    """The sales an agreement on `on` may cover (the simulator's starting point)."""
    on = on or date.today()
    with db.read() as session:
        _customer(session, customer_id)
        return open_sales_in(session, customer_id, on)


def preview_agreement(
    db: Database,
    customer_id: int,
    count: int,
    *,
    down_payment_cents: int = 0,
    discount_cents: int = 0,
    first_due: date | None = None,
    every_days: int | None = None,
    on: date | None = None,
    sale_ids: Iterable[int] | None = None,
) -> Plan:
    on = on or date.today()
    covered = _covered(open_for_agreement(db, customer_id, on), sale_ids)
    return plan(
        sum(s.open_cents for s in covered),
        count,
        made_on=on,
        down_payment_cents=down_payment_cents,
        discount_cents=discount_cents,
        first_due=first_due,
        every_days=every_days,
    )


def make_agreement(
    db: Database,
    customer_id: int,
    count: int,
    *,
    down_payment_cents: int = 0,
    method: str = "dinheiro",
    discount_cents: int = 0,
    reason: str = "",
    first_due: date | None = None,
    every_days: int | None = None,
    on: date | None = None,
    sale_ids: Iterable[int] | None = None,
    break_after_days: int | None = None,
    accelerate_on_break: bool = True,
    discount_lost_on_break: bool = False,
    note: str = "",
    today: date | None = None,
) -> AgreementRecord:
    """Renegotiate the customer's open sales (all, or `sale_ids`) into an entrada and `count`
    instalments. Everything is checked before anything is written."""
    today = today or date.today()
    on = on or today
    check_date_range(on, "A data do acordo")
    if on > today:
        raise InvalidInput(f"A data do acordo ({format_date(on)}) está no futuro.")
    if first_due is not None:
        check_date_range(first_due, "O primeiro vencimento")
    if down_payment_cents and method not in PAYMENT_METHODS:
        raise InvalidInput(
            f"Forma de pagamento inválida: “{method}”. Use: {', '.join(PAYMENT_METHODS)}."
        )
    reason = check_text(reason, "O motivo do abatimento", "reason")
    note = check_text(note, "A observação do acordo", "note")
    if discount_cents and not reason.strip():
        raise InvalidInput("Informe o motivo do abatimento do acordo.")
    if break_after_days is not None and not 1 <= break_after_days <= 365:
        raise InvalidInput("O prazo para considerar o acordo rompido deve ser de 1 a 365 dias.")
    with db.write() as session:
        customer = _customer(session, customer_id)
        later = session.scalar(
            select(func.max(Entry.date)).where(
                Entry.customer_id == customer_id, Entry.reversed_by_id.is_(None)
            )
        )
        if later is not None and later > on:
            raise InvalidInput(
                f"{customer.name} tem lançamentos depois de {format_date(on)} (o último em "
                f"{format_date(later)}): o acordo não pode ter data anterior a eles."
            )
        open_now = open_sales_in(session, customer_id, on)
        if not open_now:
            raise InvalidInput(f"{customer.name} não tem compras em aberto para um acordo.")
        covered = _covered(open_now, sale_ids)
        schedule = plan(
            sum(s.open_cents for s in covered),
            count,
            made_on=on,
            down_payment_cents=down_payment_cents,
            discount_cents=discount_cents,
            first_due=first_due,
            every_days=every_days,
        )
        shop = load_shop(session)
        agreement = Agreement(
            customer_id=customer_id,
            made_on=on,
            covered_cents=schedule.covered_cents,
            total_cents=schedule.total_cents,
            down_payment_cents=down_payment_cents,
            discount_cents=discount_cents,
            every_days=every_days,
            break_after_days=break_after_days or break_days_in(session),
            accelerate_on_break=accelerate_on_break,
            discount_lost_on_break=discount_lost_on_break,
            fine_bp=shop.fine_bp or 0,
            interest_monthly_bp=shop.interest_monthly_bp or 0,
            note=note,
        )
        session.add(agreement)
        session.flush()
        number = agreement.id

        def entry(kind: str, amount: int, **fields: object) -> Entry:
            made = Entry(customer_id=customer_id, kind=kind, date=on, amount_cents=amount)
            for name, value in fields.items():
                setattr(made, name, value)
            return made

        # Entry numbers follow this order: discount, entrada, the agreement, the settled part,
        # the instalments (the statement lists them so on the agreement's day).
        discount = (
            entry(DISCOUNT, discount_cents, reason=f"Acordo nº {number}: {reason.strip()}")
            if discount_cents
            else None
        )
        down = (
            entry(PAYMENT, down_payment_cents, method=method, note=f"Entrada do acordo nº {number}")
            if down_payment_cents
            else None
        )
        own = entry(
            AGREEMENT,
            schedule.total_cents,
            description=(
                f"Acordo nº {number}: "
                f"{plural(len(covered), 'compra renegociada', 'compras renegociadas')} em "
                f"{plural(count, 'parcela', 'parcelas')}"
            ),
            note=note,
        )
        settled = sum(s.paid_cents for s in covered) + down_payment_cents + discount_cents
        balance = None
        if settled:
            earliest = session.scalar(
                select(func.min(Entry.due_date)).where(
                    Entry.customer_id == customer_id, Entry.kind == SALE
                )
            )
            balance = entry(
                SALE,
                settled,
                due_date=min(earliest or on, on) - timedelta(days=1),
                description=f"Acordo nº {number}: valor já quitado (entrada, abatimento e "
                "pagamentos anteriores das compras incluídas)",
            )
        instalments = [
            entry(
                SALE,
                item.amount_cents,
                due_date=item.due,
                description=installment_label(item.number, count, number),
            )
            for item in schedule.installments
        ]
        written = [e for e in (discount, down, own, balance) if e is not None] + instalments
        session.add_all(written)
        session.flush()  # one flush: every entry gets its number
        agreement.entry_id = own.id
        agreement.discount_entry_id = discount.id if discount is not None else None
        agreement.down_payment_entry_id = down.id if down is not None else None
        agreement.balance_entry_id = balance.id if balance is not None else None
        session.add_all(
            AgreementInstallment(
                agreement_id=number,
                number=item.number,
                entry_id=e.id,
                due_date=item.due,
                amount_cents=item.amount_cents,
            )
            for item, e in zip(schedule.installments, instalments, strict=True)
        )
        covered_ids = [s.entry_id for s in covered]
        session.execute(
            update(Entry)
            .where(Entry.id.in_(covered_ids))
            .values(reversed_by_id=own.id, reversed_on=on)
        )
        session.add_all(
            AgreementSale(agreement_id=number, entry_id=s.entry_id, open_cents=s.open_cents)
            for s in covered
        )
        session.flush()
        refresh_checkpoints(session, [customer_id], today)
        # What is open now, without reading it again: the sales left out, then the instalments.
        kept = [s for s in open_now if s.entry_id not in set(covered_ids)]
        fresh = [
            OpenSale(e.id, on, item.due, e.description, item.amount_cents, 0)
            for item, e in zip(schedule.installments, instalments, strict=True)
        ]
        if on < today:  # a back-dated agreement: as it stands today
            return agreement_state(session, agreement, today)
        return agreement_state(session, agreement, on, [*kept, *fresh])


def _load(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise AgreementNotFound(f"Acordo nº {agreement_id} não encontrado.")
    return agreement


def agreement_state(
    session: Session,
    agreement: Agreement,
    as_of: date,
    open_sales: Sequence[OpenSale] | None = None,
) -> AgreementRecord:
    """The agreement on `as_of`: what each instalment has been paid (oldest due first, like
    every sale of the customer) and its status."""
    customer = _customer(session, agreement.customer_id)
    if open_sales is None:
        open_sales = open_sales_in(session, agreement.customer_id, as_of)
    open_by_id = {s.entry_id: s.open_cents for s in open_sales}
    undone = agreement.undone_by_id is not None
    broken = agreement.broken_on is not None and agreement.broken_on <= as_of
    rows = session.execute(
        select(AgreementInstallment, Entry)
        .join(Entry, Entry.id == AgreementInstallment.entry_id)
        .where(AgreementInstallment.agreement_id == agreement.id)
        .order_by(AgreementInstallment.number)
    ).all()
    accelerated_id = agreement.accelerated_entry_id
    accelerated_left = 0
    if accelerated_id is not None and broken and not undone:
        extra = session.get(Entry, accelerated_id)
        assert extra is not None
        accelerated_left = extra.amount_cents - open_by_id.get(accelerated_id, 0)  # paid of it
    # Instalments a later agreement renegotiated: what they still owed then went into it.
    carried = {
        (entry_id, agreement_entry): open_then
        for entry_id, open_then, agreement_entry in session.execute(
            select(AgreementSale.entry_id, AgreementSale.open_cents, Agreement.entry_id)
            .join(Agreement, Agreement.id == AgreementSale.agreement_id)
            .where(AgreementSale.entry_id.in_([e.id for _i, e in rows]))
        )
    }
    states: list[InstallmentState] = []
    late = False
    for item, entry in rows:
        gone = entry.reversed_on is not None and entry.reversed_on <= as_of
        moved = gone and accelerated_id is not None and entry.reversed_by_id == accelerated_id
        renegotiated = gone and (entry.id, entry.reversed_by_id) in carried and not undone
        if moved:
            paid = min(item.amount_cents, accelerated_left)
            accelerated_left -= paid
        elif renegotiated:
            paid = item.amount_cents - carried[(entry.id, entry.reversed_by_id)]
        else:
            paid = 0 if undone else item.amount_cents - open_by_id.get(entry.id, 0)
        left = 0 if undone or renegotiated else item.amount_cents - paid
        status = installment_status(
            item.due_date,
            left,
            as_of,
            accelerated=moved and left > 0,
            undone=undone,
            renegotiated=renegotiated,
        )
        states.append(
            InstallmentState(item.number, item.due_date, item.amount_cents, paid, left, status)
        )
    extras = [
        i for i in (accelerated_id, agreement.lost_discount_entry_id) if i is not None and broken
    ]
    open_cents = 0 if undone else sum(s.open_cents for s in states)
    if extras and not undone:
        lost = agreement.lost_discount_entry_id
        if lost is not None:
            open_cents += open_by_id.get(lost, 0)
        for extra_id in extras:
            extra = session.get(Entry, extra_id)
            if extra is not None and extra.due_date is not None and open_by_id.get(extra_id, 0):
                late = late or extra.due_date < as_of
    covered = session.execute(
        select(AgreementSale, Entry)
        .join(Entry, Entry.id == AgreementSale.entry_id)
        .where(AgreementSale.agreement_id == agreement.id)
        .order_by(Entry.due_date, Entry.id)
    ).all()
    discount_reason = ""
    if agreement.discount_entry_id is not None:
        discount = session.get(Entry, agreement.discount_entry_id)
        if discount is not None:
            discount_reason = discount.reason.split(": ", 1)[-1]
    status = agreement_status(states, open_cents, broken=broken, undone=undone, late=late)
    return AgreementRecord(
        id=agreement.id,
        customer_id=agreement.customer_id,
        customer_name=customer.name,
        entry_id=agreement.entry_id or 0,
        made_on=agreement.made_on,
        covered_cents=agreement.covered_cents,
        total_cents=agreement.total_cents,
        down_payment_cents=agreement.down_payment_cents,
        discount_cents=agreement.discount_cents,
        discount_reason=discount_reason,
        every_days=agreement.every_days,
        break_after_days=agreement.break_after_days,
        accelerate_on_break=agreement.accelerate_on_break,
        discount_lost_on_break=agreement.discount_lost_on_break,
        fine_bp=agreement.fine_bp,
        interest_monthly_bp=agreement.interest_monthly_bp,
        broken_on=agreement.broken_on,
        undone=undone,
        as_of=as_of,
        installments=tuple(states),
        covered=tuple(
            CoveredSale(
                e.id,
                e.date,
                e.due_date or e.date,
                e.description,
                e.amount_cents,
                link.open_cents,
            )
            for link, e in covered
        ),
        open_cents=open_cents,
        status=status,
        days_late=_days_late(states, extras, session, open_by_id, as_of),
    )


def _days_late(
    states: Sequence[InstallmentState],
    extras: Sequence[int],
    session: Session,
    open_by_id: dict[int, int],
    as_of: date,
) -> int:
    late = days_late(states, as_of)
    for extra_id in extras:
        extra = session.get(Entry, extra_id)
        if extra is not None and extra.due_date is not None and open_by_id.get(extra_id, 0):
            late = max(late, (as_of - extra.due_date).days)
    return max(late, 0)


def get_agreement(db: Database, agreement_id: int, as_of: date | None = None) -> AgreementRecord:
    as_of = as_of or date.today()
    with db.read() as session:
        return agreement_state(session, _load(session, agreement_id), as_of)


def list_agreements(
    db: Database,
    customer_id: int | None = None,
    as_of: date | None = None,
    *,
    include_undone: bool = False,
) -> list[AgreementRecord]:
    """Agreements made by `as_of` (newest first), as they stand on it."""
    as_of = as_of or date.today()
    with db.read() as session:
        query = select(Agreement).where(Agreement.made_on <= as_of)
        if customer_id is not None:
            _customer(session, customer_id)
            query = query.where(Agreement.customer_id == customer_id)
        if not include_undone:
            query = query.where(Agreement.undone_by_id.is_(None))
        found = list(session.scalars(query.order_by(Agreement.id.desc())))
        open_cache: dict[int, list[OpenSale]] = {}
        result = []
        for agreement in found:
            cid = agreement.customer_id
            if cid not in open_cache:
                open_cache[cid] = open_sales_in(session, cid, as_of)
            result.append(agreement_state(session, agreement, as_of, open_cache[cid]))
        return result


def customers_with_agreements(db: Database, as_of: date | None = None) -> set[int]:
    """Who has an agreement still running (not undone, not paid off) — Contas a receber's
    filter."""
    return {
        a.customer_id
        for a in list_agreements(db, as_of=as_of)
        if a.status in (AGREEMENT_ON_TIME, AGREEMENT_LATE, AGREEMENT_BROKEN) and a.open_cents > 0
    }


def break_agreement(
    db: Database, agreement_id: int, *, on: date | None = None, today: date | None = None
) -> AgreementRecord:
    """The owner treats the agreement as broken, as its term says: the instalments not yet
    due fall due on `on` (when the term says so) and the discount is lost (when it says so)."""
    today = today or date.today()
    on = on or today
    check_date_range(on, "A data")
    if on > today:
        raise InvalidInput(f"A data ({format_date(on)}) está no futuro.")
    with db.write() as session:
        agreement = _load(session, agreement_id)
        if on < agreement.made_on:
            raise InvalidInput(
                f"A data ({format_date(on)}) é anterior ao acordo nº {agreement_id} "
                f"({format_date(agreement.made_on)})."
            )
        state = agreement_state(session, agreement, on)
        if state.status != AGREEMENT_LATE:
            raise InvalidInput(
                f"O acordo nº {agreement_id} está {AGREEMENT_LABELS[state.status].lower()}: só "
                "um acordo com parcela atrasada pode ser considerado rompido."
            )
        later = session.scalar(
            select(func.max(Entry.date)).where(
                Entry.customer_id == agreement.customer_id, Entry.reversed_by_id.is_(None)
            )
        )
        if later is not None and later > on:
            raise InvalidInput(
                f"Há lançamentos depois de {format_date(on)}: use a data de hoje ou posterior."
            )
        agreement.broken_on = on
        if agreement.accelerate_on_break:
            ahead = [i for i in state.installments if i.open_cents > 0 and i.due > on]
            if ahead:
                entries = {
                    row.number: row.entry_id
                    for row in session.scalars(
                        select(AgreementInstallment).where(
                            AgreementInstallment.agreement_id == agreement_id,
                            AgreementInstallment.number.in_([i.number for i in ahead]),
                        )
                    )
                }
                numbers = ", ".join(str(i.number) for i in ahead)
                extra = Entry(
                    customer_id=agreement.customer_id,
                    kind=SALE,
                    date=on,
                    amount_cents=sum(i.amount_cents for i in ahead),
                    due_date=on,
                    description=(
                        f"Acordo nº {agreement_id} rompido: "
                        f"{'parcela' if len(ahead) == 1 else 'parcelas'} {numbers} com "
                        "vencimento antecipado, conforme o termo"
                    ),
                )
                session.add(extra)
                session.flush()
                agreement.accelerated_entry_id = extra.id
                for entry in session.scalars(
                    select(Entry).where(Entry.id.in_(list(entries.values())))
                ):
                    entry.reversed_by_id = extra.id
                    entry.reversed_on = on
        if agreement.discount_lost_on_break and agreement.discount_cents:
            lost = Entry(
                customer_id=agreement.customer_id,
                kind=SALE,
                date=on,
                amount_cents=agreement.discount_cents,
                due_date=on,
                description=(
                    f"Acordo nº {agreement_id} rompido: abatimento de "
                    f"{format_brl(agreement.discount_cents)} cancelado, conforme o termo"
                ),
            )
            session.add(lost)
            session.flush()
            agreement.lost_discount_entry_id = lost.id
        session.flush()
        refresh_checkpoints(session, [agreement.customer_id], today)
        return agreement_state(session, agreement, max(on, today))
