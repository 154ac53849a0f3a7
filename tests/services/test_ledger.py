"""The owner's story at the counter: sales on credit, payments, corrections."""

from datetime import date

import pytest

from fiado_app.domain.errors import InvalidInput
from fiado_app.services import ledger
from fiado_app.services.ledger import CreditLimitExceeded, PaymentExceedsBalance
from fiado_app.services.shop import update_shop
from fiado_app.services.statement import statement
from tests.conftest import TODAY

D = date


def sale(db, cid, cents, on, due=None, **kw):
    return ledger.record_sale(db, cid, cents, on=on, due=due, today=TODAY, **kw)


def pay(db, cid, cents, on=TODAY, **kw):
    return ledger.record_payment(db, cid, cents, on=on, today=TODAY, **kw)


def test_three_sales_of_ten_cents_settled_by_thirty_cents_leave_exactly_zero(db, customer):
    c = customer()
    for day in (1, 2, 3):
        sale(db, c.id, 10, D(2026, 3, day))
    pay(db, c.id, 30)
    assert ledger.customer_balance(db, c.id) == 0
    assert ledger.open_sales(db, c.id) == []


def test_a_payment_settles_the_oldest_due_sale_first(db, customer):
    c = customer()
    late = sale(db, c.id, 3000, D(2026, 3, 1), due=D(2026, 3, 20))
    early = sale(db, c.id, 2000, D(2026, 3, 5), due=D(2026, 3, 10))
    pay(db, c.id, 2500)
    open_ = ledger.open_sales(db, c.id)
    assert [(s.entry_id, s.open_cents) for s in open_] == [(late.id, 2500)]
    assert early.id not in [s.entry_id for s in open_]


def test_a_partial_payment_leaves_the_rest_open(db, customer):
    c = customer()
    s = sale(db, c.id, 5000, D(2026, 3, 1))
    pay(db, c.id, 1250)
    [open_sale] = ledger.open_sales(db, c.id)
    assert (open_sale.entry_id, open_sale.paid_cents, open_sale.open_cents) == (s.id, 1250, 3750)
    preview = ledger.preview_payment(db, c.id, 1000)
    assert preview.remaining_cents == 2750 and preview.excess_cents == 0


def test_a_payment_above_the_balance_is_refused_with_the_balance(db, customer):
    c = customer()
    sale(db, c.id, 4550, D(2026, 3, 1))
    with pytest.raises(PaymentExceedsBalance, match=r"R\$\xa045,50"):
        pay(db, c.id, 5000)
    assert ledger.customer_balance(db, c.id) == 4550


def test_the_credit_option_keeps_the_excess_for_the_next_sale(db, customer):
    c = customer()
    sale(db, c.id, 4000, D(2026, 3, 1))
    pay(db, c.id, 5000, allow_credit=True)
    assert ledger.customer_balance(db, c.id) == -1000
    s = sale(db, c.id, 2500, D(2026, 3, 10))
    assert ledger.customer_balance(db, c.id) == 1500
    [open_sale] = ledger.open_sales(db, c.id)
    assert (open_sale.entry_id, open_sale.open_cents) == (s.id, 1500)


def test_a_reversal_keeps_the_original_visible_and_cannot_be_repeated(db, customer):
    c = customer()
    wrong = sale(db, c.id, 9900, D(2026, 3, 1))
    sale(db, c.id, 990, D(2026, 3, 1))
    reversal = ledger.reverse_entry(db, wrong.id, reason="Valor digitado errado", today=TODAY)
    assert ledger.customer_balance(db, c.id) == 990
    original = ledger.get_entry(db, wrong.id)
    assert original.is_reversed and original.reversed_by_id == reversal.id
    lines = statement(db, c.id).lines
    assert [line.entry.id for line in lines] == [wrong.id, wrong.id + 1, reversal.id]
    assert lines[-1].balance_cents == 990
    with pytest.raises(InvalidInput, match="já foi estornado"):
        ledger.reverse_entry(db, wrong.id, reason="de novo")
    with pytest.raises(InvalidInput, match="já é um estorno"):
        ledger.reverse_entry(db, reversal.id, reason="desfazer")
    with pytest.raises(InvalidInput, match="motivo"):
        ledger.reverse_entry(db, wrong.id + 1, reason="  ")


def test_reversing_a_payment_reopens_the_sale(db, customer):
    c = customer()
    sale(db, c.id, 2000, D(2026, 3, 1))
    p = pay(db, c.id, 2000)
    ledger.reverse_entry(db, p.id, reason="Pix não caiu", effective=TODAY, today=TODAY)
    assert ledger.customer_balance(db, c.id) == 2000


def test_a_discount_is_its_own_entry_with_a_reason(db, customer):
    c = customer()
    sale(db, c.id, 1099, D(2026, 3, 1))
    d = ledger.record_discount(db, c.id, 99, reason="Arredondamento", on=TODAY, today=TODAY)
    assert (d.kind, d.reason) == ("discount", "Arredondamento")
    assert ledger.customer_balance(db, c.id) == 1000
    with pytest.raises(InvalidInput, match="motivo"):
        ledger.record_discount(db, c.id, 10, reason="", today=TODAY)
    with pytest.raises(InvalidInput, match="maior que o saldo"):
        ledger.record_discount(db, c.id, 5000, reason="perdão", today=TODAY)


def test_credit_limit_refuses_a_sale_unless_overridden_with_a_reason(db, customer):
    c = customer(credit_limit="100")
    sale(db, c.id, 8000, D(2026, 3, 1))
    with pytest.raises(CreditLimitExceeded, match=r"limite de crédito de R\$\xa0100,00"):
        sale(db, c.id, 3000, D(2026, 3, 2))
    assert ledger.customer_balance(db, c.id) == 8000
    s = sale(db, c.id, 3000, D(2026, 3, 2), override_reason="Cliente de confiança")
    assert ledger.get_entry(db, s.id).reason == "Cliente de confiança"


def test_due_date_follows_the_shop_terms(db, customer):
    c = customer()
    assert sale(db, c.id, 100, D(2026, 1, 20)).due_date == D(2026, 2, 19)
    update_shop(db, terms_day_of_month=31)
    assert sale(db, c.id, 100, D(2026, 1, 20)).due_date == D(2026, 2, 28)
    update_shop(db, terms_days=7)
    assert sale(db, c.id, 100, D(2026, 1, 20)).due_date == D(2026, 1, 27)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"on": D(2026, 3, 16)}, "no futuro"),
        ({"on": D(2026, 3, 10), "due": D(2026, 3, 9)}, "antes da venda"),
    ],
)
def test_impossible_sales_are_refused(db, customer, kwargs, message):
    c = customer()
    with pytest.raises(InvalidInput, match=message):
        ledger.record_sale(db, c.id, 100, today=TODAY, **kwargs)
    with pytest.raises(InvalidInput):
        ledger.record_sale(db, c.id, 0, today=TODAY)


def test_unknown_payment_method_is_refused(db, customer):
    c = customer()
    sale(db, c.id, 100, D(2026, 3, 1))
    with pytest.raises(InvalidInput, match="Forma de pagamento"):
        pay(db, c.id, 100, method="cheque")


def test_a_mistake_and_its_reversal_leave_every_balance_between_them_as_it_really_was(db, customer):
    """Maria: a sale of 12,50, a payment of 5,00 typed by mistake, a real payment of 12,50
    that same day, then the mistake reversed. Every line's balance is what she really owed:
    12,50, 12,50 (the mistake never counted), 0,00, 0,00; never 0 -> 5 -> -7,50."""
    c = customer()
    day = date(2026, 3, 2)
    ledger.record_sale(db, c.id, 1250, on=day, today=day)
    wrong = ledger.record_payment(db, c.id, 500, on=day, today=day)
    ledger.record_payment(db, c.id, 1250, on=day, today=day, allow_credit=True)
    ledger.reverse_entry(db, wrong.id, reason="lançado por engano", today=day)
    lines = statement(db, c.id).lines
    assert [line.balance_cents for line in lines] == [1250, 1250, 0, 0]
    assert [line.delta_cents for line in lines] == [1250, -500, -1250, 500]  # amounts shown
    assert [line.counted_cents for line in lines] == [1250, 0, -1250, 0]


def test_a_bounced_payment_counts_until_the_day_it_bounced(db, customer):
    c = customer()
    ledger.record_sale(db, c.id, 10_000, on=date(2026, 3, 1), today=date(2026, 3, 1))
    pix = ledger.record_payment(db, c.id, 4_000, on=date(2026, 3, 2), today=date(2026, 3, 2))
    today = date(2026, 3, 20)
    ledger.reverse_entry(
        db, pix.id, reason="Pix devolvido", effective=date(2026, 3, 10), today=today
    )
    assert [line.balance_cents for line in statement(db, c.id).lines] == [10_000, 6_000, 10_000]
