"""Entry commands: `fiado sale|pay|discount|reverse`, and what they add up to:
`fiado receivables` and `fiado statement`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fiado_app.cli.common import amount, command, day, print_json, table, whole_number
from fiado_app.domain.aging import BUCKET_LABELS
from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import EntryRecord
from fiado_app.domain.text import format_count
from fiado_app.domain.wording import describe_entry
from fiado_app.services import customers, ledger, receivables
from fiado_app.services.statement import statement
from fiado_app.services.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "sale", "registra uma venda fiado", sale)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("amount", metavar="VALOR")
    p.add_argument("--date")
    p.add_argument("--due")
    p.add_argument("--description", default="")
    p.add_argument("--override-limit", metavar="MOTIVO", default="")
    p.add_argument("--json", action="store_true")

    p = command(sub, "pay", "registra um pagamento", pay)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("amount", metavar="VALOR")
    p.add_argument("--date")
    p.add_argument(
        "--method",
        default="dinheiro",
        help="dinheiro, pix, debito, credito, transferencia ou outro",
    )
    p.add_argument("--note", default="")
    p.add_argument(
        "--credit", action="store_true", help="guarda o que passar do saldo como crédito do cliente"
    )
    p.add_argument("--json", action="store_true")

    p = command(sub, "discount", "registra um abatimento ou perdão", discount)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("amount", metavar="VALOR")
    p.add_argument("--reason", required=True)
    p.add_argument("--date")
    p.add_argument("--json", action="store_true")

    p = command(sub, "reverse", "estorna um lançamento", reverse)
    p.add_argument("entry_id", metavar="LANCAMENTO")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--effective",
        metavar="DATA",
        help="para um Pix ou cheque que voltou: o dia a partir do qual o lançamento deixa de "
        "valer (sem esta opção, um engano: não conta em data nenhuma)",
    )
    p.add_argument("--json", action="store_true")

    p = command(sub, "receivables", "contas a receber", receivables_cmd)
    p.add_argument("--as-of")
    p.add_argument("--json", action="store_true")

    p = command(sub, "statement", "extrato do cliente", statement_cmd)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--from", dest="start")
    p.add_argument("--to", dest="end")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", type=Path, metavar="ARQUIVO.pdf", help="grava o extrato em PDF")
    p.add_argument("--whatsapp", action="store_true", help="texto curto para enviar no WhatsApp")


def _entry_json(e: EntryRecord) -> dict[str, object]:
    return {
        "id": e.id,
        "customer_id": e.customer_id,
        "kind": e.kind,
        "date": e.date,
        "amount_cents": e.amount_cents,
        "due_date": e.due_date,
        "description": e.description,
        "method": e.method,
        "note": e.note,
        "reason": e.reason,
        "reverses_id": e.reverses_id,
    }


def sale(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    cents = amount(args.amount)
    entry = ledger.record_sale(
        db,
        c.id,
        cents,
        on=day(args.date),
        due=day(args.due),
        description=args.description,
        override_reason=args.override_limit,
    )
    if args.json:
        print_json(_entry_json(entry))
    else:
        print(
            f"Venda nº {entry.id}: {c.name}, {format_brl(cents)}, "
            f"vence em {format_date(entry.due_date)}."
        )
    return 0


def pay(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    cents = amount(args.amount)
    entry = ledger.record_payment(
        db,
        c.id,
        cents,
        on=day(args.date),
        method=args.method.lower(),
        note=args.note,
        allow_credit=args.credit,
    )
    remaining = ledger.customer_balance(db, c.id)
    if args.json:
        print_json({**_entry_json(entry), "balance_cents": remaining})
    else:
        print(
            f"Pagamento nº {entry.id}: {c.name}, {format_brl(cents)}. "
            f"Saldo restante: {format_brl(remaining)}."
        )
    return 0


def discount(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    entry = ledger.record_discount(
        db, c.id, amount(args.amount), reason=args.reason, on=day(args.date)
    )
    if args.json:
        print_json(_entry_json(entry))
    else:
        print(f"Abatimento nº {entry.id}: {c.name}, {format_brl(entry.amount_cents)}.")
    return 0


def reverse(args: argparse.Namespace, db: Database) -> int:
    entry_id = whole_number(args.entry_id, "Número do lançamento")
    entry = ledger.reverse_entry(db, entry_id, reason=args.reason, effective=day(args.effective))
    if args.json:
        print_json(_entry_json(entry))
    else:
        when = (
            f" Deixa de valer em {format_date(entry.date)}."
            if args.effective
            else " Não conta em data nenhuma."
        )
        print(f"Lançamento nº {entry_id} estornado (estorno nº {entry.id}).{when}")
    return 0


def receivables_cmd(args: argparse.Namespace, db: Database) -> int:
    report = receivables.receivables(db, day(args.as_of) or date.today())
    if args.json:
        print_json(
            {
                "as_of": report.as_of,
                "customers": [
                    {
                        "id": r.customer_id,
                        "name": r.name,
                        "open_cents": r.open_cents,
                        "overdue_cents": r.overdue_cents,
                        "oldest_due": r.oldest_due,
                        "days_overdue": r.days_overdue,
                        "bucket": r.bucket,
                        "last_payment": r.last_payment,
                    }
                    for r in report.rows
                ],
                "totals": {
                    "open_cents": report.open_cents,
                    "overdue_cents": report.overdue_cents,
                    "customers_overdue": report.customers_overdue,
                    "credit_cents": report.credit_cents,
                },
            }
        )
        return 0
    print(f"Contas a receber em {format_date(report.as_of)}")
    table(
        [
            [
                str(r.customer_id),
                r.name,
                format_brl(r.open_cents),
                format_brl(r.overdue_cents),
                format_date(r.oldest_due),
                str(r.days_overdue) if r.days_overdue else "",
                BUCKET_LABELS[r.bucket],
                format_date(r.last_payment),
            ]
            for r in report.rows
        ],
        [
            "Nº",
            "Cliente",
            "Em aberto",
            "Vencido",
            "Venc. mais antigo",
            "Dias",
            "Faixa",
            "Último pgto.",
        ],
        right={0, 2, 3, 5},
    )
    print(
        f"\nTotal em aberto: {format_brl(report.open_cents)}   "
        f"Vencido: {format_brl(report.overdue_cents)}   "
        f"Clientes em atraso: {format_count(report.customers_overdue)}"
    )
    if report.credit_cents:
        print(f"Créditos de clientes (a devolver ou abater): {format_brl(report.credit_cents)}")
    return 0


def statement_cmd(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    if args.pdf is not None or args.whatsapp:
        from fiado_app.cli.document_commands import statement_document

        return statement_document(args, db, c)
    st = statement(db, c.id, day(args.start), day(args.end))
    if args.json:
        print_json(
            {
                "customer": {"id": c.id, "name": c.name},
                "opening_cents": st.opening_cents,
                "entries": [
                    {
                        **_entry_json(line.entry),
                        "delta_cents": line.delta_cents,
                        "counted_cents": line.counted_cents,
                        "balance_cents": line.balance_cents,
                        "reversed": line.entry.is_reversed and not line.note,
                        "note": line.note,
                    }
                    for line in st.lines
                ],
                "balance_cents": st.closing_cents,
            }
        )
        return 0
    print(f"Extrato de {c.name} (nº {c.id})")
    rows = [["", "", "Saldo anterior", "", format_brl(st.opening_cents)]] if st.start else []
    for line in st.lines:
        e = line.entry
        mark = f" ({line.note})" if line.note else " (estornado)" if e.is_reversed else ""
        rows.append(
            [
                str(e.id),
                format_date(e.date),
                f"{describe_entry(e)}{mark}",
                format_brl(line.delta_cents),
                format_brl(line.balance_cents),
            ]
        )
    table(rows, ["Nº", "Data", "Lançamento", "Valor", "Saldo"], right={0, 3, 4})
    print(f"\nSaldo: {format_brl(st.closing_cents)}")
    return 0
