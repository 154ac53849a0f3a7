"""Importing the old caderneta from a spreadsheet (docs/spreadsheets.md).

`plan_import` reads and checks every row without writing (the dry run): the customers and
entries it would add, those that already exist, and every refused row with its line, column
and reason. `run_import` writes a plan in one transaction — all of it, or only the good rows
when the owner says so — as a batch (`import_batch`) that `undo_import` reverses. A file
already imported adds nothing; rows already imported by another file are not added again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from fiado_app.db.engine import Database
from fiado_app.db.models import (
    Customer,
    Entry,
    ImportBatch,
    ImportBatchCustomer,
    ImportBatchEntry,
)
from fiado_app.domain.changes import CUSTOMERS as CUSTOMERS_CHANGED
from fiado_app.domain.changes import ENTRIES as ENTRIES_CHANGED
from fiado_app.domain.changes import NOTHING, Changes
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.sheet_fields import (
    CUSTOMERS,
    FIELDS,
    SHAPE_NAMES,
    cell_text,
    guess_shape,
    match_headers,
)
from fiado_app.domain.vocabulary import DISCOUNT, REVERSAL, SALE
from fiado_app.services import sheet_rows
from fiado_app.services.checkpoints import refresh_checkpoints
from fiado_app.services.sheet_files import Sheet, read_sheet
from fiado_app.services.sheet_rows import (
    OPENING_BALANCE,
    ImportPlan,
    NewCustomer,
    NewEntry,
    Problem,
    Progress,
)
from fiado_app.services.shop import load_shop, shop_terms


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

    def changes(self) -> Changes:
        if self.dry_run or not (self.customers_added or self.entries_added):
            return NOTHING
        return Changes.to_all(ENTRIES_CHANGED) | Changes.to_all(CUSTOMERS_CHANGED)

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
        raise InvalidInput(f"A planilha {path.name} está vazia.")
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
        known = sheet_rows.Known.read(session)
        terms = shop_terms(load_shop(session))
        rows = data.rows[1:]
        for index, row in enumerate(rows):
            line = index + 2
            if all(cell_text(v) == "" for v in row):
                continue
            cells = {key: row[col] if col < len(row) else None for key, col in mapping.items()}
            if shape == CUSTOMERS:
                sheet_rows.customer_row(plan, known, line, cells, today, terms.due_date)
            else:
                sheet_rows.entry_row(plan, known, line, cells, today, terms.due_date)
            if progress is not None and index % 2000 == 0:
                progress(index, len(rows))
    if progress is not None:
        progress(len(data.rows) - 1, len(data.rows) - 1)
    _name_columns(plan)
    return plan


def _name_columns(plan: ImportPlan) -> None:
    """Problems name the sheet's own header ("Nome do cliente"), and the columns no field uses
    are said, so that nothing is dropped without a word."""

    def header(key: str) -> str:
        col = plan.mapping.get(key)
        return (plan.headers[col] or f"coluna {col + 1}") if col is not None else key

    plan.problems[:] = [Problem(p.line, header(p.column), p.reason) for p in plan.problems]
    plan.notes[:] = [Problem(p.line, header(p.column), p.reason) for p in plan.notes]
    used = set(plan.mapping.values())
    unused = [h for i, h in enumerate(plan.headers) if i not in used and h]
    if unused:
        plan.notes.insert(0, Problem(1, "", "Colunas que não são importadas: "
                                     + ", ".join(unused) + "."))  # fmt: skip


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
    if plan.adds_nothing:  # every row already in, or none good: no batch to undo
        return ImportResult(None, False, 0, plan.customers_matched, 0, plan.entries_existing,
                            list(plan.problems))  # fmt: skip
    with db.write() as session:
        if plan.reactivated:
            session.execute(
                update(Customer).where(Customer.id.in_(plan.reactivated)).values(archived_at=None)
            )
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
            NewEntry(c.line, c, SALE, min(today, c.balance_due or today), c.balance_cents,
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


def dry_run_result(plan: ImportPlan, dry_run: bool = True) -> ImportResult:
    """What the plan would write (`dry_run` False: a real import refused before writing)."""
    return ImportResult(
        None,
        dry_run,
        0 if plan.already_imported else len(plan.new_customers),
        plan.customers_matched,
        0 if plan.already_imported else plan.entries_added,
        plan.entries_existing,
        list(plan.problems),
        plan.already_imported,
    )


def _add_customers(session: Session, batch_id: int, new: list[NewCustomer]) -> dict[int, int]:
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
    rows: list[NewEntry],
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
            "reason": (r.description or "Abatimento importado") if r.kind == DISCOUNT else "",
            "created_at": now,
        })  # fmt: skip
    step = 5000
    for start in range(0, len(values), step):
        session.execute(insert(Entry), values[start : start + step])
        if progress is not None:
            progress(min(start + step, len(values)), len(values))
    # The transaction holds the write lock: every entry numbered from `first` is this batch's,
    # in the order written.
    if not rows:
        return touched
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


@dataclass(frozen=True)
class UndoneImport:
    batch_id: int
    file_name: str
    entries_reversed: int
    customers_archived: int

    def changes(self) -> Changes:
        return Changes.to_all(ENTRIES_CHANGED) | Changes.to_all(CUSTOMERS_CHANGED)


def undo_import(db: Database, batch_id: int, *, today: date | None = None) -> UndoneImport:
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
        reversed_now = 0
        for e in entries:
            if e.reversed_by_id is not None:
                continue  # reversed already, by hand
            reversed_now += 1
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
        archived = 0
        for c in created:
            others = session.execute(
                select(func.count()).where(
                    Entry.customer_id == c.id, Entry.kind != REVERSAL, Entry.id.not_in(mine)
                )
            ).scalar_one()
            if not others:
                c.archived_at = now
                archived += 1
        batch.undone_at = now
        session.flush()
        refresh_checkpoints(session, {e.customer_id for e in entries}, today)
        return UndoneImport(batch.id, batch.file_name, reversed_now, archived)
