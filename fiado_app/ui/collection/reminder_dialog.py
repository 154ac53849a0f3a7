"""The reminder for one customer: the text, the Pix QR code, copy / open WhatsApp / log.

Nothing here claims a message was sent: copying logs "texto copiado", opening WhatsApp logs
"WhatsApp aberto" (only when it did open), and both then ask what came of it. Those two rows do
not count as a contact (the customer stays on today's list) until the owner says what came of
it in that next step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.collection_records import Reminder
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.vocabulary import TEXT_COPIED, WHATSAPP_OPENED
from fiado_app.services import collection
from fiado_app.ui.collection.common import (
    confirm_outside_hours,
    outside_hours_reason,
    qr_pixmap,
    show_error,
)
from fiado_app.ui.collection.contact_dialog import ContactDialog
from fiado_app.ui.common import fit_window
from fiado_app.ui.context import AppContext


class ReminderDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        stage_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.ask_outcome = True  # tests switch the follow-up dialog off
        self.show_box: Callable[[QMessageBox], object] = _exec_box  # tests answer for the owner
        self.now: Callable[[], datetime] = datetime.now
        self.setWindowTitle(self.tr("Lembrete de cobrança"))
        fit_window(self, "ReminderDialog", 760, 520)

        self.stage = QComboBox()
        self.stage.addItem(self.tr("Etapa atual"), None)
        for s in collection.list_ladder(ctx.db):
            self.stage.addItem(s.name, s.key)
        if stage_key:
            self.stage.setCurrentIndex(max(0, self.stage.findData(stage_key)))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = QLabel()
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")

        self.copy_button = QPushButton(self.tr("Copiar texto"))
        self.copy_pix_button = QPushButton(self.tr("Copiar Pix"))
        self.whatsapp_button = QPushButton(self.tr("Abrir no WhatsApp"))
        self.log_button = QPushButton(self.tr("Registrar contato"))
        close = QPushButton(self.tr("Fechar"))
        self.copy_button.clicked.connect(self.copy_text)
        self.copy_pix_button.clicked.connect(self.copy_pix)
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        self.log_button.clicked.connect(lambda: self._ask("whatsapp", None))
        close.clicked.connect(self.accept)

        side = QVBoxLayout()
        side.addWidget(self.qr)
        side.addWidget(self.qr_caption)
        side.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.text, 3)
        body.addLayout(side, 2)
        buttons = QHBoxLayout()
        for b in (self.copy_button, self.copy_pix_button, self.whatsapp_button, self.log_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Etapa:")))
        top.addWidget(self.stage, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)

        self.reminder: Reminder | None = None
        self.stage.currentIndexChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        try:
            self.reminder = collection.reminder_for(
                self.ctx.db, self.customer_id, self.ctx.today(), self.stage.currentData()
            )
        except InvalidInput as exc:
            self.reminder = None
            self.text.setPlainText("")
            self.warnings.setText(str(exc))
            for b in (self.copy_button, self.copy_pix_button, self.whatsapp_button):
                b.setEnabled(False)
            return
        r = self.reminder
        self.setWindowTitle(
            self.tr("Lembrete: {name} ({stage})").format(name=r.name, stage=r.stage_name)
        )
        self.text.setPlainText(r.text)
        self.warnings.setText("\n".join(r.warnings))
        self.copy_button.setEnabled(True)
        self.whatsapp_button.setEnabled(True)
        self.copy_pix_button.setEnabled(r.pix_payload is not None)
        if r.pix_payload:
            self.qr.setPixmap(qr_pixmap(r.pix_payload))
            self.qr_caption.setText(
                self.tr("Pix com o valor pedido no texto.\nAponte a câmera do app do banco.")
            )
        else:
            self.qr.clear()
            self.qr_caption.setText(self.tr("Cadastre a chave Pix da loja para mostrar o QR code."))

    def _log(self, channel: str, outcome: str) -> None:
        assert self.reminder is not None
        reminder = self.reminder
        self.ctx.perform(
            lambda: collection.log_contact(
                self.ctx.db,
                self.customer_id,
                channel,
                outcome,
                stage_key=reminder.stage_key,
                text_sent=reminder.text,
                now=self.now(),
            ),
            parent=self,
        )

    def _ask(self, channel: str, stage_key: str | None) -> None:
        if not self.ask_outcome:
            return
        name = self.reminder.name if self.reminder else ""
        ContactDialog(
            self.ctx,
            self.customer_id,
            name,
            channel=channel,
            stage_key=stage_key,
            text_sent=self.reminder.text if self.reminder else "",
            parent=self,
        ).exec()

    def copy_text(self) -> None:
        if self.reminder is None:
            return
        QGuiApplication.clipboard().setText(self.reminder.text)
        self._log("whatsapp", TEXT_COPIED)
        self._ask("whatsapp", self.reminder.stage_key)

    def copy_pix(self) -> None:
        if self.reminder and self.reminder.pix_payload:
            QGuiApplication.clipboard().setText(self.reminder.pix_payload)

    def open_whatsapp(self) -> None:
        if self.reminder is None:
            return
        r = self.reminder
        try:
            link = collection.whatsapp_link(r.phone, r.text, name=r.name)
        except InvalidInput as exc:
            show_error(self, exc)
            return
        reason = outside_hours_reason(self.ctx.db, self.now())
        if reason and not confirm_outside_hours(self, reason):
            return
        if not self.open_url(QUrl(link, QUrl.ParsingMode.StrictMode)):
            self._whatsapp_failed()
            return
        self._log("whatsapp", WHATSAPP_OPENED)
        self._ask("whatsapp", r.stage_key)

    def _whatsapp_failed(self) -> None:
        """Nothing opened (no browser, no WhatsApp): say so, log nothing, offer the text."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("WhatsApp não abriu"))
        box.setText(
            self.tr(
                "Não foi possível abrir o WhatsApp neste computador (nenhum navegador ou "
                "WhatsApp encontrado). Nada foi registrado.\n\nCopie o texto e cole no "
                "WhatsApp do celular."
            )
        )
        copy = box.addButton(self.tr("Copiar o texto"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Fechar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        if self.show_box(box) is copy:
            self.copy_text()


def _exec_box(box: QMessageBox) -> object:
    box.exec()
    return box.clickedButton()


class TextDialog(QDialog):
    """A read-only text with a copy button (call script, agreement summary)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_window(self, "TextDialog", 640, 480)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        copy = QPushButton(self.tr("Copiar"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        close = QPushButton(self.tr("Fechar"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(copy)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
