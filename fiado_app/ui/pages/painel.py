"""Painel: the numbers that steer collection at a glance — today's position and aging, the
month's receipts and recovery, the last 12 months, what each stage and channel recovered, who
owes the most. Computed off the GUI thread (services/kpis.py); QtCharts is loaded when the page
is first shown, not at start-up."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.agreement import add_months
from fiado_app.domain.dates import format_date
from fiado_app.domain.kpis import MONTH_ABBREVIATIONS
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import format_count
from fiado_app.services.kpi_goals import Goals, get_goals, set_goals
from fiado_app.ui.common import MoneyEdit
from fiado_app.ui.dialogs.base import FormDialog
from fiado_app.ui.page import Page
from fiado_app.ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from fiado_app.domain.kpis import Effect, Kpis

AGING_TITLES = {
    "a_vencer": QT_TRANSLATE_NOOP("painel", "A vencer"),
    "1_30": QT_TRANSLATE_NOOP("painel", "1–30 dias"),
    "31_60": QT_TRANSLATE_NOOP("painel", "31–60 dias"),
    "61_90": QT_TRANSLATE_NOOP("painel", "61–90 dias"),
    "mais_90": QT_TRANSLATE_NOOP("painel", "Mais de 90"),
}
MONTHS = MONTH_ABBREVIATIONS
# The Painel's buckets (amounts) and the filter of Contas a receber (customers, by their oldest
# overdue sale: domain/aging.py).
RECEIVABLES_MODES = {
    "a_vencer": "a_vencer",
    "1_30": "1-30",
    "31_60": "31-60",
    "61_90": "61-90",
    "mais_90": "90+",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("painel", text)


FEW_SALES = 10  # fewer sales paid than this: the averages say how many they are over


def _days(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}".replace(".", ",") + " " + QCoreApplication.translate("painel", "dias")


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}".replace(".", ",") + " %"


def _month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]}/{year[2:]}"


class Card(QLabel):
    """One number with its title, big enough to read from the counter."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName("card")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMinimumWidth(130)
        self.setStyleSheet(
            "QLabel#card { border: 1px solid palette(mid); border-radius: 6px; padding: 8px; }"
        )
        self.show_value("…")

    def show_value(self, value: str, note: str = "") -> None:
        extra = f"<br><span style='font-size: 11px'>{note}</span>" if note else ""
        self.setText(
            f"<span style='font-size: 11px'>{self.title}</span><br>"
            f"<span style='font-size: 18px; font-weight: 600'>{value}</span>{extra}"
        )


class PainelPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Painel")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kpis: Kpis | None = None
        self._generation = 0
        self._charts_ready = False
        self.heading = QLabel(self.tr("Painel"))
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.period = QComboBox(self)
        self.period.setToolTip(self.tr("O mês dos números do período"))
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Período:")))
        top.addWidget(self.period)
        self.report_button = QPushButton(self.tr("Relatório do mês (PDF)…"), self)
        self.report_button.setToolTip(
            self.tr("Os números do mês escolhido, para imprimir ou enviar")
        )
        self.report_button.clicked.connect(self.show_report)
        self.preview: Any = None
        self.goals_button = QPushButton(self.tr("Metas…"), self)
        self.goals_button.setToolTip(self.tr("Meta de recuperação do mês e parte vencida"))
        self.goals_button.clicked.connect(self.edit_goals)
        top.addWidget(self.goals_button)
        top.addWidget(self.report_button)

        self.cards = {
            key: Card(title)
            for key, title in (
                ("open", self.tr("Em aberto")),
                ("overdue", self.tr("Vencido")),
                ("customers", self.tr("Clientes em atraso")),
                ("received", self.tr("Recebido")),
                ("recovered", self.tr("Recuperado")),
                ("sold", self.tr("Vendido a prazo")),
                ("days", self.tr("Prazo médio de pagamento")),
                ("late", self.tr("Atraso médio ao pagar")),
                ("promises", self.tr("Promessas (cumpridas / quebradas)")),
                ("agreements", self.tr("Acordos (quitados / rompidos)")),
            )
        }
        self.grid = QGridLayout()
        self._columns = 0
        self._place_cards(5)

        self.charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.effects = QTableWidget(0, 4, self)
        self.effects.setHorizontalHeaderLabels(
            [self.tr("Etapa / canal"), self.tr("Contatos"), self.tr("Pagaram em 7 dias"),
             self.tr("Valor pago")]
        )  # fmt: skip
        self.effects.verticalHeader().hide()
        self.effects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        effects_header = self.effects.horizontalHeader()
        effects_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        effects_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.top_overdue = QTableWidget(0, 2, self)
        self.top_overdue.setHorizontalHeaderLabels([self.tr("Quem mais deve (vencido)"), ""])
        self.top_overdue.verticalHeader().hide()
        self.top_overdue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_overdue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.top_overdue.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.top_overdue.cellDoubleClicked.connect(self._open_top)
        self._top_ids: list[int] = []
        tables = QHBoxLayout()
        tables.addWidget(self.effects, 3)
        tables.addWidget(self.top_overdue, 2)

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(self.grid)
        inner.addLayout(self.charts, 1)
        inner.addLayout(tables, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        ctx.connect_refresh(self.data_changed, self)  # while on screen, else when shown

    # -- layout: the cards and charts rearrange on a small screen (or a large scale) --------------

    def _place_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        width = event.size().width()
        self._place_cards(5 if width >= 1000 else 4 if width >= 760 else 3)
        self.charts.setDirection(
            QBoxLayout.Direction.LeftToRight if width >= 1000 else QBoxLayout.Direction.TopToBottom
        )

    # -- data -----------------------------------------------------------------------------------

    def _fill_periods(self, today: date) -> None:
        if self.period.count():
            return
        self.period.blockSignals(True)
        first = today.replace(day=1)
        for k in range(12):
            start = add_months(first, -k)
            label = (
                self.tr("Este mês (até {date})").format(date=format_date(today))
                if k == 0
                else f"{MONTHS[start.month - 1]}/{start.year}"
            )
            self.period.addItem(label, start)
        widest = max(
            self.period.fontMetrics().horizontalAdvance(self.period.itemText(i))
            for i in range(self.period.count())
        )
        self.period.setMinimumWidth(widest + 48)  # the text whole, beside the arrow
        self.period.blockSignals(False)

    def chosen_period(self) -> tuple[date, date]:
        """The month picked: up to today for this month, else the whole month."""
        today = self.ctx.today()
        start = self.period.currentData() or today.replace(day=1)
        if start == today.replace(day=1):
            return start, today
        return start, add_months(start, 1) - timedelta(days=1)

    def refresh(self) -> None:
        from fiado_app.services.kpis import kpis

        today = self.ctx.today()
        self._fill_periods(today)
        start, end = self.chosen_period()
        db = self.ctx.db
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Calculando os números…"))

        def done(result: tuple[Kpis, list[tuple[int, str, int]], dict[str, str]]) -> None:
            if generation == self._generation:
                self._show(*result)

        def compute() -> tuple[Kpis, list[tuple[int, str, int]], dict[str, str]]:
            from fiado_app.services.collection import list_ladder
            from fiado_app.services.receivables import receivables

            numbers = kpis(db, today, start, end)
            rows = sorted(
                (r for r in receivables(db, today).rows if r.overdue_cents > 0),
                key=lambda r: -r.overdue_cents,
            )[:10]
            names = {stage.key: stage.name for stage in list_ladder(db)}
            return numbers, [(r.customer_id, r.name, r.overdue_cents) for r in rows], names

        self.ctx.run_in_background(compute, done, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("Não foi possível calcular o painel: {error}").format(error=exc)
        )
        self.loaded.emit()

    def _show(self, k: Kpis, top: list[tuple[int, str, int]], stages: dict[str, str]) -> None:
        self.kpis = k
        self.status.setText(
            self.tr("Posição em {date}; período de {start} a {end}.").format(
                date=format_date(k.as_of), start=format_date(k.start), end=format_date(k.end)
            )
        )
        c = self.cards
        c["open"].show_value(format_brl(k.open_cents))
        share_note = _share(k.overdue_share)
        if k.goal_overdue_share_bp is not None:
            share_note += " · " + self.tr("meta: até {goal}").format(
                goal=_share(k.goal_overdue_share_bp / 10_000)
            )
        c["overdue"].show_value(format_brl(k.overdue_cents), share_note)
        c["customers"].show_value(format_count(k.customers_overdue))
        c["received"].show_value(format_brl(k.received_cents))
        recovered_note = self.tr("do que já estava vencido")
        if k.goal_recovered_cents:
            recovered_note = self.tr("meta {goal}: {share}").format(
                goal=format_brl(k.goal_recovered_cents),
                share=_share(k.recovered_cents / k.goal_recovered_cents),
            )
        c["recovered"].show_value(format_brl(k.recovered_cents), recovered_note)
        c["sold"].show_value(format_brl(k.sold_cents))
        # An average over a handful of sales (early in the month) is said to be one.
        few = (
            ""
            if k.average_days_to_pay is None or k.sales_paid >= FEW_SALES
            else self.tr("de 1 venda quitada")
            if k.sales_paid == 1
            else self.tr("de {count} vendas quitadas").format(count=k.sales_paid)
        )
        c["days"].show_value(_days(k.average_days_to_pay), few)
        c["late"].show_value(_days(k.average_days_late), few)
        p, a = k.promises, k.agreements
        c["promises"].show_value(f"{p['made']}", f"{p['kept']} / {p['broken']}")
        c["agreements"].show_value(f"{a['made']}", f"{a['kept']} / {a['broken']}")
        self._fill_effects(k.by_stage, k.by_channel, stages)
        self._top_ids = [cid for cid, _n, _v in top]
        self.top_overdue.setRowCount(len(top))
        for row, (_cid, name, cents) in enumerate(top):
            self.top_overdue.setItem(row, 0, QTableWidgetItem(name))
            value = QTableWidgetItem(format_brl(cents))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.top_overdue.setItem(row, 1, value)
        self.top_overdue.resizeColumnToContents(1)
        self._draw_charts(k)
        self.loaded.emit()

    def _fill_effects(
        self, stages: list[Effect], channels: list[Effect], names: dict[str, str]
    ) -> None:
        from fiado_app.domain.vocabulary import CHANNEL_LABELS

        no_stage = self.tr("Fora da régua")
        rows = [
            (self.tr("Etapa: {name}").format(name=names.get(e.key, no_stage)), e) for e in stages
        ] + [
            (self.tr("Canal: {name}").format(name=CHANNEL_LABELS.get(e.key, e.key)), e)
            for e in channels
        ]
        self.effects.setRowCount(len(rows))
        for row, (label, e) in enumerate(rows):
            cells = [label, str(e.contacts), str(e.paid_within_7_days), format_brl(e.paid_cents)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.effects.setItem(row, col, item)

    def edit_goals(self) -> None:
        GoalsDialog(self.ctx, self).exec()  # saving reloads the page (the settings changed)

    def show_report(self) -> None:
        """The month picked as a PDF, in the preview (print, save, open folder)."""
        from fiado_app.domain.errors import FiadoError
        from fiado_app.services import printing
        from fiado_app.ui.documents.preview import DocumentPreview

        start, _end = self.chosen_period()
        month = f"{start:%Y-%m}"
        try:
            pdf = printing.month_report(self.ctx.db, month, self.ctx.today())
        except FiadoError as exc:
            QMessageBox.warning(self, self.tr("Relatório do mês"), str(exc))
            return
        self.preview = DocumentPreview(
            pdf,
            self.tr("Relatório de cobrança {month}").format(month=f"{start:%m/%Y}"),
            f"relatorio-{month}.pdf",
            self,
        )
        self.preview.show()

    def _open_top(self, row: int, _col: int) -> None:
        if 0 <= row < len(self._top_ids):
            self.open_customer.emit(self._top_ids[row])

    # -- charts (QtCharts, loaded on first use) ---------------------------------------------------

    def _draw_charts(self, k: Kpis) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalBarSeries,
            QValueAxis,
        )

        while self.charts.count():
            item = self.charts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight

        def chart(title: str) -> QChart:
            made = QChart()
            made.setTheme(theme)
            made.setTitle(title)
            made.setBackgroundRoundness(4)
            made.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            return made

        def view(made: QChart) -> QChartView:
            shown = QChartView(made)
            shown.setRenderHint(QPainter.RenderHint.Antialiasing)
            shown.setMinimumHeight(260)
            return shown

        # Aging: one bar per bucket, its amount written beside it (never colour alone);
        # horizontal, so that the labels have room.
        aging = chart(self.tr("Em aberto por atraso"))
        bars = QBarSet(self.tr("Em aberto"))
        bars.setColor(QColor("#2e7d5b"))
        labels = []
        from fiado_app.domain.kpis import AGING_KEYS

        for key in reversed(AGING_KEYS):  # the first bucket on top
            bars.append(k.aging[key] / 100)
            labels.append(f"{_tr(AGING_TITLES[key])}: {format_brl(k.aging[key])}")
        series = QHorizontalBarSeries()
        series.append(bars)
        # A bar opens Contas a receber with the customers whose oldest overdue is in it.
        order = list(reversed(AGING_KEYS))
        bars.clicked.connect(lambda i: self.open_receivables.emit(RECEIVABLES_MODES[order[i]]))
        self.aging_view_hint = self.tr("Clique numa barra para ver esses clientes")
        aging.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(labels)
        axis_y.setTruncateLabels(False)  # the amount is the point: the bars take the room left
        aging.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelsVisible(False)  # its plain numbers would not read as R$: the labels do
        axis_x.setTickCount(3)
        aging.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        if not any(k.aging.values()):  # nothing open: an empty range would be NaN to Qt
            axis_x.setRange(0, 1)
        aging.legend().hide()
        self.aging_chart = aging
        self.aging_bars = bars
        aging_view = view(aging)
        aging_view.setToolTip(self.aging_view_hint)
        self.charts.addWidget(aging_view, 2)

        # The last 12 months: sold, received and overdue at each month's end.
        first, last = k.months[0].month, k.months[-1].month
        peak = max([m.sold_cents for m in k.months] + [m.received_cents for m in k.months]
                   + [m.overdue_cents_at_end for m in k.months] + [0])  # fmt: skip
        thousands = peak >= 10_000_00  # from R$ 10.000 on, the axis counts in R$ mil
        trend = chart(
            (
                self.tr("Últimos 12 meses, de {first} a {last} (R$ mil)")
                if thousands
                else self.tr("Últimos 12 meses, de {first} a {last} (R$)")
            ).format(first=_month_label(first), last=_month_label(last))
        )
        sets = [
            (self.tr("Vendido a prazo"), "#5b7fb8", [m.sold_cents for m in k.months]),
            (self.tr("Recebido"), "#2e7d5b", [m.received_cents for m in k.months]),
            (
                self.tr("Vencido no fim do mês"),
                "#c0392b",
                [m.overdue_cents_at_end for m in k.months],
            ),
        ]
        months = QBarSeries()
        for name, colour, values in sets:
            bar = QBarSet(name)
            bar.setColor(QColor(colour))
            for cents in values:
                bar.append(cents / 100_000 if thousands else cents / 100)
            months.append(bar)
        # Each bar's exact amount on hover (the report prints them in a table).
        months.hovered.connect(self._bar_hovered)
        trend.addSeries(months)
        axis_m = QBarCategoryAxis()
        axis_m.append([MONTHS[int(m.month[5:]) - 1] for m in k.months])
        small = axis_m.labelsFont()
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1))
        axis_m.setLabelsFont(small)
        trend.addAxis(axis_m, Qt.AlignmentFlag.AlignBottom)
        months.attachAxis(axis_m)
        axis_v = QValueAxis()
        axis_v.setLabelFormat("%.0f")
        trend.addAxis(axis_v, Qt.AlignmentFlag.AlignLeft)
        months.attachAxis(axis_v)
        if peak:
            axis_v.applyNiceNumbers()
        else:  # a year without a sale: an axis from 0 to 0 would be NaN to Qt
            axis_v.setRange(0, 10)
        trend.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.trend_chart = trend
        self.trend_view = view(trend)
        self.charts.addWidget(self.trend_view, 3)

    def _bar_hovered(self, status: bool, index: int, bar: Any) -> None:
        if not status or self.kpis is None or not 0 <= index < len(self.kpis.months):
            self.trend_view.setToolTip("")
            return
        month = self.kpis.months[index]
        self.trend_view.setToolTip(
            self.tr(
                "{month}: vendido {sold}, recebido {received}, vencido no fim {overdue}"
            ).format(
                month=_month_label(month.month),
                sold=format_brl(month.sold_cents),
                received=format_brl(month.received_cents),
                overdue=format_brl(month.overdue_cents_at_end),
            )
        )


class GoalsDialog(FormDialog[Goals]):
    """The month's recovery goal (R$) and the share overdue to stay under (%); empty: none."""

    settings_key = "GoalsDialog"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Metas do painel"), self.tr("Salvar"), parent)
        current = get_goals(ctx.db)
        self.recovered = MoneyEdit(self)
        if current.recovered_cents:
            self.recovered.set_cents(current.recovered_cents)
        self.share = QLineEdit(self)
        self.share.setPlaceholderText(self.tr("ex.: 20"))
        if current.overdue_share_bp is not None:
            self.share.setText(f"{current.overdue_share_bp / 100:g}".replace(".", ","))
        self.form.addRow(self.tr("&Recuperar por mês (R$)"), self.recovered)
        self.form.addRow(self.tr("&Parte vencida até (%)"), self.share)
        self.finish_layout()

    def save(self) -> Goals:
        from fiado_app.domain.money import parse_cents

        recovered = self.recovered.cents() if self.recovered.text().strip() else None
        text = self.share.text().replace("%", "").strip()
        share = parse_cents(text) if text else None  # "20" -> 2000 basis points
        return set_goals(self.ctx.db, recovered_cents=recovered, overdue_share_bp=share)
