"""Dates the Brazilian way: parsing `dd/mm/aaaa` or ISO, formatting, due-date terms."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_date_range, dmy

MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)
# ASCII digits only (`\d` would take `١٢` too): see domain/limits.py.
_BR = re.compile(r"^\s*([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{2}|[0-9]{4})\s*$")
_ISO = re.compile(r"^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\s*$")


def parse_date(text: str | date) -> date:
    """Parse `dd/mm/aaaa` (or `dd/mm/aa`, read as 20aa) and `aaaa-mm-dd`; impossible dates and
    dates outside the accepted range (domain/limits.py) are refused."""
    if isinstance(text, date):
        return check_date_range(text)
    match = _BR.match(text or "")
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    else:
        match = _ISO.match(text or "")
        if not match:
            raise InvalidInput(f"Data inválida: “{text}”. Use dd/mm/aaaa, por exemplo 05/03/2026.")
        year, month, day = (int(g) for g in match.groups())
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise InvalidInput(f"Data inválida: “{text}” não existe no calendário.") from None
    return check_date_range(parsed)


def parse_datetime(text: str) -> datetime:
    """Parse `dd/mm/aaaa HH:MM` (or ISO `aaaa-mm-ddTHH:MM`)."""
    raw = (text or "").strip().replace("T", " ")
    day_part, _, time_part = raw.partition(" ")
    day = parse_date(day_part)
    if not time_part:
        return datetime(day.year, day.month, day.day)
    match = re.match(r"^([0-9]{1,2})[:h]([0-9]{2})(?::([0-9]{2}))?$", time_part.strip())
    if not match:
        raise InvalidInput(f"Hora inválida: “{time_part}”. Use HH:MM, por exemplo 14:30.")
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InvalidInput(f"Hora inválida: “{time_part}”.")
    return datetime(day.year, day.month, day.day, hour, minute, second)


def format_date(value: date | None) -> str:
    """`dd/mm/aaaa`; empty for no date."""
    return dmy(value) if value else ""


def format_datetime(value: datetime | None) -> str:
    return f"{dmy(value)} {value:%H:%M}" if value else ""


def format_long_date(value: date) -> str:
    """`23 de novembro de 2026` (`1º de maio de 2026` on the first day, as Brazilians write)."""
    day = "1º" if value.day == 1 else str(value.day)
    return f"{day} de {MONTHS[value.month - 1]} de {value.year}"


@dataclass(frozen=True, slots=True)
class Terms:
    """How the shop sets a due date: N days after the sale, or a fixed day of the next month."""

    days: int | None = 30
    day_of_month: int | None = None

    def __post_init__(self) -> None:
        if (self.days is None) == (self.day_of_month is None):
            raise InvalidInput("Defina o prazo em dias OU o dia fixo do mês, não os dois.")
        if self.days is not None and not 0 <= self.days <= 365:
            raise InvalidInput(f"Prazo inválido: {self.days} dias. Use de 0 a 365.")
        if self.day_of_month is not None and not 1 <= self.day_of_month <= 31:
            raise InvalidInput(f"Dia de vencimento inválido: {self.day_of_month}. Use de 1 a 31.")

    def due_date(self, sale_date: date) -> date:
        if self.days is not None:
            return sale_date + timedelta(days=self.days)
        assert self.day_of_month is not None
        year, month = (
            (sale_date.year + 1, 1)
            if sale_date.month == 12
            else (
                sale_date.year,
                sale_date.month + 1,
            )
        )
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(self.day_of_month, last))

    def describe(self) -> str:
        if self.days is not None:
            return f"{self.days} dias após a compra"
        return f"todo dia {self.day_of_month} do mês seguinte"
