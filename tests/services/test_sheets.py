"""The old caderneta comes in from a spreadsheet, and the books go out to one
(docs/spreadsheets.md): files made here the way owners' files really look."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from fiado_app.domain.errors import InvalidInput
from fiado_app.services import customers, ledger, sheet_export, sheet_import

TODAY = date(2026, 12, 1)


def write_csv(path: Path, rows: list[list[object]], encoding: str = "cp1252", sep: str = ";"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Planilha1") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _ods_cell(value: object) -> str:
    if isinstance(value, date):
        iso = value.isoformat()
        return f'<table:table-cell office:value-type="date" office:date-value="{iso}"/>'
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
    return (
        f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    )


def write_ods(path: Path, rows: list[list[object]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice saves one."""
    body = "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
                   for row in rows)  # fmt: skip
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Clientes">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)  # fmt: skip
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
    return path


def balances(db) -> dict[str, int]:
    return {c.name: ledger.customer_balance(db, c.id) for c in customers.list_customers(db)}


NOTEBOOK = [
    ["Nome do cliente", "Fone", "CPF", "Saldo devedor", "Vencimento", "Obs."],
    ["José da Conceição", "(11) 98765-4321", "529.982.247-25", "R$ 1.234,56", "10/11/2026", "Vizinho"],
    ["Maria Antônia", "11 91234-5678", "", "45,00", "", ""],
    ["João Sem Saldo", "", "", "", "", ""],
]  # fmt: skip


def test_a_notebook_typed_in_excel_and_saved_as_csv_in_windows_1252(db, tmp_path):
    path = write_csv(tmp_path / "caderneta.csv", NOTEBOOK)
    plan = sheet_import.plan_import(db, path, today=TODAY)
    assert (plan.shape, plan.sheet.encoding) == ("clientes", "cp1252")
    assert (len(plan.new_customers), plan.entries_added, plan.problems) == (3, 2, [])
    assert balances(db) == {}  # the dry run wrote nothing
    result = sheet_import.run_import(db, plan, today=TODAY)
    assert (result.customers_added, result.entries_added) == (3, 2)
    assert balances(db) == {"José da Conceição": 123456, "Maria Antônia": 4500, "João Sem Saldo": 0}
    jose = customers.resolve_customer(db, "José da Conceição")
    assert (jose.phone, jose.document, jose.notes) == ("+5511987654321", "52998224725", "Vizinho")
    sale = ledger.open_sales(db, jose.id, TODAY)[0]
    assert (sale.due_date, sale.description) == (date(2026, 11, 10), "Saldo anterior (importado)")
    # The same file again adds nothing, and says which import it was.
    again = sheet_import.plan_import(db, path, today=TODAY)
    assert again.already_imported == result.batch_id
    assert sheet_import.run_import(db, again, today=TODAY).entries_added == 0
    assert balances(db)["José da Conceição"] == 123456


def test_utf8_with_a_bom_and_commas_reads_the_same(db, tmp_path):
    path = tmp_path / "clientes.csv"
    path.write_bytes(
        b"\xef\xbb\xbf" + 'nome,telefone,saldo\nAna Lúcia,11987650000,"12,50"\n'.encode()
    )
    plan = sheet_import.plan_import(db, path, today=TODAY)
    assert [c.values["name"] for c in plan.new_customers] == ["Ana Lúcia"]
    assert plan.new_customers[0].balance_cents == 1250


def test_entries_from_xlsx_with_excel_dates_serial_numbers_and_numbers_as_text(db, tmp_path):
    rows = [
        ["Dt. venda", "Cliente", "Operação", "Valor (R$)", "Vencto", "Produto", "Forma pgto"],
        [datetime(2026, 10, 5), "Rosa", "venda", 50.5, datetime(2026, 11, 5), "Arroz", None],
        [46300, "Rosa", "Venda", "12,50", None, "Pão", None],  # 46300 is 05/10/2026
        ["20/11/2026", "Rosa", "pagamento", "30", None, None, "Pix"],
        ["21/11/2026", "Pedro", "VENDA", "R$ 15,00", None, "Cerveja", None],
    ]
    path = write_xlsx(tmp_path / "vendas.xlsx", rows, "Caderneta")
    plan = sheet_import.plan_import(db, path, today=TODAY)
    assert (plan.shape, plan.sheet.name, plan.problems) == ("lancamentos", "Caderneta", [])
    result = sheet_import.run_import(db, plan, today=TODAY)
    assert (result.customers_added, result.entries_added) == (2, 4)
    assert balances(db) == {"Rosa": 5050 + 1250 - 3000, "Pedro": 1500}
    rosa = customers.resolve_customer(db, "Rosa")
    # The Pix paid the bread first (due 04/11: the shop's 30 days), then part of the rice.
    left = [
        (s.due_date, s.amount_cents - s.paid_cents) for s in ledger.open_sales(db, rosa.id, TODAY)
    ]
    assert left == [(date(2026, 11, 5), 5050 - (3000 - 1250))]


def test_a_customer_list_saved_by_libreoffice_as_ods(db, tmp_path):
    rows = [["Nome", "Celular", "Limite", "Saldo", "Vencimento"],
            ["Carla", "(21) 99876-5432", 200, 80, date(2026, 11, 20)]]  # fmt: skip
    plan = sheet_import.plan_import(db, write_ods(tmp_path / "clientes.ods", rows), today=TODAY)
    assert plan.problems == []
    sheet_import.run_import(db, plan, today=TODAY)
    carla = customers.resolve_customer(db, "Carla")
    assert (carla.phone, carla.credit_limit_cents) == ("+5521998765432", 20000)
    assert ledger.open_sales(db, carla.id, TODAY)[0].due_date == date(2026, 11, 20)


def test_bad_rows_are_listed_with_line_column_and_reason_and_nothing_is_written(db, tmp_path):
    rows = [
        ["data", "cliente", "tipo", "valor", "vencimento", "descricao", "forma"],
        ["05/11/2026", "Ana", "venda", "10,00", "", "", ""],
        ["32/13/2026", "Ana", "venda", "10,00", "", "", ""],
        ["06/11/2026", "Ana", "venda", "abc", "", "", ""],
        ["07/11/2026", "Ana", "troca", "5", "", "", ""],
        ["08/11/2026", "Ana", "venda", "5", "01/11/2026", "", ""],
        ["01/01/2030", "Ana", "venda", "5", "", "", ""],
        ["09/11/2026", "Ana", "pagamento", "5", "", "", "cheque pré"],
        ["09/11/2026", "", "venda", "5", "", "", ""],
    ]
    path = write_csv(tmp_path / "ruim.csv", rows, "utf-8")
    plan = sheet_import.plan_import(db, path, today=TODAY)
    got = [(p.line, p.column) for p in plan.problems]
    assert got == [(3, "data"), (4, "valor"), (5, "tipo"), (6, "vencimento"), (7, "data"),
                   (8, "forma"), (9, "cliente")]  # fmt: skip
    assert "futuro" in plan.problems[4].reason
    with pytest.raises(sheet_import.ImportRefused, match="Nada foi importado: 7 linha"):
        sheet_import.run_import(db, plan, today=TODAY)
    assert balances(db) == {}
    # Only the good rows, when the owner says so.
    result = sheet_import.run_import(db, plan, skip_bad=True, today=TODAY)
    assert (result.entries_added, len(result.skipped)) == (1, 7)
    assert balances(db) == {"Ana": 1000}


def test_existing_customers_are_matched_by_phone_cpf_or_exact_name(db, tmp_path):
    customers.add_customer(db, customers.CustomerInput(name="José C.", phone="11987654321"))
    customers.add_customer(db, customers.CustomerInput(name="Outra", document="529.982.247-25"))
    customers.add_customer(db, customers.CustomerInput(name="maria antonia"))
    rows = [["nome", "telefone", "cpf_cnpj"], ["José da Conceição", "(11) 98765-4321", ""],
            ["Fulana", "", "52998224725"], ["Maria Antônia", "", ""], ["Nova", "", ""]]  # fmt: skip
    plan = sheet_import.plan_import(db, write_csv(tmp_path / "c.csv", rows), today=TODAY)
    assert (plan.customers_matched, [c.values["name"] for c in plan.new_customers]) == (3, ["Nova"])


def test_headers_the_import_cannot_place_ask_for_a_mapping(db, tmp_path):
    rows = [["Quem", "Quanto", "Quando"], ["Ana", "10,00", "05/11/2026"]]
    path = write_csv(tmp_path / "estranho.csv", rows)
    with pytest.raises(InvalidInput, match="Não reconheci as colunas"):
        sheet_import.plan_import(db, path, today=TODAY)
    plan = sheet_import.plan_import(
        db, path, shape="lancamentos", mapping={"cliente": 0, "valor": 1, "data": 2}, today=TODAY
    )
    assert (plan.problems, len(plan.entries)) == ([], 1)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("foto.png", b"\x89PNG\r\n\x1a\n" + bytes(50), "não lê arquivos .png"),
        ("quebrada.xlsx", b"PK\x03\x04 isto nao e um zip", "não é uma planilha"),
        ("binario.csv", b"nome\x00;valor\n", "caracteres binários"),
        ("vazia.csv", b"", "vazia"),
    ],
)
def test_foreign_or_damaged_files_are_refused_in_plain_words(db, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=message):
        sheet_import.plan_import(db, path, today=TODAY)


def test_an_import_is_undone_its_entries_reversed_and_its_customers_archived(db, tmp_path):
    ana = customers.add_customer(db, customers.CustomerInput(name="Ana")).id
    ledger.record_sale(db, ana, 2000, on=date(2026, 11, 1), today=TODAY)
    rows = [["data", "cliente", "valor"], ["05/11/2026", "Ana", "10"], ["06/11/2026", "Bia", "7"]]
    path = write_csv(tmp_path / "l.csv", rows)
    batch = sheet_import.run_import(
        db, sheet_import.plan_import(db, path, today=TODAY), today=TODAY
    )
    assert balances(db) == {"Ana": 3000, "Bia": 700}
    sheet_import.undo_import(db, batch.batch_id, today=TODAY)
    assert balances(db) == {"Ana": 2000}  # Bia archived, with her history kept
    with pytest.raises(InvalidInput, match="já foi desfeita"):
        sheet_import.undo_import(db, batch.batch_id, today=TODAY)
    # Once undone, the same file may come in again.
    again = sheet_import.plan_import(db, path, today=TODAY)
    assert again.already_imported is None and len(again.entries) == 2


def test_rows_imported_by_another_file_are_not_added_twice(db, tmp_path):
    first = [["data", "cliente", "valor", "descricao"], ["05/11/2026", "Ana", "10", "pão"]]
    second = [*first, ["06/11/2026", "Ana", "3", "leite"]]
    sheet_import.run_import(
        db, sheet_import.plan_import(db, write_csv(tmp_path / "a.csv", first), today=TODAY),
        today=TODAY,
    )  # fmt: skip
    plan = sheet_import.plan_import(db, write_csv(tmp_path / "b.csv", second), today=TODAY)
    assert (len(plan.entries), plan.entries_existing) == (1, 1)


def test_a_customer_named_like_a_formula_exports_as_text(db, tmp_path):
    bad = customers.add_customer(db, customers.CustomerInput(name='=HYPERLINK("http://x","y")'))
    ledger.record_sale(db, bad.id, 1000, description="+cmd|' /C calc'!A0", today=TODAY)
    customers.add_customer(db, customers.CustomerInput(name="@SUM(1+1)", notes="-2+3"))
    done = sheet_export.export_books(db, tmp_path / "livro.xlsx")
    book = load_workbook(done.files[0])
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if c.data_type == "f"]
    texts = [str(c.value) for c in cells if isinstance(c.value, str)]
    assert not [t for t in texts if t[:1] in ("=", "+", "-", "@")]
    assert '\'=HYPERLINK("http://x","y")' in texts and "'-2+3" in texts
    csv_files = sheet_export.export_books(db, tmp_path / "livro.csv").files
    for path in csv_files:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        for row in csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"):
            assert not [v for v in row if v[:1] in ("=", "+", "@", "\t", "\r")], row


def test_the_export_has_money_as_numbers_dates_as_dates_and_frozen_headers(db, tmp_path):
    ana = customers.add_customer(db, customers.CustomerInput(name="Ana", phone="11987654321"))
    ledger.record_sale(db, ana.id, 123456, on=date(2026, 11, 3), due=date(2026, 12, 3), today=TODAY)
    ledger.record_payment(db, ana.id, 456, on=date(2026, 11, 20), method="pix", today=TODAY)
    done = sheet_export.export_books(db, tmp_path / "livro.xlsx")
    assert done.rows == {"Clientes": 1, "Lançamentos": 2, "Contatos": 0, "Acordos": 0}
    book = load_workbook(done.files[0])
    assert book.sheetnames == ["Clientes", "Lançamentos", "Contatos", "Acordos"]
    entries = book["Lançamentos"]
    assert entries.freeze_panes == "A2"
    sale = [c for c in entries[2]]
    assert sale[1].value == datetime(2026, 11, 3) and sale[1].number_format == "DD/MM/YYYY"
    assert sale[5].value == 1234.56 and "R$" in sale[5].number_format
    assert book["Clientes"]["O2"].value == pytest.approx(1230.0)  # the balance
    # The period limits the entries; a CSV opens in Brazilian Excel (semicolons, decimal commas).
    november = sheet_export.export_books(db, tmp_path / "nov.csv", start=date(2026, 11, 10))
    lines = november.files[0].read_text("utf-8-sig").splitlines()
    assert len(lines) == 2 and ";4,56;" in lines[1] and "20/11/2026" in lines[1]


def test_the_xlsx_writer_keeps_markup_drops_what_xml_forbids_and_dates_read_back(tmp_path):
    from fiado_app.documents.xlsx import DAY, MOMENT, MONEY, Column, XlsxWriter

    path = tmp_path / "w.xlsx"
    with XlsxWriter(path) as book:
        book.add_sheet("Aba <1> & cia", [Column("Texto"), Column("Dia", DAY),
                       Column("Quando", MOMENT), Column("Valor", MONEY)],  # fmt: skip
                       [["a <b> & \"c\"\x01", date(2026, 3, 5), "2026-03-05 14:30:00.5", 12.5],
                        [None, "2026-03-06", datetime(2026, 3, 6, 8, 15), None]])  # fmt: skip
    sheet = load_workbook(path)["Aba <1> & cia"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[1] == ['a <b> & "c"', datetime(2026, 3, 5), datetime(2026, 3, 5, 14, 30), 12.5]
    assert rows[2] == [None, datetime(2026, 3, 6), datetime(2026, 3, 6, 8, 15), None]
    assert sheet["D2"].number_format == '"R$" #,##0.00' and sheet.freeze_panes == "A2"


def test_an_export_comes_back_in_as_the_same_customers_and_balances(db, tmp_path):
    ana = customers.add_customer(db, customers.CustomerInput(name="Ana", phone="11987654321"))
    customers.add_customer(db, customers.CustomerInput(name="Bia sem dívida"))
    ledger.record_sale(db, ana.id, 4550, on=date(2026, 11, 3), today=TODAY)
    book = sheet_export.export_books(db, tmp_path / "livro.xlsx").files[0]
    other = open_other(tmp_path)
    plan = sheet_import.plan_import(other, book, today=TODAY)
    assert (plan.shape, plan.problems) == ("clientes", [])  # a balance of 0,00 is no balance
    sheet_import.run_import(other, plan, today=TODAY)
    assert balances(other) == {"Ana": 4550, "Bia sem dívida": 0}
    assert customers.resolve_customer(other, "Ana").phone == "+5511987654321"
    other.close()


def open_other(tmp_path):
    from fiado_app.services.app import open_database

    return open_database(tmp_path / "outra.sqlite3").db


def test_a_plain_customer_list_without_balances_comes_in(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", [["Nome", "Telefone"], ["Sem Saldo", "11 98888-7777"]])
    result = sheet_import.run_import(db, sheet_import.plan_import(db, path, today=TODAY),
                                     today=TODAY)  # fmt: skip
    assert (result.customers_added, result.entries_added, result.batch_id is not None) == (
        1,
        0,
        True,
    )
    sheet_import.undo_import(db, result.batch_id, today=TODAY)
    assert customers.list_customers(db) == []
    # A sheet with only its headers adds nothing, and says so without a batch.
    empty = write_csv(tmp_path / "vazia.csv", [["Nome", "Telefone"]])
    nothing = sheet_import.run_import(db, sheet_import.plan_import(db, empty, today=TODAY))
    assert (nothing.batch_id, nothing.customers_added) == (None, 0)


def test_three_loaves_on_the_same_day_are_three_when_two_came_before(db, tmp_path):
    head = ["data", "cliente", "valor", "descricao"]
    pao = ["05/11/2026", "Ana", "5", "pão"]
    sheet_import.run_import(
        db, sheet_import.plan_import(db, write_csv(tmp_path / "a.csv", [head, pao, pao]),
                                     today=TODAY), today=TODAY)  # fmt: skip
    plan = sheet_import.plan_import(db, write_csv(tmp_path / "b.csv", [head, pao, pao, pao]),
                                    today=TODAY)  # fmt: skip
    assert (len(plan.entries), plan.entries_existing) == (1, 2)
    sheet_import.run_import(db, plan, today=TODAY)
    assert balances(db) == {"Ana": 1500}


def test_reversed_rows_and_reversals_of_an_export_are_left_out_and_discounts_come_in(db, tmp_path):
    ana = customers.add_customer(db, customers.CustomerInput(name="Ana")).id
    ledger.record_sale(db, ana, 5000, on=date(2026, 11, 3), today=TODAY)
    wrong = ledger.record_sale(db, ana, 4330, on=date(2026, 11, 4), today=TODAY).id
    ledger.reverse_entry(db, wrong, reason="em dobro", today=TODAY)
    ledger.record_discount(db, ana, 500, reason="avariado", on=date(2026, 11, 5), today=TODAY)
    book = sheet_export.export_books(db, tmp_path / "livro.xlsx").files[0]
    other = open_other(tmp_path)
    plan = sheet_import.plan_import(other, book, sheet="Lançamentos", today=TODAY)
    assert plan.problems == [] and len(plan.entries) == 2  # the sale and the discount
    assert any("estornado" in n.reason.lower() for n in plan.notes)
    assert any("Colunas que não são importadas" in n.reason for n in plan.notes)
    sheet_import.run_import(other, plan, today=TODAY)
    assert balances(other) == {"Ana": 4500} == balances(db)
    other.close()


def test_two_rows_with_one_phone_are_refused_naming_the_first(db, tmp_path):
    rows = [["Nome", "Telefone", "Saldo"], ["Maria Família", "11966665555", "10"],
            ["José Família", "11966665555", "20"]]  # fmt: skip
    plan = sheet_import.plan_import(db, write_csv(tmp_path / "f.csv", rows), today=TODAY)
    (problem,) = plan.problems
    assert (problem.line, problem.column) == (3, "Telefone")
    assert "mesmo telefone da linha 2 (Maria Família)" in problem.reason


def test_messages_name_the_sheets_own_headers_in_plain_portuguese(db, tmp_path):
    rows = [["Dt. venda", "Nome do cliente", "Valor (R$)", "Vencto"],
            ["31/02/2026", "Ana", "10", ""], ["05/11/2026", "", "10", ""],
            ["05/11/2026", "Ana", "dez", ""], ["05/11/2026", "Ana", "10", "01/01/1999"]]  # fmt: skip
    plan = sheet_import.plan_import(db, write_csv(tmp_path / "m.csv", rows), today=TODAY)
    got = [(p.column, p.reason) for p in plan.problems]
    assert got[0] == ("Dt. venda", "Data inválida: “31/02/2026” não existe no calendário.")
    assert got[1][0] == "Nome do cliente"
    assert got[2] == ("Valor (R$)", "Valor: “dez” não é um valor. Use, por exemplo, 12,50 ou "
                      "1.234,56.")  # fmt: skip
    assert got[3][0] == "Vencto" and "1999" in got[3][1] and "dd/mm/aaaa" not in got[3][1]


def test_undone_then_imported_again_brings_the_customers_and_balances_back(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", NOTEBOOK)
    first = sheet_import.run_import(db, sheet_import.plan_import(db, path, today=TODAY),
                                    today=TODAY)  # fmt: skip
    sheet_import.undo_import(db, first.batch_id, today=TODAY)
    again = sheet_import.plan_import(db, path, today=TODAY)
    assert (len(again.new_customers), again.customers_matched, len(again.reactivated)) == (0, 3, 3)
    sheet_import.run_import(db, again, today=TODAY)
    assert balances(db) == {"José da Conceição": 123456, "Maria Antônia": 4500,
                            "João Sem Saldo": 0}  # fmt: skip
