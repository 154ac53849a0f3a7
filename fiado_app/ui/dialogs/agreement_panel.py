"""The customer's agreements with each instalment's status (the Acordos tab), and the agenda's
proposals to treat a late agreement as broken: only the owner decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.agreement import (
    AgreementRecord,
)
from fiado_app.domain.dates import format_date
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord
from fiado_app.domain.vocabulary import AGREEMENT_LATE
from fiado_app.services import agreements
from fiado_app.services.ledger import reverse_entry
from fiado_app.ui.common import GrowingLabel, ask, fit_window
from fiado_app.ui.context import AppContext
from fiado_app.ui.dialogs.agreement_documents import AgreementMadeDialog, show_agreement_pdf
from fiado_app.ui.documents.preview import DocumentPreview
from fiado_app.ui.labels import agreement_label, installment_label

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
        if record is not None:
            break_when_confirmed(self, self.ctx, record)

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


def break_when_confirmed(
    parent: QWidget, ctx: AppContext, record: AgreementRecord
) -> AgreementRecord | None:
    """Ask before treating an agreement as broken, saying what the term makes happen; then
    break it (None: the owner said no, or the break was refused and said so)."""
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
    title = QCoreApplication.translate("agreement", "Considerar rompido")
    if not ask(parent, title, question):
        return None
    return ctx.perform(
        lambda: agreements.break_agreement(ctx.db, record.id, today=ctx.today()),
        parent=parent,
        title=title,
    )


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
        if record is not None and break_when_confirmed(self, self.ctx, record) is not None:
            self.records.remove(record)
            self._fill()

    def _open_customer(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_customer.emit(record.customer_id)
            self.accept()
