"""What every form dialog shares: Enter confirms, Esc cancels, a fixable error shows inline in
Portuguese and the dialog stays open with everything that was typed."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.changes import ReportsChanges
from fiado_app.domain.errors import FiadoError, InvalidInput
from fiado_app.domain.records import CustomerRecord
from fiado_app.ui.common import Banner, MoneyEdit, restore_geometry, save_geometry
from fiado_app.ui.context import AppContext
from fiado_app.ui.customer_picker import CustomerPicker

R = TypeVar("R", bound=ReportsChanges)


class FormDialog(QDialog, Generic[R]):
    """`save()` runs one write service and returns its result (`result_record` once accepted)."""

    settings_key = "dialog"

    def __init__(self, ctx: AppContext, title: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 18, 18, 18)
        self.layout_.setSpacing(12)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.layout_.addLayout(self.form)
        self.error = Banner("error", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(self.tr("Confirmar (Enter)"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancelar"))
        cancel.setToolTip(self.tr("Fechar sem salvar (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_record: R | None = None
        self._refused = False  # the error shown is the last confirmation's

    def finish_layout(self) -> None:
        """Call at the end of a subclass's __init__: the error line and buttons go last. The
        error a confirmation got speaks of what was confirmed: it goes away as soon as a field
        is changed (a value corrected by hand or by "Pagar tudo" must not stay under the old
        one's error). What a dialog says of its own as fields change is left to it."""
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        restore_geometry(self.settings_key, self)
        clear = self._field_changed
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(clear)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(clear)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(clear)
        for box in self.findChildren(QAbstractButton):
            if box.isCheckable():
                box.toggled.connect(clear)
        for day in self.findChildren(QDateEdit):
            day.dateChanged.connect(clear)

    def save(self) -> R:
        """Validate and write (one write service); raise InvalidInput with a Portuguese message
        to stay open. The service's result says what changed."""
        raise NotImplementedError

    @staticmethod
    def customer_and_amount(
        picker: CustomerPicker, amount: MoneyEdit
    ) -> tuple[CustomerRecord, int]:
        """The customer picked and a valid amount (sale, payment); otherwise InvalidInput, with
        the cursor put on the field to fix."""
        if picker.customer is None:
            picker.setFocus()
            raise InvalidInput(
                QCoreApplication.translate(
                    "FormDialog",
                    "Escolha o cliente na lista (digite parte do nome, apelido ou telefone).",
                )
            )
        try:
            return picker.customer, amount.cents()
        except InvalidInput:
            amount.setFocus()
            raise

    def _field_changed(self) -> None:
        if self._refused:
            self._refused = False
            self.error.clear_message()

    def _refuse(self, exc: FiadoError) -> None:
        self.error.show_message(str(exc))
        self._refused = True

    def accept(self) -> None:
        # A fixable error (bad input, a busy, damaged or full file) shows inline and the dialog
        # stays open with everything typed; on success every view hears what changed.
        record = self.ctx.perform(self.save, on_error=self._refuse)
        if record is None:
            return
        self.result_record = record
        self.error.clear_message()
        save_geometry(self.settings_key, self)
        super().accept()

    def reject(self) -> None:
        save_geometry(self.settings_key, self)
        super().reject()
