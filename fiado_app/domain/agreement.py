"""Agreements (acordos): a balance renegotiated into an entrada and instalments.

Pure rules: the schedule (amounts in centavos that add up exactly, due dates monthly on a day
or every N days), and an agreement's status on a date from what each instalment still owes.
The ledger side (which entries an agreement writes) is in services/agreements.py and
docs/agreements.md.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from fiado_app.domain.changes import AGREEMENTS, ENTRIES, Changes
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl
from fiado_app.domain.vocabulary import (
    AGREEMENT_BROKEN,
    AGREEMENT_LATE,
    AGREEMENT_ON_TIME,
    AGREEMENT_PAID,
    AGREEMENT_RENEGOTIATED,
    AGREEMENT_UNDONE,
    INSTALLMENT_ACCELERATED,
    INSTALLMENT_LATE,
    INSTALLMENT_OPEN,
    INSTALLMENT_PAID,
    INSTALLMENT_RENEGOTIATED,
)

MAX_INSTALLMENTS = 120
MAX_EVERY_DAYS = 366
DEFAULT_BREAK_DAYS = 30
MONTHLY = "monthly"


def split_amount(total_cents: int, count: int) -> list[int]:
    """`count` equal instalments adding up exactly to `total_cents`; the leftover centavos go
    on the first (R$ 100,00 in 3: 33,34 + 33,33 + 33,33)."""
    if count < 1:
        raise InvalidInput("O número de parcelas deve ser pelo menos 1.")
    if total_cents < count:
        raise InvalidInput(
            f"{format_brl(total_cents)} não se divide em {count} parcelas de pelo menos R$ 0,01."
        )
    base, rest = divmod(total_cents, count)
    return [base + rest] + [base] * (count - 1)


def add_months(day: date, months: int, on_day: int | None = None) -> date:
    """The same day of the month `months` later (the month's last day when it has no such
    day: 31/01 + 1 month = 28/02)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    wanted = on_day or day.day
    return date(year, month, min(wanted, calendar.monthrange(year, month)[1]))


def due_dates(first_due: date, count: int, every_days: int | None = None) -> list[date]:
    """Monthly on `first_due`'s day (None), or every `every_days` days."""
    if every_days is None:
        return [add_months(first_due, k, first_due.day) for k in range(count)]
    return [first_due + timedelta(days=every_days * k) for k in range(count)]


def default_first_due(made_on: date, every_days: int | None = None) -> date:
    """One period after the agreement."""
    if every_days is None:
        return add_months(made_on, 1)
    return made_on + timedelta(days=every_days)


def parse_every(text: str | int | None) -> int | None:
    """`monthly` / `mensal` → None (monthly); a whole number of days → that number."""
    if text is None or (isinstance(text, str) and text.strip().lower() in (MONTHLY, "mensal")):
        return None
    try:
        days = int(str(text).strip())
    except ValueError:
        raise InvalidInput(
            f"Periodicidade inválida: “{text}”. Use “monthly” (mensal) ou um número de dias."
        ) from None
    if not 1 <= days <= MAX_EVERY_DAYS:
        raise InvalidInput(f"O intervalo entre parcelas deve ser de 1 a {MAX_EVERY_DAYS} dias.")
    return days


@dataclass(frozen=True)
class ScheduledInstallment:
    number: int
    due: date
    amount_cents: int


@dataclass(frozen=True)
class Plan:
    """What an agreement would be: the simulator shows it, make_agreement writes it."""

    made_on: date
    covered_cents: int  # what the sales covered still owe
    discount_cents: int
    down_payment_cents: int
    installments: tuple[ScheduledInstallment, ...]
    every_days: int | None

    @property
    def total_cents(self) -> int:
        """What the customer agrees to pay: the entrada and the instalments."""
        return self.covered_cents - self.discount_cents

    @property
    def financed_cents(self) -> int:
        return self.total_cents - self.down_payment_cents

    def schedule_text(self) -> str:
        """`1ª parcela: R$ 33,34 em 10/01/2027` one per line."""
        return "\n".join(
            f"{i.number}ª parcela: {format_brl(i.amount_cents)} em {format_date(i.due)}"
            for i in self.installments
        )


def plan(
    covered_cents: int,
    count: int,
    *,
    made_on: date,
    down_payment_cents: int = 0,
    discount_cents: int = 0,
    first_due: date | None = None,
    every_days: int | None = None,
) -> Plan:
    """The agreement's schedule, or one clear refusal."""
    if covered_cents <= 0:
        raise InvalidInput("Não há valor em aberto para fazer um acordo.")
    if not 1 <= count <= MAX_INSTALLMENTS:
        raise InvalidInput(f"O número de parcelas deve ser de 1 a {MAX_INSTALLMENTS}.")
    if discount_cents < 0 or down_payment_cents < 0:
        raise InvalidInput("A entrada e o abatimento não podem ser negativos.")
    if discount_cents >= covered_cents:
        raise InvalidInput(
            f"O abatimento ({format_brl(discount_cents)}) deve ser menor que o valor em aberto "
            f"({format_brl(covered_cents)}); para perdoar tudo, registre um abatimento."
        )
    total = covered_cents - discount_cents
    if down_payment_cents >= total:
        raise InvalidInput(
            f"A entrada ({format_brl(down_payment_cents)}) deve ser menor que o total do acordo "
            f"({format_brl(total)}); para quitar, registre um pagamento."
        )
    first = first_due or default_first_due(made_on, every_days)
    if first < made_on:
        raise InvalidInput(
            f"A primeira parcela ({format_date(first)}) não pode vencer antes do acordo "
            f"({format_date(made_on)})."
        )
    amounts = split_amount(total - down_payment_cents, count)
    dates = due_dates(first, count, every_days)
    return Plan(
        made_on,
        covered_cents,
        discount_cents,
        down_payment_cents,
        tuple(
            ScheduledInstallment(n, d, a)
            for n, (d, a) in enumerate(zip(dates, amounts, strict=True), 1)
        ),
        every_days,
    )


@dataclass(frozen=True)
class InstallmentState:
    number: int
    due: date
    amount_cents: int
    paid_cents: int
    open_cents: int
    status: str  # domain/vocabulary.py INSTALLMENT_*


def installment_status(
    due: date,
    open_cents: int,
    as_of: date,
    *,
    accelerated: bool = False,
    undone: bool = False,
    renegotiated: bool = False,
) -> str:
    if undone:
        return AGREEMENT_UNDONE
    if renegotiated:
        return INSTALLMENT_RENEGOTIATED
    if open_cents <= 0:
        return INSTALLMENT_PAID
    if accelerated:
        return INSTALLMENT_ACCELERATED
    return INSTALLMENT_LATE if due < as_of else INSTALLMENT_OPEN


def agreement_status(
    installments: Sequence[InstallmentState],
    open_cents: int,
    *,
    broken: bool,
    undone: bool,
    late: bool,
) -> str:
    """Desfeito, rompido (the owner decided), renegociado (what it left open went into a later
    agreement), quitado (nothing left), atrasado (something overdue), else em dia."""
    if undone:
        return AGREEMENT_UNDONE
    if broken:
        return AGREEMENT_BROKEN
    if open_cents <= 0 and any(i.status == INSTALLMENT_RENEGOTIATED for i in installments):
        return AGREEMENT_RENEGOTIATED
    if open_cents <= 0:
        return AGREEMENT_PAID
    if late or any(i.status == INSTALLMENT_LATE for i in installments):
        return AGREEMENT_LATE
    return AGREEMENT_ON_TIME


def days_late(installments: Sequence[InstallmentState], as_of: date) -> int:
    """How late the oldest overdue instalment is (0 when none is)."""
    late = [i.due for i in installments if i.status == INSTALLMENT_LATE]
    return (as_of - min(late)).days if late else 0


def installment_label(number: int, count: int, agreement_id: int) -> str:
    """The instalment's description in the ledger: what every text and statement shows."""
    return f"Parcela {number} de {count} do nosso acordo nº {agreement_id}"


@dataclass(frozen=True)
class CoveredSale:
    entry_id: int
    sold_on: date
    due: date
    description: str
    amount_cents: int
    open_cents: int  # what it still owed when the agreement was made


@dataclass(frozen=True)
class AgreementRecord:
    """An agreement as it stands on `as_of`."""

    id: int
    customer_id: int
    customer_name: str
    entry_id: int
    made_on: date
    covered_cents: int
    total_cents: int
    down_payment_cents: int
    discount_cents: int
    discount_reason: str
    every_days: int | None
    break_after_days: int
    accelerate_on_break: bool
    discount_lost_on_break: bool
    fine_bp: int
    interest_monthly_bp: int
    broken_on: date | None
    undone: bool
    as_of: date
    installments: tuple[InstallmentState, ...]
    covered: tuple[CoveredSale, ...]
    open_cents: int  # what is still owed under the agreement on `as_of`
    status: str
    days_late: int

    @property
    def count(self) -> int:
        return len(self.installments)

    @property
    def paid_cents(self) -> int:
        return sum(i.paid_cents for i in self.installments)

    @property
    def should_propose_break(self) -> bool:
        """An instalment more than `break_after_days` late: the agenda asks the owner."""
        return self.status == AGREEMENT_LATE and self.days_late > self.break_after_days

    @property
    def next_installment(self) -> InstallmentState | None:
        """The oldest instalment still owing something."""
        owing = [i for i in self.installments if i.open_cents > 0]
        return owing[0] if owing else None

    def changes(self) -> Changes:
        ids = [self.customer_id]
        return Changes.to_customers(ENTRIES, ids) | Changes.to_customers(AGREEMENTS, ids)


def installment_txid(agreement_id: int, number: int) -> str:
    """The Pix txid of one instalment (`ACORDO12P3`): the shop's bank statement tells which
    instalment a Pix paid."""
    return f"ACORDO{agreement_id}P{number}"


def installments_phrase(items: Sequence[tuple[int, int]]) -> str:
    """`Referente à parcela 2 de 3 do nosso acordo.` for the instalments (number, count) a
    text asks for; empty when it asks for none."""
    if not items:
        return ""
    numbers = sorted({n for n, _count in items})
    count = max(c for _n, c in items)
    if len(numbers) == 1:
        return f"Referente à parcela {numbers[0]} de {count} do nosso acordo."
    listed = ", ".join(str(n) for n in numbers[:-1]) + f" e {numbers[-1]}"
    return f"Referente às parcelas {listed} de {count} do nosso acordo."
