"""Sobre o Fiado: the version, the licence, where the data and the backups are kept, and the
licences of what ships with the app (resources/licenses/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fiado_app.resources import resource
from fiado_app.services.paths import backup_dir_for
from fiado_app.ui.common import app_icon
from fiado_app.version import version


def licence_text(*parts: str) -> str:
    path = resource(*parts)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"{path} não encontrado."


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sobre o Fiado"))
        self.data_folder = db_path.parent
        self.backups = backup_dir_for(db_path)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(self.tr("Fiado {version}").format(version=version()), self)
        title.setObjectName("heading")
        about = QLabel(
            self.tr(
                "Caderneta de vendas a prazo para o pequeno comércio: quem deve, quanto e desde "
                "quando, e uma cobrança educada e dentro da lei.<br>"
                "Programa livre, licença MIT. Seus dados ficam só neste computador."
            ),
            self,
        )
        about.setWordWrap(True)
        where = QLabel(
            self.tr("<b>Dados da loja:</b> {db}<br><b>Cópias de segurança:</b> {backups}").format(
                db=db_path, backups=self.backups
            ),
            self,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = where
        from fiado_app.services.privacy import LEGAL_BASES

        self.privacy = QLabel(
            "<b>" + self.tr("Privacidade (LGPD)") + "</b><br>" + LEGAL_BASES, self
        )
        self.privacy.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(about)
        head.addLayout(text, 1)
        open_data = QPushButton(self.tr("Abrir a pasta dos dados"), self)
        open_data.clicked.connect(self.open_data_folder)
        self.licences_button = QPushButton(self.tr("Licenças…"), self)
        self.licences_button.clicked.connect(self.show_licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fechar"))
        buttons.addButton(open_data, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(where)
        layout.addWidget(self.privacy)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def open_data_folder(self) -> None:
        """The file manager at the data folder; where there is none, the path to copy."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder))):
            from fiado_app.ui.collection.reminder_dialog import TextDialog

            TextDialog(
                self.tr("Pasta dos dados"),
                self.tr(
                    "Não foi possível abrir o gerenciador de arquivos. A pasta dos dados é:\n{folder}"
                ).format(folder=self.data_folder),
                self,
            ).exec()

    def licences(self) -> str:
        texts = resource("licenses", "THIRD-PARTY-TEXTS.txt")
        full = (
            licence_text("licenses", texts.name)
            if texts.is_file()
            else self.tr(
                "(Os textos completos das licenças de cada biblioteca vão junto do programa "
                "instalado; rodando do código-fonte, estão nas pastas *.dist-info do ambiente.)"
            )
        )
        return "\n\n".join(
            [
                *(
                    licence_text(*parts)
                    for parts in (
                        ("licenses", "LICENSE-Fiado.txt"),
                        ("licenses", "THIRD-PARTY.txt"),
                        ("fonts", "LICENSE-DejaVu.txt"),
                    )
                ),
                full,
                licence_text("licenses", "LGPL-3.0.txt"),
                licence_text("licenses", "GPL-3.0.txt"),
            ]
        )

    def show_licences(self) -> None:
        from fiado_app.ui.collection.reminder_dialog import TextDialog

        dialog = TextDialog(self.tr("Licenças"), self.licences(), self)
        dialog.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        dialog.exec()
