"""One crash dialog for unexpected errors: a copyable report; the window (and what was typed in
it) stays open, so nothing is lost."""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.errors import FiadoError


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return (
        f"Fiado — relatório de erro\nPython {platform.python_version()} · {platform.platform()}\n\n"
        + "".join(lines)
    )


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Algo deu errado"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Aconteceu um erro inesperado. O que você digitou continua nas janelas abertas: "
                "feche esta mensagem e confira antes de continuar.\n"
                "Para pedir ajuda, copie o relatório abaixo e envie ao suporte."
            ),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.report = QPlainTextEdit(report, self)
        self.report.setReadOnly(True)
        self.report.setMinimumSize(620, 260)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(
            self.tr("Copiar relatório"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fechar"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    sys.__excepthook__(exc_type, exc, tb)
    if QApplication.instance() is None or _showing:
        return
    _showing = True
    try:
        if isinstance(exc, FiadoError):  # a fixable error that escaped a dialog
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("CrashDialog", "Fiado"),
                str(exc),
            )
        else:
            CrashDialog(crash_report(exc_type, exc, tb), QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = excepthook
