"""Arquivo › Cópias de segurança: the copies there are (date, kind, size, checked), a copy now,
restore (a safety copy first; the app reopens on the restored file) and the second place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.dates import format_datetime
from fiado_app.domain.errors import FiadoError
from fiado_app.services import backups
from fiado_app.services.backups import BackupInfo
from fiado_app.ui import files
from fiado_app.ui.common import fit_window
from fiado_app.ui.context import AppContext

KIND_LABELS = {
    "automatic": QCoreApplication.translate("BackupsDialog", "Automática"),
    "manual": QCoreApplication.translate("BackupsDialog", "Feita à mão"),
    "safety": QCoreApplication.translate("BackupsDialog", "Antes de restaurar"),
    "damaged": QCoreApplication.translate("BackupsDialog", "Arquivo danificado"),
}


def megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB".replace(".", ",")


class BackupsDialog(QDialog):
    """`restore_requested` is set to the copy chosen; the caller closes the window, restores and
    reopens (the database must be closed to be replaced)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restore_requested: Path | None = None
        self.copies: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Cópias de segurança"))
        fit_window(self, "BackupsDialog", 760, 460)
        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Data"), self.tr("Tipo"), self.tr("Tamanho"), self.tr("Verificação")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.second = QLabel(self)
        self.second.setWordWrap(True)
        layout.addWidget(self.second)
        row = QHBoxLayout()
        self.now_button = QPushButton(self.tr("&Fazer cópia agora"), self)
        self.restore_button = QPushButton(self.tr("&Restaurar…"), self)
        self.second_button = QPushButton(self.tr("&Segundo lugar…"), self)
        self.second_off = QPushButton(self.tr("Desligar segundo lugar"), self)
        for button in (self.now_button, self.restore_button, self.second_button, self.second_off):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fechar"))
        layout.addWidget(close)
        self.now_button.clicked.connect(self.copy_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.second_button.clicked.connect(self.choose_second)
        self.second_off.clicked.connect(lambda: self.set_second(None))
        self.table.itemSelectionChanged.connect(self._selection)
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        self.where.setText(
            self.tr(
                "Os dados estão em {path}. As cópias ficam em {folder}: uma automática por dia "
                "(guardadas 7 diárias, 4 semanais e 12 mensais) e as feitas à mão, que nunca são "
                "apagadas."
            ).format(path=db.path, folder=backups.backup_dir_for(db.path))
        )
        self.copies = backups.list_copies(db)
        self.table.setRowCount(len(self.copies))
        for i, copy in enumerate(self.copies):
            cells = [
                format_datetime(copy.taken_at),
                KIND_LABELS.get(copy.kind, copy.kind),
                megabytes(copy.size),
                self.tr("verificando…"),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
            self._verify(i, copy.path)
        second = backups.get_second_folder(db)
        if second is None:
            self.second.setText(
                self.tr(
                    "Segundo lugar: nenhum. Escolha um pen drive ou uma pasta sincronizada "
                    "(Google Drive, OneDrive): se o computador quebrar, as cópias de lá se salvam."
                )
            )
        elif second.is_dir():
            self.second.setText(
                self.tr(
                    "Segundo lugar: {folder}. Uma cópia verificada vai para lá todo dia."
                ).format(folder=second)
            )
        else:
            self.second.setText(
                self.tr(
                    "Segundo lugar: {folder} — não está disponível agora (pen drive "
                    "desconectado?). A cópia do dia é feita lá quando ele voltar."
                ).format(folder=second)
            )
        self.second_off.setEnabled(second is not None)
        self._selection()

    def _verify(self, row: int, path: Path) -> None:
        """Check one copy off the GUI thread; the row says what was found."""
        self.ctx.run_in_background(
            lambda: backups.verify_copy(path),
            lambda ok: self._checked(row, path, bool(ok)),
            lambda _exc: self._checked(row, path, False),
        )

    def _checked(self, row: int, path: Path, ok: bool) -> None:
        if row < len(self.copies) and self.copies[row].path == path:
            item = self.table.item(row, 3)
            if item is not None:
                item.setText(self.tr("ok") if ok else self.tr("DANIFICADA"))

    def _selection(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_copy(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None

    def copy_now(self) -> None:
        try:
            made = backups.backup_now(self.ctx.db)
        except FiadoError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.reload()
        QMessageBox.information(
            self, self.windowTitle(), self.tr("Cópia feita e verificada: {path}").format(path=made)
        )

    def ask_restore(self) -> None:
        copy = self.selected_copy()
        if copy is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restaurar cópia"),
            self.tr(
                "Voltar os dados para a cópia de {when}? O que foi lançado depois dela deixa de "
                "aparecer. Antes, o Fiado guarda uma cópia dos dados de agora (tipo “Antes de "
                "restaurar”), que pode ser restaurada se mudar de ideia. O Fiado reabre em "
                "seguida."
            ).format(when=format_datetime(copy.taken_at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested = copy.path
            self.accept()

    def choose_second(self) -> None:
        folder = files.choose_folder(self, self.tr("Segundo lugar para as cópias"))
        if folder is not None:
            self.set_second(folder)

    def set_second(self, folder: Path | None) -> None:
        try:
            backups.set_second_folder(self.ctx.db, folder)
            if folder is not None:
                backups.daily_backup(self.ctx.db)
        except FiadoError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        self.reload()
