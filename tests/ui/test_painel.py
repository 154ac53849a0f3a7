"""The Painel page: its numbers are the service's, and its charts draw in both themes."""

from __future__ import annotations

from fiado_app.domain.money import format_brl
from fiado_app.services.kpis import kpis
from fiado_app.ui.pages.painel import PainelPage
from fiado_app.ui.theme import apply_theme

from .conftest import TODAY


def loaded_painel(qtbot, ctx) -> PainelPage:
    """The Painel with its numbers read."""
    page = PainelPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    return page


def test_the_painel_shows_the_numbers_and_draws_its_charts(ctx, shop, qtbot, qapp, screenshot):
    db, _people = shop
    expected = kpis(db, TODAY)
    for dark in (False, True):
        apply_theme(qapp, dark=dark)
        page = PainelPage(ctx)
        qtbot.addWidget(page)
        page.resize(1200, 900)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.refresh()
        assert format_brl(expected.open_cents) in page.cards["open"].text()
        assert format_brl(expected.overdue_cents) in page.cards["overdue"].text()
        assert format_brl(expected.received_cents) in page.cards["received"].text()
        assert page.top_overdue.rowCount() == 2  # Ana and Carla are overdue
        assert page.top_overdue.item(0, 0).text() == "Carla Dias"
        labels = page.aging_chart.axes()[0].categories()
        assert any(format_brl(expected.aging["mais_90"]) in label for label in labels)
        qtbot.wait(300)  # the charts are laid out once shown
        screenshot(page, f"painel-{'escuro' if dark else 'claro'}")
    apply_theme(qapp, dark=False)


def test_picking_last_month_shows_the_whole_month(ctx, qtbot):
    page = loaded_painel(qtbot, ctx)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.period.setCurrentIndex(1)
    assert page.kpis is not None
    assert (page.kpis.start.day, page.kpis.end.month) == (1, page.kpis.start.month)
    assert page.kpis.end.day >= 28


def test_a_bar_opens_the_receivables_of_its_bucket(ctx, qtbot):
    from fiado_app.ui.pages.receivables import ReceivablesPage

    page = loaded_painel(qtbot, ctx)
    with qtbot.waitSignal(page.open_receivables) as asked:
        page.aging_bars.clicked.emit(0)  # the bottom bar: more than 90 days
    assert asked.args == ["90+"]
    receivables = ReceivablesPage(ctx)
    qtbot.addWidget(receivables)
    receivables.show_filter("61-90")
    assert receivables.filter.currentData() == "61-90"


def test_the_goals_show_on_their_cards(ctx, shop, qtbot):
    from fiado_app.ui.pages.painel import GoalsDialog

    page = PainelPage(ctx)
    qtbot.addWidget(page)
    dialog = GoalsDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.recovered.setText("500,00")
    dialog.share.setText("20")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
        dialog.accept()  # saved: every view hears the settings changed
    qtbot.waitUntil(lambda: "meta" in page.cards["recovered"].text(), timeout=20_000)
    assert "meta R$" in page.cards["recovered"].text()
    assert "meta: até 20,0 %" in page.cards["overdue"].text()


def test_a_shop_with_nothing_sold_yet_gets_axes_qt_can_draw(tmp_path, qtbot, qapp):
    # An empty shop (or a year without a sale): no axis from 0 to 0, which Qt takes for NaN.
    from PySide6.QtCharts import QValueAxis

    from fiado_app.ui.context import AppContext
    from tests.conftest import new_database

    db = new_database(tmp_path / "vazia.sqlite3")
    empty = AppContext(db, today=lambda: TODAY)
    page = PainelPage(empty)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    axes = [
        axis
        for chart in (page.aging_chart, page.trend_chart)
        for axis in chart.axes()
        if isinstance(axis, QValueAxis)
    ]
    assert len(axes) == 2
    for axis in axes:
        assert axis.max() > axis.min()  # a real range, not [nan - nan]
    empty.close()
    db.close()


def test_averages_over_a_handful_of_sales_say_so(ctx, shop, qtbot):
    # Early in the month one old debt paid makes "347 dias" alone: the card says it is the
    # average of one sale, not of the shop's habits.
    from fiado_app.services.ledger import record_payment

    db, people = shop
    record_payment(db, people["carla"].id, 12_000, on=TODAY, today=TODAY)
    assert kpis(db, TODAY).sales_paid == 1
    page = loaded_painel(qtbot, ctx)
    assert "100,0 dias" in page.cards["days"].text()
    assert "de 1 venda quitada" in page.cards["days"].text()
    assert "de 1 venda quitada" in page.cards["late"].text()
