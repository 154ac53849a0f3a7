"""Exporting the books to a spreadsheet (docs/spreadsheets.md): XLSX with the sheets
Clientes, Lançamentos, Contatos and Acordos (money as numbers in the R$ format, dates as dates,
headers frozen, columns sized; written row by row by documents/xlsx.py) or CSV (semicolon,
UTF-8 with BOM, as Brazilian Excel opens it: one file per sheet).

Every text cell is neutralised: one that would start with =, +, -, @, a tab or a carriage
return gets an apostrophe in front, so that no spreadsheet reads it as a formula
(a customer named `=HYPERLINK(...)` exports as that text)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fiado_app.db.engine import Database
from fiado_app.db.plain import plain_rows
from fiado_app.documents.files import why_not_written, write_atomically
from fiado_app.documents.xlsx import DAY, MOMENT, MONEY, NUMBER, TEXT, Column, XlsxWriter
from fiado_app.domain.br_documents import format_cep, format_document
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.phones import format_phone
from fiado_app.domain.vocabulary import METHOD_LABELS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
KIND_LABELS = {
    "sale": "venda", "payment": "pagamento", "discount": "abatimento",
    "reversal": "estorno", "agreement": "acordo",
}  # fmt: skip


def neutralised(value: str) -> str:
    """Text that no spreadsheet runs as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name
    columns: tuple[Column, ...]
    rows: Callable[[], Iterable[tuple[object, ...]]]


def _phone(value: object) -> str:
    return format_phone(str(value)) if value else ""


def _document(value: object, kind: object) -> str:
    return format_document(str(value), kind) if value else ""  # type: ignore[arg-type]


def _tables(db: Database, start: date | None, end: date | None) -> list[Table]:
    span = {"start": (start or date(1900, 1, 1)).isoformat(),
            "end": (end or date(9999, 12, 31)).isoformat()}  # fmt: skip

    def customers() -> Iterator[tuple[object, ...]]:
        with db.read() as session:
            rows = plain_rows(session, _CUSTOMERS, {})
        for r in rows:
            (cid, name, nickname, phone, kind, document, email, street, number, complement,
             district, city, uf, cep, limit, notes, created, balance, archived) = r  # fmt: skip
            yield (cid, name, nickname, _phone(phone), _document(document, kind), email, street,
                   number, complement, district, city, uf, format_cep(cep) if cep else "",
                   None if limit is None else limit / 100, (balance or 0) / 100, notes,
                   _moment(created), "sim" if archived else "")  # fmt: skip

    def entries() -> Iterator[tuple[object, ...]]:
        with db.read() as session:
            rows = plain_rows(session, _ENTRIES, span)
        for (eid, on, cid, name, kind, cents, due, description, method, note, reason,
             reverses, reversed_by, created) in rows:  # fmt: skip
            yield (eid, on, cid, name, KIND_LABELS.get(kind, kind), cents / 100, due,
                   description, METHOD_LABELS.get(method, method or ""), note or reason,
                   reverses, reversed_by, created)  # fmt: skip

    def contacts() -> Iterator[tuple[object, ...]]:
        with db.read() as session:
            rows = plain_rows(session, _CONTACTS, span)
        for (cid_, at, cid, name, channel, stage, outcome, promised, cents, note, body,
             voided) in rows:  # fmt: skip
            yield (cid_, _moment(at), cid, name, channel, stage or "", outcome, _day(promised),
                   None if cents is None else cents / 100, note, body,
                   "sim" if voided else "")  # fmt: skip

    def agreements() -> Iterator[tuple[object, ...]]:
        with db.read() as session:
            rows = plain_rows(session, _AGREEMENTS, span)
        for aid, made_on, cid, name, covered, total, down, discount, count, broken, undone in rows:
            yield (aid, _day(made_on), cid, name, covered / 100, discount / 100, down / 100,
                   total / 100, count, _day(broken), "sim" if undone else "")  # fmt: skip

    money = lambda title: Column(title, MONEY, 14)  # noqa: E731
    return [
        Table(
            "Clientes",
            (
                Column("Nº", NUMBER, 7),
                Column("Nome", width=30),
                Column("Apelido", width=16),
                Column("Telefone", width=18),
                Column("CPF/CNPJ", width=20),
                Column("E-mail", width=26),
                Column("Endereço", width=28),
                Column("Número", width=8),
                Column("Complemento"),
                Column("Bairro", width=18),
                Column("Cidade", width=18),
                Column("UF", width=5),
                Column("CEP", width=10),
                money("Limite"),
                money("Saldo"),
                Column("Observações", width=30),
                Column("Cadastrado em", MOMENT, 17),
                Column("Arquivado", width=10),
            ),
            customers,
        ),  # fmt: skip
        Table(
            "Lançamentos",
            (
                Column("Nº", NUMBER, 8),
                Column("Data", DAY, 12),
                Column("Cliente nº", NUMBER, 10),
                Column("Cliente", width=30),
                Column("Tipo", width=11),
                money("Valor"),
                Column("Vencimento", DAY, 12),
                Column("Descrição", width=30),
                Column("Forma", width=16),
                Column("Observação", width=30),
                Column("Estorna o nº", NUMBER, 12),
                Column("Estornado pelo nº", NUMBER, 16),
                Column("Registrado em", MOMENT, 17),
            ),
            entries,
        ),  # fmt: skip
        Table(
            "Contatos",
            (
                Column("Nº", NUMBER, 7),
                Column("Quando", MOMENT, 17),
                Column("Cliente nº", NUMBER, 10),
                Column("Cliente", width=30),
                Column("Canal", width=12),
                Column("Etapa", width=16),
                Column("Resultado", width=16),
                Column("Prometeu para", DAY, 14),
                money("Valor prometido"),
                Column("Anotação", width=30),
                Column("Texto", width=50),
                Column("Desfeito", width=9),
            ),
            contacts,
        ),  # fmt: skip
        Table(
            "Acordos",
            (
                Column("Nº", NUMBER, 6),
                Column("Feito em", DAY, 12),
                Column("Cliente nº", NUMBER, 10),
                Column("Cliente", width=30),
                money("Dívida renegociada"),
                money("Desconto"),
                money("Entrada"),
                money("Total"),
                Column("Parcelas", NUMBER, 9),
                Column("Rompido em", DAY, 12),
                Column("Desfeito", width=9),
            ),
            agreements,
        ),  # fmt: skip
    ]


def _day(value: object) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value)[:10])


def _moment(value: object) -> datetime | None:
    return None if value in (None, "") else datetime.fromisoformat(str(value))


_CUSTOMERS = """
SELECT c.id, c.name, c.nickname, c.phone, c.document_kind, c.document, c.email, c.street,
       c.number, c.complement, c.district, c.city, c.uf, c.cep, c.credit_limit_cents, c.notes,
       c.created_at, COALESCE(b.balance, 0), c.archived_at
FROM customer AS c LEFT JOIN (
    SELECT customer_id, SUM(CASE kind WHEN 'sale' THEN amount_cents
                                      WHEN 'payment' THEN -amount_cents
                                      WHEN 'discount' THEN -amount_cents ELSE 0 END) AS balance
    FROM entry WHERE reversed_on IS NULL OR reversed_on > date('now', 'localtime')
    GROUP BY customer_id) AS b ON b.customer_id = c.id
ORDER BY c.id
"""
_ENTRIES = """
SELECT e.id, e.date, e.customer_id, c.name, e.kind, e.amount_cents, e.due_date, e.description,
       e.method, e.note, e.reason, e.reverses_id, e.reversed_by_id, e.created_at
FROM entry AS e JOIN customer AS c ON c.id = e.customer_id
WHERE e.date BETWEEN :start AND :end
ORDER BY e.date, e.id
"""
_CONTACTS = """
SELECT k.id, k.at, k.customer_id, c.name, k.channel, k.stage_key, k.outcome, k.promise_date,
       k.promise_cents, k.note, k.text, k.voided_at
FROM contact AS k JOIN customer AS c ON c.id = k.customer_id
WHERE date(k.at) BETWEEN :start AND :end
ORDER BY k.at, k.id
"""
_AGREEMENTS = """
SELECT a.id, a.made_on, a.customer_id, c.name, a.covered_cents, a.total_cents,
       a.down_payment_cents, a.discount_cents,
       (SELECT COUNT(*) FROM agreement_installment AS i WHERE i.agreement_id = a.id),
       a.broken_on, a.undone_by_id
FROM agreement AS a JOIN customer AS c ON c.id = a.customer_id
WHERE a.made_on BETWEEN :start AND :end
ORDER BY a.id
"""


@dataclass(frozen=True)
class Exported:
    files: list[Path]
    rows: dict[str, int]  # sheet -> rows written


def export_books(
    db: Database, target: Path, *, start: date | None = None, end: date | None = None
) -> Exported:
    """Write the books to `target` (.xlsx, or .csv: one file per sheet, the entries in
    `target` itself). The period limits entries, contacts and agreements; customers are all.
    Written to a temporary file first: a failure leaves no half file behind."""
    if start and end and start > end:
        raise InvalidInput("O período começa depois de terminar.")
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInput("Exporte para um arquivo .xlsx ou .csv.")
    if target.is_dir():
        raise InvalidInput(f"{target} é uma pasta: informe o nome do arquivo.")
    tables = _tables(db, start, end)
    try:
        if suffix == ".xlsx":
            rows = write_atomically(target.expanduser(), lambda tmp: _xlsx(tmp, tables))
            return Exported([target], rows)
        files: list[Path] = []
        counts: dict[str, int] = {}
        for table in [tables[1], tables[0], *tables[2:]]:
            path = target if table is tables[1] else target.with_name(
                f"{target.stem}-{_slug(table.name)}{target.suffix}")  # fmt: skip
            counts.update(write_atomically(path.expanduser(), lambda tmp, t=table: _csv(tmp, t)))  # type: ignore[misc]
            files.append(path)
        return Exported(files, counts)
    except OSError as exc:
        raise InvalidInput(why_not_written(exc, target) + " Nada foi exportado.") from None


def _slug(name: str) -> str:
    return {"Clientes": "clientes", "Contatos": "contatos", "Acordos": "acordos"}.get(name, name)


def _csv(path: Path, table: Table) -> dict[str, int]:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow([c.title for c in table.columns])
        for row in table.rows():
            out.writerow([_csv_value(v, c) for v, c in zip(row, table.columns, strict=True)])
            count += 1
    return {table.name: count}


def _csv_value(value: object, column: Column) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and value and column.kind in (DAY, MOMENT):
        value = _day(value) if column.kind == DAY else _moment(value)  # ISO text, as stored
    if column.kind == MONEY and isinstance(value, int | float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return neutralised(str(value)) if isinstance(value, str) else str(value)


def _xlsx(path: Path, tables: list[Table]) -> dict[str, int]:
    counts: dict[str, int] = {}
    with XlsxWriter(path) as book:
        for table in tables:
            counts[table.name] = book.add_sheet(
                table.name, table.columns, table.rows(), text=neutralised
            )
    return counts


# What each column of a template means, with an example (the template's second sheet).
TEMPLATE_HELP = {
    "clientes": {
        "nome": ("Nome do cliente (obrigatório)", "Maria Aparecida da Silva"),
        "apelido": ("Como a loja chama o cliente", "Cida"),
        "telefone": ("Celular ou WhatsApp, com DDD", "(11) 98765-4321"),
        "cpf_cnpj": ("CPF ou CNPJ, com ou sem pontos", "123.456.789-09"),
        "email": ("E-mail", "cida@exemplo.com"),
        "endereco": ("Rua, avenida", "Rua das Flores"),
        "numero": ("Número", "120"),
        "complemento": ("Complemento", "casa 2"),
        "bairro": ("Bairro", "Centro"),
        "cidade": ("Cidade", "São Paulo"),
        "uf": ("Estado (sigla)", "SP"),
        "cep": ("CEP", "01001-000"),
        "limite": ("Limite de crédito em R$ (em branco: sem limite)", "300,00"),
        "saldo": ("Quanto o cliente deve hoje, em R$ (vira “Saldo anterior”)", "45,50"),
        "vencimento": ("Quando vence esse saldo (em branco: o prazo da loja)", "10/12/2026"),
        "observacoes": ("Observações", "vizinha da padaria"),
    },
    "lancamentos": {
        "data": ("Data da venda ou do pagamento (obrigatório)", "05/11/2026"),
        "cliente": ("Nome do cliente, como na lista de clientes (obrigatório)", "Maria Aparecida"),
        "tipo": ("venda, pagamento ou abatimento", "venda"),
        "valor": ("Valor em R$ (obrigatório)", "12,50"),
        "vencimento": ("Vencimento da venda (em branco: o prazo da loja)", "05/12/2026"),
        "descricao": ("O que foi vendido", "pão, leite, café"),
        "forma": ("Do pagamento: dinheiro, pix, débito, crédito, transferência", "pix"),
        "estornado": ("Preenchido: a linha foi cancelada e não é importada", ""),
    },
}


def save_template(shape: str, target: Path) -> Path:
    """The import template of a shape ("clientes" or "lancamentos"): the headers the import
    reads, and — in XLSX — a second sheet saying what goes in each column, with an example. The
    template has no example row of its own: imported as it is, it adds nothing."""
    from fiado_app.domain.sheet_fields import FIELDS

    headers = [f.key for f in FIELDS[shape]]
    columns = tuple(Column(h, TEXT, max(12, len(h) + 4)) for h in headers)
    table = Table("Modelo", columns, lambda: [])
    helps = Table(
        "Como preencher",
        (
            Column("Coluna", TEXT, 16),
            Column("O que vai nela", TEXT, 60),
            Column("Exemplo", TEXT, 26),
        ),
        lambda: [(h, *TEMPLATE_HELP[shape][h]) for h in headers],
    )
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInput("Salve o modelo como .xlsx ou .csv.")
    try:
        if suffix == ".xlsx":
            write_atomically(target.expanduser(), lambda tmp: _xlsx(tmp, [table, helps]))
        else:
            write_atomically(target.expanduser(), lambda tmp: _csv(tmp, table))
    except OSError as exc:
        raise InvalidInput(why_not_written(exc, target)) from None
    return target
