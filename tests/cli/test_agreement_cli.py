"""`fiado agreement`, `agreements`, `agreement-break`, `carne`, `agreement-term` and undoing
an agreement with `fiado reverse`."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.conftest import dump

SHOP = [
    "shop", "set", "--name", "Mercadinho Boa Vista", "--document", "11.222.333/0001-81",
    "--address", "Rua das Flores", "--number", "120", "--city", "Recife", "--uf", "PE",
    "--pix-key", "loja@boavista.com.br",
]  # fmt: skip


def shop_with_maria(run) -> None:
    assert run(*SHOP)[0] == 0
    assert run("customer", "add", "Maria Souza", "--phone", "81999990000")[0] == 0
    assert run("sale", "Maria", "60,00", "--date", "2026-09-01", "--due", "2026-10-01")[0] == 0
    assert run("sale", "Maria", "40,00", "--date", "2026-10-01", "--due", "2026-11-01")[0] == 0


def test_an_agreement_from_the_command_line(run, tmp_path):
    shop_with_maria(run)
    status, out, _ = run(
        "agreement", "Maria", "--installments", "3", "--down-payment", "10",
        "--method", "pix", "--first-due", "2027-01-10", "--json",
    )  # fmt: skip
    assert status == 0
    made = json.loads(out)
    assert made["total_cents"] == 10000 and made["down_payment_cents"] == 1000
    assert made["discount_cents"] == 0 and made["customer_id"] == 1
    assert [(i["number"], i["due"], i["amount_cents"]) for i in made["installments"]] == [
        (1, "2027-01-10", 3000),
        (2, "2027-02-10", 3000),
        (3, "2027-03-10", 3000),
    ]
    status, out, _ = run("agreements", "Maria", "--as-of", "2027-02-15", "--json")
    listed = json.loads(out)
    assert status == 0 and listed[0]["status"] == "atrasado"
    assert [i["status"] for i in listed[0]["installments"]] == ["atrasada", "atrasada", "a_vencer"]
    assert {"paid_cents", "open_cents"} <= set(listed[0]["installments"][0])
    carne, term = tmp_path / "carne.pdf", tmp_path / "termo.pdf"
    assert run("carne", str(made["id"]), "-o", str(carne))[0] == 0
    assert run("agreement-term", str(made["id"]), "-o", str(term))[0] == 0
    assert carne.read_bytes().startswith(b"%PDF") and term.read_bytes().startswith(b"%PDF")
    status, out, _ = run("agreement-text", str(made["id"]))
    assert status == 0 and "Próxima parcela: 1ª" in out and "ACORDO1P1" in out
    # Undone like any entry: the sales are back.
    status, out, _ = run("reverse", str(made["entry_id"]), "--reason", "cliente errado")
    assert status == 0
    status, out, _ = run("receivables", "--as-of", "2026-12-01", "--json")
    assert json.loads(out)["totals"]["open_cents"] == 10000


def test_every_fifteen_days_by_default_one_period_after(run):
    shop_with_maria(run)
    today = date.today()
    status, out, _ = run("agreement", "Maria", "--installments", "2", "--every", "15", "--json")
    assert status == 0
    dues = [i["due"] for i in json.loads(out)["installments"]]
    assert dues == [(today + timedelta(days=15)).isoformat(), (today + timedelta(30)).isoformat()]


def test_bad_agreements_are_refused_with_one_line_and_nothing_written(run):
    shop_with_maria(run)
    assert run("customer", "add", "Zé Sem Conta")[0] == 0
    before = dump(run.path)
    for args, words in [
        (["Maria", "--installments", "0"], "parcelas"),
        (["Maria", "--installments", "2", "--down-payment", "150"], "entrada"),
        (["Zé", "--installments", "2"], "não tem compras"),
        (["Maria", "--installments", "2", "--first-due", "2020-01-01"], "antes do acordo"),
        (["Maria", "--installments", "2", "--every", "semana"], "Periodicidade"),
        (["Maria", "--installments", "2", "--discount", "5"], "motivo"),
        (["Maria", "--installments", "dois"], "inválido"),
    ]:
        status, out, err = run("agreement", *args)
        assert status == 2, args
        assert words in err and len(err.strip().splitlines()) <= 2, (args, err)
    assert dump(run.path) == before


def test_breaking_an_agreement_on_the_command_line(run):
    shop_with_maria(run)
    status, out, _ = run(
        "agreement", "Maria", "--installments", "3", "--date", "2026-12-01",
        "--first-due", "2026-12-05", "--break-days", "10", "--json",
    )  # fmt: skip
    made = json.loads(out)
    status, out, _ = run("agreement-break", str(made["id"]), "--json")
    late = date.today() > date(2026, 12, 5)
    if not late:  # an agreement on time cannot be broken
        assert status == 2
        return
    assert status == 0 and json.loads(out)["status"] == "rompido"
