"""Relatório do mês: the Painel's numbers for one month, for the owner or the accountant — the
position at the month's end, what was sold, received and recovered, the last 12 months (a
chart and its figures), what each stage and channel recovered, and who owes the most."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from fiado_app.documents.base import WIDTH, GroupStart, Layout, build_pdf, esc, styles
from fiado_app.documents.fonts import REGULAR
from fiado_app.documents.parts import grid_style
from fiado_app.domain.dates import format_date
from fiado_app.domain.kpis import AGING_LABELS, MONTH_ABBREVIATIONS, Kpis, Month
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import ShopRecord
from fiado_app.domain.vocabulary import CHANNEL_LABELS

MONTHS = MONTH_ABBREVIATIONS
LONG_MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
)  # fmt: skip
SERIES = (("Vendido a prazo", "#5b7fb8"), ("Recebido", "#2e7d5b"), ("Vencido no fim", "#c0392b"))


@dataclass(frozen=True)
class ReportData:
    shop: ShopRecord
    logo: bytes | None
    kpis: Kpis
    top_overdue: Sequence[tuple[str, int]]
    stage_names: dict[str, str]


def _money_table(
    rows: Sequence[Sequence[object]], widths: list[float], right_from: int = 1
) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (right_from, 0), (-1, -1), "RIGHT")]))
    return table


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + " dias"


def _trend_chart(months: Sequence[Month]) -> Drawing:
    """Three bars a month (sold, received, overdue at the end), the legend in words."""
    width, height = WIDTH, 62 * mm
    drawing = Drawing(width, height)
    left, bottom, top = 14 * mm, 12 * mm, height - 6 * mm
    values = [(m.sold_cents, m.received_cents, m.overdue_cents_at_end) for m in months]
    peak = max([v for triple in values for v in triple] + [1])
    slot = (width - left) / max(len(values), 1)
    bar = slot / 4.2
    drawing.add(Line(left, bottom, width, bottom, strokeColor=HexColor("#999999"), strokeWidth=0.5))
    for k, triple in enumerate(values):
        x = left + k * slot + bar * 0.5
        for j, cents in enumerate(triple):
            h = (top - bottom) * cents / peak
            drawing.add(
                Rect(
                    x + j * bar,
                    bottom,
                    bar * 0.9,
                    h,
                    fillColor=HexColor(SERIES[j][1]),
                    strokeColor=None,
                )  # fmt: skip
            )
        month = months[k].month
        label = f"{MONTHS[int(month[5:]) - 1]}/{month[2:4]}"
        drawing.add(String(x + bar * 1.5, bottom - 4 * mm, label, fontName=REGULAR, fontSize=6.5,
                           textAnchor="middle"))  # fmt: skip
    drawing.add(String(0, top - 1 * mm, format_brl(peak), fontName=REGULAR, fontSize=6))
    x = left
    for name, colour in SERIES:
        drawing.add(Rect(x, 1 * mm, 3 * mm, 3 * mm, fillColor=HexColor(colour), strokeColor=None))
        drawing.add(String(x + 4 * mm, 1.5 * mm, name, fontName=REGULAR, fontSize=7))
        x += 40 * mm
    return drawing


def report_story(data: ReportData) -> list[Flowable]:
    st = styles()
    k = data.kpis
    month = k.start
    title = f"Relatório de cobrança – {LONG_MONTHS[month.month - 1]} de {month.year}"
    story: list[Flowable] = [
        GroupStart(title),
        Paragraph(esc(title), st["title"]),
        Paragraph(
            esc(
                f"Período de {format_date(k.start)} a {format_date(k.end)}; posição em "
                f"{format_date(k.as_of)}."
            ),
            st["body_right"],
        ),
        Spacer(1, 4 * mm),
        Paragraph("Posição", st["heading"]),
    ]
    share = k.overdue_share
    position = [
        ["", "Valor"],
        ["Em aberto", format_brl(k.open_cents)],
        ["Vencido", format_brl(k.overdue_cents)],
        ["Parte vencida", "—" if share is None else f"{share * 100:.1f} %".replace(".", ",")],
        ["Clientes em atraso", str(k.customers_overdue)],
    ]
    aging = [["Em aberto por atraso", "Valor"]] + [
        [AGING_LABELS[key], format_brl(cents)] for key, cents in k.aging.items()
    ]
    pair = Table(
        [[_money_table(position, [45 * mm, 30 * mm]), _money_table(aging, [45 * mm, 30 * mm])]],
        colWidths=[WIDTH / 2, WIDTH / 2],
        hAlign="LEFT",
    )
    pair.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story += [pair, Spacer(1, 4 * mm), Paragraph("No período", st["heading"])]
    p, a = k.promises, k.agreements
    period = [
        ["", "Valor"],
        ["Vendido a prazo", format_brl(k.sold_cents)],
        ["Recebido", format_brl(k.received_cents)],
        ["Recuperado (pago do que já estava vencido)", format_brl(k.recovered_cents)],
        ["Abatimentos e perdões", format_brl(k.discounts_cents)],
        ["Prazo médio de pagamento", _days(k.average_days_to_pay)],
        ["Atraso médio ao pagar", _days(k.average_days_late)],
        ["Promessas (cumpridas / quebradas)", f"{p['made']} ({p['kept']} / {p['broken']})"],
        ["Acordos (quitados / rompidos)", f"{a['made']} ({a['kept']} / {a['broken']})"],
    ]
    story += [_money_table(period, [110 * mm, 40 * mm]), Spacer(1, 4 * mm)]
    months = list(k.months)
    trend_rows: list[list[object]] = [["Mês", "Vendido a prazo", "Recebido", "Vencido no fim"]]
    for m in months:
        trend_rows.append(
            [f"{MONTHS[int(m.month[5:]) - 1]}/{m.month[:4]}", format_brl(m.sold_cents),
             format_brl(m.received_cents), format_brl(m.overdue_cents_at_end)]
        )  # fmt: skip
    story += [
        KeepTogether([Paragraph("Últimos 12 meses", st["heading"]), _trend_chart(months)]),
        Spacer(1, 2 * mm),
        _money_table(trend_rows, [30 * mm, 40 * mm, 40 * mm, 40 * mm]),
    ]
    effects: list[list[object]] = [["Etapa / canal", "Contatos", "Pagaram em 7 dias", "Valor pago"]]
    for e in k.by_stage:
        name = data.stage_names.get(e.key, "Fora da régua")
        effects.append([f"Etapa: {name}", str(e.contacts), str(e.paid_within_7_days),
                        format_brl(e.paid_cents)])  # fmt: skip
    for e in k.by_channel:
        channel = CHANNEL_LABELS.get(e.key, e.key)
        effects.append([f"Canal: {channel}", str(e.contacts), str(e.paid_within_7_days),
                        format_brl(e.paid_cents)])  # fmt: skip
    if len(effects) == 1:
        effects.append(["Nenhum contato registrado no período.", "", "", ""])
    story += [
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                Paragraph("O que funcionou", st["heading"]),
                _money_table(effects, [75 * mm, 25 * mm, 35 * mm, 30 * mm]),
            ]
        ),
    ]
    top = [["Quem mais deve (vencido)", "Vencido"]] + [
        [name, format_brl(cents)] for name, cents in data.top_overdue
    ]
    if len(top) == 1:
        top.append(["Ninguém em atraso.", ""])
    story += [
        Spacer(1, 4 * mm),
        KeepTogether(
            [Paragraph("Maiores atrasos", st["heading"]), _money_table(top, [110 * mm, 40 * mm])]
        ),  # fmt: skip
    ]
    return story


def render_report(data: ReportData) -> bytes:
    month = data.kpis.start
    layout = Layout(data.shop, data.logo, f"Relatório de cobrança {month:%m/%Y}")
    return build_pdf(layout, report_story(data), first_template="head")
