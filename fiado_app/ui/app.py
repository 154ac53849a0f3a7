"""Start the desktop app: one window per database, a readable database (or a restored backup),
the first-run welcome, the main window, and the daily backup in the background.

The window's frame is painted first, before the database layer (SQLAlchemy, about half a
second to import on a slow PC) is loaded: this module imports services only where it uses
them."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from fiado_app.domain.dates import format_datetime
from fiado_app.domain.errors import DatabaseNotWritable, DatabaseUnreadable, FiadoError
from fiado_app.services.paths import backup_dir_for, default_db_path, ensure_folder
from fiado_app.ui import crash, startup_trace
from fiado_app.ui.common import app_icon, resource
from fiado_app.ui.context import AppContext
from fiado_app.ui.main_window import MainWindow
from fiado_app.ui.theme import apply_theme

if TYPE_CHECKING:
    from fiado_app.services.backups import DailyResult
    from fiado_app.services.storage import Database

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
    extra = QTranslator(app)  # what qtbase_pt_BR lacks (resources/translations/qt_extra_pt_BR.ts)
    if lang.startswith("pt") and extra.load(str(resource("translations", "qt_extra_pt_BR.qm"))):
        app.installTranslator(extra)
        _translators.append(extra)
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


def acquire_lock(db_path: Path, wait_ms: int = 2500) -> QLockFile | None:
    """One desktop window per database: a lock file beside it (stale locks of a crashed run are
    taken over). None when another window holds it, after waiting up to `wait_ms` (a window
    just closed may still be finishing its work for a second or two); a folder where the lock
    cannot be written raises DatabaseNotWritable (SQLite writes its journal there too)."""
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(wait_ms):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise DatabaseNotWritable(
        QCoreApplication.translate(
            "app",
            "Sem permissão para gravar na pasta {folder}. O Fiado guarda ao lado do arquivo o "
            "registro de que ele está aberto, e o banco de dados o seu diário: escolha outra "
            "pasta ou ajuste as permissões.",
        ).format(folder=db_path.parent)
    )


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
    from fiado_app.services import backups
    from fiado_app.services.app import open_database

    while True:
        try:
            return open_database(db_path).db
        except DatabaseUnreadable as exc:
            folder = backup_dir_for(db_path)
            good = backups.newest_good_backup(db_path)
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
            try:
                backups.restore(good.path, db_path)
            except FiadoError as exc:
                QMessageBox.critical(
                    parent, QCoreApplication.translate("app", "Restaurar a cópia"), str(exc)
                )
                return None


def start_demo(db_path: Path, parent: QWidget | None = None) -> Database | None:
    """Build the demo shop in a file of its own (off the GUI thread, with a progress note)."""
    from fiado_app.services.app import open_database
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
    try:
        ensure_folder(path.parent)
    except FiadoError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Fiado"), str(exc))
        return 1
    try:
        lock = acquire_lock(path)
    except FiadoError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Fiado"), str(exc))
        return 1
    if lock is None:
        refuse_second_window(path)
        return 1
    try:
        first = True
        while True:
            outcome = _open_window(app, path, first)
            first = False
            if not isinstance(outcome, tuple):
                return outcome
            restore_from, target = outcome  # the window closed to restore a copy: reopen after
            from fiado_app.services import backups

            try:
                backups.restore(restore_from, target)
            except FiadoError as exc:
                QMessageBox.critical(
                    None, QCoreApplication.translate("app", "Restaurar cópia"), str(exc)
                )
    finally:
        lock.unlock()


def _open_window(app: QApplication, path: Path, first: bool) -> int | tuple[Path, Path]:
    """Paint the window's frame, open the database, fill the window and run until it closes:
    the exit status, or (copy, database) when the owner asked to restore a copy (done with the
    file closed)."""
    window = MainWindow.opening()
    window.show()
    _paint_now(app, window)
    startup_trace.mark("window_painted")
    db = open_with_recovery(path, window)
    if db is None:
        window.close()
        return 1
    startup_trace.mark("database_open")
    from fiado_app.services.shop_record import get_shop

    demo_mode = False
    if first and not get_shop(db).configured:
        from fiado_app.ui.first_run import WelcomeDialog

        welcome = WelcomeDialog(db, window)
        if not welcome.exec():
            db.close()
            window.close()
            return 0
        if welcome.choice == "demo":
            demo = start_demo(path, window)
            if demo is not None:
                db.close()
                db, demo_mode = demo, True
    ctx = AppContext(db)
    shop = get_shop(db)
    if not demo_mode:
        from fiado_app.services.settings import is_demo_shop

        demo_mode = is_demo_shop(db)  # also a demo made with `fiado demo`
    window.attach(ctx, shop.name, demo=demo_mode, all_pages=False)
    startup_trace.watch_window(window)
    QTimer.singleShot(1500, lambda: _daily_backup(ctx, window))
    QTimer.singleShot(3000, lambda: _check_integrity(ctx, window))  # after start-up work
    ctx.watch_the_day()
    ctx.day_changed.connect(lambda: _daily_backup(ctx, window))
    ctx.external_change.connect(
        lambda: window.statusBar().showMessage(
            QCoreApplication.translate(
                "app",
                "O arquivo foi alterado fora desta janela (pela linha de comando ou outro "
                "programa): as telas foram atualizadas.",
            ),
            10000,
        )
    )
    try:
        status = app.exec()
    finally:
        ctx.close()
        db.close()
    if window.restore_requested is not None:
        return window.restore_requested, db.path
    return status


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _paint_now(app: QApplication, window: QWidget) -> None:
    """Let the window be painted once (at most a second) before the slow work that follows."""
    watch = _FirstPaint(window)
    deadline = time.monotonic() + 1.0
    while not watch.painted and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents()  # what the paint handler posted
    window.removeEventFilter(watch)
    watch.deleteLater()


def _check_integrity(ctx: AppContext, window: MainWindow) -> None:
    """The full check of every page, off the GUI thread once the window is up (about 0.3 s for
    a 100 MB shop); a write asked for before it ends waits for it. Damage: no write is
    accepted, and the owner is offered the copies to restore."""

    def done(_state: str) -> None:
        if not ctx.db.damaged:
            return
        from fiado_app.services import backups

        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("app", "Dados danificados"))
        good = backups.newest_good_backup(ctx.db.path)
        when = (
            QCoreApplication.translate(
                "app", "A cópia de segurança mais recente em bom estado é de {when}."
            ).format(when=format_datetime(good.taken_at))
            if good
            else QCoreApplication.translate("app", "Não há cópia de segurança em bom estado.")
        )
        box.setText(
            QCoreApplication.translate(
                "app",
                "O arquivo {path} está danificado ({detail}). Para não perder nada, o Fiado não "
                "grava mais nada nele.\n\n{when}",
            ).format(path=ctx.db.path, detail=ctx.db.integrity_detail, when=when)
        )
        open_copies = box.addButton(
            QCoreApplication.translate("app", "Ver cópias de segurança…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_copies:
            window.show_backups()

    from fiado_app.services.storage import check_the_file

    def checked(state: str) -> None:
        window.file_checked.emit()
        done(state)

    ctx.run_in_background(
        lambda: check_the_file(ctx.db), checked, lambda _exc: window.file_checked.emit()
    )


def _daily_backup(ctx: AppContext, window: MainWindow) -> None:
    from fiado_app.services.app import run_daily_backup

    def done(result: DailyResult) -> None:
        if result.second_missing is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app",
                    "O segundo lugar das cópias ({folder}) não está disponível (pen drive "
                    "desconectado?). A cópia do dia foi feita neste computador.",
                ).format(folder=result.second_missing),
                20000,
            )
        elif result.problems:
            window.statusBar().showMessage(result.problems[0], 20000)
        elif result.made:
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
