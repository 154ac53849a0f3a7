"""What a message may ask for: the open sales split into what is overdue and what is not yet
due, with the late charges (only on the overdue part, as the shop set them).

Every reminder, letter and call script takes its amounts from here, so they agree: they ask
for `amount_asked` — the overdue amount with its charges when something is overdue, else what
falls due on the nearest due date — and mention what is not yet due separately, as not due.
The Pix carries `amount_asked` unless the owner asks for the whole balance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from fiado_app.domain.dates import format_date
from fiado_app.domain.late_charges import LateCharges, format_rate, late_charges
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import OpenSale
from fiado_app.domain.text import plural

MAX_ITEMS = 4  # purchases listed one by one in a short text; the rest are summed


@dataclass(frozen=True)
class Dues:
    as_of: date
    overdue: tuple[OpenSale, ...]  # due before `as_of`, oldest first
    upcoming: tuple[OpenSale, ...]  # due on `as_of` or later
    charges: LateCharges

    @property
    def overdue_cents(self) -> int:
        return sum(s.open_cents for s in self.overdue)

    @property
    def upcoming_cents(self) -> int:
        return sum(s.open_cents for s in self.upcoming)

    @property
    def open_cents(self) -> int:
        return self.overdue_cents + self.upcoming_cents

    @property
    def first_due(self) -> date | None:
        """The oldest overdue due date, else the next one."""
        sales = self.overdue or self.upcoming
        return min(s.due_date for s in sales) if sales else None

    @property
    def days_late(self) -> int:
        first = self.first_due
        return max((self.as_of - first).days, 0) if first is not None and self.overdue else 0

    @property
    def amount_asked(self) -> int:
        if self.overdue:
            return self.overdue_cents + self.charges.fine_cents + self.charges.interest_cents
        first = self.first_due
        return sum(s.open_cents for s in self.upcoming if s.due_date == first)


def split_dues(
    sales: Sequence[OpenSale], as_of: date, fine_bp: int = 0, interest_monthly_bp: int = 0
) -> Dues:
    open_sales = sorted((s for s in sales if s.open_cents > 0), key=lambda s: s.due_date)
    return Dues(
        as_of,
        tuple(s for s in open_sales if s.due_date < as_of),
        tuple(s for s in open_sales if s.due_date >= as_of),
        late_charges(
            ((s.due_date, s.open_cents) for s in open_sales), as_of, fine_bp, interest_monthly_bp
        ),
    )


def item_lines(sales: Sequence[OpenSale], as_of: date, *, limit: int | None = MAX_ITEMS) -> str:
    """`• 10/10 Arroz: R$ 12,00 (venceu em 10/11)` per purchase; past `limit`, one line sums
    the rest."""
    shown = list(sales if limit is None else sales[:limit])
    lines = [
        f"• {s.date:%d/%m} {s.description.strip() or 'Compra'}: {format_brl(s.open_cents)} ({_due_note(s, as_of)})"
        for s in shown
    ]
    rest = list(sales[len(shown) :])
    if rest:
        total = format_brl(sum(s.open_cents for s in rest))
        lines.append(f"• e mais {plural(len(rest), 'compra', 'compras')}: {total}")
    return "\n".join(lines)


def _due_note(sale: OpenSale, as_of: date) -> str:
    if sale.due_date < as_of:
        return f"venceu em {format_date(sale.due_date)}"
    if sale.due_date == as_of:
        return "vence hoje"
    return f"vence em {format_date(sale.due_date)}"


def charges_line(dues: Dues) -> str:
    """`Com multa de 2 % e juros de 1 % ao mês até 01/12/2026: R$ 3,40.` — empty when the shop
    set no charge or nothing is overdue."""
    c = dues.charges
    if not dues.overdue or not c.has_charges:
        return ""
    parts = []
    if c.fine_cents:
        parts.append(f"multa de {format_rate(c.fine_bp)}")
    if c.interest_cents:
        parts.append(f"juros de {format_rate(c.interest_monthly_bp)} ao mês")
    amount = format_brl(c.fine_cents + c.interest_cents)
    return f"Encargos ({' e '.join(parts)}, até {format_date(dues.as_of)}): {amount}."


def due_values(dues: Dues) -> dict[str, str]:
    """The placeholders every text shares (domain/templates.py lists them). The ones about
    what is not yet due, or about charges, are empty when there is none (their line is left
    out)."""
    first = dues.first_due
    return {
        "valor": format_brl(dues.open_cents),
        "valor_vencido": format_brl(dues.overdue_cents),
        "valor_a_vencer": format_brl(dues.upcoming_cents) if dues.upcoming_cents else "",
        "valor_a_pagar": format_brl(dues.amount_asked),
        "encargos": charges_line(dues),
        "parcela_acordo": "",  # filled in by the services that know the agreements
        "vencimento": format_date(first),
        "dias_atraso": str(dues.days_late),
        "tempo_atraso": plural(dues.days_late, "dia", "dias"),
        "itens": item_lines([*dues.overdue, *dues.upcoming], dues.as_of),
        "itens_vencidos": item_lines(dues.overdue, dues.as_of),
        "itens_a_vencer": item_lines(dues.upcoming, dues.as_of),
    }
