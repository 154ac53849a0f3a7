"""Start-up: the owner opens Fiado and today's collections appear quickly. The window asks for
the home page's list once, the receivables report (and the status bar) after it, and nothing
heavy is loaded before the window is on screen. The figures come from
benchmarks/bench_startup.py; these tests keep the habits that make them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView

from fiado_app.launcher import desktop_request
from fiado_app.ui.collection import agenda_page as agenda_module
from fiado_app.ui.collection.agenda_page import AgendaPage
from fiado_app.ui.main_window import MainWindow
from fiado_app.ui.pages import receivables as receivables_module
from fiado_app.ui.pages.receivables import ReceivablesPage


def count_calls(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_opening_the_window_builds_todays_list_once_then_the_receivables(qtbot, ctx, monkeypatch):
    agendas = count_calls(monkeypatch, agenda_module, "todays_agenda")
    reports = count_calls(monkeypatch, receivables_module, "receivables")
    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    home = window.pages[0]
    receivables_page = next(p for p in window.pages if isinstance(p, ReceivablesPage))
    assert isinstance(home, AgendaPage)
    with qtbot.waitSignal(receivables_page.loaded, timeout=10_000):
        window.show()
    assert home.agenda is not None and home.model.rowCount() > 0
    assert len(agendas) == 1  # not once for the page and again when the window shows it
    assert len(reports) == 1  # the receivables page's, which fills the status bar too
    assert "Em aberto: R$" in window.status_totals.text()


def test_each_page_in_the_list_has_the_title_its_class_has():
    from fiado_app.ui.page_list import PAGE_SPECS

    assert [spec.load().title for spec in PAGE_SPECS] == [spec.title for spec in PAGE_SPECS]


def test_at_start_up_the_home_page_comes_first_and_the_others_after_it(qtbot, ctx):
    from fiado_app.ui.page_list import PAGE_SPECS

    window = MainWindow.opening()
    qtbot.addWidget(window)
    window.attach(ctx, "Mercadinho São José", all_pages=False)
    assert [type(p) for p in window.pages] == [AgendaPage]
    assert window.navigation.count() == len(PAGE_SPECS)  # every page is named at once
    with qtbot.waitSignal(window.status_filled, timeout=20_000):
        window.show()
    # The totals came with the home page's own read, before any other page was built.
    assert len(window.pages) == 1 and window.pages[0].agenda is not None
    assert "Em aberto: R$" in window.status_totals.text()
    with qtbot.waitSignal(window.pages_built, timeout=20_000):
        pass  # once the labels are in, the other pages' modules are imported and built
    assert [type(p).__name__ for p in window.pages] == [spec.name for spec in PAGE_SPECS]
    assert window.report_page is not None and window.report_page.shown_once


def test_a_page_asked_for_before_it_is_built_is_built_there_and_then(qtbot, ctx):
    from fiado_app.ui.pages.customers import CustomersPage

    window = MainWindow.opening()
    qtbot.addWidget(window)
    window.attach(ctx, "Mercadinho São José", all_pages=False)
    window.show()
    window.go_to_page(2)  # Ctrl+3 as soon as the window is up
    assert isinstance(window.current_page(), CustomersPage)
    assert window.stack.currentWidget() is window.current_page()
    assert window.current_page().shown_once


def test_the_agenda_columns_keep_the_width_the_owner_gave_them(qtbot, ctx):
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.labels_loaded, timeout=10_000):
        page.refresh()
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    header.resizeSection(1, 333)
    again = AgendaPage(ctx)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.labels_loaded, timeout=10_000):
        again.refresh()  # a reload does not measure the columns again
    assert again.table.columnWidth(1) == 333


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--db", "loja.sqlite3"], Path("loja.sqlite3")),
        (["--db=loja.sqlite3"], Path("loja.sqlite3")),
    ],
)
def test_fiado_alone_or_with_a_file_opens_the_window(argv, expected):
    assert desktop_request(argv) == expected


@pytest.mark.parametrize(
    "argv", [["--help"], ["receivables"], ["--db", "x.sqlite3", "receivables"], ["--db"]]
)
def test_anything_else_goes_to_the_commands(argv):
    assert not isinstance(desktop_request(argv), Path | None)


def test_the_window_loads_neither_pdf_nor_migration_code_before_it_shows():
    # ReportLab, QtPdf, Alembic and the command modules cost about 0.3 s together; they load
    # when a document, a migration or a command is first needed.
    code = (
        "import sys, json\n"
        "import fiado_app.launcher, fiado_app.cli, fiado_app.ui.app, fiado_app.ui.main_window\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} | "
        "{m for m in sys.modules if m.startswith('fiado_app.cli.') or "
        "m.startswith('PySide6.QtPdf')})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    for heavy in ("reportlab", "alembic", "holidays", "PySide6.QtPdf", "fiado_app.cli.commands"):
        assert heavy not in loaded, heavy


def test_a_window_left_open_overnight_shows_the_new_day(qtbot, ctx):
    from datetime import timedelta

    from tests.ui.conftest import TODAY

    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    home = window.pages[0]
    receivables_page = next(p for p in window.pages if isinstance(p, ReceivablesPage))
    with qtbot.waitSignal(receivables_page.loaded, timeout=10_000):
        window.show()
    assert "20/03/2026" in home.heading.text()
    ctx.check_the_day()  # same day: nothing reloads
    assert receivables_page.report.as_of == TODAY

    ctx.today = lambda: TODAY + timedelta(days=1)  # past midnight, no sale yet
    with qtbot.waitSignals([home.loaded, receivables_page.loaded, ctx.day_changed], timeout=10_000):
        ctx.check_the_day()
    assert "21/03/2026" in home.heading.text()
    assert receivables_page.report.as_of == TODAY + timedelta(days=1)


def test_a_linux_desktop_without_qts_libraries_is_told_which_to_install(monkeypatch, capsys):
    # Qt would abort with "Could not load the Qt platform plugin xcb"; the owner gets the
    # packages to install instead, and the window is not tried.
    import ctypes

    from fiado_app import launcher

    real = ctypes.CDLL

    def without_cursor(name, *args, **kwargs):
        if name == "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(launcher.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(ctypes, "CDLL", without_cursor)
    monkeypatch.setattr("fiado_app.ui.app.run", lambda *_a: pytest.fail("the window was tried"))
    assert launcher.open_desktop(None) == 1
    err = capsys.readouterr().err
    assert "sudo apt install libxcb-cursor0 (veja o README)" in err
    assert "libxcb-icccm4" not in err  # only what is missing


def test_a_sale_made_on_the_command_line_shows_in_the_open_window(qtbot, ctx):
    # The owner records a sale with `fiado sale` in a terminal while the window is open: the
    # lists reload by themselves, and the status bar says why. The window's own writes are
    # not taken for another program's.
    from datetime import timedelta

    from fiado_app.services.ledger import record_sale
    from tests.ui.conftest import TODAY

    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    receivables_page = next(p for p in window.pages if isinstance(p, ReceivablesPage))
    with qtbot.waitSignal(receivables_page.loaded, timeout=10_000):
        window.show()
    ctx.watch_the_day()
    with qtbot.assertNotEmitted(ctx.external_change):
        ctx.check_other_programs()  # nothing written yet
        ana = next(r for r in receivables_page.report.rows if r.name == "Ana Conceição")
        ctx.perform(lambda: record_sale(ctx.db, ana.customer_id, 1000, on=TODAY, today=TODAY))
        ctx.check_other_programs()
    assert all(r.name != "Diego Lima" for r in receivables_page.report.rows)

    main_py = Path(__file__).resolve().parents[2] / "main.py"
    day = TODAY.strftime("%d/%m/%Y")
    command = [sys.executable, str(main_py), "--db", str(ctx.db.path), "sale", "Diego Lima"]
    subprocess.run([*command, "45,00", "--date", day], check=True, capture_output=True)

    with qtbot.waitSignals([ctx.external_change, receivables_page.loaded], timeout=10_000):
        ctx.check_other_programs()
    diego = next(r for r in receivables_page.report.rows if r.name == "Diego Lima")
    assert diego.open_cents == 4500 and diego.oldest_due == TODAY + timedelta(days=30)
    with qtbot.assertNotEmitted(ctx.external_change):
        ctx.check_other_programs()  # seen once
