"""Batch letters with a progress bar (off the GUI thread), and the receipt offer after a payment."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.dates import format_date
from fiado_app.domain.document_records import PrintedLetter
from fiado_app.domain.errors import FiadoError
from fiado_app.domain.letter_texts import STAGE_TITLES
from fiado_app.services import letters, printing
from fiado_app.services.customers import get_customer
from fiado_app.services.letters import letter_kinds
from fiado_app.services.printing import LetterBatch
from fiado_app.ui.common import GrowingLabel, ask
from fiado_app.ui.context import AppContext
from fiado_app.ui.documents.preview import DocumentPreview


class _Progress(QObject):
    changed = Signal(int, int)


class BatchLettersDialog(QDialog):
    """Letters for everyone at a letter stage (or `customer_ids`), built in the background.

    `on_printed(letters)` runs once the owner prints or saves the PDF (to log the contacts).
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        customer_ids: Sequence[int] | None = None,
        on_printed: Callable[[list[PrintedLetter]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_ids = customer_ids
        self.on_printed = on_printed
        self.preview: DocumentPreview | None = None
        self.setWindowTitle(self.tr("Imprimir cartas de cobrança"))
        self.setMinimumWidth(460)  # the title and the letter kinds are read whole
        self.stage = QComboBox()
        self.stage.addItem(self.tr("As cartas de hoje (as da agenda)"), None)
        for key, title in letter_kinds(ctx.db):
            self.stage.addItem(title, key)
        self.status = QLabel(self.tr("Posição em {date}.").format(date=format_date(ctx.today())))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.buttons = QDialogButtonBox()
        self.generate = self.buttons.addButton(
            self.tr("Gerar cartas"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fechar"))
        self.generate.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tipo de carta:"), self.stage)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.plan_label = GrowingLabel(self)  # names and who has no address: many lines
        layout.insertWidget(1, self.plan_label)
        self._signals = _Progress()
        self._signals.changed.connect(self._show_progress)
        self.stage.currentIndexChanged.connect(self.show_plan)
        self._plan_asked = 0
        self.plan_loaded = False  # the plan for the stage shown has arrived (tests wait for it)
        self.show_plan()

    def show_plan(self) -> None:
        """Before generating: how many letters, for whom, and who is left out for lack of a
        postal address (to fix in the customer's window). Only for the batch of the day."""
        if self.customer_ids is not None:
            self.plan_label.hide()
            return
        # Off the GUI thread: on a busy shop it reads every customer's position. A plan asked
        # for an earlier choice of stage is dropped when it arrives.
        self._plan_asked += 1
        asked, stage, today = self._plan_asked, self.stage.currentData(), self.ctx.today()
        self.plan_label.setText(self.tr("Contando as cartas…"))
        self.generate.setEnabled(False)

        def ready(plan: letters.LetterPlan) -> None:
            if asked == self._plan_asked:
                self._plan_ready(plan)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, FiadoError):
                raise exc
            if asked == self._plan_asked:
                self.plan_label.setText(str(exc))

        self.ctx.run_in_background(
            lambda: letters.letter_plan(self.ctx.db, today, stage), ready, failed, owner=self
        )
        self.plan_loaded = False

    def _plan_ready(self, plan: letters.LetterPlan) -> None:
        names = ", ".join(plan.names[:8]) + ("…" if len(plan.names) > 8 else "")
        text = (
            (
                self.tr(
                    "Nenhuma carta na agenda de hoje: cada carta sai uma vez por etapa. Para "
                    "imprimir de novo, escolha a etapa acima."
                )
                if self.stage.currentData() is None
                else self.tr("Ninguém está nesta etapa hoje.")
            )
            if not plan.names
            else self.tr("1 carta: {names}.").format(names=names)
            if len(plan.names) == 1
            else self.tr("{count} cartas: {names}.").format(count=len(plan.names), names=names)
        )
        if plan.no_address:
            missing = ", ".join(name for _cid, name in plan.no_address[:8])
            text += " " + self.tr(
                "Sem endereço, ficam de fora ({count}): {names}. Cadastre o endereço na janela "
                "do cliente e a carta entra no próximo lote."
            ).format(count=len(plan.no_address), names=missing)
        self.plan_label.setText(text)
        self.generate.setEnabled(bool(plan.names))
        self.plan_loaded = True

    def start(self) -> None:
        stage = self.stage.currentData()
        as_of: date = self.ctx.today()
        self.generate.setEnabled(False)
        self.status.setText(self.tr("Gerando cartas…"))
        emit = self._signals.changed.emit

        def work() -> LetterBatch | None:
            return printing.letter_batch(
                self.ctx.db, as_of, stage, self.customer_ids, progress=emit
            )

        self.ctx.run_in_background(work, self._done, self._failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _done(self, batch: LetterBatch | None) -> None:
        self.generate.setEnabled(True)
        if batch is None:
            self.status.setText(self.tr("Nenhum cliente em etapa de carta nesta data."))
            return
        count = len(batch.printed)
        self.progress.setValue(100)
        self.status.setText(
            self.tr("1 carta pronta.")
            if count == 1
            else self.tr("{count} cartas prontas.").format(count=count)
        )
        on_printed = self.on_printed
        self.preview = DocumentPreview(
            batch.pdf,
            self.tr("Cartas de cobrança ({count})").format(count=count),
            f"cartas-{self.ctx.today():%Y-%m-%d}.pdf",
            self,
            on_printed=(lambda: on_printed(batch.printed)) if on_printed else None,
        )
        self.preview.show()

    def _failed(self, exc: BaseException) -> None:
        self.generate.setEnabled(True)
        self.status.setText(self.tr("Não foi possível gerar as cartas."))
        QMessageBox.warning(self, self.tr("Cartas de cobrança"), str(exc))


def offer_receipt(
    parent: QWidget | None, ctx: AppContext, payment_id: int
) -> DocumentPreview | None:
    """After a payment: ask whether to print a receipt; show it in the preview if so."""
    if not ask(
        parent,
        QCoreApplication.translate("documents", "Recibo"),
        QCoreApplication.translate(
            "documents", "Pagamento registrado. Deseja imprimir ou salvar o recibo?"
        ),
        default_yes=True,
    ):
        return None
    return show_receipt(parent, ctx, payment_id)


def show_receipt(
    parent: QWidget | None, ctx: AppContext, payment_id: int
) -> DocumentPreview | None:
    try:
        data, pdf = printing.receipt(ctx.db, payment_id)
    except FiadoError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("documents", "Recibo"), str(exc))
        return None
    number = printing.receipt_number(data)
    preview = DocumentPreview(
        pdf,
        QCoreApplication.translate("documents", "Recibo nº {number}").format(number=number),
        f"recibo-{number}.pdf",
        parent,
    )
    preview.show()
    return preview


def confirm_no_address(parent: QWidget | None, name: str) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("documents", "Carta sem endereço"),
        QCoreApplication.translate(
            "documents",
            "{name} não tem endereço cadastrado (rua e cidade): a carta sairia sem o "
            "destinatário na janela do envelope. Gerar mesmo assim, para entregar em mãos?",
        ).format(name=name),
    )


def show_letter(
    parent: QWidget | None,
    ctx: AppContext,
    customer_id: int,
    stage: str | None = None,
    on_printed: Callable[[list[PrintedLetter]], None] | None = None,
) -> DocumentPreview | None:
    """The agenda's "imprimir carta": one customer's letter in the preview (asking first when
    the customer has no postal address: the envelope window would be empty)."""
    try:
        customer = get_customer(ctx.db, customer_id)
        if not customer.address.mailable and not confirm_no_address(parent, customer.name):
            return None
        batch = printing.customer_letter(ctx.db, customer_id, ctx.today(), stage)
    except FiadoError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("documents", "Carta de cobrança"), str(exc)
        )
        return None
    letter = batch.letters[0]
    preview = DocumentPreview(
        batch.pdf,
        f"{STAGE_TITLES[letter.stage]} – {letter.customer.name}",
        f"carta-{customer_id}-{ctx.today():%Y-%m-%d}.pdf",
        parent,
        on_printed=(lambda: on_printed(batch.printed)) if on_printed else None,
    )
    preview.show()
    return preview
