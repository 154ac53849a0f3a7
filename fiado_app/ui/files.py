"""Every file dialog of the app, made so that it can never touch the open database.

On Linux and macOS, closing any descriptor on the database file drops the app's SQLite locks
(docs/storage.md). A file dialog opens the files it lists to guess their type and icon (MIME
sniffing), and the platform's native dialogs do the same inside this process. So every dialog:
- is Qt's own dialog (on Windows, where closing a handle drops no lock, the native one), with
  an icon provider that names types from the file name alone and never opens a file;
- hides the database, its journal (-wal, -shm) and its lock file from the listing;
- never starts in the database's folder or its backup folder (it starts in Documents);
- when it closes, has the database check that its journal is still its own (and heal it).
A test keeps QFileDialog out of every other module.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QFileInfo,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from fiado_app.services.backups import backup_dir_for
from fiado_app.services.storage import database_files, open_database_paths, verify_journals

NATIVE_IS_SAFE = sys.platform == "win32"


class NoSniffIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file's name and kind only: no file is opened."""

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            standard = (
                QStyle.StandardPixmap.SP_DirIcon
                if what.isDir()
                else QStyle.StandardPixmap.SP_FileIcon
            )
        elif what == QAbstractFileIconProvider.IconType.Folder:
            standard = QStyle.StandardPixmap.SP_DirIcon
        elif what == QAbstractFileIconProvider.IconType.Drive:
            standard = QStyle.StandardPixmap.SP_DriveHDIcon
        else:
            standard = QStyle.StandardPixmap.SP_FileIcon
        return style.standardIcon(standard)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("files", "Pasta")
        suffix = info.suffix().upper()
        return QApplication.translate("files", "Arquivo {suffix}").format(suffix=suffix).strip()


class HideDatabaseFiles(QSortFilterProxyModel):
    """Leaves the database's own files out of the listing."""

    def __init__(self, hidden: set[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hidden = hidden

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        path = model.filePath(index) if hasattr(model, "filePath") else ""
        return str(Path(path)) not in self.hidden if path else True


def documents_folder() -> Path:
    """The owner's Documentos, or home where there is none (a file dialog told a folder that
    does not exist opens in the program's own folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def safe_start(start: Path | None, databases: list[Path]) -> Path:
    """Where a dialog opens: `start` unless it is (in) a database's folder or its backups."""
    start = start or documents_folder()
    folder = start if start.is_dir() else start.parent
    for db_path in databases:
        risky = {db_path.parent.resolve(), backup_dir_for(db_path).resolve()}
        if folder.resolve() in risky:
            return documents_folder() if start.is_dir() else documents_folder() / start.name
    return start


def _dialog(parent: QWidget | None, title: str, start: Path | None, filters: str) -> QFileDialog:
    databases = open_database_paths()
    dialog = QFileDialog(parent, title, str(safe_start(start, databases)), filters)
    if not NATIVE_IS_SAFE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        provider = NoSniffIconProvider()
        dialog.setIconProvider(provider)
        dialog._fiado_icons = provider  # type: ignore[attr-defined]  # keep it alive
        hidden = set().union(*(database_files(p) for p in databases))
        if hidden:
            dialog.setProxyModel(HideDatabaseFiles(hidden, dialog))
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        return dialog.selectedFiles() if accepted else []
    finally:
        dialog.deleteLater()
        verify_journals()


def open_file(
    parent: QWidget | None, title: str, filters: str, start: Path | None = None
) -> Path | None:
    dialog = _dialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def save_file(
    parent: QWidget | None, title: str, filters: str, start: Path | None = None
) -> Path | None:
    dialog = _dialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if start is not None and not start.is_dir():
        dialog.selectFile(start.name)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def choose_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    dialog = _dialog(parent, title, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None
