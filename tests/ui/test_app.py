"""Pages, search, start-up guards (one window per database, a corrupt file), the first run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fiado_app.domain.changes import DATA, Changes
from fiado_app.services.shop import get_logo
from fiado_app.services.shop_record import get_shop
from fiado_app.ui import app as app_module
from fiado_app.ui.collection.agenda_page import AgendaPage
from fiado_app.ui.first_run import WelcomeDialog, demo_path_for
from fiado_app.ui.main_window import MainWindow
from fiado_app.ui.page_list import page_classes
from fiado_app.ui.pages.customers import CustomersPage
from fiado_app.ui.pages.receivables import ReceivablesPage
from fiado_app.ui.pages.shop import ShopPage

PAGES = page_classes()

RECEIVABLES, CUSTOMERS, SHOP = (PAGES.index(c) for c in (ReceivablesPage, CustomersPage, ShopPage))


def loaded_window(qtbot, ctx):
    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is small
    window.resize(1280, 760)
    window.show()
    page = window.pages[RECEIVABLES]
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)
    return window, page


def test_every_registered_page_follows_the_contract(qtbot, ctx):
    window, _ = loaded_window(qtbot, ctx)
    assert [type(p) for p in window.pages] == PAGES
    for page in window.pages:
        assert type(page).title and callable(page.refresh)
    assert window.navigation.count() == len(PAGES)


def test_the_app_opens_on_todays_collections_with_consistent_shortcuts(qtbot, ctx):
    window, _ = loaded_window(qtbot, ctx)
    assert PAGES[0] is AgendaPage
    assert window.navigation.currentRow() == 0
    assert window.current_page() is window.pages[0]
    assert window.navigation.item(0).text() == "Cobranças de hoje"
    agenda = window.pages[0]
    qtbot.waitUntil(lambda: agenda.agenda is not None, timeout=5000)
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    for number, page_class in enumerate(PAGES, start=1):
        assert shortcuts[page_class.title] == f"Ctrl+{number}"
    receivables_action = next(a for a in window.actions() if a.text() == ReceivablesPage.title)
    receivables_action.trigger()
    assert window.current_page() is window.pages[RECEIVABLES]


def test_search_filters_by_name_accents_ignored_and_by_phone(qtbot, ctx, screenshot):
    window, page = loaded_window(qtbot, ctx)
    window.navigation.setCurrentRow(RECEIVABLES)
    screenshot(window, "page-receivables")
    assert page.proxy.rowCount() == 3
    qtbot.keyClicks(page.search, "conceicao")
    assert [r.name for r in page.proxy.visible_rows()] == ["Ana Conceição"]
    assert "1 cliente listado   ·" in page.footer.text() and "R$\u00a060,00" in page.footer.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "97777")
    assert [r.name for r in page.proxy.visible_rows()] == ["Bruno Souza"]
    page.search.clear()
    page.filter.setCurrentIndex(page.filter.findData("overdue"))
    assert {r.name for r in page.proxy.visible_rows()} == {"Ana Conceição", "Carla Dias"}
    page.filter.setCurrentIndex(page.filter.findData("61-90"))
    assert [r.name for r in page.proxy.visible_rows()] == ["Carla Dias"]


def test_overdue_rows_are_marked_by_text_and_icon_not_colour_alone(qtbot, ctx):
    _window, page = loaded_window(qtbot, ctx)
    model = page.model
    for row in range(model.rowCount()):
        record = model.record(row)
        status = model.index(row, model.STATUS)
        if record.is_overdue:
            assert status.data() == "Em atraso"
            assert status.data(1) is not None  # DecorationRole: the warning icon
        else:
            assert status.data() == "Em dia"


def test_sorting_by_name_reorders_the_list(qtbot, ctx):
    _window, page = loaded_window(qtbot, ctx)
    page.table.sortByColumn(
        page.model.NAME, page.table.horizontalHeader().sortIndicatorOrder().AscendingOrder
    )
    names = [page.proxy.record_at(r).name for r in range(page.proxy.rowCount())]
    assert names == sorted(names)


def test_other_pages_render(qtbot, ctx, screenshot):
    window, _ = loaded_window(qtbot, ctx)
    window.navigation.setCurrentRow(CUSTOMERS)
    qtbot.waitUntil(lambda: window.pages[CUSTOMERS].model.rowCount() == 4, timeout=5000)
    screenshot(window, "page-customers")
    window.navigation.setCurrentRow(SHOP)
    assert window.pages[SHOP].form.edits["name"].text() == "Mercadinho São José"
    screenshot(window, "page-shop")


def test_shop_page_refuses_a_fine_above_two_percent(qtbot, ctx, shop):
    db, _ = shop
    window, _ = loaded_window(qtbot, ctx)
    window.navigation.setCurrentRow(SHOP)
    page = window.pages[SHOP]
    page.form.fine.setText("3")
    page.save()
    assert "2 %" in page.message.text()
    assert page.form.fine.text() == "3"
    page.form.fine.setText("2")
    page.form.interest.setText("1")
    page.save()
    assert get_shop(db).fine_bp == 200 and get_shop(db).interest_monthly_bp == 100


def test_a_new_logo_survives_a_refresh_until_it_is_saved(qtbot, ctx, shop, tmp_path):
    from PySide6.QtGui import QColor, QImage

    db, _ = shop
    window, _ = loaded_window(qtbot, ctx)
    window.navigation.setCurrentRow(SHOP)
    page = window.pages[SHOP]
    logo = tmp_path / "logo.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d7a5f"))
    image.save(str(logo))
    page.form.load_logo_file(logo)
    ctx.apply(Changes.to_all(DATA))  # a sale elsewhere, a new day: every page reloads
    assert page.form.logo == logo.read_bytes()  # what the owner chose is still there
    assert page.unsaved_changes()
    assert page.save() and get_logo(db) == logo.read_bytes()
    assert page.unsaved_changes() is None


def test_a_new_shop_name_shows_in_the_window_title(qtbot, ctx, shop):
    window, _ = loaded_window(qtbot, ctx)
    assert window.windowTitle() == "Mercadinho São José — Fiado"
    page = window.pages[SHOP]
    window.navigation.setCurrentRow(SHOP)
    page.form.edits["name"].setText("Mercearia da Rosa")
    assert page.save()
    assert window.windowTitle() == "Mercearia da Rosa — Fiado"
    demo = MainWindow(ctx, "Mercadinho Bom Preço", demo=True)
    qtbot.addWidget(demo)
    assert demo.windowTitle() == "Mercadinho Bom Preço (demonstração) — Fiado"


def test_closing_with_unsaved_shop_data_asks_first(qtbot, ctx, shop, monkeypatch):
    db, _ = shop
    window, _ = loaded_window(qtbot, ctx)
    page = window.pages[SHOP]
    window.navigation.setCurrentRow(SHOP)
    qtbot.keyClicks(page.form.edits["complement"], "Loja 2")  # typed, not saved
    asked: list[str] = []

    def answer(choice):
        def fake(parent, title, text, *args, **kwargs):
            asked.append(text)
            return choice

        return fake

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert window.close() is False and window.isVisible()  # keeps working, nothing lost
    assert "não foram salvos" in asked[-1]
    page.form.edits["name"].setText("")  # cannot be saved: the name is required
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    assert window.close() is False and page.message.text()  # says why, stays open
    page.form.edits["name"].setText("Mercadinho São José II")
    assert window.close() is True
    assert get_shop(db).name == "Mercadinho São José II" and get_shop(db).complement == "Loja 2"


def test_a_second_window_on_the_same_database_is_refused(tmp_path):
    path = tmp_path / "f.sqlite3"
    first = app_module.acquire_lock(path)
    assert first is not None
    assert app_module.acquire_lock(path, wait_ms=100) is None
    first.unlock()
    again = app_module.acquire_lock(path)
    assert again is not None
    again.unlock()


def test_a_lock_that_cannot_be_written_is_not_taken_for_another_window(tmp_path, qapp):
    # A read-only folder (or one that is no folder at all) must not say "already open".
    from fiado_app.domain.errors import DatabaseNotWritable

    not_a_folder = tmp_path / "arquivo.txt"
    not_a_folder.write_text("x")
    with pytest.raises(DatabaseNotWritable, match="Sem permissão para gravar na pasta"):
        app_module.acquire_lock(not_a_folder / "loja.sqlite3", wait_ms=100)


def test_run_refuses_a_second_window_with_a_message(tmp_path, monkeypatch, qapp):
    path = tmp_path / "f.sqlite3"
    lock = app_module.acquire_lock(path)
    shown = []
    monkeypatch.setattr(app_module, "refuse_second_window", lambda p, parent=None: shown.append(p))
    assert app_module.run(path) == 1
    assert shown == [path.resolve()]
    lock.unlock()


def _answer_box(button_text: str, seen: list[str]) -> None:
    def click() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append(w.text())
                for b in w.buttons():
                    if b.text() == button_text:
                        b.click()
                        return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_a_corrupt_database_offers_the_newest_backup(tmp_path, qapp, shop):
    from fiado_app.db.backup import backup_now
    from fiado_app.services.app import backup_dir_for

    db, _ = shop
    path = db.path
    backup_now(path, backup_dir_for(path))
    db.close()
    for extra in ("-wal", "-shm"):
        (path.parent / (path.name + extra)).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    seen: list[str] = []
    _answer_box("Restaurar a cópia", seen)
    restored = app_module.open_with_recovery(path)
    assert restored is not None
    assert "cópia de segurança" in seen[0]
    assert get_shop(restored).name == "Mercadinho São José"
    restored.close()


def test_a_corrupt_database_without_backup_says_so_and_changes_nothing(tmp_path, qapp):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"garbage" * 500)
    seen: list[str] = []
    _answer_box("OK", seen)
    assert app_module.open_with_recovery(path) is None
    assert "não há cópia de segurança" in seen[0]
    assert path.read_bytes() == b"garbage" * 500


def test_first_run_asks_for_the_shop_and_validates(qtbot, tmp_path, screenshot):
    from fiado_app.services.app import open_database

    db = open_database(tmp_path / "new.sqlite3").db
    assert not get_shop(db).configured
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    screenshot(dialog, "first-run")
    dialog.accept()
    assert "nome da loja" in dialog.error.text()
    dialog.form.edits["name"].setText("Bazar da Rosa")
    dialog.form.edits["document"].setText("123")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    dialog.form.edits["document"].setText("")
    dialog.accept()
    assert dialog.choice == "shop" and get_shop(db).configured
    assert get_shop(db).terms_days == 30  # the form started from the default terms
    db.close()


def test_the_welcome_fits_a_small_screen_with_its_buttons_in_sight(qtbot, tmp_path):
    from fiado_app.services.app import open_database

    db = open_database(tmp_path / "new.sqlite3").db
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen().availableGeometry()  # 800 px high on the offscreen platform
    assert dialog.height() <= screen.height()
    bottom = dialog.start.mapTo(dialog, dialog.start.rect().bottomLeft()).y()
    assert dialog.start.isVisible() and bottom < dialog.height()
    assert dialog.form.days.value() == 30
    db.close()


def test_the_demo_shop_goes_to_a_file_of_its_own(qtbot, tmp_path, monkeypatch):
    import sys
    import types

    from fiado_app.services.customers import CustomerInput, add_customer
    from fiado_app.services.shop import update_shop

    calls = []

    def fake_generate_demo(db, customers, years, seed):
        calls.append((customers, years, seed))
        update_shop(db, name="Loja Demonstração")
        add_customer(db, CustomerInput("Cliente de Exemplo"))
        return "ok"

    fake = types.ModuleType("fiado_app.services.demo")
    fake.generate_demo = fake_generate_demo
    monkeypatch.setitem(sys.modules, "fiado_app.services.demo", fake)
    real = tmp_path / "fiado.sqlite3"
    demo = app_module.start_demo(real)
    assert demo is not None and calls
    assert demo.path == demo_path_for(real).resolve()
    assert get_shop(demo).name == "Loja Demonstração"
    assert not real.exists()
    demo.close()
