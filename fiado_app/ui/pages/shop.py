"""Dados da loja: name, CPF/CNPJ, address, contacts, Pix key, terms, fine and interest, logo.
The same form serves the first-run welcome."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.address import ADDRESS_FIELDS
from fiado_app.domain.br_documents import format_document
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_plain, parse_cents
from fiado_app.domain.phones import format_phone
from fiado_app.domain.records import ShopRecord
from fiado_app.services.shop import get_logo, update_shop
from fiado_app.services.shop_record import get_shop
from fiado_app.services.storage import is_open_database_file
from fiado_app.ui import files, shortcuts
from fiado_app.ui.address_fields import add_address_rows, show_address
from fiado_app.ui.common import Banner
from fiado_app.ui.context import AppContext
from fiado_app.ui.page import Page
from fiado_app.ui.translation import QT_TRANSLATE_NOOP

MAX_LOGO_BYTES = 2 * 1024 * 1024


def _safe(fn: Callable[[str], str], value: str | None) -> str:
    try:
        return fn(value) if value else ""
    except Exception:
        return value or ""


class ShopForm(QWidget):
    edited = Signal()  # the owner changed something (typing, a choice, the logo)

    TEXT = ("name", "document", "phone", "email", "pix_key")  # then the address

    def __init__(self, parent: QWidget | None = None, *, with_money_terms: bool = True) -> None:
        super().__init__(parent)
        self.logo: bytes | None = None
        self.logo_changed = False
        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(14)
        labels = {
            "name": self.tr("&Nome da loja"),
            "document": self.tr("CPF ou CNPJ"),
            "phone": self.tr("Telefone / WhatsApp"),
            "email": self.tr("E-mail"),
            "pix_key": self.tr("Chave Pix"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for key in self.TEXT:
            edit = QLineEdit(self)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits |= add_address_rows(form, self)
        self.edits["name"].setPlaceholderText(self.tr("Obrigatório, ex.: Mercadinho São José"))
        self.edits["document"].setPlaceholderText(self.tr("Sai nas cartas de cobrança (lei)"))
        self.edits["pix_key"].setPlaceholderText(
            self.tr("Telefone, CPF/CNPJ, e-mail ou chave aleatória")
        )

        self._add_terms(form)

        self.fine = QLineEdit(self)
        self.fine.setPlaceholderText("0,00")
        self.fine.setToolTip(self.tr("No máximo 2 % (Código de Defesa do Consumidor, art. 52)"))
        self.interest = QLineEdit(self)
        self.interest.setPlaceholderText("0,00")
        self.bureau = QCheckBox(self.tr("Posso pedir registro em SPC/Serasa"), self)
        if with_money_terms:
            form.addRow(self.tr("Multa por atraso (%)"), self.fine)
            form.addRow(self.tr("Juros ao mês (%)"), self.interest)
            form.addRow("", self.bureau)
        else:
            for w in (self.fine, self.interest, self.bureau):
                w.hide()
        for edit in (*self.edits.values(), self.fine, self.interest):
            edit.textEdited.connect(self.edited)
        for spin in (self.days, self.day_of_month):
            spin.valueChanged.connect(self.edited)
        for button in (self.by_days, self.by_day_of_month, self.bureau):
            button.clicked.connect(self.edited)  # clicks only: loading the form is no edit

        self._add_logo(form)
        self.by_days.toggled.connect(self._terms_toggled)
        self.by_days.setChecked(True)

    def _add_terms(self, form: QFormLayout) -> None:
        """When the customer pays: N days after the purchase, or a day of the next month."""
        self.by_days = QRadioButton(self.tr("dias após a compra"), self)
        self.by_day_of_month = QRadioButton(self.tr("todo dia do mês seguinte"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_days)
        group.addButton(self.by_day_of_month)
        self.days = QSpinBox(self)
        self.days.setRange(0, 365)
        self.day_of_month = QSpinBox(self)
        self.day_of_month.setRange(1, 31)
        terms = QVBoxLayout()
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.days)
        row1.addWidget(self.by_days)
        row1.addStretch(1)
        row2.addWidget(self.day_of_month)
        row2.addWidget(self.by_day_of_month)
        row2.addStretch(1)
        terms.addLayout(row1)
        terms.addLayout(row2)
        form.addRow(self.tr("Prazo para pagar"), terms)

    def _add_logo(self, form: QFormLayout) -> None:
        """The logo printed on the documents: a preview, choose, remove."""
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setObjectName("logo")
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Escolher imagem…"), self)
        choose.setAutoDefault(False)
        remove = QPushButton(self.tr("Remover"), self)
        remove.setAutoDefault(False)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logotipo"), logo_row)
        choose.clicked.connect(self.choose_logo)
        remove.clicked.connect(lambda: self.set_logo(None, changed=True))

    def _terms_toggled(self) -> None:
        self.days.setEnabled(self.by_days.isChecked())
        self.day_of_month.setEnabled(not self.by_days.isChecked())

    def load(self, shop: ShopRecord, logo: bytes | None) -> None:
        for key in self.TEXT:
            value = getattr(shop, key) or ""
            if key == "document":
                value = _safe(format_document, value)
            elif key == "phone":
                value = _safe(format_phone, value)
            self.edits[key].setText(value)
        show_address(self.edits, shop.address)
        if shop.terms_day_of_month:
            self.by_day_of_month.setChecked(True)
            self.day_of_month.setValue(shop.terms_day_of_month)
        else:
            self.by_days.setChecked(True)
            self.days.setValue(shop.terms_days if shop.terms_days is not None else 30)
        self.fine.setText(format_plain(shop.fine_bp))
        self.interest.setText(format_plain(shop.interest_monthly_bp))
        self.bureau.setChecked(shop.may_register_credit_bureau)
        self.set_logo(logo, changed=False)

    def set_logo(self, data: bytes | None, *, changed: bool) -> None:
        self.logo = data
        self.logo_changed = self.logo_changed or changed
        if changed:
            self.edited.emit()
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("sem logo"))

    def choose_logo(self) -> None:
        path = files.open_file(
            self, self.tr("Logotipo da loja"), self.tr("Imagens (*.png *.jpg *.jpeg)")
        )
        if path:
            try:
                self.load_logo_file(Path(path))
            except (InvalidInput, OSError) as exc:
                QMessageBox.warning(self, self.tr("Logotipo da loja"), str(exc))

    def load_logo_file(self, path: Path) -> None:
        if is_open_database_file(path):
            raise InvalidInput(self.tr("Esse é o arquivo de dados do Fiado, não uma imagem."))
        if path.stat().st_size > MAX_LOGO_BYTES:
            raise InvalidInput(self.tr("Imagem grande demais: use uma de até 2 MB."))
        data = path.read_bytes()
        if len(data) > MAX_LOGO_BYTES:
            raise InvalidInput(self.tr("Imagem grande demais: use uma de até 2 MB."))
        if not QPixmap().loadFromData(data):
            raise InvalidInput(self.tr("Não consegui ler essa imagem. Use um arquivo PNG ou JPG."))
        self.set_logo(data, changed=True)

    def _percent_bp(self, edit: QLineEdit, what: str) -> int:
        text = edit.text().strip() or "0"
        try:
            return parse_cents(text.replace("%", ""))
        except InvalidInput:
            raise InvalidInput(
                self.tr("{what} inválido(a): “{text}”. Use um número como 2 ou 1,5.").format(
                    what=what, text=edit.text()
                )
            ) from None

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: self.edits[key].text() for key in self.TEXT}
        values |= {name: self.edits[name].text() for name in ADDRESS_FIELDS}
        if self.by_days.isChecked():
            values["terms_days"] = self.days.value()
        else:
            values["terms_day_of_month"] = self.day_of_month.value()
        if not self.fine.isHidden():
            values["fine_bp"] = self._percent_bp(self.fine, self.tr("Multa"))
            values["interest_monthly_bp"] = self._percent_bp(self.interest, self.tr("Juros"))
            values["may_register_credit_bureau"] = self.bureau.isChecked()
        if self.logo_changed:
            values["logo"] = self.logo
        return values


class ShopPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Dados da loja")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 14)
        heading = QLabel(self.tr("Dados da loja"), self)
        heading.setObjectName("heading")
        outer.addWidget(heading)
        hint = QLabel(
            self.tr("Estes dados saem nas cartas, recibos e mensagens de cobrança."), self
        )
        hint.setObjectName("hint")
        outer.addWidget(hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        body.setMaximumWidth(720)
        self.form = ShopForm(body)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.form)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.message = Banner("error", self)
        self.saved = Banner("ok", self)
        outer.addWidget(self.message)
        outer.addWidget(self.saved)
        self.save_button = QPushButton(self.tr("Salvar"), self)
        self.save_button.setToolTip(self.tr("Salvar os dados da loja (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence(shortcuts.SAVE))
        self.save_button.clicked.connect(self.save)
        outer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.dirty = False
        self.form.edited.connect(self._edited)
        ctx.data_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Reload from the database, unless the owner is in the middle of editing."""
        if self.dirty:
            return
        self.form.logo_changed = False
        self.form.load(get_shop(self.ctx.db), get_logo(self.ctx.db))
        self.dirty = False

    def _edited(self, *_args: object) -> None:
        self.dirty = True

    def unsaved_changes(self) -> str | None:
        """What the owner would lose by closing now (None: nothing)."""
        return (
            self.tr("Os dados da loja foram alterados e ainda não foram salvos.")
            if self.dirty
            else None
        )

    def save_unsaved(self) -> bool:
        return self.save()

    def save(self) -> bool:
        self.saved.clear_message()
        saved = self.ctx.perform(
            lambda: update_shop(self.ctx.db, **self.form.values()),
            on_error=lambda exc: self.message.show_message(str(exc)),
        )
        if saved is None:
            return False
        self.message.clear_message()
        self.dirty = False
        self.saved.show_message(self.tr("Dados da loja salvos."))
        return True
