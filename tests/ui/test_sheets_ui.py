"""Arquivo › Importar caderneta…, Arquivo › Exportar… and the customer window's Privacidade
tab, driven as the owner would."""

from __future__ import annotations

from openpyxl import load_workbook

from fiado_app.services import customers
from fiado_app.services.ledger import customer_balance
from tests.services.test_sheets import write_csv, write_xlsx

ROWS = [
    ["Dt. venda", "Cliente", "Operação", "Valor (R$)", "Produto"],
    ["05/03/2026", "Ana Conceição", "venda", "12,50", "Pão"],
    ["06/03/2026", "Zeca Novo", "venda", "30", "Carvão"],
    ["07/03/2026", "Zeca Novo", "troca", "5", ""],
]


def wait_for(qtbot, dialog, what):
    qtbot.waitUntil(what, timeout=10_000)


def test_the_owner_imports_checks_imports_the_good_rows_and_undoes(ctx, shop, qtbot, tmp_path,
                                                                    screenshot):  # fmt: skip
    from fiado_app.ui.dialogs.sheet_import import ImportDialog

    db, people = shop
    before = customer_balance(db, people["ana"].id)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(write_xlsx(tmp_path / "caderneta.xlsx", ROWS, "Vendas"))
    wait_for(qtbot, dialog, lambda: dialog.plan is not None)
    assert dialog.mapping() == {"data": 0, "cliente": 1, "tipo": 2, "valor": 3, "descricao": 4}
    assert [p.line for p in dialog.plan.problems] == [4]
    assert not dialog.import_button.isEnabled() and dialog.good_button.isEnabled()
    assert "Linha 4 (Operação)" in dialog.problems.item(0).text()
    screenshot(dialog, "ImportDialog checked")
    dialog.good_button.click()
    wait_for(qtbot, dialog, lambda: dialog.last is not None)
    assert "Importação nº" in dialog.summary.text()
    assert customer_balance(db, people["ana"].id) == before + 1250
    zeca = customers.resolve_customer(db, "Zeca Novo")
    assert customer_balance(db, zeca.id) == 3000
    dialog.undo_button.click()
    assert "desfeita" in dialog.summary.text()
    assert customer_balance(db, people["ana"].id) == before
    assert "Zeca Novo" not in [c.name for c in customers.list_customers(db)]


def test_columns_it_cannot_place_are_mapped_by_hand(ctx, qtbot, tmp_path):
    from fiado_app.ui.dialogs.sheet_import import ImportDialog

    path = write_csv(tmp_path / "estranho.csv", [["Quem", "Quanto", "Quando"],
                                                 ["Diego Lima", "10,00", "05/03/2026"]])  # fmt: skip
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(path)
    wait_for(qtbot, dialog, lambda: dialog.sheet is not None and dialog.progress.isHidden())
    assert dialog.plan is None and "Não reconheci" in dialog.summary.text()
    for key, column in (("cliente", 0), ("valor", 1), ("data", 2)):
        combo = dialog.combos[key]
        combo.setCurrentIndex(combo.findData(column))
    dialog.check()
    wait_for(qtbot, dialog, lambda: dialog.plan is not None)
    assert dialog.plan.problems == [] and dialog.import_button.isEnabled()


def test_a_damaged_file_is_explained_in_the_window(ctx, qtbot, tmp_path):
    from fiado_app.ui.dialogs.sheet_import import ImportDialog

    bad = tmp_path / "quebrada.xlsx"
    bad.write_bytes(b"PK\x03\x04 nada")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(bad)
    wait_for(qtbot, dialog, lambda: not dialog.error.isHidden())
    assert "não é uma planilha" in dialog.error.text()


def test_the_books_go_out_to_excel(ctx, qtbot, tmp_path):
    from fiado_app.ui.dialogs.sheet_export import ExportDialog

    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.export(tmp_path / "livro")
    wait_for(qtbot, dialog, lambda: bool(dialog.written))
    book = load_workbook(dialog.written[0])
    assert book.sheetnames == ["Clientes", "Lançamentos", "Contatos", "Acordos"]
    assert "Gravado em" in dialog.outcome.text() and dialog.written[0].suffix == ".xlsx"


def test_a_customer_gets_a_copy_of_their_data_then_is_anonymised(ctx, shop, qtbot, tmp_path):
    from fiado_app.ui.dialogs.customer import CustomerDialog
    from fiado_app.ui.dialogs.privacy_panel import AnonymiseDialog

    db, people = shop
    ana = people["ana"]
    window = CustomerDialog(ctx, ana.id)
    qtbot.addWidget(window)
    panel = window.privacy_panel
    assert panel.export(".json", tmp_path / "ana.json") is not None
    assert "Conceição" in (tmp_path / "ana.json").read_text("utf-8")
    dialog = AnonymiseDialog(ctx, ana, window)
    qtbot.addWidget(dialog)
    dialog.reason.setText("pedido da cliente")
    dialog.accept()  # she still owes: refused until the owner ticks the box
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10_000)
    assert dialog.result_ is None and "ainda deve" in dialog.error.text()
    dialog.force.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    assert dialog.result_ is not None
    panel.finish(dialog.result_, None)
    assert not panel.anonymise_button.isEnabled()
    assert window.windowTitle() == f"Cliente: Cliente anonimizado nº {ana.id}"
    assert customers.get_customer(db, ana.id).phone is None
