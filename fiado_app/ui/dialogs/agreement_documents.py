"""An agreement's documents in the preview (the carnê, the term) and the summary offered right
after it is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.agreement import (
    AgreementRecord,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import FiadoError, InvalidInput
from fiado_app.services import printing
from fiado_app.services.reminders import whatsapp_link
from fiado_app.ui.common import GrowingLabel, fit_window
from fiado_app.ui.context import AppContext
from fiado_app.ui.documents.preview import DocumentPreview

# -- documents and the summary ------------------------------------------------------------------


def show_agreement_pdf(
    parent: QWidget | None, ctx: AppContext, agreement_id: int, kind: str
) -> DocumentPreview | None:
    """The carnê ("carne") or the term ("termo") in the preview (print, save, open folder)."""
    try:
        if kind == "carne":
            pdf = printing.carne(ctx.db, agreement_id, ctx.today())
            title = QCoreApplication.translate("agreement", "Carnê do acordo nº {n}").format(
                n=agreement_id
            )
            name = f"carne-acordo-{agreement_id}.pdf"
        else:
            pdf = printing.agreement_term(ctx.db, agreement_id, ctx.today())
            title = QCoreApplication.translate("agreement", "Termo do acordo nº {n}").format(
                n=agreement_id
            )
            name = f"termo-acordo-{agreement_id}.pdf"
    except FiadoError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("agreement", "Acordo"), str(exc))
        return None
    preview = DocumentPreview(pdf, title, name, parent)
    preview.show()
    return preview


class AgreementMadeDialog(QDialog):
    """Right after the agreement: the summary to send, and the carnê and the term to print."""

    def __init__(
        self,
        ctx: AppContext,
        record: AgreementRecord,
        phone: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.phone = phone
        self.preview: DocumentPreview | None = None
        self.setWindowTitle(self.tr("Acordo nº {n} feito").format(n=record.id))
        fit_window(self, "AgreementMadeDialog", 620, 560)
        intro = GrowingLabel(self)
        intro.setText(
            self.tr(
                "Acordo nº {n} registrado: {count} parcelas, a primeira em {due}. Envie o "
                "resumo ao cliente e imprima o carnê e o termo para ele assinar."
            ).format(
                n=record.id,
                count=record.count,
                due=format_date(record.installments[0].due),
            )
        )
        try:
            summary = printing.agreement_text(ctx.db, record.id, ctx.today())
        except FiadoError as exc:
            summary = str(exc)
        self.text = QPlainTextEdit(summary, self)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copiar resumo"), self)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )
        self.whatsapp_button = QPushButton(self.tr("Abrir no WhatsApp"), self)
        self.whatsapp_button.setEnabled(bool(phone))
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        self.carne_button = QPushButton(self.tr("Carnê…"), self)
        self.carne_button.clicked.connect(lambda: self._pdf("carne"))
        self.term_button = QPushButton(self.tr("Termo…"), self)
        self.term_button.clicked.connect(lambda: self._pdf("termo"))
        close = QPushButton(self.tr("Fechar"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (self.copy_button, self.whatsapp_button, self.carne_button, self.term_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)

    def _pdf(self, kind: str) -> None:
        self.preview = show_agreement_pdf(self, self.ctx, self.record.id, kind)

    def open_whatsapp(self) -> None:
        try:
            link = whatsapp_link(
                self.phone, self.text.toPlainText(), name=self.record.customer_name
            )
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("WhatsApp"), str(exc))
            return
        QDesktopServices.openUrl(QUrl(link))
