"""Arquivo › Importar caderneta… (docs/spreadsheets.md): choose the file, say what its columns
are, see what would be added and every refused row, then import — all of it, or only the good
rows — with the earlier imports listed and each one undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiado_app.domain.errors import FiadoError
from fiado_app.domain.sheet_fields import CUSTOMERS, ENTRIES, FIELDS, cell_text, match_headers
from fiado_app.domain.text import plural
from fiado_app.services import sheet_export, sheet_import
from fiado_app.services.sheet_files import FILE_TYPES, Sheet
from fiado_app.ui import files
from fiado_app.ui.common import Banner, fit_window
from fiado_app.ui.context import AppContext

PREVIEW_ROWS = 200
SHAPES = {CUSTOMERS: "Lista de clientes", ENTRIES: "Lista de lançamentos (vendas e pagamentos)"}
NOT_IMPORTED = -1
PROBLEM = QColor("#f8d7da")


class _Progress(QObject):
    moved = Signal(int, int)  # emitted on the worker thread; Qt queues it to the window


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.plan: sheet_import.ImportPlan | None = None
        self.last: sheet_import.ImportResult | None = None
        self.progress_signal = _Progress(self)
        self.setWindowTitle(self.tr("Importar caderneta"))
        fit_window(self, "ImportDialog", 1100, 700)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Traga a caderneta de uma planilha (CSV, Excel ou LibreOffice): uma lista de "
                "clientes (com o saldo de cada um, se quiser) ou uma lista de vendas e "
                "pagamentos. Nada é gravado antes de você conferir."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_file_row())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_mapping())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 740])
        layout.addWidget(splitter, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = Banner("error", self)
        layout.addWidget(self.error)
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addLayout(self._build_buttons())
        self.progress_signal.moved.connect(self._moved)
        self._update_buttons()

    def _build_file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Nenhum arquivo escolhido"))
        choose = QPushButton(self.tr("&Escolher arquivo…"), self)
        choose.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setToolTip(self.tr("A planilha (aba) a importar"))
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.template_button = QPushButton(self.tr("Salvar &modelo…"), self)
        self.template_button.clicked.connect(self.save_template)
        row.addWidget(QLabel(self.tr("Arquivo:"), self))
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        row.addWidget(self.sheet_combo)
        row.addWidget(self.template_button)
        return row

    def _build_mapping(self) -> QWidget:
        box = QGroupBox(self.tr("O que é cada coluna"), self)
        outer = QVBoxLayout(box)
        self.shape_combo = QComboBox(box)
        for key, label in SHAPES.items():
            self.shape_combo.addItem(label, key)
        self.shape_combo.activated.connect(self._shape_chosen)
        outer.addWidget(self.shape_combo)
        self.mapping_form = QFormLayout()
        outer.addLayout(self.mapping_form)
        outer.addStretch(1)
        self.combos: dict[str, QComboBox] = {}
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 0, box)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 3)
        self.problems_label = QLabel(self.tr("Linhas recusadas:"), box)
        layout.addWidget(self.problems_label)
        self.problems = QListWidget(box)
        self.problems.itemActivated.connect(self._go_to_problem)
        layout.addWidget(self.problems, 1)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.history_button = QPushButton(self.tr("Importações &anteriores…"), self)
        self.history_button.clicked.connect(self.show_history)
        self.check_button = QPushButton(self.tr("&Conferir de novo"), self)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Importar"), self)
        self.import_button.clicked.connect(lambda: self.run(skip_bad=False))
        self.good_button = QPushButton(self.tr("Importar só as linhas &boas"), self)
        self.good_button.clicked.connect(lambda: self.run(skip_bad=True))
        self.undo_button = QPushButton(self.tr("&Desfazer esta importação"), self)
        self.undo_button.clicked.connect(self.undo_last)
        close = QPushButton(self.tr("Fechar"), self)
        close.clicked.connect(self.reject)
        row.addWidget(self.history_button)
        row.addStretch(1)
        for button in (self.check_button, self.import_button, self.good_button,
                       self.undo_button, close):  # fmt: skip
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    # -- choosing the file and its columns ----------------------------------------------------

    def choose_file(self) -> None:
        path = files.open_file(self, self.tr("Importar caderneta"), FILE_TYPES)
        if path is not None:
            self.load(path)

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file (on a worker thread) and show what its headers say."""
        self.path = path
        self.file_edit.setText(str(path))
        self._busy(self.tr("Lendo {name}…").format(name=path.name))
        self.ctx.run_in_background(
            lambda: sheet_import.read_for_import(path, sheet), self._loaded, self._failed
        )

    def _loaded(self, found: tuple[Sheet, str | None]) -> None:
        self.sheet, shape = found
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(self.sheet.sheet_names))
        self.sheet_combo.setCurrentText(self.sheet.name)
        self.sheet_combo.setVisible(len(self.sheet.sheet_names) > 1)
        index = self.shape_combo.findData(shape or ENTRIES)
        self.shape_combo.setCurrentIndex(max(index, 0))
        self._fill_mapping(None if shape is None else shape)
        self._fill_preview()
        if shape is None:
            self._idle()
            self.summary.setText(
                self.tr(
                    "Não reconheci os títulos das colunas. Escolha o tipo de planilha e diga "
                    "qual coluna é cada campo; depois clique em “Conferir de novo”."
                )
            )
            self._update_buttons()
            return
        self.check()

    def _sheet_chosen(self) -> None:
        if self.path is not None and self.sheet is not None:
            chosen = self.sheet_combo.currentText()
            if chosen != self.sheet.name:
                self.load(self.path, chosen)

    def _shape_chosen(self) -> None:
        self._fill_mapping(self.shape_combo.currentData())
        self.plan = None
        self._update_buttons()

    def _headers(self) -> list[str]:
        return [cell_text(h) for h in self.sheet.rows[0]] if self.sheet and self.sheet.rows else []

    def _fill_mapping(self, matched_shape: str | None) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = {}
        shape = self.shape_combo.currentData()
        headers = self._headers()
        found = (
            match_headers(list(self.sheet.rows[0]), shape) if self.sheet and self.sheet.rows else {}
        )
        for field in FIELDS[shape]:
            combo = QComboBox(self)
            combo.addItem(self.tr("(não importar)"), NOT_IMPORTED)
            for i, header in enumerate(headers):
                combo.addItem(header or self.tr("coluna {n}").format(n=i + 1), i)
            combo.setCurrentIndex(combo.findData(found.get(field.key, NOT_IMPORTED)))
            label = field.label + (" *" if field.required else "")
            self.mapping_form.addRow(label, combo)
            self.combos[field.key] = combo
        del matched_shape

    def mapping(self) -> dict[str, int]:
        return {key: int(c.currentData()) for key, c in self.combos.items()
                if int(c.currentData()) != NOT_IMPORTED}  # fmt: skip

    def _fill_preview(self, bad: dict[int, str] | None = None) -> None:
        bad = bad or {}
        rows = self.sheet.rows if self.sheet else []
        headers = self._headers()
        shown = rows[1 : PREVIEW_ROWS + 1]
        extra = [line - 2 for line in sorted(bad) if line - 2 >= PREVIEW_ROWS][:100]
        indexes = list(range(len(shown))) + extra
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(indexes))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([str(i + 2) for i in indexes])  # the sheet's lines
        for r, index in enumerate(indexes):
            row = rows[index + 1]
            reason = bad.get(index + 2)
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                if reason is not None:
                    item.setBackground(QBrush(PROBLEM))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setToolTip(reason)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    # -- checking and importing ----------------------------------------------------------------

    def check(self) -> None:
        """The dry run, with the columns as mapped now."""
        if self.path is None or self.sheet is None:
            return
        db, path, sheet, progress = self.ctx.db, self.path, self.sheet, self.progress_signal
        shape, mapping = self.shape_combo.currentData(), self.mapping()
        self._busy(self.tr("Conferindo as linhas…"))
        self.ctx.run_in_background(
            lambda: sheet_import.plan_import(
                db, path, shape=shape, mapping=mapping, loaded=sheet,
                progress=lambda done, total: progress.moved.emit(done, total),
            ),
            self._checked,
            self._failed,
        )  # fmt: skip

    def _checked(self, plan: sheet_import.ImportPlan) -> None:
        self.plan = plan
        self.last = None
        self._idle()
        self.problems.clear()
        for p in plan.problems:
            self.problems.addItem(
                self.tr("Linha {line} ({column}): {reason}").format(
                    line=p.line, column=p.column, reason=p.reason
                )
            )
        for n in plan.notes:
            self.problems.addItem(
                self.tr("Linha {line}: {reason}").format(line=n.line, reason=n.reason)
            )
        self.problems_label.setText(
            self.tr("Linhas recusadas: {n}").format(n=len(plan.problems))
            if plan.problems
            else self.tr("Nenhuma linha recusada.")
        )
        self._fill_preview({p.line: p.reason for p in plan.problems})
        if plan.already_imported is not None:
            self.summary.setText(
                self.tr("Este arquivo já foi importado (importação nº {n}): nada a adicionar.")
                .format(n=plan.already_imported)
            )  # fmt: skip
        else:
            self.summary.setText(self._plan_text(plan))
        self._update_buttons()

    def _plan_text(self, plan: sheet_import.ImportPlan) -> str:
        parts = [
            plural(len(plan.new_customers), self.tr("cliente novo"), self.tr("clientes novos")),
            plural(plan.entries_added, self.tr("lançamento"), self.tr("lançamentos")),
        ]
        text = self.tr("Serão adicionados: {what}.").format(what=self.tr(" e ").join(parts))
        if plan.customers_matched:
            text += " " + self.tr("{n} já cadastrados (não serão repetidos).").format(
                n=plan.customers_matched
            )
        if plan.entries_existing:
            text += " " + self.tr("{n} lançamentos já tinham sido importados.").format(
                n=plan.entries_existing
            )
        if plan.problems:
            text += " " + self.tr(
                "{n} linhas com problema: corrija a planilha, ou importe só as boas."
            ).format(n=len(plan.problems))
        return text

    def run(self, *, skip_bad: bool) -> None:
        plan = self.plan
        if plan is None:
            return
        db, progress = self.ctx.db, self.progress_signal
        self._busy(self.tr("Importando…"))
        self.ctx.perform_in_background(
            lambda: sheet_import.run_import(
                db, plan, skip_bad=skip_bad,
                progress=lambda done, total: progress.moved.emit(done, total),
            ),
            self._imported,
            parent=self,
            on_error=self._failed,
        )  # fmt: skip

    def _imported(self, result: sheet_import.ImportResult) -> None:
        self._idle()
        self.plan = None
        if result.batch_id is None:
            self.summary.setText(
                self.tr("Nada a adicionar: tudo o que a planilha tem já está no Fiado.")
            )
            self._update_buttons()
            return
        self.last = result
        self.summary.setText(
            self.tr("Importação nº {batch} feita: {customers} e {entries}.").format(
                batch=result.batch_id,
                customers=plural(
                    result.customers_added, self.tr("cliente novo"), self.tr("clientes novos")
                ),
                entries=plural(result.entries_added, self.tr("lançamento"), self.tr("lançamentos")),
            )  # fmt: skip
            + (
                " "
                + self.tr("{n} linhas ficaram de fora (listadas acima).").format(
                    n=len(result.skipped)
                )
                if result.skipped
                else ""
            )  # fmt: skip
        )
        self._update_buttons()

    def undo_last(self) -> None:
        if self.last is None or self.last.batch_id is None:
            return
        batch, db = self.last.batch_id, self.ctx.db
        done = self.ctx.perform(lambda: sheet_import.undo_import(db, batch), on_error=self._failed)
        if done is not None:
            self.last = None
            self.summary.setText(self._undone_text(done))
            self._update_buttons()

    def _undone_text(self, done: sheet_import.UndoneImport) -> str:
        return self.tr("Importação nº {n} desfeita: {entries}, {customers}.").format(
            n=done.batch_id,
            entries=plural(done.entries_reversed, self.tr("lançamento estornado"),
                           self.tr("lançamentos estornados")),
            customers=plural(done.customers_archived, self.tr("cliente arquivado"),
                             self.tr("clientes arquivados")),
        )  # fmt: skip

    def show_history(self) -> None:
        ImportHistoryDialog(self.ctx, self).exec()

    def save_template(self, target: Path | None = None) -> Path | None:
        shape = self.shape_combo.currentData()
        if target is None:
            start = files.documents_folder() / f"modelo-{shape}.xlsx"
            target = files.save_file(self, self.tr("Salvar modelo"),
                                     "Excel (*.xlsx);;CSV (*.csv)", start)  # fmt: skip
            if target is None:
                return None
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        try:
            sheet_export.save_template(shape, target)
        except FiadoError as exc:
            self.error.show_message(str(exc))
            return None
        self.summary.setText(self.tr("Modelo gravado em {path}").format(path=target))
        return target

    # -- state -------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.error.clear_message()
        self.summary.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        for button in (self.check_button, self.import_button, self.good_button, self.undo_button):
            button.setEnabled(False)

    def _idle(self) -> None:
        self.progress.hide()

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if not isinstance(exc, FiadoError):
            raise exc
        self.error.show_message(str(exc))
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        ready = plan is not None and plan.already_imported is None
        self.check_button.setEnabled(self.sheet is not None)
        self.import_button.setEnabled(ready and plan is not None and not plan.problems)
        self.good_button.setEnabled(ready and plan is not None and bool(plan.problems))
        self.good_button.setVisible(plan is not None and bool(plan.problems))
        self.undo_button.setVisible(self.last is not None and self.last.batch_id is not None)
        self.undo_button.setEnabled(self.last is not None)

    def _go_to_problem(self) -> None:
        row = self.problems.currentRow()
        if self.plan is None or row >= len(self.plan.problems):
            return
        line = str(self.plan.problems[row].line)
        for r in range(self.table.rowCount()):
            header = self.table.verticalHeaderItem(r)
            if header is not None and header.text() == line:
                self.table.selectRow(r)
                item = self.table.item(r, 0)
                if item is not None:
                    self.table.scrollToItem(item)
                return


class ImportHistoryDialog(QDialog):
    """The imports made, newest first, each undoable."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Importações anteriores"))
        fit_window(self, "ImportHistoryDialog", 760, 380)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Nº"), self.tr("Quando"), self.tr("Arquivo"), self.tr("Clientes"),
            self.tr("Lançamentos"), self.tr("Situação"),
        ])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = Banner("error", self)
        layout.addWidget(self.message)
        self.done_label = QLabel(self)
        layout.addWidget(self.done_label)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Desfazer a importação selecionada"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(self.tr("Fechar"), self)
        close.clicked.connect(self.reject)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.batches = sheet_import.list_imports(self.ctx.db)
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            state = (self.tr("desfeita em {day}").format(day=b.undone_at.strftime("%d/%m/%Y"))
                     if b.undone_at else self.tr("valendo"))  # fmt: skip
            values = [str(b.id), b.created_at.strftime("%d/%m/%Y %H:%M"), b.file_name,
                      str(b.customers_added), str(b.entries_added), state]  # fmt: skip
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.undo_button.setEnabled(bool(self.batches))

    def undo_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.batches):
            self.message.show_message(self.tr("Selecione uma importação na lista."))
            return
        batch, db = self.batches[row].id, self.ctx.db
        done = self.ctx.perform(
            lambda: sheet_import.undo_import(db, batch),
            on_error=lambda exc: self.message.show_message(str(exc)),
        )
        if done is not None:
            self.message.clear_message()
            self.done_label.setText(self.tr("Importação nº {n} desfeita.").format(n=done.batch_id))
            self.refresh()
