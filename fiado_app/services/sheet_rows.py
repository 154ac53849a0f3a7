"""The rows of an imported sheet, checked one by one (docs/spreadsheets.md): each customer
row as the customer form checks it and matched with the shop's customers (phone, CPF/CNPJ,
exact name), each entry row's date, amount, kind, due date, method and customer; and what an
import will add (`ImportPlan`). services/sheet_import.py writes the plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fiado_app.db.models import Agreement
from fiado_app.db.plain import plain_rows
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_date_range, check_text
from fiado_app.domain.sheet_fields import (
    cell_cents,
    cell_date,
    cell_kind,
    cell_method,
    cell_text,
    one_line,
)
from fiado_app.domain.text import fold
from fiado_app.domain.vocabulary import DISCOUNT, PAYMENT, SALE
from fiado_app.services.customers import CustomerInput, clean_customer
from fiado_app.services.sheet_files import Sheet

OPENING_BALANCE = "Saldo anterior (importado)"
Progress = Callable[[int, int], None]  # done, total


@dataclass(frozen=True)
class Problem:
    line: int  # the sheet's line (1 is the header)
    column: str
    reason: str


@dataclass
class NewCustomer:
    line: int
    values: dict[str, object]
    balance_cents: int = 0
    balance_due: date | None = None


@dataclass
class NewEntry:
    line: int
    customer: int | NewCustomer  # an existing customer's id, or one the import adds
    kind: str
    on: date
    cents: int
    due: date | None
    description: str
    method: str | None


@dataclass
class ImportPlan:
    """What an import would do. `mapping`: field key -> column index of the sheet."""

    path: Path
    sheet: Sheet
    shape: str
    mapping: dict[str, int]
    headers: list[str]
    new_customers: list[NewCustomer] = field(default_factory=list)
    customers_matched: int = 0
    reactivated: set[int] = field(default_factory=set)  # archived by an undo, back now
    entries: list[NewEntry] = field(default_factory=list)
    entries_existing: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # said, not refused
    already_imported: int | None = None  # the batch that imported this very file

    @property
    def entries_added(self) -> int:
        return len(self.entries) + sum(1 for c in self.new_customers if c.balance_cents)

    @property
    def adds_nothing(self) -> bool:
        return not (self.new_customers or self.entries or self.reactivated)


@dataclass
class Known:
    """The shop's customers as an import matches them (phone, CPF/CNPJ, exact name; also those
    an undone import archived), the customers the file adds so far, and what earlier imports
    wrote (each row counted as many times as it was written)."""

    names: dict[int, str]
    archived: set[int]
    by_phone: dict[str, int]
    by_document: dict[str, int]
    by_name: dict[str, list[int]]
    has_entries: set[int]
    agreement_days: dict[int, date]
    imported: Counter[tuple[int, str, str, int, str]]
    matched: set[int] = field(default_factory=set)
    new_by_key: dict[str, NewCustomer] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> Known:
        names: dict[int, str] = {}
        archived: set[int] = set()
        by_phone: dict[str, int] = {}
        by_document: dict[str, int] = {}
        by_name: dict[str, list[int]] = {}
        for cid, name, phone, document, gone in plain_rows(
            session, "SELECT id, name, phone, document, archived_at IS NOT NULL FROM customer", {}
        ):
            names[cid] = name
            if gone:
                archived.add(cid)
            if phone:
                by_phone[phone] = cid
            if document:
                by_document[document] = cid
            by_name.setdefault(fold(name), []).append(cid)
        # Live entries only: a customer whose imported balance was undone may get it again.
        has_entries = {cid for (cid,) in plain_rows(
            session, "SELECT DISTINCT customer_id FROM entry WHERE reversed_by_id IS NULL "
            "AND kind IN ('sale', 'payment', 'discount')", {})}  # fmt: skip
        days: dict[int, date] = {}
        for cid, made_on in session.execute(
            select(Agreement.customer_id, func.max(Agreement.made_on))
            .where(Agreement.undone_by_id.is_(None))
            .group_by(Agreement.customer_id)
        ):
            days[cid] = made_on
        imported: Counter[tuple[int, str, str, int, str]] = Counter(
            (int(cid), str(kind), str(on), int(cents), str(description))
            for cid, kind, on, cents, description in plain_rows(
                session,
                "SELECT e.customer_id, e.kind, e.date, e.amount_cents, e.description "
                "FROM import_batch_entry AS b JOIN entry AS e ON e.id = b.entry_id "
                "WHERE e.reversed_by_id IS NULL",
                {},
            )
        )
        return cls(names, archived, by_phone, by_document, by_name, has_entries, days, imported)

    def use(self, plan: ImportPlan, customer_id: int) -> int:
        """An existing customer the sheet names: counted once, brought back if archived."""
        if customer_id not in self.matched:
            self.matched.add(customer_id)
            plan.customers_matched += 1
            if customer_id in self.archived:
                plan.reactivated.add(customer_id)
        return customer_id


_CUSTOMER_COLUMNS = {
    "nome": "name", "apelido": "nickname", "telefone": "phone", "cpf_cnpj": "document",
    "email": "email", "endereco": "street", "numero": "number", "complemento": "complement",
    "bairro": "district", "cidade": "city", "uf": "uf", "cep": "cep", "limite": "credit_limit",
    "observacoes": "notes",
}  # fmt: skip
_SHEET_NAME = {v: k for k, v in _CUSTOMER_COLUMNS.items()}
_WHY = {"phone": "pelo mesmo telefone", "document": "pelo mesmo CPF/CNPJ", "name": "pelo nome"}


def customer_row(
    plan: ImportPlan,
    known: Known,
    line: int,
    cells: dict[str, object],
    today: date,
    terms_due: Callable[[date], date],
) -> None:
    texts = {
        _CUSTOMER_COLUMNS[k]: cell_text(v) if k == "observacoes" else one_line(v)
        for k, v in cells.items()
        if k in _CUSTOMER_COLUMNS
    }
    if isinstance(cells.get("limite"), int | float) and not isinstance(cells["limite"], bool):
        texts["credit_limit"] = f"{cells['limite']:.2f}"
    # Numbers typed into a spreadsheet lose their leading zeros: 01234567890 becomes 1234567890.
    for key, widths in (("document", (11, 14)), ("cep", (8,))):
        digits = texts.get(key, "")
        if digits.isdigit() and isinstance(cells.get(_SHEET_NAME[key]), int | float):
            texts[key] = next((digits.zfill(w) for w in widths if len(digits) <= w), digits)
    try:
        values = clean_customer(CustomerInput(**texts))
    except InvalidInput as exc:
        plan.problems.append(Problem(line, _column_of(str(exc)), str(exc)))
        return
    balance, due, column = 0, None, "saldo"
    try:
        if "saldo" in cells and cell_text(cells["saldo"]):
            balance = cell_cents(cells["saldo"], "Saldo", signed=True, zero=True)
            if balance < 0:
                raise InvalidInput(
                    f"O saldo é negativo ({cell_text(cells['saldo'])}): o Fiado importa só o "
                    "que o cliente deve."
                )
        column = "vencimento"
        if "vencimento" in cells and cell_text(cells["vencimento"]):
            due = cell_date(cells["vencimento"], "Vencimento")
    except InvalidInput as exc:
        plan.problems.append(Problem(line, column, str(exc)))
        return
    found = _existing(known, values)
    if found is not None:
        existing, why = found
        known.use(plan, existing)
        old_name = known.names.get(existing, "")
        if fold(old_name) != fold(str(values["name"])):
            plan.notes.append(Problem(line, "nome", f"Já cadastrado como {old_name} (nº "
                                      f"{existing}), {_WHY[why]}: não foi repetido."))  # fmt: skip
        if balance and existing in known.has_entries:
            plan.notes.append(Problem(line, "saldo", f"{old_name} (nº {existing}) já tem "
                                      "lançamentos: o saldo desta linha não foi importado."))  # fmt: skip
        elif balance:
            known.has_entries.add(existing)
            plan.entries.append(_opening(line, existing, balance, due, today, terms_due))
        return
    for key in _keys_of(values):
        earlier = known.new_by_key.get(key)
        if earlier is None:
            continue
        kind = key.split(":")[0]
        if kind == "name" and values.get("phone") and earlier.values.get("phone"):
            continue  # two people of the same name, each with a phone of their own
        column, what = {"phone": ("telefone", "o mesmo telefone"),
                        "doc": ("cpf_cnpj", "o mesmo CPF/CNPJ"),
                        "name": ("nome", "o mesmo nome")}[kind]  # fmt: skip
        plan.problems.append(Problem(
            line, column,
            f"Repetido: {what} da linha {earlier.line} ({earlier.values['name']}). Cada cliente "
            "precisa de telefone e CPF/CNPJ só seus: apague um deles, ou junte as linhas.",
        ))  # fmt: skip
        return
    new = NewCustomer(line, values, balance, due or (terms_due(today) if balance else None))
    known.new_by_key.update(dict.fromkeys(_keys_of(values), new))
    plan.new_customers.append(new)


def _opening(
    line: int,
    customer: int,
    cents: int,
    due: date | None,
    today: date,
    terms_due: Callable[[date], date],
) -> NewEntry:
    due = due or terms_due(today)
    return NewEntry(line, customer, SALE, min(today, due), cents, due, OPENING_BALANCE, None)


def _keys_of(values: dict[str, object]) -> list[str]:
    keys = [f"name:{fold(str(values['name']))}"]
    if values.get("phone"):
        keys.append(f"phone:{values['phone']}")
    if values.get("document"):
        keys.append(f"doc:{values['document']}")
    return keys


def _existing(known: Known, values: dict[str, object]) -> tuple[int, str] | None:
    if values.get("phone") and values["phone"] in known.by_phone:
        return known.by_phone[str(values["phone"])], "phone"
    if values.get("document") and values["document"] in known.by_document:
        return known.by_document[str(values["document"])], "document"
    if values.get("phone") or values.get("document"):
        # A phone or CPF of its own that no customer has: a new person, even with a known name,
        # unless the one customer of that name has neither.
        same = [c for c in known.by_name.get(fold(str(values["name"])), [])
                if c not in known.by_phone.values() and c not in known.by_document.values()]  # fmt: skip
    else:
        same = known.by_name.get(fold(str(values["name"])), [])
    return (same[0], "name") if len(same) == 1 else None


def _column_of(message: str) -> str:
    lowered = fold(message)
    for needle, column in (
        ("telefone", "telefone"), ("cpf", "cpf_cnpj"), ("cnpj", "cpf_cnpj"), ("e-mail", "email"),
        ("limite", "limite"), ("cep", "cep"), ("uf", "uf"), ("apelido", "apelido"),
        ("observa", "observacoes"), ("endere", "endereco"), ("rua", "endereco"),
        ("bairro", "bairro"), ("cidade", "cidade"), ("complemento", "complemento"),
        ("numero", "numero"),
    ):  # fmt: skip
        if needle in lowered:
            return column
    return "nome"


def entry_row(
    plan: ImportPlan,
    known: Known,
    line: int,
    cells: dict[str, object],
    today: date,
    terms_due: Callable[[date], date],
) -> None:
    column = "data"
    try:
        on = cell_date(cells.get("data"), "Data")
        if on > today:
            raise InvalidInput(f"A data {format_date(on)} está no futuro.")
        column = "valor"
        signed = cell_cents(cells.get("valor"), "Valor", signed="tipo" not in cells)
        column = "tipo"
        kind = cell_kind(cells.get("tipo"), signed)
        if kind is None or one_line(cells.get("estornado")):
            what = one_line(cells.get("tipo")) if kind is None else "lançamento estornado"
            plan.notes.append(Problem(line, column, f"{what.capitalize()}: linha não importada "
                                      "(não é um lançamento que valha)."))  # fmt: skip
            return
        kind = {"sale": SALE, "payment": PAYMENT, "discount": DISCOUNT}[kind]
        cents = abs(signed)
        column = "vencimento"
        due = None
        if kind == SALE:
            raw_due = cells.get("vencimento")
            due = cell_date(raw_due, "Vencimento") if cell_text(raw_due) else terms_due(on)
            check_date_range(due, "O vencimento")
            if due < on:
                raise InvalidInput(
                    f"O vencimento ({format_date(due)}) é antes da venda ({format_date(on)})."
                )
        column = "forma"
        method = cell_method(cells.get("forma")) if kind == PAYMENT else None
        column = "descricao"
        description = check_text(one_line(cells.get("descricao")), "O texto da descrição",
                                 "description")  # fmt: skip
        column = "cliente"
        name = one_line(cells.get("cliente"))
        if not name:
            raise InvalidInput("O nome do cliente está em branco.")
        customer = _customer_for(plan, known, name, line)
        if isinstance(customer, int):
            made_on = known.agreement_days.get(customer)
            if made_on is not None and on < made_on:
                raise InvalidInput(
                    f"O cliente fez um acordo em {format_date(made_on)}: lançamentos de antes "
                    "dele não podem ser importados."
                )
    except InvalidInput as exc:
        plan.problems.append(Problem(line, column, str(exc)))
        return
    if isinstance(customer, NewCustomer) and customer.line == line:
        plan.new_customers.append(customer)
    if isinstance(customer, int):
        key = (customer, kind, on.isoformat(), cents, description)
        if known.imported[key] > 0:  # written by an earlier import: once for each time
            known.imported[key] -= 1
            plan.entries_existing += 1
            return
    plan.entries.append(NewEntry(line, customer, kind, on, cents, due, description, method))


def _customer_for(plan: ImportPlan, known: Known, name: str, line: int) -> int | NewCustomer:
    same = known.by_name.get(fold(name), [])
    if len(same) > 1:
        live = [c for c in same if c not in known.archived]
        if len(live) == 1:
            return known.use(plan, live[0])
        raise InvalidInput(
            f"Há {len(same)} clientes chamados “{name[:40]}”: importe pela lista de clientes "
            "com telefone, ou diferencie os nomes."
        )
    if same:
        return known.use(plan, same[0])
    key = f"name:{fold(name)}"
    if key not in known.new_by_key:
        values = clean_customer(CustomerInput(name=name))
        known.new_by_key[key] = NewCustomer(line, values)
    return known.new_by_key[key]
