"""The Painel's numbers on the command line: `fiado kpis`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fiado_app.cli.common import amount, command, day, print_json, table
from fiado_app.domain.dates import format_date
from fiado_app.domain.kpis import AGING_KEYS, AGING_LABELS, Effect, Kpis
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import format_count
from fiado_app.services.kpis import kpis
from fiado_app.services.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = command(
        sub, "kpis", "os números da cobrança: hoje, o período e os últimos 12 meses", kpis_cmd
    )
    p.add_argument("--from", dest="start", metavar="DATA", help="início (padrão: dia 1º do mês)")
    p.add_argument("--to", dest="end", metavar="DATA", help="fim (padrão: a data da posição)")
    p.add_argument("--as-of", metavar="DATA", help="data da posição (padrão: hoje)")
    p.add_argument("--json", action="store_true")

    p = command(sub, "goal", "metas do painel: recuperação do mês e parte vencida", goal_cmd)
    p.add_argument("--recovered", metavar="VALOR", help="meta de recuperação do mês (R$)")
    p.add_argument("--overdue-share", metavar="PERCENT", help="parte vencida a não passar (%%)")
    p.add_argument("--clear", action="store_true", help="apaga as metas")

    p = command(sub, "report", "relatório do mês em PDF (para o dono ou o contador)", report_cmd)
    p.add_argument("--month", required=True, metavar="AAAA-MM")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.pdf")


def goal_cmd(args: argparse.Namespace, db: Database) -> int:
    from fiado_app.cli.shop_commands import _percent_bp as parse_percent_bp
    from fiado_app.services.kpi_goals import get_goals, set_goals

    current = get_goals(db)
    if args.clear:
        goals = set_goals(db, recovered_cents=None, overdue_share_bp=None)
    elif args.recovered is None and args.overdue_share is None:
        goals = current
    else:
        goals = set_goals(
            db,
            recovered_cents=amount(args.recovered) if args.recovered else current.recovered_cents,
            overdue_share_bp=parse_percent_bp(args.overdue_share)
            if args.overdue_share
            else current.overdue_share_bp,
        )
    recovered = format_brl(goals.recovered_cents) if goals.recovered_cents else "—"
    share = (
        f"{goals.overdue_share_bp / 100:.1f} %".replace(".", ",")
        if goals.overdue_share_bp is not None
        else "—"
    )
    print(f"Meta de recuperação do mês: {recovered} · parte vencida a não passar: {share}")
    return 0


def report_cmd(args: argparse.Namespace, db: Database) -> int:
    from fiado_app.cli.document_commands import check_output
    from fiado_app.services import printing

    output = check_output(args.output)
    printing.save_pdf(printing.month_report(db, args.month), output)
    print(f"Relatório de {args.month} gravado em {output}")
    return 0


def _effect(e: Effect) -> dict[str, object]:
    return {
        "key": e.key,
        "contacts": e.contacts,
        "paid_within_7_days": e.paid_within_7_days,
        "paid_cents": e.paid_cents,
    }


def kpis_json(k: Kpis) -> dict[str, object]:
    return {
        "as_of": k.as_of,
        "from": k.start,
        "to": k.end,
        "open_cents": k.open_cents,
        "overdue_cents": k.overdue_cents,
        "overdue_share": k.overdue_share,
        "customers_overdue": k.customers_overdue,
        "aging": k.aging,
        "sold_cents": k.sold_cents,
        "received_cents": k.received_cents,
        "recovered_cents": k.recovered_cents,
        "discounts_cents": k.discounts_cents,
        "average_days_to_pay": k.average_days_to_pay,
        "average_days_late": k.average_days_late,
        "sales_paid": k.sales_paid,
        "promises": k.promises,
        "agreements": k.agreements,
        "goals": goals_json(k),
        "months": [
            {
                "month": m.month,
                "sold_cents": m.sold_cents,
                "received_cents": m.received_cents,
                "overdue_cents_at_end": m.overdue_cents_at_end,
            }
            for m in k.months
        ],
        "by_stage": [{"stage": e.key, **_effect(e)} for e in k.by_stage],
        "by_channel": [{"channel": e.key, **_effect(e)} for e in k.by_channel],
    }


def goals_json(k: Kpis) -> dict[str, object]:
    return {
        "recovered_cents": k.goal_recovered_cents,
        "recovered_progress": (
            round(k.recovered_cents / k.goal_recovered_cents, 4) if k.goal_recovered_cents else None
        ),
        "overdue_share": (
            k.goal_overdue_share_bp / 10_000 if k.goal_overdue_share_bp is not None else None
        ),
    }


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + " dias"


def kpis_cmd(args: argparse.Namespace, db: Database) -> int:
    as_of = day(args.as_of) or date.today()
    k = kpis(db, as_of, day(args.start), day(args.end))
    if args.json:
        print_json(kpis_json(k))
        return 0
    share = (
        "—" if k.overdue_share is None else f"{k.overdue_share * 100:.1f}".replace(".", ",") + " %"
    )
    print(f"Posição em {format_date(k.as_of)}")
    print(f"  Em aberto: {format_brl(k.open_cents)} · vencido: {format_brl(k.overdue_cents)} "
          f"({share}) · clientes em atraso: {format_count(k.customers_overdue)}")  # fmt: skip
    print(
        "  " + " · ".join(f"{AGING_LABELS[key]}: {format_brl(k.aging[key])}" for key in AGING_KEYS)
    )
    print(f"\nPeríodo de {format_date(k.start)} a {format_date(k.end)}")
    print(f"  Vendido a prazo: {format_brl(k.sold_cents)} · recebido: {format_brl(k.received_cents)}"
          f" · recuperado: {format_brl(k.recovered_cents)} · abatimentos: "
          f"{format_brl(k.discounts_cents)}")  # fmt: skip
    paid = "venda quitada" if k.sales_paid == 1 else "vendas quitadas"
    over = f" (de {format_count(k.sales_paid)} {paid})" if k.sales_paid else ""
    print(f"  Prazo médio de pagamento: {_days(k.average_days_to_pay)} · atraso médio ao pagar: "
          f"{_days(k.average_days_late)}{over}")  # fmt: skip
    p, a = k.promises, k.agreements
    print(f"  Promessas: {p['made']} (cumpridas {p['kept']}, quebradas {p['broken']}) · "
          f"acordos: {a['made']} (quitados {a['kept']}, rompidos {a['broken']})")  # fmt: skip
    print("\nÚltimos 12 meses")
    table(
        [
            [
                m.month,
                format_brl(m.sold_cents),
                format_brl(m.received_cents),
                format_brl(m.overdue_cents_at_end),
            ]
            for m in k.months
        ],  # fmt: skip
        ["Mês", "Vendido", "Recebido", "Vencido no fim"],
        right={1, 2, 3},
    )
    for title, effects in (("Etapa", k.by_stage), ("Canal", k.by_channel)):
        print()
        table(
            [
                [e.key, str(e.contacts), str(e.paid_within_7_days), format_brl(e.paid_cents)]
                for e in effects
            ],  # fmt: skip
            [title, "Contatos", "Pagaram em 7 dias", "Valor pago"],
            right={1, 2, 3},
        )
    return 0
