"""Start the desktop app: one window per database, a readable database (or a restored backup),
the first-run welcome, the main window, and the daily backup in the background."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QLockFile, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from fiado_app.db import backup as backups
from fiado_app.db.engine import Database, DatabaseUnreadable
from fiado_app.domain.dates import format_datetime
from fiado_app.services.app import backup_dir_for, default_db_path, open_database, run_daily_backup
from fiado_app.services.shop import get_shop
from fiado_app.ui import crash, startup_trace
from fiado_app.ui.common import app_icon, resource
from fiado_app.ui.context import AppContext
from fiado_app.ui.theme import apply_theme

_translators: list[QTranslator] = []


def language() -> str:
    """Portuguese is the source language; FIADO_LANG=en loads the English translation."""
    return os.environ.get("FIADO_LANG", "pt_BR")


def install_translation(app: QApplication, lang: str | None = None) -> None:
    lang = lang or language()
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _translators.append(qt)
    if not lang.startswith("pt"):
        own = QTranslator(app)
        if own.load(str(resource("translations", f"fiado_{lang.split('_')[0]}.qm"))):
            app.installTranslator(own)
            _translators.append(own)
    QLocale.setDefault(QLocale(lang))


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("Fiado")
    app.setOrganizationDomain("fiado.app.br")
    app.setApplicationName("Fiado")
    app.setApplicationDisplayName("Fiado")
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName("fiado")
    apply_theme(app)
    install_translation(app)
    return app


def acquire_lock(db_path: Path) -> QLockFile | None:
    """One desktop window per database: a lock file beside it (stale locks of a crashed run are
    taken over)."""
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    return None


def refuse_second_window(db_path: Path, parent: QWidget | None = None) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("app", "O Fiado já está aberto"),
        QCoreApplication.translate(
            "app",
            "O Fiado já está aberto com este arquivo ({path}) em outra janela. "
            "Use a janela que já está aberta.",
        ).format(path=db_path),
    )


def open_with_recovery(db_path: Path, parent: QWidget | None = None) -> Database | None:
    """Open the database; if it is unreadable, offer the newest good backup instead of a
    traceback. None when the owner chose to quit."""
    while True:
        try:
            return open_database(db_path).db
        except DatabaseUnreadable as exc:
            folder = backup_dir_for(db_path)
            good = backups.newest_good_backup(folder)
            if good is None:
                QMessageBox.critical(
                    parent,
                    QCoreApplication.translate("app", "Não foi possível abrir os dados"),
                    QCoreApplication.translate(
                        "app",
                        "O arquivo {path} não pôde ser lido ({reason}) e não há cópia de segurança "
                        "em {folder}. O arquivo não foi alterado; procure ajuda técnica.",
                    ).format(path=db_path, reason=exc, folder=folder),
                )
                return None
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("app", "Não foi possível abrir os dados"))
            box.setText(
                QCoreApplication.translate(
                    "app",
                    "O arquivo {path} não pôde ser lido ({reason}).\n\nExiste uma cópia de "
                    "segurança de {when}. Restaurar essa cópia? O arquivo atual será guardado "
                    "ao lado, nada é apagado.",
                ).format(path=db_path, reason=exc, when=format_datetime(good.taken_at))
            )
            restore = box.addButton(
                QCoreApplication.translate("app", "Restaurar a cópia"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("app", "Sair"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(restore)
            box.exec()
            if box.clickedButton() is not restore:
                return None
            backups.restore(good.path, db_path, folder)


def start_demo(db_path: Path, parent: QWidget | None = None) -> Database | None:
    """Build the demo shop in a file of its own (off the GUI thread, with a progress note)."""
    from fiado_app.ui.first_run import build_demo, demo_path_for

    path = demo_path_for(db_path)
    for extra in ("", "-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    demo = open_database(path).db
    ctx = AppContext(demo)
    progress = QProgressDialog(
        QCoreApplication.translate("app", "Preparando a loja de demonstração…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    outcome: dict[str, object] = {}
    ctx.run_in_background(
        lambda: build_demo(demo),
        lambda summary: outcome.setdefault("done", summary),
        lambda exc: outcome.setdefault("error", exc),
    )
    while not outcome:
        QApplication.processEvents()
        ctx.pool.waitForDone(50)
        QApplication.processEvents()
    progress.close()
    if "error" in outcome:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("app", "Loja de demonstração"),
            QCoreApplication.translate(
                "app", "Não foi possível montar a loja de demonstração: {error}"
            ).format(error=outcome["error"]),
        )
        demo.close()
        return None
    return demo


def run(db_path: Path | None = None) -> int:
    startup_trace.mark("imports_done")
    app = make_application()
    crash.install()
    path = Path(db_path or default_db_path()).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire_lock(path)
    if lock is None:
        refuse_second_window(path)
        return 1
    db = open_with_recovery(path)
    if db is None:
        lock.unlock()
        return 1
    startup_trace.mark("database_open")
    demo_mode = False
    if not get_shop(db).configured:
        from fiado_app.ui.first_run import WelcomeDialog

        welcome = WelcomeDialog(db)
        if not welcome.exec():
            db.close()
            lock.unlock()
            return 0
        if welcome.choice == "demo":
            demo = start_demo(path)
            if demo is not None:
                db.close()
                db, demo_mode = demo, True
    ctx = AppContext(db)
    shop = get_shop(db)
    _warm_up(ctx, shop.uf)
    from fiado_app.ui.main_window import MainWindow

    window = MainWindow(ctx, shop.name, demo=demo_mode)
    startup_trace.watch_window(window)
    window.show()
    QTimer.singleShot(1500, lambda: _daily_backup(ctx, window))
    ctx.watch_the_day()
    ctx.day_changed.connect(lambda: _daily_backup(ctx, window))
    try:
        return app.exec()
    finally:
        ctx.pool.waitForDone(10_000)
        db.close()
        lock.unlock()


def _warm_up(ctx: AppContext, uf: str | None) -> None:
    """Load the holiday calendar that the home page's contact-hours note needs on a worker
    thread, while this one imports and builds the window (~0.1 s off the first page)."""
    from datetime import date

    from fiado_app.domain.contact_hours import is_holiday

    ctx.run_in_background(lambda: is_holiday(date.today(), uf or None), lambda _name: None)


def _daily_backup(ctx: AppContext, window: QWidget) -> None:
    def done(result: object) -> None:
        if result:
            window.statusBar().showMessage(
                QCoreApplication.translate("app", "Cópia de segurança do dia feita."), 6000
            )

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "app", "Não foi possível fazer a cópia de segurança: {error}"
            ).format(error=exc),
            15000,
        )

    ctx.run_in_background(lambda: run_daily_backup(ctx.db), done, failed)
