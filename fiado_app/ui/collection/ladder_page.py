"""Régua de cobrança: edit the stages and their texts with a live preview on a real customer.

The tone guard's errors (cannot save) and warnings show inline as the owner types.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.collection_records import StageRecord
from fiado_app.domain.errors import FiadoError, InvalidInput
from fiado_app.domain.ladder import CHANNEL_LABELS, current_stage
from fiado_app.domain.records import ReceivableRow
from fiado_app.domain.templates import PLACEHOLDERS, render_template, validate_template
from fiado_app.domain.text import fold
from fiado_app.domain.vocabulary import LADDER_CHANNELS
from fiado_app.services import collection
from fiado_app.services.collection_settings import as_domain
from fiado_app.services.receivables import receivables
from fiado_app.ui.common import text_room
from fiado_app.ui.context import AppContext
from fiado_app.ui.page import Page
from fiado_app.ui.translation import QT_TRANSLATE_NOOP

PREVIEW_CUSTOMERS = 200  # the preview's list: those who owe most, and one at each step


def preview_customers(
    rows: list[ReceivableRow], stages: list[StageRecord], today: date
) -> tuple[list[tuple[int, str]], dict[str, int]]:
    """The preview's customers ((id, name), those who owe most first) and, for each step, one
    customer who is at it today (the one who owes most there)."""
    owing = [r for r in rows if r.open_cents > 0]
    ladder = as_domain(stages)
    at_stage: dict[str, int] = {}
    reached: dict[date | None, str | None] = {}
    for r in owing:  # by what is overdue: the first found at a step owes most there
        if r.oldest_due not in reached:
            stage = current_stage(ladder, r.oldest_due, today)
            reached[r.oldest_due] = stage.key if stage is not None else None
        key = reached[r.oldest_due]
        if key is not None and key not in at_stage:
            at_stage[key] = r.customer_id
    listed = owing[:PREVIEW_CUSTOMERS]
    shown = {r.customer_id for r in listed}
    listed += [r for r in owing if r.customer_id in set(at_stage.values()) - shown]
    return [(r.customer_id, r.name) for r in listed], at_stage


class LadderPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Régua de cobrança")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._customers_stale = True
        super().__init__(ctx, parent)
        self.stages: list[StageRecord] = []
        self._shown: StageRecord | None = None  # the stage whose values are in the editor
        self._at_stage: dict[str, int] = {}  # a customer at each step, for the preview
        # Asks what to do with edits not saved: "save", "discard" or "cancel" (tests answer).
        self.ask_unsaved: Callable[[str], str] = self._ask_unsaved
        self.list = QListWidget()
        self.list.setMinimumWidth(190)
        self.list.setWordWrap(True)  # each step on two lines: its name, then when
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._select)
        add = QPushButton(self.tr("Adicionar etapa"))
        remove = QPushButton(self.tr("Remover etapa"))
        reset = QPushButton(self.tr("Restaurar padrão"))
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        reset.clicked.connect(self._reset)

        self.name = QLineEdit()
        self.name.setMinimumWidth(text_room(self.name, "Lembrete antes do vencimento"))
        self.offset = QSpinBox()
        self.offset.setRange(-60, 3650)
        self.offset.ensurePolished()  # never squeezed below its text on a short screen
        self.offset.setMinimumHeight(self.offset.sizeHint().height())
        self.offset.valueChanged.connect(self._offset_suffix)
        self._offset_suffix(self.offset.value())
        self.channel = QComboBox()
        for key in LADDER_CHANNELS:
            self.channel.addItem(CHANNEL_LABELS[key], key)
        self.template = QPlainTextEdit()
        self.template.textChanged.connect(self._check)
        # The fields a text may use, put in at the cursor (a wall of 20 names took the room of
        # the text itself on a small screen).
        self.placeholders = QComboBox()
        self.placeholders.addItem(self.tr("Inserir campo…"), "")
        for key in PLACEHOLDERS:
            self.placeholders.addItem(f"{{{key}}}", key)
        self.placeholders.setToolTip(
            self.tr("Campos: ") + ", ".join(f"{{{k}}}" for k in PLACEHOLDERS)
        )
        self.placeholders.activated.connect(self._insert_field)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.customer = QComboBox()
        # A customer's name in full (most fit in 24 characters), not "Mariana Alves As…".
        self.customer.setMinimumContentsLength(24)
        self.customer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.customer.currentIndexChanged.connect(self._check)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.save_button = QPushButton(self.tr("Salvar etapa"))
        self.save_button.clicked.connect(self.save)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Etapas")))
        left.addWidget(self.list, 1)
        for b in (add, remove, reset):
            left.addWidget(b)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        form.addRow(self.tr("Nome"), self.name)
        form.addRow(self.tr("Quando"), self.offset)
        form.addRow(self.tr("Canal"), self.channel)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(QLabel(self.tr("Texto da mensagem")))
        editor.addWidget(self.template, 2)
        editor.addWidget(self.placeholders, 0, Qt.AlignmentFlag.AlignLeft)
        editor.addWidget(self.feedback)
        editor.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Prévia com o cliente:")))
        right.addWidget(self.customer)
        right.addWidget(self.preview, 1)
        heading = QLabel(QCoreApplication.translate("pages", self.title), self)
        heading.setObjectName("heading")
        # Three columns the owner can widen or narrow; none below what its fields need.
        columns = QSplitter(Qt.Orientation.Horizontal, self)
        columns.setChildrenCollapsible(False)
        for part, stretch in ((left, 2), (editor, 3), (right, 3)):
            holder = QWidget(columns)
            holder.setLayout(part)
            part.setContentsMargins(0, 0, 6, 0)
            columns.addWidget(holder)
            columns.setStretchFactor(columns.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(columns, 1)
        ctx.data_changed.connect(self.refresh)
        self.refresh()

    def _insert_field(self, index: int) -> None:
        key = self.placeholders.itemData(index)
        self.placeholders.setCurrentIndex(0)
        if key:
            self.template.insertPlainText(f"{{{key}}}")
            self.template.setFocus()

    def refresh(self) -> None:
        current = self.list.currentRow()
        kept = self._shown.key if self._shown is not None and self._edited() else None
        self.stages = collection.list_ladder(self.ctx.db)
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.stages:
            self.list.addItem(f"{s.name}\n{s.when}")
        row = min(max(current, 0), len(self.stages) - 1)
        if kept is not None and kept in [s.key for s in self.stages]:
            # The owner is editing this step: the list follows, the editor keeps the edits.
            row = [s.key for s in self.stages].index(kept)
            self.list.setCurrentRow(row)
            self._shown = self.stages[row]
            self.list.blockSignals(False)
        else:
            self.list.blockSignals(False)
            self._shown = None
            self.list.setCurrentRow(row)
        # The preview customers need the receivables report: load it off the GUI thread, and
        # only while the page is on screen (it is not needed at start-up).
        self._customers_stale = True
        if self.isVisible():
            self._load_customers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._customers_stale:
            self._load_customers()

    def _load_customers(self) -> None:
        self._customers_stale = False
        db, today, stages = self.ctx.db, self.ctx.today(), list(self.stages)
        self.ctx.run_in_background(
            lambda: preview_customers(receivables(db, today).rows, stages, today),
            self._fill_customers,
        )

    def _fill_customers(self, found: tuple[list[tuple[int, str]], dict[str, int]]) -> None:
        customers, self._at_stage = found
        selected = self.customer.currentData()
        self.customer.blockSignals(True)
        self.customer.clear()
        for customer_id, name in customers:
            self.customer.addItem(name, customer_id)
        if selected is not None:
            self.customer.setCurrentIndex(max(0, self.customer.findData(selected)))
        else:
            self._show_customer_at_stage()
        self.customer.blockSignals(False)
        self._check()

    def _show_customer_at_stage(self) -> None:
        """The preview starts with a customer who is at the step shown (a reminder before the
        due date previewed on a purchase long overdue would read untrue)."""
        s = self.stage()
        customer_id = self._at_stage.get(s.key) if s is not None else None
        if customer_id is not None:
            self.customer.setCurrentIndex(max(0, self.customer.findData(customer_id)))

    def stage(self) -> StageRecord | None:
        row = self.list.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def _edited(self) -> bool:
        """Whether the editor differs from the stage it shows."""
        s = self._shown
        return s is not None and (
            self.name.text() != s.name
            or self.offset.value() != s.offset_days
            or self.channel.currentData() != s.channel
            or self.template.toPlainText() != s.template
        )

    def unsaved_changes(self) -> str | None:
        if not self._edited():
            return None
        assert self._shown is not None
        return self.tr("A etapa “{name}” da régua foi alterada e ainda não foi salva.").format(
            name=self._shown.name
        )

    def save_unsaved(self) -> bool:
        return self.save()

    def _ask_unsaved(self, question: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Régua de cobrança"), question,
                          parent=self)  # fmt: skip
        save = box.addButton(self.tr("Salvar"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Descartar"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Voltar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def _select(self, row: int) -> None:
        question = self.unsaved_changes()
        if question is not None and self._shown is not None:
            previous = next((i for i, s in enumerate(self.stages) if s.key == self._shown.key), -1)
            answer = self.ask_unsaved(question + " " + self.tr("Salvar antes de trocar de etapa?"))
            if answer == "cancel" or (answer == "save" and not self._save_shown()):
                self.list.blockSignals(True)
                self.list.setCurrentRow(previous)
                self.list.blockSignals(False)
                return
            row = min(row, len(self.stages) - 1)
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        s = self.stage()
        if s is None:
            return
        self._shown = s
        self.name.setText(s.name)
        self.offset.setValue(s.offset_days)
        self.channel.setCurrentIndex(self.channel.findData(s.channel))
        self.customer.blockSignals(True)
        self._show_customer_at_stage()
        self.customer.blockSignals(False)
        self.template.setPlainText(s.template)

    def _check(self) -> None:
        s = self.stage()
        text = self.template.toPlainText()
        key, channel = (s.key if s else None), self.channel.currentData()
        try:
            warnings = (
                validate_template(text, key, channel) if text.strip() or channel != "carta" else []
            )
        except InvalidInput as exc:
            self.feedback.setStyleSheet("color: #b00020;")
            self.feedback.setText(str(exc))
            self.save_button.setEnabled(False)
            self.preview.setPlainText("")
            return
        self.save_button.setEnabled(True)
        self.feedback.setStyleSheet("color: #8a5a00;" if warnings else "color: #1b5e20;")
        self.feedback.setText(
            "\n".join(warnings) if warnings else self.tr("Texto OK: tom respeitoso.")
        )
        customer_id = self.customer.currentData()
        if customer_id is None:
            self.preview.setPlainText(
                self.tr("(Nenhum cliente com valor em aberto para a prévia.)")
            )
            return
        try:
            values = collection.preview_values(self.ctx.db, customer_id, self.ctx.today())
            self.preview.setPlainText(render_template(text, values))
        except FiadoError as exc:
            self.preview.setPlainText(str(exc))

    def save(self) -> bool:
        """Save the step in the editor; False (with the reason shown) keeps the edits."""
        return self._save_shown()

    def _save_shown(self) -> bool:
        s = self._shown
        if s is None:
            return True
        values = {
            "name": self.name.text(),
            "offset_days": self.offset.value(),
            "channel": self.channel.currentData(),
            "template": self.template.toPlainText(),
        }
        saved = self.ctx.perform(
            lambda: collection.update_stage(self.ctx.db, s.key, **values), parent=self
        )
        if saved is None:
            return False
        self._shown = self.stage()  # the editor now shows what is stored
        return True

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nova etapa"), self.tr("Nome da etapa:"))
        if not ok or not name.strip():
            return
        key = "_".join(fold(name).split())[:40]
        used = {s.offset_days for s in self.stages}
        offset = next(d for d in range(1, 3650) if d not in used)
        self.ctx.perform(
            lambda: collection.add_stage(self.ctx.db, key, name, offset, "whatsapp"), parent=self
        )

    def _offset_suffix(self, days: int) -> None:
        """`-3 (3 dias antes do vencimento)`, `1 (1 dia após o vencimento)`."""
        count = abs(days)
        if days == 0:
            text = self.tr("no dia do vencimento")
        elif days < 0:
            text = (
                self.tr("1 dia antes do vencimento")
                if count == 1
                else self.tr("{count} dias antes do vencimento").format(count=count)
            )
        else:
            text = (
                self.tr("1 dia após o vencimento")
                if count == 1
                else self.tr("{count} dias após o vencimento").format(count=count)
            )
        self.offset.setSuffix(f" ({text})")

    def _remove(self) -> None:
        s = self.stage()
        if s is None:
            return
        if QMessageBox.question(
            self, self.tr("Remover etapa"), self.tr("Remover a etapa “{name}”?").format(name=s.name)
        ) != (QMessageBox.StandardButton.Yes):
            return
        self.ctx.perform(lambda: collection.remove_stage(self.ctx.db, s.key), parent=self)

    def _reset(self) -> None:
        if (
            QMessageBox.question(
                self, self.tr("Restaurar padrão"), self.tr("Voltar à régua e aos textos padrão?")
            )
            == QMessageBox.StandardButton.Yes
        ):
            self.ctx.perform(lambda: collection.reset_ladder(self.ctx.db), parent=self)
