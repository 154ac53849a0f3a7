"""A PDF shown inside the app (QtPdf), with "Imprimir…", "Salvar PDF…" and "Abrir pasta"."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.errors import InvalidInput
from fiado_app.services.printing import save_pdf
from fiado_app.ui import files
from fiado_app.ui.common import fit_window


class DocumentPreview(QDialog):
    """Shows `pdf` (bytes); `on_printed()` runs after the owner prints or saves it (the caller
    logs the contact, for letters)."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        on_printed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_window(self, "DocumentPreview", 760, 900)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_path: Path | None = None
        self.on_printed = on_printed
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.print_button = QPushButton(self.tr("Imprimir…"))
        self.save_button = QPushButton(self.tr("Salvar PDF…"))
        self.folder_button = QPushButton(self.tr("Abrir pasta"))
        self.folder_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.ask_save)
        self.folder_button.clicked.connect(self.open_folder)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fechar"))
        pages = self.document.pageCount()
        self.info = QLabel(
            self.tr("{count} página").format(count=pages)
            if pages == 1
            else self.tr("{count} páginas").format(count=pages)
        )

        buttons = QHBoxLayout()
        for widget in (self.print_button, self.save_button, self.folder_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.info)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)
        self._printed()

    def print_to(self, printer: QPrinter) -> None:
        """Render every page into the printer, fitted to the printable area."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Imprimir"), self.tr("Não foi possível iniciar a impressão.")
            )
            return
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                area = painter.viewport()
                image = self.document.render(index, area.size())
                painter.drawImage(area, image)
        finally:
            painter.end()

    def ask_save(self) -> None:
        start = files.documents_folder() / self.suggested_name
        name = files.save_file(self, self.tr("Salvar PDF"), "PDF (*.pdf)", start)
        if name:
            self.save_to(name)

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            self.saved_path = save_pdf(self.pdf, path)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Salvar PDF"), str(exc))
            return False
        self.folder_button.setEnabled(True)
        self.info.setText(self.tr("Salvo em {path}").format(path=self.saved_path))
        self._printed()
        return True

    def open_folder(self) -> None:
        folder = self.saved_path.parent if self.saved_path else Path(tempfile.gettempdir())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _printed(self) -> None:
        if self.on_printed is not None:
            callback, self.on_printed = self.on_printed, None  # once per preview
            callback()
