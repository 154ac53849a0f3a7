"""Receipts say what a payment settled; statements show the running balance and the open total."""

from __future__ import annotations

from datetime import date

import pytest

from fiado_app.documents.receipt_pdf import render_receipt
from fiado_app.documents.statement_pdf import render_statement
from fiado_app.documents.statement_text import statement_whatsapp_text
from fiado_app.domain.errors import InvalidInput
from fiado_app.services.ledger import reverse_entry
from fiado_app.services.receipts import receipt_data
from fiado_app.services.statement_doc import statement_data

from .conftest import AS_OF, ODD_NAME, add, pay, pdf_text, sale


def test_a_payment_settles_the_oldest_due_sale_first(db, shop) -> None:
    pid = pay(db, shop.many, 2_500, date(2026, 11, 20))
    settlement = receipt_data(db, pid).settlement
    parts = [(sale.description, sale.paid_cents, part) for sale, part in settlement.settles]
    assert parts == [("Compra 1", 0, 1_000), ("Compra 2", 0, 1_037), ("Compra 3", 0, 463)]
    assert settlement.balance_before_cents == 68_860
    assert settlement.remaining_cents == 68_860 - 2_500


def test_earlier_payments_are_replayed_before_this_one(db, shop) -> None:
    # Ana: sales of 120,50 and 45,90; an earlier payment of 20,50 went to the first sale.
    pid = pay(db, shop.ana, 11_000, date(2026, 11, 20))
    s = receipt_data(db, pid).settlement
    assert [(sale.paid_cents, part) for sale, part in s.settles] == [(2_050, 10_000), (0, 1_000)]
    assert s.remaining_cents == 14_590 - 11_000


def test_a_later_payment_does_not_change_an_earlier_receipt(db, shop) -> None:
    first = pay(db, shop.bar, 10_000, date(2026, 11, 1))
    pay(db, shop.bar, 5_000, date(2026, 11, 10))
    s = receipt_data(db, first).settlement
    assert s.remaining_cents == 20_000
    assert s.settles[0][0].paid_cents == 0


def test_overpayment_shows_the_credit(db, shop) -> None:
    cid = add(db, "Rita")
    sale(db, cid, 1_000, date(2026, 11, 1))
    from fiado_app.services.ledger import record_payment

    pid = record_payment(db, cid, 1_500, on=AS_OF, allow_credit=True, today=AS_OF).id
    s = receipt_data(db, pid).settlement
    assert (s.remaining_cents, s.excess_cents) == (0, 500)


def test_receipts_have_a_gap_free_sequence_of_their_own(db, shop) -> None:
    first = pay(db, shop.ana, 1_000, date(2026, 11, 20))
    second = pay(db, shop.ana, 500, date(2026, 11, 21))
    assert second - first >= 1  # entry ids
    assert receipt_data(db, second).number == 1  # numbered in the order they are issued
    assert receipt_data(db, first).number == 2
    assert receipt_data(db, second).number == 1  # issued again: the same number
    bounced = pay(db, shop.ana, 300, date(2026, 11, 22))
    reverse_entry(db, bounced, reason="Pix devolvido", today=AS_OF)
    with pytest.raises(InvalidInput, match="estornado"):
        receipt_data(db, bounced)  # refused before a number is taken: no gap
    assert receipt_data(db, pay(db, shop.ana, 200, date(2026, 11, 22))).number == 3


def test_receipt_prints_number_amount_in_words_and_remaining(db, shop) -> None:
    pid = pay(db, shop.ana, 12_345, date(2026, 11, 20))
    text = " ".join(" ".join(pdf_text(render_receipt(receipt_data(db, pid)))).split())
    assert "Recibo nº 000001" in text  # the first receipt of the shop, whatever the entry id
    assert "R$ 123,45 (cento e vinte e três reais e quarenta e cinco centavos)" in text
    assert "Ana Paula Souza (CPF ***.982.247-**)" in text
    assert "Quitada" in text
    assert "Saldo restante após este pagamento R$ 22,45" in text
    assert "CNPJ 11.222.333/0001-81" in text and "Rua das Flores, 123" in text
    assert "São Paulo, 20 de novembro de 2026" in text


def test_receipt_refused_for_a_sale_a_missing_id_and_a_reversed_payment(db, shop) -> None:
    sale_id = sale(db, shop.ana, 1_000, date(2026, 11, 1))
    with pytest.raises(InvalidInput, match="não é um pagamento"):
        receipt_data(db, sale_id)
    with pytest.raises(InvalidInput, match="não encontrado"):
        receipt_data(db, 99_999)
    pid = pay(db, shop.ana, 1_000, date(2026, 11, 2))
    reverse_entry(db, pid, reason="engano", today=AS_OF)
    with pytest.raises(InvalidInput, match="estornado"):
        receipt_data(db, pid)


def test_statement_pdf_has_opening_running_balance_reversals_and_open_total(db, shop) -> None:
    wrong = pay(db, shop.ana, 1_000, date(2026, 11, 21))
    reverse_entry(db, wrong, reason="Pix devolvido", effective=date(2026, 11, 22), today=AS_OF)
    data = statement_data(db, shop.ana, date(2026, 10, 1), None, AS_OF)
    pages = pdf_text(render_statement(data))
    text = " ".join(" ".join(pages).split())
    assert "Período: de 01/10/2026 a 23/11/2026" in text
    assert "Saldo anterior R$ 120,50" in text
    assert "Venda: Pão e leite R$ 45,90 R$ 166,40" in text
    assert "(estornado em" in text and "22/11/2026)" in text
    assert f"Estorno do lançamento nº {wrong}:" in text and "devolvido" in text
    assert "Total em aberto em 23/11/2026 R$ 145,90" in text
    assert "***.982.247-**" in text
    assert all("CNPJ 11.222.333/0001-81" in page for page in pages)


def test_statement_text_for_whatsapp_is_short_and_leaves_out_cancelled_pairs(db, shop) -> None:
    wrong = pay(db, shop.ana, 1_000, date(2026, 11, 21))
    reverse_entry(db, wrong, reason="Pix devolvido", effective=date(2026, 11, 22), today=AS_OF)
    data = statement_data(db, shop.ana, date(2026, 10, 1), None, AS_OF)
    text = statement_whatsapp_text(data).replace("\u00a0", " ")
    assert text.startswith("Olá, Ana! Segue o seu extrato na Mercadinho Boa Vista")
    assert "Saldo anterior: R$ 120,50" in text
    assert "Estorno" not in text and "R$ 10,00" not in text
    assert "*Total em aberto: R$ 145,90*" in text
    many = statement_whatsapp_text(statement_data(db, shop.many, None, None, AS_OF))
    assert "(mais 28 lançamentos anteriores no extrato completo)" in many
    assert len(many) < 800


def test_statement_of_the_odd_name_and_an_inverted_period(db, shop) -> None:
    pages = pdf_text(render_statement(statement_data(db, shop.bar, None, None, AS_OF)))
    assert ODD_NAME in pages[0]
    with pytest.raises(InvalidInput, match="invertido"):
        statement_data(db, shop.bar, AS_OF, date(2026, 1, 1), AS_OF)


def test_big_amounts_never_run_into_the_next_column(db, shop) -> None:
    """R$ 12.345,67 in every money column, a part-paid sale ("Resta R$ …"): every plain-text
    cell of the receipt's and the statement's tables fits inside its column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from fiado_app.documents.fonts import BOLD, REGULAR
    from fiado_app.documents.parts import purchases_table
    from fiado_app.documents.receipt_pdf import _settled_table

    cid = add(db, "Construtora")
    sale(db, cid, 1_234_567, date(2026, 11, 1))
    sale(db, cid, 987_654, date(2026, 11, 2))
    data = receipt_data(db, pay(db, cid, 1_500_000, date(2026, 11, 20)))
    receipt = _settled_table(data)
    statement = purchases_table([s for s, _part in data.settlement.settles])
    for table in (receipt, statement):
        for row_index, row in enumerate(table._cellvalues):
            font = BOLD if row_index == 0 else REGULAR
            for value, width in zip(row, table._colWidths, strict=True):
                if isinstance(value, str):
                    for line in value.split("\n"):
                        assert stringWidth(line, font, 8.5) + 6 <= width, (line, width)
    rest = [r[-1].replace("\xa0", " ") for r in receipt._cellvalues if r[-1].startswith("Resta")]
    assert rest == ["Resta\nR$ 7.222,21"]
