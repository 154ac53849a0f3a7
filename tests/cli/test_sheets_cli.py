"""`fiado import`, `import-undo`, `export`, `customer export` and `customer anonymise`: the
owner's story from the old notebook to a customer's erasure."""

import json
import sqlite3

from openpyxl import load_workbook

from tests.services.test_sheets import NOTEBOOK, write_csv


def test_the_old_notebook_comes_in_goes_out_and_a_customer_is_erased(run, tmp_path):
    path = write_csv(tmp_path / "caderneta.csv", NOTEBOOK)
    status, out, _ = run("import", str(path), "--dry-run", "--json")
    dry = json.loads(out)
    assert status == 0 and dry["dry_run"] is True and dry["batch_id"] is None
    assert (dry["customers_added"], dry["entries_added"], dry["skipped"]) == (3, 2, [])
    status, out, _ = run("import", str(path), "--json")
    done = json.loads(out)
    assert status == 0 and done["batch_id"] and done["customers_added"] == 3
    status, out, err = run("import", str(path), "--json")
    assert status == 0 and json.loads(out)["entries_added"] == 0 and "já foi importado" in err
    status, out, _ = run("export", "-o", str(tmp_path / "livro.xlsx"))
    assert status == 0
    names = [c.value for c in load_workbook(tmp_path / "livro.xlsx")["Clientes"]["B"]][1:]
    assert "José da Conceição" in names
    # José asks for his data, then to be forgotten; he still owes, so it takes --force.
    assert run("customer", "export", "José da Conceição", "-o", str(tmp_path / "jose.json"))[0] == 0
    data = json.loads((tmp_path / "jose.json").read_text("utf-8"))
    assert data["cliente"]["cpf_cnpj"] == "52998224725" and len(data["lancamentos"]) == 1
    status, _, err = run("customer", "export", "José da Conceição", "-o", str(tmp_path / "j.pdf"))
    assert status == 2 and "loja" in err  # the document names who holds the data
    run("shop", "set", "--name", "Mercadinho Boa Vista", "--document", "11.222.333/0001-81")
    assert run("customer", "export", "José da Conceição", "-o", str(tmp_path / "jose.pdf"))[0] == 0
    assert (tmp_path / "jose.pdf").read_bytes().startswith(b"%PDF")
    status, _, err = run("customer", "anonymise", "José da Conceição", "--reason", "pediu")
    assert status == 2 and "ainda deve R$\xa01.234,56" in err
    status, out, _ = run("customer", "anonymise", "José da Conceição", "--reason", "pediu",
                         "--force")  # fmt: skip
    assert status == 0 and "Cliente anonimizado nº" in out
    conn = sqlite3.connect(run.path)
    assert conn.execute("SELECT SUM(amount_cents) FROM entry").fetchone()[0] == 123456 + 4500
    conn.close()
    raw = b"".join(p.read_bytes() for p in run.path.parent.glob("loja.sqlite3*"))
    for old in ("Conceição".encode(), b"5511987654321", b"52998224725", b"Vizinho"):
        assert old not in raw, old
    status, out, _ = run("import-undo", str(done["batch_id"]))
    assert status == 0 and "desfeita" in out


def test_a_sheet_with_bad_rows_writes_nothing_and_exits_2(run, tmp_path):
    rows = [["data", "cliente", "valor"], ["05/11/2026", "Ana", "10"], ["05/11/2026", "Ana", "x"]]
    path = write_csv(tmp_path / "l.csv", rows)
    status, out, err = run("import", str(path), "--json")
    assert status == 2 and "linha 3, coluna valor" in err
    assert json.loads(out)["skipped"][0] == {
        "line": 3,
        "column": "valor",
        "reason": json.loads(out)["skipped"][0]["reason"],
    }
    assert run("customer", "list", "--json")[1].strip() == "[]"
    status, out, _ = run("import", str(path), "--skip-bad", "--json")
    assert status == 0 and json.loads(out)["entries_added"] == 1
    assert run("import", str(tmp_path / "nada.xlsx"))[0] == 2
