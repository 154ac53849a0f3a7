"""First run: a short welcome asking for the shop's data, or a demo shop to explore first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.errors import FiadoError
from fiado_app.services.shop import update_shop
from fiado_app.services.shop_record import get_shop
from fiado_app.services.storage import Database
from fiado_app.ui.common import Banner, app_icon
from fiado_app.ui.pages.shop import ShopForm

DEMO_CUSTOMERS = 300


class WelcomeDialog(QDialog):
    """Accepted with `choice` "shop" (data saved) or "demo" (explore a demo shop first)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.choice = ""
        self.setWindowTitle(self.tr("Bem-vindo ao Fiado"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Bem-vindo ao Fiado"), self)
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Para começar, conte como é a sua loja. Estes dados saem nas cartas e recibos "
                "e podem ser mudados depois em “Dados da loja”. Só o nome é obrigatório."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.form = ShopForm(self, with_money_terms=False)
        self.form.load(get_shop(db), None)  # the defaults: 30 days to pay, no logo
        # The form scrolls and the buttons stay in sight, even on a 768-pixel-high screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.error = Banner("error", self)
        buttons = QDialogButtonBox(self)
        self.start = buttons.addButton(self.tr("Começar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setDefault(True)
        self.demo = QPushButton(self.tr("Explorar uma loja de demonstração"), self)
        self.demo.setAutoDefault(False)
        self.demo.setToolTip(
            self.tr("Abre uma loja de exemplo num arquivo separado; seus dados não são tocados.")
        )
        buttons.addButton(self.demo, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(self.tr("Sair"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.demo.clicked.connect(self.choose_demo)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.form.edits["name"].setFocus()
        self.setMinimumWidth(600)
        available = self.screen().availableGeometry().height()
        wanted = self.form.sizeHint().height() + 260  # heading, intro, buttons and margins
        self.resize(640, max(420, min(wanted, int(available * 0.9))))

    def accept(self) -> None:
        # Before the main window and its views exist: nothing to notify, so no AppContext yet.
        try:
            update_shop(self.db, **self.form.values())
        except FiadoError as exc:  # bad input, or a busy, full or damaged file
            self.error.show_message(str(exc))
            return
        self.choice = "shop"
        super().accept()

    def choose_demo(self) -> None:
        self.choice = "demo"
        super().accept()


def demo_path_for(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-demonstracao{db_path.suffix or '.sqlite3'}")


def build_demo(db: Database, customers: int = DEMO_CUSTOMERS) -> str:
    """Fill `db` with the demo shop (the generator lives in services.demo)."""
    from fiado_app.services.demo import generate_demo  # noqa: PLC0415 - only when asked

    return generate_demo(db, customers, 2, 7)
