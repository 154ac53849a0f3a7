"""The customer window's Privacidade tab (LGPD, docs/privacy.md): why the shop keeps the data,
a copy of everything held about the customer (JSON or PDF), and anonymisation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.errors import FiadoError
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord
from fiado_app.services import backups, printing, privacy
from fiado_app.services.customers import get_customer
from fiado_app.services.ledger import customer_balance
from fiado_app.ui import files
from fiado_app.ui.common import Banner
from fiado_app.ui.context import AppContext


class PrivacyPanel(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        customer: CustomerRecord,
        parent: QWidget | None = None,
        on_anonymised: Callable[[privacy.Anonymised], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self.on_anonymised = on_anonymised
        layout = QVBoxLayout(self)
        why = QLabel(privacy.LEGAL_BASES, self)
        why.setWordWrap(True)
        layout.addWidget(why)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.json_button = QPushButton(self.tr("Exportar dados (JSON)…"), self)
        self.pdf_button = QPushButton(self.tr("Exportar dados (PDF)…"), self)
        self.anonymise_button = QPushButton(self.tr("Anonimizar…"), self)
        self.json_button.clicked.connect(lambda: self.export(".json"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.anonymise_button.clicked.connect(self.anonymise)
        for button in (self.json_button, self.pdf_button, self.anonymise_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = Banner("error", self)
        layout.addWidget(self.error)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        self.show_state()

    def show_state(self) -> None:
        done = self.customer.anonymised_at is not None
        self.state.setText(
            self.tr("<b>Dados anonimizados em {day}.</b> Os valores continuam nas contas.").format(
                day=self.customer.anonymised_at.strftime("%d/%m/%Y")
            )
            if self.customer.anonymised_at is not None
            else ""
        )
        self.state.setVisible(done)
        self.anonymise_button.setEnabled(not done)

    def export(self, suffix: str, target: Path | None = None) -> Path | None:
        """A copy of the customer's data; `target` skips the file dialog (tests)."""
        if target is None:
            start = files.documents_folder() / f"dados-cliente-{self.customer.id}{suffix}"
            kind = "JSON (*.json)" if suffix == ".json" else "PDF (*.pdf)"
            target = files.save_file(self, self.tr("Exportar dados do cliente"), kind, start)
            if target is None:
                return None
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        try:
            if suffix == ".json":
                privacy.save_customer_json(self.ctx.db, self.customer.id, target)
            else:
                printing.save_pdf(printing.customer_data_pdf(self.ctx.db, self.customer.id), target)
        except FiadoError as exc:
            self.error.show_message(str(exc))
            return None
        self.error.clear_message()
        self.banner.setText(self.tr("Dados gravados em {path}").format(path=target))
        return target

    def anonymise(self) -> None:
        dialog = AnonymiseDialog(self.ctx, self.customer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            self.finish(dialog.result_, dialog.purged)

    def finish(self, done: privacy.Anonymised, purged: int | None) -> None:
        self.customer = get_customer(self.ctx.db, self.customer.id)
        self.show_state()
        message = self.tr("Cliente anonimizado: agora “{name}”.").format(name=done.name)
        if purged is not None:
            message += " " + (
                self.tr("1 cópia antiga apagada.")
                if purged == 1
                else self.tr("{n} cópias antigas apagadas.").format(n=purged)
            )
        self.banner.setText(message)
        if self.on_anonymised is not None:
            self.on_anonymised(done)


class AnonymiseDialog(QDialog):
    """The reason, the confirmation when the customer still owes, and whether to delete the
    backups that still hold the data."""

    def __init__(self, ctx: AppContext, customer: CustomerRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self.result_: privacy.Anonymised | None = None
        self.purged: int | None = None
        self.setWindowTitle(self.tr("Anonimizar os dados de {name}").format(name=customer.name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "O nome vira “Cliente anonimizado nº {id}”; telefone, CPF/CNPJ, e-mail, endereço, "
                "apelido, observações e os textos dos contatos são apagados. Os valores ficam, "
                "para as contas da loja fecharem. Não dá para desfazer."
            ).format(id=customer.id),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.owed = customer_balance(ctx.db, customer.id)
        self.force = QCheckBox(
            self.tr("O cliente ainda deve {amount}: anonimizar mesmo assim").format(
                amount=format_brl(self.owed)
            ),
            self,
        )
        self.force.setVisible(self.owed > 0)
        layout.addWidget(self.force)
        layout.addWidget(QLabel(self.tr("Motivo (fica registrado, sem dados pessoais):"), self))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Ex.: pedido do cliente em 01/12/2026"))
        layout.addWidget(self.reason)
        copies = len(backups.older_copies(ctx.db))
        self.purge = QCheckBox(
            (
                self.tr("Apagar a cópia de segurança antiga, que ainda tem os dados")
                if copies == 1
                else self.tr(
                    "Apagar as {n} cópias de segurança antigas, que ainda têm os dados"
                ).format(n=copies)
            )
            + " "
            + self.tr("(uma cópia nova é feita antes)"),
            self,
        )
        self.purge.setVisible(copies > 0)
        layout.addWidget(self.purge)
        self.error = Banner("error", self)
        layout.addWidget(self.error)
        self.status = QLabel(self.tr("Anonimizando e reescrevendo o arquivo dos dados…"), self)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Anonimizar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(560)

    def _refused(self, exc: BaseException) -> None:
        self._working(False)
        if not isinstance(exc, FiadoError):
            raise exc
        self.error.show_message(str(exc))
        self.adjustSize()

    def _working(self, on: bool) -> None:
        self.ok.setEnabled(not on)
        self.cancel.setEnabled(not on)  # the work ends either way: the window waits for it
        self.status.setVisible(on)
        self.adjustSize()

    def reject(self) -> None:
        if not self.status.isVisible():  # Esc while the file is rewritten: wait for it
            super().reject()

    def accept(self) -> None:
        """On a worker thread: the file is rewritten afterwards (VACUUM), which takes a while
        on a shop with years of entries, and the old backups are copied and deleted."""
        db = self.ctx.db
        reason, force = self.reason.text(), self.force.isChecked()
        self.error.clear_message()
        self._working(True)
        self.ctx.perform_in_background(
            lambda: privacy.anonymise_customer(db, self.customer.id, reason=reason, force=force),
            self._anonymised,
            parent=self,
            on_error=self._refused,
        )

    def _anonymised(self, done: privacy.Anonymised) -> None:
        self.result_ = done
        if self.purge.isVisible() and self.purge.isChecked():
            db = self.ctx.db
            self.ctx.run_in_background(
                lambda: backups.purge_copies(db), self._purged, self._refused
            )
            return
        self._working(False)
        super().accept()

    def _purged(self, removed: int) -> None:
        self.purged = removed
        self._working(False)
        super().accept()
