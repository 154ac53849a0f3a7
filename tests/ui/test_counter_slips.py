"""No slip at the counter: a sale far above the usual is confirmed first, every save can be
undone for a few seconds, one window per customer, the keyboard goes where it is expected,
and no shortcut takes a key the platform gives another meaning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from fiado_app.services.ledger import customer_balance, get_entry, record_sale
from fiado_app.ui.dialogs.customer import CustomerDialog
from fiado_app.ui.dialogs.sale import SaleDialog
from fiado_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY


def test_a_phone_number_typed_as_the_amount_is_questioned_before_it_is_recorded(qtbot, ctx, shop):
    db, people = shop
    ana = people["ana"]
    dialog = SaleDialog(ctx, ana)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.confirm_large = lambda text: asked.append(text) or False  # "Voltar e corrigir"
    dialog.amount.setText("98535")  # meant to search a phone
    dialog.accept()
    assert asked and "R$\u00a098.535,00" in asked[0] and "Ana Conceição" in asked[0]
    assert "maior compra de Ana Conceição nos últimos 12 meses foi R$\u00a050,00" in asked[0]
    assert dialog.result_record is None and customer_balance(db, ana.id) == 6000
    dialog.confirm_large = lambda _text: True  # the owner really means it
    dialog.accept()
    assert dialog.result_record is not None and customer_balance(db, ana.id) == 6000 + 9853500


def test_an_ordinary_sale_is_not_questioned(qtbot, ctx, shop):
    db, people = shop
    dialog = SaleDialog(ctx, people["ana"])
    qtbot.addWidget(dialog)
    dialog.confirm_large = lambda _text: pytest_fail("an ordinary sale must not ask")
    dialog.amount.setText("45,90")
    dialog.accept()
    assert dialog.result_record is not None


def pytest_fail(message: str) -> bool:
    raise AssertionError(message)


def test_a_saved_sale_can_be_undone_for_a_few_seconds(qtbot, ctx, shop):
    db, people = shop
    carla = people["carla"]
    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    sale = record_sale(db, carla.id, 2500, on=TODAY, today=TODAY)
    window.undo_bar.offer(sale, carla)
    text = window.undo_bar.message.text()
    assert "Venda de R$\u00a025,00 para Carla Dias registrada." in text
    assert window.undo_bar.action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_bar.button.click()
    assert customer_balance(db, carla.id) == 12000  # as before the slip
    undone = get_entry(db, sale.id)
    assert undone.reversed_by_id is not None and undone.reversed_on == sale.date
    assert "Desfeito" in window.undo_bar.message.text()
    window.undo_bar.undo()  # once only
    assert customer_balance(db, carla.id) == 12000


def test_ctrl_z_undoes_the_sale_while_the_cursor_is_back_in_the_search_box(qtbot, ctx, shop):
    db, people = shop
    carla = people["carla"]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.navigation.setCurrentRow(2)
    search = window.pages[2].search  # Clientes: the sale dialog hands the focus back here
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    window.undo_bar.offer(record_sale(db, carla.id, 2500, on=TODAY, today=TODAY), carla)
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert customer_balance(db, carla.id) == 12000
    qtbot.keyClicks(search, "car")  # what the owner typed there is hers to undo
    window.undo_bar.offer(record_sale(db, carla.id, 700, on=TODAY, today=TODAY), carla)
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() != "car" and customer_balance(db, carla.id) == 12700


def test_the_undo_offer_goes_away_by_itself(qtbot, ctx, shop):
    db, people = shop
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.undo_bar.offer(record_sale(db, people["ana"].id, 900, on=TODAY, today=TODAY))
    window.undo_bar.timer.setInterval(10)
    window.undo_bar.timer.start()
    qtbot.waitUntil(lambda: window.undo_bar.entry is None, timeout=2000)
    assert not window.undo_bar.action.isEnabled()


def test_asking_twice_for_a_customer_brings_the_same_window_forward(qtbot, ctx, shop):
    _db, people = shop
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_customer(people["carla"].id)
    window.open_customer(people["carla"].id)  # a double click, or two
    open_windows = [w for w in window.findChildren(CustomerDialog) if w.isVisible()]
    assert len(open_windows) == 1
    open_windows[0].close()
    qtbot.waitUntil(lambda: not window._customer_windows, timeout=2000)
    window.open_customer(people["carla"].id)  # closed: a new one opens
    assert len([w for w in window.findChildren(CustomerDialog) if w.isVisible()]) == 1


def test_picking_a_customer_from_the_list_moves_on_to_the_amount(qtbot, ctx, shop):
    dialog = SaleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.customer.setFocus()
    qtbot.keyClicks(dialog.customer, "Bruno")
    label = next(iter(dialog.customer._found))
    dialog.customer._choose_label(label)  # what the completer does on Enter or a click
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.amount, timeout=2000)
    qtbot.keyClicks(dialog.amount, "12,50")
    assert dialog.customer.customer is not None and dialog.customer.customer.name == "Bruno Souza"
    assert dialog.amount.text() == "12,50"
    assert "Bruno Souza" in dialog.windowTitle()


def _standard_bindings() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for key in QKeySequence.StandardKey:
        for binding in QKeySequence.keyBindings(key):
            found.setdefault(binding.toString(), set()).add(key.name)
    return found


# A shortcut may be a standard key only for what that key means.
MEANT = {"Buscar": {"Find"}, "Sair": {"Quit"}, "Nova venda": {"New"}, "Desfazer": {"Undo"},
         "Salvar": {"Save"}}  # fmt: skip


def _clashes(widget) -> list[str]:
    standard = _standard_bindings()
    clashes = []
    shortcuts = [(a.text(), a.shortcut()) for a in widget.actions()]
    shortcuts += [(b.text(), b.shortcut()) for b in widget.findChildren(QPushButton)]
    for text, key in shortcuts:
        if key.isEmpty():
            continue
        name = text.replace("&", "").rstrip("…").split(" (")[0].strip()
        meant = next((keys for word, keys in MEANT.items() if name.startswith(word)), set())
        taken = standard.get(key.toString(), set()) - meant
        if taken:
            clashes.append(f"{name}: {key.toString()} is {sorted(taken)}")
    return clashes


def test_no_shortcut_takes_a_standard_key_for_something_else(qtbot, ctx, shop):
    _db, people = shop
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    customer = CustomerDialog(ctx, people["ana"].id, window)
    qtbot.addWidget(customer)
    assert _clashes(window) == [] and _clashes(customer) == []
    assert window.payment_action.shortcut().toString() == "F4"  # Ctrl+P prints


def test_a_sale_made_in_the_customers_window_can_be_undone_there(qtbot, ctx, shop):
    from fiado_app.ui.dialogs.customer import CustomerDialog

    db, people = shop
    carla = people["carla"]
    window = CustomerDialog(ctx, carla.id)
    qtbot.addWidget(window)
    window.undo_bar.offer(record_sale(db, carla.id, 2500, on=TODAY, today=TODAY), carla)
    assert "Venda de R$\u00a025,00 para Carla Dias registrada." in window.undo_bar.message.text()
    window.undo_bar.button.click()
    assert customer_balance(db, carla.id) == 12000
    assert window.model.rowCount() == 3  # the sale, struck through, and its reversal
