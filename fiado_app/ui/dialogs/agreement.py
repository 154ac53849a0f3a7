"""Fazer acordo: the simulator (the schedule follows every change), then the carnê, the term
and the summary text; and the customer's agreements with each instalment's status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.agreement import (
    DEFAULT_BREAK_DAYS,
    AgreementRecord,
    Plan,
    default_first_due,
    plan,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.errors import FiadoError, InvalidInput
from fiado_app.domain.money import format_brl, parse_positive_cents
from fiado_app.domain.records import CustomerRecord, OpenSale
from fiado_app.domain.vocabulary import AGREEMENT_LATE, PAYMENT_METHODS
from fiado_app.services import agreements, printing
from fiado_app.services.ledger import reverse_entry
from fiado_app.services.reminders import whatsapp_link
from fiado_app.ui.common import DateField, GrowingLabel, MoneyEdit, ask, fit_window, text_room
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.base import FormDialog
from fiado_app.ui.documents.preview import DocumentPreview
from fiado_app.ui.labels import agreement_label, installment_label, method_label

EVERY_CHOICES = (None, 7, 10, 15, 30)  # monthly, or every N days


def _optional_cents(edit: MoneyEdit) -> int:
    """An optional amount: empty is zero."""
    if not edit.text().strip():
        return 0
    try:
        return parse_positive_cents(edit.text())
    except InvalidInput:
        edit.setFocus()
        raise


class AgreementDialog(FormDialog[AgreementRecord]):
    """The owner picks the sales (all by default), the instalments, the entrada, the discount
    and the first due date; the schedule below follows every change."""

    settings_key = "AgreementDialog"

    def __init__(self, ctx: AppContext, customer: CustomerRecord, parent: QWidget | None = None):
        super().__init__(
            ctx,
            self.tr("Fazer acordo: {name}").format(name=customer.name),
            self.tr("Fazer acordo"),
            parent,
        )
        self.customer = customer
        self.today = ctx.today()
        self.open_sales: list[OpenSale] = agreements.open_for_agreement(
            ctx.db, customer.id, self.today
        )
        self.plan: Plan | None = None

        self.count = QSpinBox(self)
        self.count.setRange(1, 120)
        self.count.setValue(3)
        self.count.setSuffix(self.tr(" parcelas"))
        self.every = QComboBox(self)
        for days in EVERY_CHOICES:
            label = self.tr("mensais") if days is None else self.tr("a cada {n} dias")
            self.every.addItem(label.format(n=days), days)
        self.first_due = DateField(self._default_first_due(), self)
        self._first_due_touched = False
        self.down_payment = MoneyEdit(self)
        self.method = QComboBox(self)
        for key in PAYMENT_METHODS:
            self.method.addItem(method_label(key), key)
        self.discount = MoneyEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Ex.: pagou a entrada à vista"))
        self.break_days = QSpinBox(self)
        self.break_days.setRange(1, 365)
        self.break_days.setValue(agreements.get_break_days(ctx.db) or DEFAULT_BREAK_DAYS)
        self.break_days.setSuffix(self.tr(" dias de atraso"))
        self.accelerate = QCheckBox(self.tr("as parcelas a vencer vencem de uma vez"), self)
        self.accelerate.setChecked(True)
        self.lose_discount = QCheckBox(self.tr("o abatimento volta a ser devido"), self)

        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.every, 1)
        self.form.addRow(self._label(self.tr("&Parcelas"), self.count), row)
        self.form.addRow(self.tr("&1ª parcela vence em"), self.first_due)
        pay_row = QHBoxLayout()
        pay_row.addWidget(self.down_payment, 1)
        pay_row.addWidget(self.method, 1)
        self.form.addRow(self._label(self.tr("&Entrada (hoje)"), self.down_payment), pay_row)
        self.form.addRow(self.tr("A&batimento"), self.discount)
        self.form.addRow(self.tr("&Motivo do abatimento"), self.reason)
        self.form.addRow(self.tr("Rompido após"), self.break_days)
        self.form.addRow(self.tr("Se rompido:"), self.accelerate)
        self.form.addRow("", self.lose_discount)

        self.sales = QListWidget(self)
        self.sales.setObjectName("agreementSales")
        for sale in self.open_sales:
            text = self.tr("{date} {what}: {amount} (vence {due})").format(
                date=format_date(sale.date),
                what=sale.description.strip() or self.tr("Compra"),
                amount=format_brl(sale.open_cents),
                due=format_date(sale.due_date),
            )
            item = QListWidgetItem(text, self.sales)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, sale.entry_id)
        self.sales.setMinimumHeight(4 * self.fontMetrics().height() + 12)
        self.schedule = QTableWidget(0, 3, self)
        self.schedule.setHorizontalHeaderLabels(
            [self.tr("Parcela"), self.tr("Vencimento"), self.tr("Valor")]
        )
        self.schedule.verticalHeader().hide()
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.schedule.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.setMinimumWidth(text_room(self, "Parcela 12 de 12  00/00/0000  R$ 10.000,00"))
        self.totals = GrowingLabel(self)
        self.totals.setObjectName("preview")

        # The terms and the sales on the left, the schedule they make on the right.
        self.layout_.removeItem(self.form)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self._label(self.tr("&Compras incluídas no acordo:"), self.sales))
        left.addWidget(self.sales, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Parcelas:"), self))
        right.addWidget(self.schedule, 1)
        right.addWidget(self.totals)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.layout_.addLayout(columns, 1)

        for signal in (
            self.count.valueChanged,
            self.every.currentIndexChanged,
            self.down_payment.textChanged,
            self.discount.textChanged,
            self.sales.itemChanged,
        ):
            signal.connect(self.simulate)
        self.first_due.dateChanged.connect(self._first_due_typed)
        self.every.currentIndexChanged.connect(self._every_changed)
        self.finish_layout()
        fit_window(self, self.settings_key, 900, 600)
        self.simulate()
        self.count.setFocus()  # the first thing to decide: in how many instalments
        self.count.selectAll()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- the simulator ------------------------------------------------------------------------

    def _every_days(self) -> int | None:
        value = self.every.currentData()
        return None if value is None else int(value)

    def _default_first_due(self) -> date:
        return default_first_due(self.today, self._every_days())

    def _first_due_typed(self) -> None:
        self._first_due_touched = True
        self.simulate()

    def _every_changed(self) -> None:
        if not self._first_due_touched:  # follow the period until the owner picks a date
            self.first_due.blockSignals(True)
            self.first_due.set_value(self._default_first_due())
            self.first_due.blockSignals(False)
            self.simulate()

    def chosen_sales(self) -> list[int]:
        ids = []
        for row in range(self.sales.count()):
            item = self.sales.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _plan(self) -> Plan:
        chosen = set(self.chosen_sales())
        if not chosen:
            raise InvalidInput(self.tr("Marque ao menos uma compra para o acordo."))
        covered = sum(s.open_cents for s in self.open_sales if s.entry_id in chosen)
        return plan(
            covered,
            self.count.value(),
            made_on=self.today,
            down_payment_cents=_optional_cents(self.down_payment),
            discount_cents=_optional_cents(self.discount),
            first_due=self.first_due.value(),
            every_days=self._every_days(),
        )

    def simulate(self) -> None:
        try:
            self.plan = self._plan()
        except InvalidInput as exc:
            self.plan = None
            self.error.show_message(str(exc))
            self.ok_button.setEnabled(False)
            self.schedule.setRowCount(0)
            self.totals.setText("")
            return
        self.error.clear_message()
        self.ok_button.setEnabled(True)
        p = self.plan
        self.schedule.setRowCount(len(p.installments))
        count = len(p.installments)
        for row, item in enumerate(p.installments):
            cells = [
                self.tr("{n} de {count}").format(n=item.number, count=count),
                format_date(item.due),
                format_brl(item.amount_cents),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.schedule.setItem(row, col, cell)
        parts = [self.tr("Em aberto: {amount}").format(amount=format_brl(p.covered_cents))]
        if p.discount_cents:
            parts.append(self.tr("abatimento {amount}").format(amount=format_brl(p.discount_cents)))
        parts.append(self.tr("total do acordo {amount}").format(amount=format_brl(p.total_cents)))
        if p.down_payment_cents:
            parts.append(
                self.tr("entrada hoje {amount}").format(amount=format_brl(p.down_payment_cents))
            )
        parts.append(self.tr("parcelado {amount}").format(amount=format_brl(p.financed_cents)))
        self.totals.setText(" · ".join(parts))

    def save(self) -> AgreementRecord:
        self._plan()  # the message of what is wrong, with the cursor on it
        discount = _optional_cents(self.discount)
        return agreements.make_agreement(
            self.ctx.db,
            self.customer.id,
            self.count.value(),
            down_payment_cents=_optional_cents(self.down_payment),
            method=str(self.method.currentData()),
            discount_cents=discount,
            reason=self.reason.text() if discount else "",
            first_due=self.first_due.value(),
            every_days=self._every_days(),
            sale_ids=self.chosen_sales(),
            break_after_days=self.break_days.value(),
            accelerate_on_break=self.accelerate.isChecked(),
            discount_lost_on_break=self.lose_discount.isChecked(),
            today=self.today,
        )


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


def make_agreement_for(
    parent: QWidget, ctx: AppContext, customer: CustomerRecord
) -> AgreementRecord | None:
    """The whole flow: the simulator, then the summary and the documents."""
    if not agreements.open_for_agreement(ctx.db, customer.id, ctx.today()):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("agreement", "Fazer acordo"),
            QCoreApplication.translate(
                "agreement", "{name} não tem compras em aberto para um acordo."
            ).format(name=customer.name),
        )
        return None
    dialog = AgreementDialog(ctx, customer, parent)
    if not dialog.exec() or dialog.result_record is None:
        return None
    made = AgreementMadeDialog(ctx, dialog.result_record, customer.phone, parent)
    made.exec()
    return dialog.result_record


# -- the customer's agreements ------------------------------------------------------------------


class AgreementsPanel(QWidget):
    """The customer's agreements (newest first), each with its instalments and their status."""

    def __init__(self, ctx: AppContext, customer: CustomerRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self.records: list[AgreementRecord] = []
        self.preview: DocumentPreview | None = None
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Acordo / parcela"), self.tr("Vencimento"), self.tr("Valor"),
             self.tr("Pago"), self.tr("Situação")]
        )  # fmt: skip
        self.tree.setRootIsDecorated(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("Nenhum acordo. “Fazer acordo…” divide o que está em aberto."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.carne_button = QPushButton(self.tr("Carnê…"), self)
        self.term_button = QPushButton(self.tr("Termo…"), self)
        self.summary_button = QPushButton(self.tr("Resumo…"), self)
        self.break_button = QPushButton(self.tr("Considerar rompido…"), self)
        self.undo_button = QPushButton(self.tr("Desfazer acordo…"), self)
        self.carne_button.clicked.connect(lambda: self._pdf("carne"))
        self.term_button.clicked.connect(lambda: self._pdf("termo"))
        self.summary_button.clicked.connect(self.show_summary)
        self.break_button.clicked.connect(self.break_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        row = QHBoxLayout()
        for b in (self.carne_button, self.term_button, self.summary_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.break_button)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.records = agreements.list_agreements(self.ctx.db, self.customer.id, self.ctx.today())
        self.tree.clear()
        for record in self.records:
            top = QTreeWidgetItem(
                [
                    self.tr("Acordo nº {n} de {date}").format(
                        n=record.id, date=format_date(record.made_on)
                    ),
                    "",
                    format_brl(record.total_cents),
                    format_brl(record.paid_cents + record.down_payment_cents),
                    agreement_label(record.status),
                ]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, record.id)
            for item in record.installments:
                child = QTreeWidgetItem(
                    [
                        self.tr("Parcela {n} de {count}").format(n=item.number, count=record.count),
                        format_date(item.due),
                        format_brl(item.amount_cents),
                        format_brl(item.paid_cents),
                        installment_label(item.status),
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, record.id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(record.status not in ("quitado",))
        for col in range(1, 5):
            self.tree.resizeColumnToContents(col)
        self.empty.setVisible(not self.records)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._selection_changed()

    def selected(self) -> AgreementRecord | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        number = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.records if r.id == number), None)

    def _selection_changed(self) -> None:
        record = self.selected()
        for b in (self.carne_button, self.term_button, self.summary_button, self.undo_button):
            b.setEnabled(record is not None)
        self.break_button.setEnabled(record is not None and record.status == AGREEMENT_LATE)

    def _pdf(self, kind: str) -> None:
        record = self.selected()
        if record is not None:
            self.preview = show_agreement_pdf(self, self.ctx, record.id, kind)

    def show_summary(self) -> None:
        record = self.selected()
        if record is not None:
            AgreementMadeDialog(self.ctx, record, self.customer.phone, self).exec()

    def break_selected(self) -> None:
        record = self.selected()
        if record is None or not confirm_break(self, record):
            return
        self.ctx.perform(
            lambda: agreements.break_agreement(self.ctx.db, record.id, today=self.ctx.today()),
            parent=self,
            title=self.tr("Considerar rompido"),
        )

    def undo_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        question = self.tr(
            "Desfazer o acordo nº {n}, feito por engano? As compras voltam exatamente como "
            "estavam; as parcelas, a entrada e o abatimento deixam de contar (ficam riscados "
            "no extrato). Se o cliente pagou a entrada, registre o pagamento de novo."
        ).format(n=record.id)
        if not ask(self, self.tr("Desfazer acordo"), question):
            return
        self.ctx.perform(
            lambda: reverse_entry(
                self.ctx.db,
                record.entry_id,
                reason=self.tr("Acordo nº {n} desfeito").format(n=record.id),
                today=self.ctx.today(),
            ),
            parent=self,
            title=self.tr("Desfazer acordo"),
        )


def confirm_break(parent: QWidget, record: AgreementRecord) -> bool:
    """Ask before treating an agreement as broken, saying what the term makes happen."""
    what = []
    if record.accelerate_on_break:
        what.append(
            QCoreApplication.translate("agreement", "as parcelas a vencer passam a vencer hoje")
        )
    if record.discount_lost_on_break and record.discount_cents:
        what.append(
            QCoreApplication.translate(
                "agreement", "o abatimento de {amount} volta a ser devido"
            ).format(amount=format_brl(record.discount_cents))
        )
    consequence = (
        QCoreApplication.translate("agreement", "Como diz o termo: {what}.").format(
            what=QCoreApplication.translate("agreement", " e ").join(what)
        )
        if what
        else QCoreApplication.translate(
            "agreement", "As parcelas continuam com os seus vencimentos."
        )
    )
    question = QCoreApplication.translate(
        "agreement",
        "A parcela mais atrasada do acordo nº {n} ({name}) está {days} dias em atraso. "
        "Considerar o acordo rompido? {consequence}",
    ).format(n=record.id, name=record.customer_name, days=record.days_late, consequence=consequence)
    return ask(parent, QCoreApplication.translate("agreement", "Considerar rompido"), question)


class AgreementReviewDialog(QDialog):
    """The agenda's proposals: agreements with an instalment late beyond their days. The
    owner decides each one (treat as broken, or open the customer to talk first)."""

    open_customer = Signal(int)

    def __init__(
        self, ctx: AppContext, records: list[AgreementRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.records = list(records)
        self.setWindowTitle(self.tr("Acordos com parcela muito atrasada"))
        fit_window(self, "AgreementReviewDialog", 640, 360)
        intro = GrowingLabel(self)
        intro.setText(
            self.tr(
                "Estes acordos têm uma parcela atrasada além do prazo combinado. Fale com o "
                "cliente antes; se for o caso, considere o acordo rompido (vale o que o termo "
                "diz). Só você decide."
            )
        )
        self.list = QListWidget(self)
        self.break_button = QPushButton(self.tr("Considerar rompido…"), self)
        self.customer_button = QPushButton(self.tr("Abrir cliente"), self)
        close = QPushButton(self.tr("Fechar"), self)
        self.break_button.clicked.connect(self.break_selected)
        self.customer_button.clicked.connect(self._open_customer)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.break_button)
        row.addWidget(self.customer_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for record in self.records:
            QListWidgetItem(
                self.tr("{name} — acordo nº {n}: {days} dias de atraso, {amount} em aberto").format(
                    name=record.customer_name,
                    n=record.id,
                    days=record.days_late,
                    amount=format_brl(record.open_cents),
                ),
                self.list,
            )
        if self.records:
            self.list.setCurrentRow(0)
        for b in (self.break_button, self.customer_button):
            b.setEnabled(bool(self.records))

    def selected(self) -> AgreementRecord | None:
        row = self.list.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def break_selected(self) -> None:
        record = self.selected()
        if record is None or not confirm_break(self, record):
            return
        done = self.ctx.perform(
            lambda: agreements.break_agreement(self.ctx.db, record.id, today=self.ctx.today()),
            parent=self,
            title=self.tr("Considerar rompido"),
        )
        if done is not None:
            self.records.remove(record)
            self._fill()

    def _open_customer(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_customer.emit(record.customer_id)
            self.accept()
