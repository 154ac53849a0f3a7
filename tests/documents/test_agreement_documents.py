"""The carnê and the term of an agreement: every QR code scans to the payload printed beside
it, and the term carries what the law and the customer need."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from fiado_app.domain.money import format_brl
from fiado_app.domain.pix import parse_pix_payload
from fiado_app.services import agreements, customers, printing

from .conftest import pdf_text, sale

TODAY = date(2026, 12, 1)


@pytest.fixture
def agreement(db, shop):
    c = customers.add_customer(
        db,
        customers.CustomerInput(
            name="Joana Ferreira Lima", phone="(11) 97777-6666", document="111.444.777-35",
            street="Rua Augusta", number="10", city="São Paulo", uf="SP",
        ),
    )  # fmt: skip
    sale(db, c.id, 123_456, date(2026, 10, 1))
    return agreements.make_agreement(
        db,
        c.id,
        7,
        down_payment_cents=10_000,
        discount_cents=3_456,
        reason="pagamento em dia da entrada",
        first_due=date(2027, 1, 5),
        today=TODAY,
    )


@pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)",
)
def test_every_qr_code_on_the_carne_scans_to_its_instalment(db, agreement, tmp_path):
    pdf = printing.carne(db, agreement.id, TODAY)
    path = tmp_path / "carne.pdf"
    path.write_bytes(pdf)
    pages = pdf_text(pdf)
    assert len(pages) == 3  # seven slips, three a page
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(path), str(tmp_path / "p")], check=True)
    scanned = []
    for page in sorted(tmp_path.glob("p*.png")):
        out = subprocess.run(
            ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, check=True
        ).stdout
        scanned += [line for line in out.splitlines() if line]
    by_txid = {parse_pix_payload(p)["62"][4:]: parse_pix_payload(p) for p in scanned}
    assert sorted(by_txid) == sorted(f"ACORDO{agreement.id}P{n}" for n in range(1, 8))
    # The copia e cola as drawn (in drawing order: the stub beside it is drawn before it).
    reader = PdfReader(io.BytesIO(pdf))
    printed = "".join("".join(page.extract_text() for page in reader.pages).split())
    for item in agreement.installments:
        fields = by_txid[f"ACORDO{agreement.id}P{item.number}"]
        assert fields["54"] == f"{item.amount_cents // 100}.{item.amount_cents % 100:02d}"
    for payload in scanned:
        assert "".join(payload.split()) in printed  # the copia e cola beside it is the same code
    text = " ".join(pages)
    assert "Parcela 1 de 7" in text and "Parcela 7 de 7" in text
    assert "CNPJ" in text  # the shop's identification on every slip (CDC art. 42-A)


def test_the_term_names_both_parties_the_debt_and_the_signatures(db, agreement):
    text = " ".join(pdf_text(printing.agreement_term(db, agreement.id, TODAY)))
    for expected in [
        "TERMO DE ACORDO E CONFISSÃO DE DÍVIDA",
        "Joana Ferreira Lima",
        "CPF 111.444.777-35",
        "R$ 1.234,56",  # what was owed
        "abatimento de R$ 34,56",
        "entrada de R$ 100,00",
        "R$ 1.100,00",  # the instalments
        "art. 784, III",
        "art. 202, VI",
        "Testemunha 1",
        "Testemunha 2",
    ]:
        assert expected in text, expected
    assert "Não há multa nem juros por atraso." in text  # the shop set none


def test_the_summary_text_gives_the_schedule_and_the_next_pix(db, agreement):
    text = printing.agreement_text(db, agreement.id, TODAY)
    first = agreement.installments[0]
    assert first.amount_cents == 15716  # R$ 1.100,00 in 7: the 2 leftover centavos first
    assert "acordo nº" in text and f"1ª: {format_brl(first.amount_cents)}" in text
    assert "e mais 4 parcelas" in text
    assert f"ACORDO{agreement.id}P1" in text
