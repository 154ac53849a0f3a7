"""Agreements: `fiado agreement`, `agreements`, `agreement-break`, `carne`, `agreement-term`
and `agreement-text`. An agreement is undone with `fiado reverse` on its entry."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fiado_app.cli.common import amount, command, day, integer, print_json, table, whole_number
from fiado_app.cli.document_commands import check_output
from fiado_app.domain.agreement import AgreementRecord, parse_every
from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.vocabulary import AGREEMENT_LABELS, INSTALLMENT_LABELS
from fiado_app.services import agreements, customers, printing
from fiado_app.services.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "agreement", "faz um acordo: entrada, abatimento e parcelas", agreement_cmd)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--installments", required=True, metavar="N", help="número de parcelas")
    p.add_argument("--down-payment", metavar="VALOR", help="entrada paga hoje")
    p.add_argument(
        "--method", default="dinheiro", help="forma da entrada: dinheiro, pix, debito, credito..."
    )
    p.add_argument("--discount", metavar="VALOR", help="abatimento concedido (com --reason)")
    p.add_argument("--reason", default="", help="motivo do abatimento")
    p.add_argument("--first-due", metavar="DATA", help="vencimento da 1ª parcela")
    p.add_argument(
        "--every",
        default="monthly",
        metavar="monthly|DIAS",
        help="mensal (padrão) ou a cada N dias",
    )
    p.add_argument("--date", metavar="DATA", help="data do acordo (padrão: hoje)")
    p.add_argument(
        "--sales", metavar="N,N", help="só estas vendas em aberto (padrão: todo o saldo)"
    )
    p.add_argument(
        "--break-days",
        metavar="DIAS",
        help="dias de atraso de uma parcela para propor o rompimento (padrão: o da loja, 30)",
    )
    p.add_argument(
        "--keep-due-dates",
        action="store_true",
        help="se rompido, as parcelas não vencem de uma vez (o padrão é vencerem)",
    )
    p.add_argument(
        "--lose-discount", action="store_true", help="se rompido, o abatimento volta a ser devido"
    )
    p.add_argument("--json", action="store_true")

    p = command(sub, "agreements", "acordos e a situação de cada parcela", agreements_cmd)
    p.add_argument("customer", metavar="CLIENTE", nargs="?")
    p.add_argument("--as-of", metavar="DATA")
    p.add_argument("--json", action="store_true")

    p = command(
        sub, "agreement-break", "considera rompido um acordo com parcela atrasada", break_cmd
    )
    p.add_argument("agreement_id", type=integer, metavar="ACORDO")
    p.add_argument("--date", metavar="DATA")
    p.add_argument("--json", action="store_true")

    p = command(sub, "carne", "carnê do acordo em PDF (três parcelas por página)", carne_cmd)
    p.add_argument("agreement_id", type=integer, metavar="ACORDO")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.pdf")

    p = command(sub, "agreement-term", "termo de acordo e confissão de dívida em PDF", term_cmd)
    p.add_argument("agreement_id", type=integer, metavar="ACORDO")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.pdf")

    p = command(sub, "agreement-text", "resumo do acordo para enviar no WhatsApp", text_cmd)
    p.add_argument("agreement_id", type=integer, metavar="ACORDO")


def _sale_ids(text: str | None) -> list[int] | None:
    if not text:
        return None
    return [whole_number(part, "Número da venda") for part in text.split(",") if part.strip()]


def agreement_json(a: AgreementRecord) -> dict[str, object]:
    return {
        "id": a.id,
        "customer_id": a.customer_id,
        "customer": a.customer_name,
        "entry_id": a.entry_id,
        "date": a.made_on,
        "covered_cents": a.covered_cents,
        "total_cents": a.total_cents,
        "down_payment_cents": a.down_payment_cents,
        "discount_cents": a.discount_cents,
        "every": "monthly" if a.every_days is None else a.every_days,
        "status": a.status,
        "open_cents": a.open_cents,
        "paid_cents": a.paid_cents,
        "days_late": a.days_late,
        "broken_on": a.broken_on,
        "propose_break": a.should_propose_break,
        "sales": [s.entry_id for s in a.covered],
        "installments": [
            {
                "number": i.number,
                "due": i.due,
                "amount_cents": i.amount_cents,
                "paid_cents": i.paid_cents,
                "open_cents": i.open_cents,
                "status": i.status,
            }
            for i in a.installments
        ],
    }


def _print_agreement(a: AgreementRecord) -> None:
    print(
        f"Acordo nº {a.id} de {a.customer_name} ({format_date(a.made_on)}): "
        f"{AGREEMENT_LABELS[a.status].lower()}, total {format_brl(a.total_cents)}"
        + (f", entrada {format_brl(a.down_payment_cents)}" if a.down_payment_cents else "")
        + (f", abatimento {format_brl(a.discount_cents)}" if a.discount_cents else "")
        + f"; em aberto {format_brl(a.open_cents)}."
    )
    table(
        [
            [
                f"{i.number}/{a.count}",
                format_date(i.due),
                format_brl(i.amount_cents),
                format_brl(i.paid_cents),
                INSTALLMENT_LABELS[i.status],
            ]
            for i in a.installments
        ],
        ["Parcela", "Vencimento", "Valor", "Pago", "Situação"],
        right={2, 3},
    )
    if a.should_propose_break:
        print(
            f"Parcela atrasada há {a.days_late} dias (mais de {a.break_after_days}): para "
            f"considerar o acordo rompido, use “fiado agreement-break {a.id}”."
        )


def agreement_cmd(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    count = whole_number(args.installments, "Número de parcelas")
    break_days = whole_number(args.break_days, "Prazo para romper") if args.break_days else None
    record = agreements.make_agreement(
        db,
        c.id,
        count,
        down_payment_cents=amount(args.down_payment) if args.down_payment else 0,
        method=args.method.lower(),
        discount_cents=amount(args.discount) if args.discount else 0,
        reason=args.reason,
        first_due=day(args.first_due),
        every_days=parse_every(args.every),
        on=day(args.date),
        sale_ids=_sale_ids(args.sales),
        break_after_days=break_days,
        accelerate_on_break=not args.keep_due_dates,
        discount_lost_on_break=args.lose_discount,
    )
    if args.json:
        print_json(agreement_json(record))
    else:
        _print_agreement(record)
        print(
            f"Para desfazer um acordo feito por engano: fiado reverse {record.entry_id} "
            "--reason MOTIVO."
        )
    return 0


def agreements_cmd(args: argparse.Namespace, db: Database) -> int:
    customer_id = customers.resolve_customer(db, args.customer).id if args.customer else None
    found = agreements.list_agreements(
        db, customer_id, day(args.as_of) or date.today(), include_undone=True
    )
    if args.json:
        print_json([agreement_json(a) for a in found])
        return 0
    if not found:
        print("Nenhum acordo.")
    for a in found:
        _print_agreement(a)
        print()
    return 0


def break_cmd(args: argparse.Namespace, db: Database) -> int:
    record = agreements.break_agreement(db, args.agreement_id, on=day(args.date))
    if args.json:
        print_json(agreement_json(record))
    else:
        print(
            f"Acordo nº {record.id} considerado rompido. Em aberto: {format_brl(record.open_cents)}."
        )
    return 0


def carne_cmd(args: argparse.Namespace, db: Database) -> int:
    output = check_output(args.output)
    printing.save_pdf(printing.carne(db, args.agreement_id), output)
    print(f"Carnê do acordo nº {args.agreement_id} gravado em {output}")
    return 0


def term_cmd(args: argparse.Namespace, db: Database) -> int:
    output = check_output(args.output)
    printing.save_pdf(printing.agreement_term(db, args.agreement_id), output)
    print(f"Termo do acordo nº {args.agreement_id} gravado em {output}")
    return 0


def text_cmd(args: argparse.Namespace, db: Database) -> int:
    print(printing.agreement_text(db, args.agreement_id))
    return 0
