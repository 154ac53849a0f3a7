"""A write at the counter updates only the customer it touched: that row, and the totals. The
rest of the list is not reloaded (the owner keeps her place, and it is fast with 10,000 customers)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fiado_app.domain.changes import DATA, ENTRIES, Changes
from fiado_app.services.customers import list_customers
from fiado_app.services.ledger import record_sale
from fiado_app.ui.dialogs.payment import PaymentDialog
from fiado_app.ui.dialogs.sale import SaleDialog
from fiado_app.ui.main_window import MainWindow
from fiado_app.ui.page_list import page_classes
from fiado_app.ui.pages.receivables import ReceivablesPage
from tests.ui.conftest import TODAY

PAGES = page_classes()


def loaded_window(qtbot, ctx):
    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    page = window.pages[PAGES.index(ReceivablesPage)]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        pass
    return window, page


def row_for(page, customer_id):
    index = page.model.row_of(customer_id)
    return None if index is None else page.model.record(index)


def watch(model):
    events = {"reset": 0, "changed": [], "inserted": 0, "removed": 0}
    model.modelReset.connect(lambda: events.__setitem__("reset", events["reset"] + 1))
    model.dataChanged.connect(lambda a, b, *_: events["changed"].append((a.row(), b.row())))
    model.rowsInserted.connect(lambda *_: events.__setitem__("inserted", events["inserted"] + 1))
    model.rowsRemoved.connect(lambda *_: events.__setitem__("removed", events["removed"] + 1))
    return events


def test_a_sale_saved_updates_only_that_row_and_the_totals(qtbot, ctx, shop):
    _db, people = shop
    window, page = loaded_window(qtbot, ctx)
    bruno = people["bruno"]
    before = row_for(page, bruno.id)
    others = {r.customer_id: r for r in page.model.rows() if r.customer_id != bruno.id}
    events = watch(page.model)

    dialog = SaleDialog(ctx, bruno, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "12,50")
    dialog.show()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted

    after = row_for(page, bruno.id)
    assert after.open_cents == before.open_cents + 1250
    row = page.model.row_of(bruno.id)
    assert events == {"reset": 0, "changed": [(row, row)], "inserted": 0, "removed": 0}
    assert page.model.data(page.model.index(row, page.model.OPEN)) == "R$\u00a092,50"
    assert {r.customer_id: r for r in page.model.rows() if r.customer_id != bruno.id} == others
    # 60,00 (Ana) + 92,50 (Bruno) + 120,00 (Carla)
    assert "Em aberto: R$\u00a0272,50" in window.status_totals.text()
    assert "Em aberto: R$\u00a0272,50" in page.footer.text()


def test_a_payment_that_clears_the_balance_removes_the_row(qtbot, ctx, shop):
    _db, people = shop
    window, page = loaded_window(qtbot, ctx)
    carla = people["carla"]
    assert row_for(page, carla.id).is_overdue
    events = watch(page.model)

    dialog = PaymentDialog(ctx, carla, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "120,00")
    dialog.show()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted

    assert row_for(page, carla.id) is None
    assert events["removed"] == 1 and events["reset"] == 0
    assert page.model.rowCount() == 2
    names = {page.proxy.record_at(i).name for i in range(page.proxy.rowCount())}
    assert names == {"Ana Conceição", "Bruno Souza"}
    # 60,00 (Ana) + 80,00 (Bruno); only Ana's 30,00 is still overdue
    assert "Em aberto: R$\u00a0140,00" in window.status_totals.text()
    assert "(1 cliente em atraso)" in window.status_totals.text()
    assert "2 clientes listados" in page.footer.text()


def test_a_customer_who_starts_owing_is_inserted_in_sort_order(qtbot, ctx, shop):
    db, _people = shop
    window, page = loaded_window(qtbot, ctx)
    page.table.sortByColumn(page.model.OPEN, Qt.SortOrder.DescendingOrder)
    diego = next(c for c in list_customers(db) if c.name == "Diego Lima")
    record_sale(db, diego.id, 9000, on=TODAY, today=TODAY)
    ctx.apply(Changes.to_customers(ENTRIES, [diego.id]))

    opens = [r.open_cents for r in page.model.rows()]
    assert opens == sorted(opens, reverse=True)
    assert row_for(page, diego.id).open_cents == 9000
    assert page.model.row_of(diego.id) == 1  # after Carla's 120,00, before Bruno's 80,00


def test_a_search_keeps_filtering_rows_updated_in_place(qtbot, ctx, shop):
    db, people = shop
    window, page = loaded_window(qtbot, ctx)
    page.search.setText("bruno")
    assert page.proxy.rowCount() == 1
    record_sale(db, people["ana"].id, 1000, on=TODAY, today=TODAY)
    ctx.apply(Changes.to_customers(ENTRIES, [people["ana"].id]))
    assert page.proxy.rowCount() == 1
    assert page.proxy.record_at(0).name == "Bruno Souza"


def test_a_bulk_change_still_reloads_everything(qtbot, ctx, shop):
    window, page = loaded_window(qtbot, ctx)
    with qtbot.waitSignal(page.model.modelReset, timeout=5000):
        ctx.apply(Changes.to_all(DATA))


def test_pages_out_of_sight_wait_to_be_shown_before_reading_again(qtbot, ctx, shop, monkeypatch):
    # The Painel's sums take seconds on a big shop: selling at the counter while it is not on
    # screen must not start them after every sale. Shown again, it reads what changed.
    from fiado_app.services import kpis as kpis_service
    from fiado_app.ui.pages.painel import PainelPage

    _db, people = shop
    window, page = loaded_window(qtbot, ctx)
    window.show()
    painel_row = PAGES.index(PainelPage)
    painel = window.pages[painel_row]
    with qtbot.waitSignal(painel.loaded, timeout=10_000):
        window.navigation.setCurrentRow(painel_row)
    before = painel.kpis.open_cents
    window.navigation.setCurrentRow(PAGES.index(ReceivablesPage))
    calls: list[int] = []
    counted = kpis_service.kpis
    monkeypatch.setattr(kpis_service, "kpis", lambda *a, **k: calls.append(1) or counted(*a, **k))

    for _ in range(3):
        ctx.perform(lambda: record_sale(ctx.db, people["ana"].id, 1000, on=TODAY, today=TODAY))
    ctx.pool.waitForDone(5000)
    assert calls == []  # three sales, no Painel sums
    with qtbot.waitSignal(painel.loaded, timeout=10_000):
        window.navigation.setCurrentRow(painel_row)
    assert calls == [1]  # once, when it is looked at again
    assert painel.kpis.open_cents == before + 3000


def test_a_filtered_list_follows_the_rows_changed_in_place(qtbot, ctx, shop):
    # The owner has typed a search and chosen "Em atraso": a sale, a payment, a new customer
    # owing — each row changed in place shows or leaves the filtered list as it now should.
    from datetime import timedelta

    from fiado_app.services.customers import CustomerInput, add_customer
    from fiado_app.services.ledger import record_payment

    _db, people = shop
    window, page = loaded_window(qtbot, ctx)

    def shown():
        return sorted(page.proxy.record_at(i).name for i in range(page.proxy.rowCount()))

    page.show_filter("overdue")
    assert shown() == ["Ana Conceição", "Carla Dias"]  # Bruno's sale is not due yet
    page.search.setText("a")
    assert shown() == ["Ana Conceição", "Carla Dias"]
    ctx.perform(lambda: record_payment(ctx.db, people["carla"].id, 12000, on=TODAY, today=TODAY))
    assert shown() == ["Ana Conceição"]  # paid up: no longer overdue
    long_ago = TODAY - timedelta(days=90)
    dani = add_customer(ctx.db, CustomerInput("Daniela Prado", "", "(19) 95555-1212"))
    ctx.perform(lambda: record_sale(ctx.db, dani.id, 700, on=long_ago, today=TODAY))
    assert shown() == ["Ana Conceição", "Daniela Prado"]  # new, overdue and matching "a"
    page.search.setText("dan")
    assert shown() == ["Daniela Prado"]
    assert "1 cliente listado" in page.footer.text()
    page.show_filter("all")
    page.search.setText("")
    assert page.proxy.rowCount() == page.model.rowCount()
