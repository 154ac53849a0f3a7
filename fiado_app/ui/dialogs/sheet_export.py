"""Arquivo › Exportar…: the books to a spreadsheet for the accountant (docs/spreadsheets.md),
everything or one period, as Excel (XLSX) or CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.errors import FiadoError, InvalidInput
from fiado_app.services import sheet_export
from fiado_app.ui import files
from fiado_app.ui.common import Banner, DateField
from fiado_app.ui.context import AppContext

FORMATS = {".xlsx": "Excel (*.xlsx)", ".csv": "CSV (*.csv)"}


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Exportar para planilha"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Clientes (com o saldo de hoje), lançamentos, contatos e acordos, para o "
                "contador ou para guardar. No Excel, cada um vai numa aba; em CSV, num arquivo."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Planilha do Excel (.xlsx)"), ".xlsx")
        self.format_combo.addItem(self.tr("CSV com ponto e vírgula (.csv)"), ".csv")
        form.addRow(self.tr("Formato:"), self.format_combo)
        self.period = QCheckBox(self.tr("Só os lançamentos de um período"), self)
        form.addRow("", self.period)
        today = ctx.today()
        self.start = DateField(today.replace(day=1), self)
        self.end = DateField(today, self)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("a"), self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("De:"), dates)
        layout.addLayout(form)
        self.period.toggled.connect(self._period_toggled)
        self._period_toggled(False)
        self.error = Banner("error", self)
        layout.addWidget(self.error)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Abrir a &pasta"), self)
        self.folder_button.clicked.connect(self.open_folder)
        self.folder_button.hide()
        self.export_button = QPushButton(self.tr("&Exportar…"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("Fechar"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.setMinimumWidth(520)

    def _period_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def span(self) -> tuple[date | None, date | None]:
        if not self.period.isChecked():
            return None, None
        return self.start.value(), self.end.value()

    def export(self, target: Path | None = None) -> None:
        """Ask where (unless `target` is given: tests), then write on a worker thread."""
        self.error.clear_message()
        suffix = self.format_combo.currentData()
        try:
            start, end = self.span()
        except InvalidInput as exc:
            self.error.show_message(str(exc))
            return
        if target is None:
            name = f"fiado-{self.ctx.today():%Y-%m-%d}{suffix}"
            target = files.save_file(self, self.tr("Exportar para planilha"), FORMATS[suffix],
                                     files.documents_folder() / name)  # fmt: skip
            if target is None:
                return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        db = self.ctx.db
        self.progress.show()
        self.export_button.setEnabled(False)
        self.outcome.setText(self.tr("Exportando…"))
        self.ctx.run_in_background(
            lambda: sheet_export.export_books(db, target, start=start, end=end),
            self._done,
            self._failed,
        )

    def _done(self, done: sheet_export.Exported) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.written = done.files
        counts = ", ".join(f"{name}: {count}" for name, count in done.rows.items())
        self.outcome.setText(
            self.tr("Gravado em {files} ({counts}).").format(
                files="; ".join(str(p) for p in done.files), counts=counts
            )
        )
        self.folder_button.show()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.outcome.clear()
        if not isinstance(exc, FiadoError):
            raise exc
        self.error.show_message(str(exc))

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
