"""The counter: sales, payments, reversals and warnings, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fiado_app.services.ledger import customer_balance
from fiado_app.services.statement import statement
from fiado_app.ui.dialogs.corrections import ReversalDialog
from fiado_app.ui.dialogs.customer import CustomerDialog
from fiado_app.ui.dialogs.payment import PaymentDialog
from fiado_app.ui.dialogs.sale import SaleDialog
from fiado_app.ui.main_window import MainWindow
from fiado_app.ui.models import RECORD_ROLE


def wait_loaded(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def rows_by_name(page):
    return {r.name: r for r in page.proxy.visible_rows()}


def receivables_window(qtbot, ctx, *, show: bool = False):
    """The main window with Contas a receber loaded: (window, that page)."""
    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    if show:
        window.show()
    page = next(p for p in window.pages if hasattr(p, "report"))
    wait_loaded(qtbot, page)
    return window, page


def test_a_sale_typed_in_the_dialog_shows_in_receivables(qtbot, ctx, shop):
    db, people = shop
    window, page = receivables_window(qtbot, ctx)
    assert "Diego Lima" not in rows_by_name(page)

    dialog = SaleDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.customer, "diego")
    dialog.customer._settle()  # leaving the field with a unique match picks the customer
    assert dialog.customer.customer is not None
    assert dialog.customer.customer.name == "Diego Lima"
    qtbot.keyClicks(dialog.amount, "12,50")
    qtbot.keyClicks(dialog.description, "Refrigerante")
    assert dialog.due.value().isoformat() == "2026-04-19"  # 30 days, the shop's terms
    dialog.show()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.error.text() == ""
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: "Diego Lima" in rows_by_name(page), timeout=5000)
    row = rows_by_name(page)["Diego Lima"]
    assert row.open_cents == 1250
    assert "R$\u00a0272,50" in window.status_totals.text()


def test_autocomplete_finds_by_nickname_and_phone(qtbot, ctx):
    dialog = SaleDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.customer, "aninha")
    assert any("Ana Conceição" in s for s in dialog.customer._model.stringList())
    dialog.customer.clear()
    qtbot.keyClicks(dialog.customer, "97777")
    assert [c.name for c in dialog.customer._found.values()] == ["Bruno Souza"]


def test_overdue_customer_gets_a_visible_warning(qtbot, ctx, shop, screenshot):
    _db, people = shop
    dialog = SaleDialog(ctx, people["carla"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "em atraso" in dialog.warning.text()
    assert "70 dias" in dialog.warning.text()
    screenshot(dialog, "dialog-sale-overdue")


def test_above_limit_needs_a_reason(qtbot, ctx, shop, screenshot):
    db, people = shop
    dialog = SaleDialog(ctx, people["bruno"])  # owes 80, limit 100
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.warning.isVisible()
    qtbot.keyClicks(dialog.amount, "50")
    assert dialog.warning.isVisible() and "acima do limite" in dialog.warning.text()
    assert dialog.reason.isVisible()
    dialog.accept()
    assert dialog.isVisible() and "motivo" in dialog.error.text()
    assert customer_balance(db, people["bruno"].id) == 8000
    screenshot(dialog, "dialog-sale-above-limit")
    qtbot.keyClicks(dialog.reason, "Paga na sexta")
    dialog.accept()
    assert customer_balance(db, people["bruno"].id) == 13000


def test_bad_amount_gives_a_clear_message_and_keeps_what_was_typed(qtbot, ctx, shop, screenshot):
    db, people = shop
    dialog = SaleDialog(ctx, people["ana"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "12,5x")
    qtbot.keyClicks(dialog.description, "Queijo")
    dialog.accept()
    assert dialog.isVisible()
    assert "inválido" in dialog.error.text().lower()
    assert dialog.amount.text() == "12,5x" and dialog.description.text() == "Queijo"
    assert customer_balance(db, people["ana"].id) == 6000
    screenshot(dialog, "dialog-sale-error")


def test_sale_without_customer_is_refused_with_a_message(qtbot, ctx):
    dialog = SaleDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "10")
    dialog.accept()
    assert "Escolha o cliente" in dialog.error.text()


def test_partial_payment_shows_what_it_settles_and_what_remains(qtbot, ctx, shop, screenshot):
    db, people = shop
    dialog = PaymentDialog(ctx, people["ana"])  # owes 60: 30 of the old sale, 30 of the new
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "40")
    text = dialog.preview.text()
    assert "Quita Arroz e feijão" in text and "R$\u00a030,00" in text
    assert "Paga parte de Pão e leite" in text and "R$\u00a010,00" in text
    assert "Fica devendo: R$\u00a020,00" in text
    screenshot(dialog, "dialog-payment-partial")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert customer_balance(db, people["ana"].id) == 2000


def test_pay_all_fills_the_whole_balance(qtbot, ctx, shop):
    db, people = shop
    dialog = PaymentDialog(ctx, people["carla"])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.pay_all, Qt.MouseButton.LeftButton)
    assert dialog.amount.text() == "120,00"
    assert "Fica devendo: R$\u00a00,00" in dialog.preview.text()
    dialog.method.setCurrentIndex(dialog.method.findData("pix"))
    dialog.accept()
    assert customer_balance(db, people["carla"].id) == 0


def test_overpayment_is_refused_unless_kept_as_credit(qtbot, ctx, shop):
    db, people = shop
    dialog = PaymentDialog(ctx, people["bruno"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "100")
    dialog.accept()
    assert "maior que o saldo" in dialog.error.text()
    assert dialog.amount.text() == "100"
    assert "marque a opção acima" in dialog.preview.text()  # no credit promised before it is
    dialog.allow_credit.setChecked(True)
    assert "fica como crédito do cliente" in dialog.preview.text()
    dialog.accept()
    assert customer_balance(db, people["bruno"].id) == -2000


def test_an_error_goes_away_once_the_value_is_corrected(qtbot, ctx, shop):
    # R$ 100,00 for a customer who owes R$ 80,00: refused. The owner clicks "Pagar tudo": the
    # red line about R$ 100,00 no longer stands under R$ 80,00.
    _db, people = shop
    dialog = PaymentDialog(ctx, people["bruno"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "100")
    dialog.accept()
    assert dialog.error.isVisible() and "R$\u00a0100,00" in dialog.error.text()
    qtbot.mouseClick(dialog.pay_all, Qt.MouseButton.LeftButton)
    assert dialog.amount.text() == "80,00"
    assert not dialog.error.isVisible() and dialog.error.text() == ""
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "800")  # refused again, said again
    dialog.accept()
    assert dialog.error.isVisible() and "R$\u00a0800,00" in dialog.error.text()


def test_reversing_an_entry_strikes_it_through_in_the_statement(qtbot, ctx, shop, screenshot):
    db, people = shop
    window = CustomerDialog(ctx, people["bruno"].id)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 1
    window.table.selectRow(0)
    entry = window.selected_entry()
    dialog = ReversalDialog(ctx, entry, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "motivo" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "Lancado no cliente errado")
    screenshot(dialog, "dialog-reversal")
    dialog.accept()
    assert customer_balance(db, people["bruno"].id) == 0
    assert window.model.rowCount() == 2
    original = window.model.index(0, window.model.DESCRIPTION)
    assert original.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "estornado" in original.data()
    reversal = window.model.data(window.model.index(1, 0), RECORD_ROLE)
    assert reversal.entry.kind == "reversal"
    assert window.model.index(1, window.model.BALANCE).data() == "R$\u00a00,00"
    assert statement(db, people["bruno"].id).closing_cents == 0


def test_reversing_a_sale_already_paid_says_it_leaves_a_credit(qtbot, ctx, shop):
    """Bruno paid his R$ 80,00 sale; the owner then reverses it: the dialog says before she
    confirms that he is left with a credit, and his window says "crédito", not "saldo -"."""
    from fiado_app.services.ledger import get_entry, record_payment

    db, people = shop
    bruno = people["bruno"].id
    sale_id = statement(db, bruno).lines[0].entry.id
    record_payment(db, bruno, 8000, today=ctx.today())
    dialog = ReversalDialog(ctx, get_entry(db, sale_id))
    qtbot.addWidget(dialog)
    text = dialog.after.text().replace("\xa0", " ")
    assert "Saldo agora: R$ 0,00." in text and "fica com R$ 80,00 de crédito" in text
    qtbot.keyClicks(dialog.reason, "cliente errado")
    dialog.accept()
    window = CustomerDialog(ctx, bruno)
    qtbot.addWidget(window)
    assert "crédito de R$\xa080,00" in window.summary.text()


def test_customer_data_is_validated_like_the_cli(qtbot, ctx, shop):
    _db, people = shop
    window = CustomerDialog(ctx, people["ana"].id)
    qtbot.addWidget(window)
    window.form.edits["document"].setText("111.111.111-11")
    window.save_data()
    assert not window.error.isHidden() and "CPF" in window.error.text()
    assert window.form.edits["document"].text() == "111.111.111-11"
    window.form.edits["document"].setText("")
    window.form.edits["nickname"].setText("Aninha da padaria")
    window.save_data()
    assert window.error.isHidden()


def test_dialog_buttons_speak_portuguese(qtbot, ctx):
    dialog = PaymentDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_from_the_search_box_the_keyboard_reaches_the_customer(qtbot, ctx, shop):
    db, people = shop
    window, page = receivables_window(qtbot, ctx, show=True)
    window.go_to_page(window.pages.index(page))
    assert page.search.hasFocus()  # Ctrl+2 puts the cursor in the search box

    qtbot.keyClicks(page.search, "a")  # Ana, Carla, ...: several listed
    assert page.proxy.rowCount() > 1
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.selected_customer_id() is not None

    page.table.clearSelection()
    page.search.clear()
    qtbot.keyClicks(page.search, "carla")  # one customer listed: Enter opens her
    assert page.proxy.rowCount() == 1 and page.selected_customer_id() == people["carla"].id
    with qtbot.waitSignal(page.open_customer) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [people["carla"].id]


def test_payment_from_a_search_that_found_one_customer_starts_with_her(qtbot, ctx, shop):
    window, page = receivables_window(qtbot, ctx)
    window.go_to_page(window.pages.index(page))
    qtbot.keyClicks(page.search, "bruno")
    customer = window.selected_customer()
    assert customer is not None and customer.name == "Bruno Souza"


def test_a_first_sale_to_someone_new_registers_them_without_leaving_the_sale(
    qtbot, ctx, shop, monkeypatch
):
    from fiado_app.ui.dialogs.customer_form import NewCustomerDialog

    db, _people = shop
    seen: dict[str, str] = {}

    def fill_and_register(dialog):
        form = dialog.customer_form
        seen["name"] = form.edits["name"].text()
        form.edits["phone"].setText("(19) 99123-4567")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewCustomerDialog, "exec", fill_and_register)
    sale = SaleDialog(ctx)
    qtbot.addWidget(sale)
    sale.show()
    qtbot.keyClicks(sale.customer, "Joana Prado")
    assert sale.customer.customer is None  # nobody by that name yet
    sale.new_customer_button.click()
    assert seen["name"] == "Joana Prado"  # what was typed comes along
    assert sale.customer.customer is not None and sale.customer.customer.name == "Joana Prado"
    qtbot.keyClicks(sale.amount, "8,90")
    qtbot.keyClick(sale.amount, Qt.Key.Key_Return)
    assert sale.result() == sale.DialogCode.Accepted
    assert customer_balance(db, sale.customer.customer.id) == 890


def test_a_phone_typed_in_the_sale_goes_to_the_new_customers_phone(qtbot, ctx):
    from fiado_app.ui.dialogs.customer_form import NewCustomerDialog

    dialog = NewCustomerDialog(ctx, name="19 99123 4567")
    qtbot.addWidget(dialog)
    assert dialog.customer_form.edits["phone"].text() == "19 99123 4567"
    assert dialog.customer_form.edits["name"].text() == ""


def test_a_payment_from_todays_list_is_for_the_customer_highlighted_there(qtbot, ctx, shop):
    window, _page = receivables_window(qtbot, ctx)
    home = window.pages[0]
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.refresh()
    assert home.agenda is not None and home.agenda.items
    item = home.agenda.items[-1]
    home.table.selectRow(len(home.agenda.items) - 1)
    window.navigation.setCurrentRow(0)
    customer = window.selected_customer()  # what F4 and Ctrl+N start with
    assert customer is not None and customer.id == item.customer_id
