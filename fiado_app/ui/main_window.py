"""The main window: side navigation over the registered pages, menus with shortcuts, and a
status bar with the total open and overdue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord, Totals
from fiado_app.domain.text import format_count
from fiado_app.ui import shortcuts
from fiado_app.ui.common import (
    app_icon,
    restore_geometry,
    restore_splitter,
    save_geometry,
    save_splitter,
    translate,
)
from fiado_app.ui.page import Page
from fiado_app.ui.undo_bar import UndoBar

if TYPE_CHECKING:
    from fiado_app.ui.context import AppContext

# The pages, the services under them (SQLAlchemy), dialogs and documents (ReportLab, QtPdf)
# are imported when first used, not at start-up: the window paints first
# (benchmarks/bench_startup.py).


class MainWindow(QMainWindow):
    """Built in two steps at start-up: the frame (`MainWindow.opening()`), painted before the
    database layer is even imported, then `attach` once the file is open, which adds the pages
    and the menus. `MainWindow(ctx)` does both at once."""

    status_filled = Signal()  # the status bar shows the totals
    pages_built = Signal()  # every page exists (at start-up, after the home page's list)
    file_checked = Signal()  # the full check of the open file, run in the background, ended

    def __init__(
        self, ctx: AppContext | None = None, shop_name: str = "", *, demo: bool = False
    ) -> None:
        super().__init__()
        self.demo = demo
        self.pages: list[Page] = []
        self.restore_requested: Path | None = None  # a backup to restore once the window closes
        self.report_page: Page | None = None
        self._home_done = False  # the home page has shown its first list
        self.show_shop_name(shop_name)
        self.setWindowIcon(app_icon())

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(18, 18))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.opening_note = QLabel(self.tr("Abrindo os dados da loja…"), self.stack)
        self.opening_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening_note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.navigation.setMinimumWidth(160)
        self.setCentralWidget(self.splitter)

        self.status_totals = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_totals)
        self.undo_bar = UndoBar(self, None)  # given the context by attach()
        self.statusBar().addWidget(self.undo_bar, 1)
        self._customer_windows: dict[int, QWidget] = {}

        # First run: most of a large screen, all of a small one (a 1366 x 768 notebook is
        # common at the counter and the receivables need the width); then the size and place
        # the owner left it at.
        screen = self.screen().availableGeometry()
        self.setMinimumSize(900, 560)  # below this the pages' buttons and headers get cut
        self.resize(min(1360, int(screen.width() * 0.94)), min(880, int(screen.height() * 0.92)))
        if not restore_geometry("MainWindow", self) and screen.width() < 1500:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        restore_splitter("MainWindow", self.splitter)
        if ctx is not None:
            self.attach(ctx, shop_name, demo=demo)

    @classmethod
    def opening(cls) -> MainWindow:
        """The frame alone, saying the data is being opened."""
        return cls()

    def attach(
        self, ctx: AppContext, shop_name: str = "", *, demo: bool = False, all_pages: bool = True
    ) -> None:
        """The database is open: add the pages and the menus, and load the home page. With
        `all_pages` False (start-up) only the home page is built now: the others' modules are
        imported on a worker thread once it shows its list, then they are built
        (`pages_built`); asking for one before that builds it at once."""
        from fiado_app.ui.page_list import PAGE_SPECS

        self.ctx = ctx
        self.undo_bar.ctx = ctx
        self.demo = demo
        self.show_shop_name(shop_name)
        ctx.data_changed.connect(self._shop_may_have_changed)
        ctx.data_changed.connect(self._status_may_have_changed)
        ctx.customers_changed.connect(self._status_may_have_changed)
        self.stack.removeWidget(self.opening_note)
        self.opening_note.deleteLater()
        for spec in PAGE_SPECS:
            QListWidgetItem(translate("pages", spec.title), self.navigation)
        self._add_page(PAGE_SPECS[0].load())
        self._first_show(self.pages[0])  # the home page's query runs while the rest is built
        self.navigation.currentRowChanged.connect(self.show_page)
        # Every page's name in full: the splitter stops where the longest would be elided
        # (its items have 16 px of padding and 8 px of margin on each side, ui/theme.py).
        self.navigation.ensurePolished()
        widest = max(
            self.navigation.fontMetrics().horizontalAdvance(self.navigation.item(row).text())
            for row in range(self.navigation.count())
        )
        self.navigation.setMinimumWidth(max(160, widest + 2 * (16 + 8) + 8))
        self._build_menus([spec.title for spec in PAGE_SPECS])
        self.navigation.setCurrentRow(0)
        if all_pages:
            self._build_other_pages()
        # The status bar's totals come with the receivables page's report. That load waits
        # for the home page's own: on two cores they would slow each other down, and the home
        # page is what the owner is looking at.
        self.pages[0].loaded.connect(self._home_loaded, Qt.ConnectionType.SingleShotConnection)
        # The other pages' modules are imported once the home page and the totals are on
        # screen: on two cores the import (most of a second) would slow both down.
        self._before_other_pages = {"home", "status"}
        self.pages[0].settled.connect(
            lambda: self._start_other_pages("home"), Qt.ConnectionType.SingleShotConnection
        )
        self.status_filled.connect(
            lambda: self._start_other_pages("status"), Qt.ConnectionType.SingleShotConnection
        )

    def _add_page(self, page_class: type[Page]) -> Page:
        page = page_class(self.ctx, self)
        self.pages.append(page)
        self.stack.addWidget(page)
        page.open_customer.connect(self.open_customer)
        page.open_receivables.connect(self.open_receivables)
        page.print_letter_requested.connect(self._letter_from(page))
        return page

    def _home_loaded(self) -> None:
        self._home_done = True
        if self.report_page is not None:
            self._first_show(self.report_page)
            return
        home = self.pages[0].totals()  # the home page's read gave them: no second one
        if home is not None:
            self._show_totals(home)
        else:
            self.refresh_status()  # on its own until the receivables page is built

    def _start_other_pages(self, waited: str) -> None:
        self._before_other_pages.discard(waited)
        if self._before_other_pages or self.report_page is not None:
            return
        from fiado_app.ui.page_list import load_page_modules

        self.ctx.run_in_background(
            load_page_modules,
            lambda _none: self._build_other_pages(),
            lambda _exc: self._build_other_pages(),  # the same import here says what failed
            owner=self,
        )

    def _build_other_pages(self) -> None:
        """Build the pages after the home page (once)."""
        from fiado_app.ui.page_list import PAGE_SPECS

        if len(self.pages) == len(PAGE_SPECS):
            return
        for spec in PAGE_SPECS[len(self.pages) :]:
            self._add_page(spec.load())
        self.report_page = next((p for p in self.pages if p.provides_totals), None)
        if self.report_page is not None:
            self.report_page.loaded.connect(self._totals_from_report_page)
            if self._home_done:
                self._first_show(self.report_page)  # from now on it keeps the totals
        row = self.navigation.currentRow()
        if row > 0:  # asked for before it existed
            self.show_page(row)
        self.pages_built.emit()

    def _status_may_have_changed(self, _customer_ids: object = None) -> None:
        if self.report_page is None and self.status_totals.text():
            self.refresh_status()  # until the receivables page is built, which then keeps them

    def show_shop_name(self, name: str) -> None:
        if name and self.demo:
            name = self.tr("{name} (demonstração)").format(name=name)
        title = self.tr("Fiado")
        # "Shop — Fiado": Qt adds the application name after a title that lacks it (X11, Windows)
        self.setWindowTitle(f"{name} — {title}" if name else title)

    def _shop_may_have_changed(self) -> None:
        from fiado_app.services.shop_record import get_shop

        self.show_shop_name(get_shop(self.ctx.db).name)

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[..., object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({native})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self, titles: list[str]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Arquivo"))
        self.sale_action = self._action(self.tr("&Nova venda…"), shortcuts.NEW_SALE, self.new_sale)
        self.payment_action = self._action(
            self.tr("&Pagamento…"), shortcuts.PAYMENT, self.new_payment
        )
        self.new_customer_action = self._action(
            self.tr("Novo &cliente…"), shortcuts.NEW_CUSTOMER, self.new_customer
        )
        file_menu.addAction(self.sale_action)
        file_menu.addAction(self.payment_action)
        file_menu.addAction(self.new_customer_action)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Importar caderneta…"), None, self.import_sheet)
        self.export_action = self._action(self.tr("&Exportar…"), None, self.export_sheet)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.backups_action = self._action(  # G: C is Novo &cliente's
            self.tr("Cópias de se&gurança…"), None, self.show_backups
        )
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Sair"), shortcuts.QUIT, self.close))
        view_menu = bar.addMenu(self.tr("&Ver"))
        view_menu.addAction(self._action(self.tr("&Buscar"), shortcuts.FIND, self.focus_search))
        for number, title in enumerate(titles, start=1):
            view_menu.addAction(
                self._action(
                    translate("pages", title),
                    f"Ctrl+{number}",
                    self._go_to(number - 1),
                )
            )
        documents_menu = bar.addMenu(self.tr("&Documentos"))
        self.batch_letters_action = self._action(
            self.tr("&Cartas de cobrança em lote…"), shortcuts.LETTER, self.batch_letters
        )
        documents_menu.addAction(self.batch_letters_action)
        help_menu = bar.addMenu(self.tr("A&juda"))
        help_menu.addAction(self._action(self.tr("&Sobre o Fiado"), None, self.about))

    def open_receivables(self, mode: str) -> None:
        """Contas a receber with only `mode`'s customers (the Painel's aging bars)."""
        self._build_other_pages()
        for row, page in enumerate(self.pages):
            if page.provides_totals:
                self.navigation.setCurrentRow(row)
                page.show_filter(mode)
                return

    def show_page(self, row: int) -> None:
        if row >= len(self.pages):
            self._build_other_pages()
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self._first_show(self.pages[row])

    @staticmethod
    def _first_show(page: Page) -> None:
        """Pages load their data when first shown (then they follow the change signals)."""
        if not page.shown_once:
            page.shown_once = True
            page.refresh()

    def _go_to(self, row: int) -> Callable[[bool], None]:
        def go(_checked: bool = False) -> None:
            self.go_to_page(row)

        return go

    def go_to_page(self, row: int) -> None:
        """Ctrl+1..N: show the page and put the cursor where typing is expected (its search)."""
        self.navigation.setCurrentRow(row)
        self.focus_search()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def focus_search(self) -> None:
        self.current_page().focus_search()

    def refresh_status(self) -> None:
        from fiado_app.services.receivables import receivables

        db, today = self.ctx.db, self.ctx.today()
        self.ctx.run_in_background(lambda: receivables(db, today).totals, self._show_totals)

    def _totals_from_report_page(self) -> None:
        totals = self.report_page.totals() if self.report_page is not None else None
        if totals is not None:
            self._show_totals(totals)

    def _show_totals(self, report: Totals) -> None:
        late = report.customers_overdue
        self.status_totals.setText(
            (
                self.tr("Em aberto: {open}   ·   Vencido: {overdue} (1 cliente em atraso)")
                if late == 1
                else self.tr(
                    "Em aberto: {open}   ·   Vencido: {overdue} ({count} clientes em atraso)"
                )
            ).format(
                open=format_brl(report.open_cents),
                overdue=format_brl(report.overdue_cents),
                count=format_count(late),
            )
            + (
                self.tr("   ·   Créditos de clientes: {credit}").format(
                    credit=format_brl(report.credit_cents)
                )
                if report.credit_cents
                else ""
            )
        )
        self.status_filled.emit()

    def selected_customer(self) -> CustomerRecord | None:
        from fiado_app.services.customers import get_customer

        customer_id = self.current_page().selected_customer_id()
        return get_customer(self.ctx.db, customer_id) if customer_id else None

    def new_sale(self) -> None:
        from fiado_app.ui.dialogs.sale import SaleDialog

        dialog = SaleDialog(self.ctx, self.selected_customer(), self)
        if dialog.exec() and dialog.result_record is not None:
            self.undo_bar.offer(dialog.result_record, dialog.customer.customer)

    def new_payment(self) -> None:
        from fiado_app.ui.documents.customer_docs import record_payment_and_offer_receipt

        self.receipt_preview = record_payment_and_offer_receipt(
            self, self.ctx, self.selected_customer(), on_saved=self.undo_bar.offer
        )

    def open_customer(self, customer_id: int) -> None:
        """One window per customer: asking again brings the open one forward."""
        from fiado_app.ui.dialogs.customer import CustomerDialog

        window = self._customer_windows.get(customer_id)
        if window is not None and shiboken6.isValid(window):
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return
        dialog = CustomerDialog(self.ctx, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._customer_windows[customer_id] = dialog
        dialog.finished.connect(lambda _result: self._customer_windows.pop(customer_id, None))
        dialog.show()

    def _letter_from(self, page: Page) -> Callable[[int], None]:
        def print_letter(customer_id: int) -> None:
            self.print_letter(customer_id, page.letter_stage() or "")

        return print_letter

    def print_letter(self, customer_id: int, stage: str = "") -> None:
        """The customer's letter (at `stage`, else their current one); printing or saving logs a
        "carta" contact."""
        from fiado_app.ui.documents.actions import print_customer_letter

        self.letter_preview = print_customer_letter(self, self.ctx, customer_id, stage or None)

    def batch_letters(self) -> None:
        from fiado_app.ui.documents.actions import open_batch_letters

        self.batch_dialog = open_batch_letters(self, self.ctx)

    def _confirm_unsaved(self) -> bool:
        """Closing with typed but unsaved data asks first: save, discard or keep working."""
        for row, page in enumerate(self.pages):
            what = page.unsaved_changes()
            if not what:
                continue
            self.navigation.setCurrentRow(row)
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Fechar o Fiado"),
                self.tr("{what} Salvar antes de fechar?").format(what=what),
                buttons.Save | buttons.Discard | buttons.Cancel,
                buttons.Save,
            )
            if answer == buttons.Cancel:
                return False
            if answer == buttons.Save and not page.save_unsaved():
                return False  # the page shows why it could not save; nothing is lost
        return True

    def show_backups(self) -> None:
        from fiado_app.ui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.exec()
        if dialog.restore_requested is not None:
            self.restore_requested = dialog.restore_requested
            self.close()  # ui/app.py restores with the database closed, then reopens

    def import_sheet(self) -> None:
        from fiado_app.ui.dialogs.sheet_import import ImportDialog

        ImportDialog(self.ctx, self).exec()

    def export_sheet(self) -> None:
        from fiado_app.ui.dialogs.sheet_export import ExportDialog

        ExportDialog(self.ctx, self).exec()

    def new_customer(self) -> None:
        """Novo cliente from any page (Ctrl+Shift+N); the new customer's window opens."""
        from fiado_app.ui.dialogs.customer_form import NewCustomerDialog

        dialog = NewCustomerDialog(self.ctx, self)
        if dialog.exec() and dialog.result_record is not None:
            self.open_customer(dialog.result_record.id)

    def about(self) -> None:
        from fiado_app.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self.ctx.db.path, self)
        self.about_dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_unsaved():
            event.ignore()
            return
        save_geometry("MainWindow", self)
        save_splitter("MainWindow", self.splitter)
        super().closeEvent(event)
