# ruff: noqa: F811 - the document fixtures (db, shop) come from tests/documents/conftest.py
"""`fiado letter/letters/receipt/statement --pdf` from the command line."""

from __future__ import annotations

from datetime import date

from fiado_app.cli import main
from tests.documents.conftest import db, pay, pdf_text, sale, shop  # noqa: F401 - fixtures


def run(db, *args: str) -> int:
    return main(["--db", str(db.path), *args])


def test_letter_letters_receipt_and_statement(db, shop, tmp_path, capsys) -> None:
    out = tmp_path / "carta.pdf"
    assert run(db, "letter", str(shop.ana), "--as-of", "23/11/2026", "-o", str(out)) == 0
    assert "Carta de cobrança" in pdf_text(out.read_bytes())[0]
    batch = tmp_path / "cartas.pdf"
    assert run(db, "letters", "--as-of", "23/11/2026", "--stage", "carta", "-o", str(batch)) == 0
    assert "1 carta (" in capsys.readouterr().out
    pid = pay(db, shop.ana, 1_000, date(2026, 11, 20))
    receipt = tmp_path / "recibo.pdf"
    assert run(db, "receipt", str(pid), "-o", str(receipt)) == 0
    assert "Recibo nº 000001" in pdf_text(receipt.read_bytes())[0]  # its own sequence
    st = tmp_path / "extrato.pdf"
    assert run(db, "statement", str(shop.ana), "--from", "01/10/2026", "--pdf", str(st)) == 0
    assert "Extrato de conta" in pdf_text(st.read_bytes())[0]


def test_clear_errors_exit_2(db, shop, tmp_path, capsys) -> None:
    out = str(tmp_path / "x.pdf")
    assert run(db, "letter", str(shop.paid), "--stage", "carta", "-o", out) == 2
    assert "não tem compras em aberto" in capsys.readouterr().err
    sale_id = sale(db, shop.ana, 100, date(2026, 11, 20))
    assert run(db, "receipt", str(sale_id), "-o", out) == 2
    assert "não é um pagamento" in capsys.readouterr().err
    missing = str(tmp_path / "nope" / "x.pdf")
    assert run(db, "letter", str(shop.ana), "--as-of", "23/11/2026", "-o", missing) == 2
    assert "não existe" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
