"""When a collection contact is acceptable (docs/rules.md §1).

Safe default modelled on São Paulo Lei 15.426/2014: Monday–Friday 08:00–20:00, Saturday
08:00–14:00, never on Sundays or holidays. Windows are half-open: the end time itself is
already outside (a contact at 20:00 sharp is refused). Naive datetimes are the shop's local
time; aware datetimes are judged by their own wall clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from fiado_app.domain.br_documents import normalize_uf
from fiado_app.domain.errors import InvalidInput

if TYPE_CHECKING:
    import holidays

_SATURDAY = 5
_SUNDAY = 6
_SEARCH_DAYS = 400


@dataclass(frozen=True)
class ContactHours:
    """Allowed windows for collection contacts. ``subdivision`` (UF) adds state holidays."""

    weekday_start: dt.time = dt.time(8, 0)
    weekday_end: dt.time = dt.time(20, 0)
    saturday_start: dt.time = dt.time(8, 0)
    saturday_end: dt.time = dt.time(14, 0)
    sunday_allowed: bool = False
    holidays_allowed: bool = False
    subdivision: str | None = None

    def __post_init__(self) -> None:
        if self.weekday_start >= self.weekday_end:
            raise InvalidInput(
                f"Horário de contato inválido: {_hhmm(self.weekday_start)} "
                f"até {_hhmm(self.weekday_end)}."
            )
        if self.saturday_start > self.saturday_end:
            raise InvalidInput(
                f"Horário de sábado inválido: {_hhmm(self.saturday_start)} "
                f"até {_hhmm(self.saturday_end)}."
            )
        if self.subdivision:
            object.__setattr__(self, "subdivision", normalize_uf(self.subdivision))
        else:
            object.__setattr__(self, "subdivision", None)

    def window(self, day: dt.date) -> tuple[dt.time, dt.time] | None:
        """The (start, end) window for ``day``'s weekday, or None when closed (Sunday)."""
        weekday = day.weekday()
        if weekday == _SUNDAY:
            return (self.weekday_start, self.weekday_end) if self.sunday_allowed else None
        if weekday == _SATURDAY:
            if self.saturday_start == self.saturday_end:
                return None
            return self.saturday_start, self.saturday_end
        return self.weekday_start, self.weekday_end


def _hhmm(value: dt.time) -> str:
    return value.strftime("%H:%M")


@lru_cache(maxsize=128)
def _holidays_for(year: int, uf: str | None) -> holidays.HolidayBase:
    # 0.2 s the first time: the package loads the calendars of every country it knows.
    import holidays

    return holidays.Brazil(years=year, subdiv=uf, language="pt_BR")


# Holiday names given by the caller (services/holiday_names.py keeps them in the database), so
# that a start of the app judges today without loading the holiday package.
_KNOWN: dict[tuple[int, str | None], dict[dt.date, str]] = {}


def holiday_names(year: int, uf: str | None) -> dict[dt.date, str]:
    """Every national (and, with `uf`, state) holiday of the year, in Portuguese."""
    subdivision = normalize_uf(uf) if uf else None
    known = _KNOWN.get((year, subdivision))
    if known is not None:
        return dict(known)
    return {day: str(name) for day, name in _holidays_for(year, subdivision).items()}


def remember_holidays(year: int, uf: str | None, names: dict[dt.date, str]) -> None:
    _KNOWN[(year, normalize_uf(uf) if uf else None)] = dict(names)


def holidays_known(year: int, uf: str | None) -> bool:
    return (year, normalize_uf(uf) if uf else None) in _KNOWN


def is_holiday(d: dt.date, uf: str | None = None) -> str | None:
    """Name of the national (and, with ``uf``, state) holiday on ``d`` in Portuguese, or None."""
    if isinstance(d, dt.datetime):
        d = d.date()
    subdivision = normalize_uf(uf) if uf else None
    known = _KNOWN.get((d.year, subdivision))
    name = known.get(d) if known is not None else _holidays_for(d.year, subdivision).get(d)
    return str(name) if name else None


def _day_block(day: dt.date, hours: ContactHours) -> str | None:
    """Why the whole day is closed, or None when it has a contact window."""
    if not hours.holidays_allowed:
        name = is_holiday(day, hours.subdivision)
        if name:
            return f"Feriado: {name}."
    if day.weekday() == _SUNDAY and not hours.sunday_allowed:
        return "Domingo: evite contatos de cobrança."
    if hours.window(day) is None:
        return "Sábado: sem horário de contato configurado."
    return None


def contact_allowed(moment: dt.datetime, hours: ContactHours) -> tuple[bool, str]:
    """Whether a collection contact at ``moment`` respects ``hours``, with the reason."""
    day = moment.date()
    blocked = _day_block(day, hours)
    if blocked:
        return False, blocked
    window = hours.window(day)
    assert window is not None  # _day_block returned None
    start, end = window
    span = f"{_hhmm(start)}–{_hhmm(end)}"
    now = moment.time().replace(tzinfo=None)
    if start <= now < end:
        return True, f"Dentro do horário ({span})."
    return False, f"Fora do horário ({span})."


def next_allowed_moment(moment: dt.datetime, hours: ContactHours) -> dt.datetime:
    """``moment`` itself when allowed, otherwise the start of the next allowed window."""
    day = moment.date()
    for offset in range(_SEARCH_DAYS):
        current = day + dt.timedelta(days=offset)
        if _day_block(current, hours):
            continue
        window = hours.window(current)
        assert window is not None
        start, end = window
        if offset == 0:
            now = moment.time().replace(tzinfo=None)
            if start <= now < end:
                return moment
            if now >= end:
                continue
        return dt.datetime.combine(current, start, tzinfo=moment.tzinfo)
    raise InvalidInput("Não há horário de contato permitido nos próximos meses.")
