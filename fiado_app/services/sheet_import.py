"""Importing the old caderneta from a spreadsheet (docs/spreadsheets.md).

`plan_import` reads and checks every row without writing (the dry run): the customers and
entries it would add, those that already exist, and every refused row with its line, column
and reason. `run_import` writes a plan in one transaction — all of it, or only the good rows
when the owner says so — as a batch (`import_batch`) that `undo_import` reverses. A file
already imported adds nothing; rows already imported by another file are not added again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database, plain_rows
from fiado_app.db.models import (
    Agreement,
    Customer,
    Entry,
    ImportBatch,
    ImportBatchCustomer,
    ImportBatchEntry,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import check_date_range, check_text
from fiado_app.domain.sheet_fields import (
    CUSTOMERS,
    FIELDS,
    SHAPE_NAMES,
    cell_cents,
    cell_date,
    cell_kind,
    cell_method,
    cell_text,
    guess_shape,
    match_headers,
)
from fiado_app.domain.text import fold
from fiado_app.domain.vocabulary import PAYMENT, REVERSAL, SALE
from fiado_app.services.checkpoints import refresh_checkpoints
from fiado_app.services.customers import CustomerInput, clean_customer
from fiado_app.services.sheet_files import Sheet, read_sheet
from fiado_app.services.shop import load_shop, shop_terms

OPENING_BALANCE = "Saldo anterior (importado)"
Progress = Callable[[int, int], None]  # done, total


@dataclass(frozen=True)
class Problem:
    line: int  # the sheet's line (1 is the header)
    column: str
    reason: str


@dataclass
class _NewCustomer:
    line: int
    values: dict[str, object]
    balance_cents: int = 0
    balance_due: date | None = None


@dataclass
class _NewEntry:
    line: int
    customer: int | _NewCustomer  # an existing customer's id, or one the import adds
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
    new_customers: list[_NewCustomer] = field(default_factory=list)
    customers_matched: int = 0
    entries: list[_NewEntry] = field(default_factory=list)
    entries_existing: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    already_imported: int | None = None  # the batch that imported this very file

    @property
    def entries_added(self) -> int:
        return len(self.entries) + sum(1 for c in self.new_customers if c.balance_cents)


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None
    dry_run: bool
    customers_added: int
    customers_matched: int
    entries_added: int
    entries_existing: int
    skipped: list[Problem]
    already_imported: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "batch_id": self.batch_id,
            "dry_run": self.dry_run,
            "customers_added": self.customers_added,
            "customers_matched": self.customers_matched,
            "entries_added": self.entries_added,
            "entries_existing": self.entries_existing,
            "already_imported": self.already_imported,
            "skipped": [
                {"line": p.line, "column": p.column, "reason": p.reason} for p in self.skipped
            ],  # fmt: skip
        }


def _headers(sheet: Sheet) -> list[str]:
    return [cell_text(h) for h in (sheet.rows[0] if sheet.rows else [])]


def read_for_import(path: Path, sheet: str | None = None) -> tuple[Sheet, str | None]:
    """The sheet, and the shape its headers name (None: the owner maps the columns)."""
    found = read_sheet(path, sheet)
    return found, guess_shape(list(found.rows[0]) if found.rows else [])


def plan_import(
    db: Database,
    path: Path,
    *,
    sheet: str | None = None,
    shape: str | None = None,
    mapping: dict[str, int] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    loaded: Sheet | None = None,
) -> ImportPlan:
    """The dry run. `shape` and `mapping` come from the mapping step when the headers did not
    say enough; otherwise they are found from the headers."""
    today = today or date.today()
    data = loaded or read_sheet(path, sheet)
    if not data.rows:
        raise InvalidInput(f"{path.name} está vazia.")
    headers = _headers(data)
    shape = shape or guess_shape(list(data.rows[0]))
    if shape is None:
        raise InvalidInput(
            "Não reconheci as colunas da planilha: a primeira linha deve ter os títulos "
            "(para clientes, ao menos “nome”; para lançamentos, “data”, “cliente” e “valor”). "
            "Veja o modelo em “Importar caderneta…” ou em docs/spreadsheets.md."
        )
    mapping = dict(mapping) if mapping is not None else match_headers(list(data.rows[0]), shape)
    missing = [f.label for f in FIELDS[shape] if f.required and f.key not in mapping]
    if missing:
        raise InvalidInput(
            f"Faltam colunas na {SHAPE_NAMES[shape]}: {', '.join(missing)}. Indique qual coluna "
            "da planilha é cada uma."
        )
    plan = ImportPlan(path, data, shape, mapping, headers)
    with db.read() as session:
        previous = session.scalars(
            select(ImportBatch.id).where(
                ImportBatch.file_sha256 == data.digest, ImportBatch.undone_at.is_(None)
            )
        ).first()
        if previous is not None:
            plan.already_imported = previous
            return plan
        known = _Known.read(session)
        terms = shop_terms(load_shop(session))
        rows = data.rows[1:]
        for index, row in enumerate(rows):
            line = index + 2
            if all(cell_text(v) == "" for v in row):
                continue
            cells = {key: row[col] if col < len(row) else None for key, col in mapping.items()}
            if shape == CUSTOMERS:
                _customer_row(plan, known, line, cells, today, terms.due_date)
            else:
                _entry_row(plan, known, line, cells, today, terms.due_date)
            if progress is not None and index % 2000 == 0:
                progress(index, len(rows))
    if progress is not None:
        progress(len(data.rows) - 1, len(data.rows) - 1)
    return plan


@dataclass
class _Known:
    """The shop's customers as an import matches them (phone, CPF/CNPJ, exact name), the
    customers the file adds so far, and what earlier imports wrote."""

    by_phone: dict[str, int]
    by_document: dict[str, int]
    by_name: dict[str, list[int]]
    has_entries: set[int]
    agreement_days: dict[int, date]
    imported: set[tuple[int, str, str, int, str]]
    new_by_key: dict[str, _NewCustomer] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> _Known:
        by_phone: dict[str, int] = {}
        by_document: dict[str, int] = {}
        by_name: dict[str, list[int]] = {}
        for cid, name, phone, document in plain_rows(
            session, "SELECT id, name, phone, document FROM customer WHERE archived_at IS NULL", {}
        ):
            if phone:
                by_phone[phone] = cid
            if document:
                by_document[document] = cid
            by_name.setdefault(fold(name), []).append(cid)
        has_entries = {cid for (cid,) in plain_rows(
            session, "SELECT DISTINCT customer_id FROM entry", {})}  # fmt: skip
        days: dict[int, date] = {}
        for cid, made_on in session.execute(
            select(Agreement.customer_id, func.max(Agreement.made_on))
            .where(Agreement.undone_by_id.is_(None))
            .group_by(Agreement.customer_id)
        ):
            days[cid] = made_on
        imported = {
            (int(cid), str(kind), str(on), int(cents), str(description))
            for cid, kind, on, cents, description in plain_rows(
                session,
                "SELECT e.customer_id, e.kind, e.date, e.amount_cents, e.description "
                "FROM import_batch_entry AS b JOIN entry AS e ON e.id = b.entry_id "
                "WHERE e.reversed_by_id IS NULL",
                {},
            )
        }
        return cls(by_phone, by_document, by_name, has_entries, days, imported)


_CUSTOMER_COLUMNS = {
    "nome": "name", "apelido": "nickname", "telefone": "phone", "cpf_cnpj": "document",
    "email": "email", "endereco": "street", "numero": "number", "complemento": "complement",
    "bairro": "district", "cidade": "city", "uf": "uf", "cep": "cep", "limite": "credit_limit",
    "observacoes": "notes",
}  # fmt: skip
_SHEET_NAME = {v: k for k, v in _CUSTOMER_COLUMNS.items()}


def _customer_row(
    plan: ImportPlan,
    known: _Known,
    line: int,
    cells: dict[str, object],
    today: date,
    terms_due: Callable[[date], date],
) -> None:
    texts = {_CUSTOMER_COLUMNS[k]: cell_text(v) for k, v in cells.items() if k in _CUSTOMER_COLUMNS}
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
    balance, due = 0, None
    try:
        if "saldo" in cells and cell_text(cells["saldo"]):
            balance = cell_cents(cells["saldo"], "O saldo", signed=True)
            if balance < 0:
                raise InvalidInput(
                    f"O saldo é negativo ({cell_text(cells['saldo'])}): o Fiado importa só o "
                    "que o cliente deve."
                )
        if "vencimento" in cells and cell_text(cells["vencimento"]):
            due = cell_date(cells["vencimento"], "O vencimento")
    except InvalidInput as exc:
        plan.problems.append(
            Problem(line, "saldo" if "saldo" in str(exc).lower() else "vencimento", str(exc))
        )
        return
    existing = _existing(known, values)
    if existing is not None:
        plan.customers_matched += 1
        if balance and existing in known.has_entries:
            plan.notes.append(Problem(line, "saldo", "Cliente já cadastrado e com lançamentos: "
                                      "o saldo desta linha não foi importado."))  # fmt: skip
        elif balance:
            known.has_entries.add(existing)
            plan.entries.append(_opening(line, existing, balance, due, today, terms_due))
        return
    key = _new_key(values)
    if key in known.new_by_key:
        plan.problems.append(Problem(line, "nome", f"Cliente repetido: já está na linha "
                                     f"{known.new_by_key[key].line}."))  # fmt: skip
        return
    new = _NewCustomer(line, values, balance, due or (terms_due(today) if balance else None))
    known.new_by_key.update(dict.fromkeys(_keys_of(values), new))
    plan.new_customers.append(new)


def _opening(
    line: int,
    customer: int,
    cents: int,
    due: date | None,
    today: date,
    terms_due: Callable[[date], date],
) -> _NewEntry:
    due = due or terms_due(today)
    return _NewEntry(line, customer, SALE, min(today, due), cents, due, OPENING_BALANCE, None)


def _keys_of(values: dict[str, object]) -> list[str]:
    keys = [f"name:{fold(str(values['name']))}"]
    if values.get("phone"):
        keys.append(f"phone:{values['phone']}")
    if values.get("document"):
        keys.append(f"doc:{values['document']}")
    return keys


def _new_key(values: dict[str, object]) -> str:
    return next((k for k in reversed(_keys_of(values)) if k), "")


def _existing(known: _Known, values: dict[str, object]) -> int | None:
    if values.get("phone") and values["phone"] in known.by_phone:
        return known.by_phone[str(values["phone"])]
    if values.get("document") and values["document"] in known.by_document:
        return known.by_document[str(values["document"])]
    same = known.by_name.get(fold(str(values["name"])), [])
    return same[0] if len(same) == 1 else None


def _column_of(message: str) -> str:
    lowered = fold(message)
    for needle, column in (
        ("telefone", "telefone"), ("cpf", "cpf_cnpj"), ("cnpj", "cpf_cnpj"), ("e-mail", "email"),
        ("limite", "limite"), ("cep", "cep"), ("uf", "uf"), ("apelido", "apelido"),
        ("observa", "observacoes"), ("endere", "endereco"), ("bairro", "bairro"),
        ("cidade", "cidade"), ("complemento", "complemento"), ("numero", "numero"),
    ):  # fmt: skip
        if needle in lowered:
            return column
    return "nome"


def _entry_row(
    plan: ImportPlan,
    known: _Known,
    line: int,
    cells: dict[str, object],
    today: date,
    terms_due: Callable[[date], date],
) -> None:
    column = "data"
    try:
        on = cell_date(cells.get("data"), "A data")
        if on > today:
            raise InvalidInput(f"A data {format_date(on)} está no futuro.")
        column = "valor"
        signed = cell_cents(cells.get("valor"), "O valor", signed="tipo" not in cells)
        column = "tipo"
        kind = SALE if cell_kind(cells.get("tipo"), signed) == "sale" else PAYMENT
        cents = abs(signed)
        column = "vencimento"
        due = None
        if kind == SALE:
            raw_due = cells.get("vencimento")
            due = cell_date(raw_due, "O vencimento") if cell_text(raw_due) else terms_due(on)
            check_date_range(due, "O vencimento")
            if due < on:
                raise InvalidInput(
                    f"O vencimento ({format_date(due)}) é antes da venda ({format_date(on)})."
                )
        column = "forma"
        method = cell_method(cells.get("forma")) if kind == PAYMENT else None
        column = "descricao"
        description = check_text(cell_text(cells.get("descricao")), "A descrição", "description")
        column = "cliente"
        name = " ".join(cell_text(cells.get("cliente")).split())
        if not name:
            raise InvalidInput("O nome do cliente está em branco.")
        customer = _customer_for(known, name, line)
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
    if isinstance(customer, _NewCustomer) and customer.line == line:
        plan.new_customers.append(customer)
    if isinstance(customer, int) and (
        customer, kind, on.isoformat(), cents, description) in known.imported:  # fmt: skip
        plan.entries_existing += 1
        return
    plan.entries.append(_NewEntry(line, customer, kind, on, cents, due, description, method))


def _customer_for(known: _Known, name: str, line: int) -> int | _NewCustomer:
    same = known.by_name.get(fold(name), [])
    if len(same) > 1:
        raise InvalidInput(
            f"Há {len(same)} clientes chamados “{name[:40]}”: importe pela lista de clientes "
            "com telefone, ou diferencie os nomes."
        )
    if same:
        return same[0]
    key = f"name:{fold(name)}"
    if key not in known.new_by_key:
        values = clean_customer(CustomerInput(name=name))
        known.new_by_key[key] = _NewCustomer(line, values)
    return known.new_by_key[key]


def run_import(
    db: Database,
    plan: ImportPlan,
    *,
    skip_bad: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan in one transaction. With refused rows, nothing is written unless
    `skip_bad` (then only the good rows, the others listed)."""
    today = today or date.today()
    if plan.already_imported is not None:
        return ImportResult(None, False, 0, 0, 0, 0, [], plan.already_imported)
    if plan.problems and not skip_bad:
        first = "; ".join(f"linha {p.line} ({p.column}): {p.reason}" for p in plan.problems[:5])
        raise ImportRefused(
            f"Nada foi importado: {len(plan.problems)} linha(s) com problema — {first}"
            + (" …" if len(plan.problems) > 5 else "")
            + ". Corrija a planilha, ou importe só as linhas boas (--skip-bad).",
            plan.problems,
        )
    with db.write() as session:
        batch = ImportBatch(
            file_name=plan.path.name[:255],
            sheet=plan.sheet.name[:255],
            shape=plan.shape,
            file_sha256=plan.sheet.digest,
            customers_added=len(plan.new_customers),
            customers_matched=plan.customers_matched,
            entries_added=plan.entries_added,
            rows_skipped=len(plan.problems),
        )
        session.add(batch)
        session.flush()
        ids = _add_customers(session, batch.id, plan.new_customers)
        rows = [*plan.entries]
        rows += [
            _NewEntry(c.line, c, SALE, min(today, c.balance_due or today), c.balance_cents,
                      c.balance_due, OPENING_BALANCE, None)
            for c in plan.new_customers if c.balance_cents
        ]  # fmt: skip
        rows.sort(key=lambda r: (r.on, r.line))
        touched = _add_entries(session, batch.id, rows, ids, progress)
        refresh_checkpoints(session, touched, today)
        return ImportResult(
            batch.id,
            False,
            len(plan.new_customers),
            plan.customers_matched,
            len(rows),
            plan.entries_existing,
            list(plan.problems),
        )


class ImportRefused(InvalidInput):
    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


def dry_run_result(plan: ImportPlan) -> ImportResult:
    return ImportResult(
        None,
        True,
        0 if plan.already_imported else len(plan.new_customers),
        plan.customers_matched,
        0 if plan.already_imported else plan.entries_added,
        plan.entries_existing,
        list(plan.problems),
        plan.already_imported,
    )


def _add_customers(session: Session, batch_id: int, new: list[_NewCustomer]) -> dict[int, int]:
    """Insert the customers; id(the plan's customer) -> customer number."""
    ids: dict[int, int] = {}
    for c in new:
        customer = Customer(**c.values)
        session.add(customer)
        session.flush()
        ids[id(c)] = customer.id
    if ids:
        session.execute(
            insert(ImportBatchCustomer),
            [{"batch_id": batch_id, "customer_id": cid} for cid in ids.values()],
        )
    return ids


def _add_entries(
    session: Session,
    batch_id: int,
    rows: list[_NewEntry],
    ids: dict[int, int],
    progress: Progress | None,
) -> set[int]:
    first = int(session.execute(text("SELECT COALESCE(MAX(id), 0) FROM entry")).scalar_one()) + 1
    now = datetime.now()
    touched: set[int] = set()
    values = []
    for r in rows:
        cid = r.customer if isinstance(r.customer, int) else ids[id(r.customer)]
        touched.add(cid)
        values.append({
            "customer_id": cid, "kind": r.kind, "date": r.on, "amount_cents": r.cents,
            "due_date": r.due, "description": r.description, "method": r.method, "note": "",
            "reason": "", "created_at": now,
        })  # fmt: skip
    step = 5000
    for start in range(0, len(values), step):
        session.execute(insert(Entry), values[start : start + step])
        if progress is not None:
            progress(min(start + step, len(values)), len(values))
    # The transaction holds the write lock: every entry numbered from `first` is this batch's,
    # in the order written.
    session.execute(
        insert(ImportBatchEntry),
        [{"batch_id": batch_id, "entry_id": first + i, "line": r.line} for i, r in enumerate(rows)],
    )
    written = session.execute(
        text("SELECT COUNT(*) FROM entry WHERE id >= :first"), {"first": first}
    ).scalar_one()
    if written != len(rows):  # never expected: the numbering is SQLite's rowid order
        raise RuntimeError("entry numbers of an import are not consecutive")
    return touched


def list_imports(db: Database) -> list[ImportBatch]:
    with db.read() as session:
        rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).all()
        session.expunge_all()
        return list(rows)


def undo_import(db: Database, batch_id: int, *, today: date | None = None) -> ImportBatch:
    """Reverse every entry the batch wrote and archive the customers it created (their history
    stays). Refused when one of its entries went into an agreement (undo that first)."""
    today = today or date.today()
    with db.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise InvalidInput(f"Importação nº {batch_id} não encontrada.")
        if batch.undone_at is not None:
            raise InvalidInput(
                f"A importação nº {batch_id} já foi desfeita em {format_date(batch.undone_at.date())}."
            )
        entries = session.scalars(
            select(Entry)
            .join(ImportBatchEntry, ImportBatchEntry.entry_id == Entry.id)
            .where(ImportBatchEntry.batch_id == batch_id)
        ).all()
        reversers = [e.reversed_by_id for e in entries if e.reversed_by_id is not None]
        kinds = {
            eid: kind
            for eid, kind in session.execute(
                select(Entry.id, Entry.kind).where(Entry.id.in_(reversers))
            )
        }
        for e in entries:
            by = kinds.get(e.reversed_by_id) if e.reversed_by_id else None
            if e.reversed_by_id is not None and by != REVERSAL:
                raise InvalidInput(
                    f"O lançamento nº {e.id} desta importação entrou num acordo: desfaça o "
                    "acordo antes de desfazer a importação."
                )
        reason = f"Importação nº {batch_id} desfeita"
        for e in entries:
            if e.reversed_by_id is not None:
                continue  # reversed already, by hand
            reversal = Entry(
                customer_id=e.customer_id, kind=REVERSAL, date=e.date,
                amount_cents=e.amount_cents, description=e.description, reason=reason,
                reverses_id=e.id,
            )  # fmt: skip
            session.add(reversal)
            session.flush()
            e.reversed_by_id = reversal.id
            e.reversed_on = e.date
        now = datetime.now()
        created = session.scalars(
            select(Customer)
            .join(ImportBatchCustomer, ImportBatchCustomer.customer_id == Customer.id)
            .where(ImportBatchCustomer.batch_id == batch_id)
        ).all()
        mine = {e.id for e in entries}
        for c in created:
            others = session.execute(
                select(func.count()).where(
                    Entry.customer_id == c.id, Entry.kind != REVERSAL, Entry.id.not_in(mine)
                )
            ).scalar_one()
            if not others:
                c.archived_at = now
        batch.undone_at = now
        session.flush()
        refresh_checkpoints(session, {e.customer_id for e in entries}, today)
        session.expunge(batch)
        return batch
