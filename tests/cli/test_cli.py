"""The command line: happy paths, exact JSON shapes, refusals that write nothing."""

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import dump

ROOT = Path(__file__).parent.parent.parent


@pytest.fixture
def shop(run):
    assert run("customer", "add", "Maria Aparecida", "--phone", "(19) 98765-4321")[0] == 0
    assert run("customer", "add", "José da Silva", "--cpf", "529.982.247-25")[0] == 0
    return run


def test_customer_add_and_list_json(shop):
    status, out, _ = shop("customer", "list", "--json")
    assert status == 0
    rows = json.loads(out)
    assert [(r["id"], r["name"], r["phone"]) for r in rows] == [
        (2, "José da Silva", None),
        (1, "Maria Aparecida", "+5519987654321"),
    ]


def test_sale_pay_json_and_receivables_json_shapes(shop):
    old = (date.today() - timedelta(days=40)).strftime("%d/%m/%Y")
    status, out, _ = shop("sale", "maria", "12,50", "--date", old, "--description", "pão", "--json")
    assert status == 0
    sale = json.loads(out)
    assert sale["id"] == 1 and sale["amount_cents"] == 1250 and sale["kind"] == "sale"
    assert shop("sale", "jose", "R$ 1.234,56", "--json")[0] == 0
    status, out, _ = shop("pay", "MARIA", "2.50", "--method", "pix", "--json")
    pay = json.loads(out)
    assert (
        status == 0 and pay["id"] == 3 and pay["method"] == "pix" and pay["balance_cents"] == 1000
    )
    status, out, _ = shop("receivables", "--json")
    report = json.loads(out)
    assert set(report) == {"as_of", "customers", "totals"}
    assert report["as_of"] == date.today().isoformat()
    keys = {
        "id",
        "name",
        "open_cents",
        "overdue_cents",
        "oldest_due",
        "days_overdue",
        "bucket",
        "last_payment",
    }
    assert all(set(row) == keys for row in report["customers"])
    maria = next(r for r in report["customers"] if r["id"] == 1)
    assert maria["open_cents"] == 1000 and maria["overdue_cents"] == 1000
    assert maria["days_overdue"] == 10 and maria["bucket"] == "1-30"
    assert maria["last_payment"] == date.today().isoformat()
    assert report["totals"] == {
        "open_cents": 1000 + 123456,
        "overdue_cents": 1000,
        "customers_overdue": 1,
        "credit_cents": 0,
    }


def test_receivables_as_of_a_past_date_and_text_output(shop):
    assert shop("sale", "1", "10", "--date", "01/02/2025", "--due", "2025-02-10")[0] == 0
    status, out, _ = shop("receivables", "--as-of", "2025-03-01", "--json")
    [row] = json.loads(out)["customers"]
    assert (row["oldest_due"], row["days_overdue"]) == ("2025-02-10", 19)
    status, out, _ = shop("receivables")
    assert status == 0 and "Maria Aparecida" in out and "R$\u00a010,00" in out


def test_statement_and_reverse(shop):
    shop("sale", "maria", "30")
    status, out, _ = shop("reverse", "1", "--reason", "lançado em dobro")
    assert status == 0 and "estornado" in out
    status, out, _ = shop("statement", "maria", "--json")
    st = json.loads(out)
    assert [e["reversed"] for e in st["entries"]] == [True, False]
    assert st["balance_cents"] == 0
    status, out, _ = shop("statement", "maria")
    assert "(estornado)" in out


def test_shop_set_and_show(run):
    status, out, _ = run(
        "shop",
        "set",
        "--name",
        "Mercadinho São João",
        "--document",
        "48.276.519/0001-23",
        "--uf",
        "sp",
        "--terms-day-of-month",
        "10",
    )
    assert status == 0
    assert "Mercadinho São João" in out and "48.276.519/0001-23" in out
    assert "todo dia 10" in run("shop", "show")[1]


@pytest.mark.parametrize(
    "args",
    [
        ("sale", "maria", "0"),
        ("sale", "maria", "-5"),
        ("sale", "maria", "doze"),
        ("sale", "maria", "10", "--date", "31/02/2026"),
        ("sale", "ninguém", "10"),
        ("sale", "a", "10"),  # ambiguous: matches both customers
        ("pay", "maria", "10"),  # above the balance of zero
        ("pay", "maria", "10", "--method", "cheque"),
        ("reverse", "99", "--reason", "x"),
        ("customer", "add", "Outra", "--phone", "19987654321"),
        ("customer", "add", "Outro", "--cpf", "111.111.111-11"),
        ("customer", "add", "  "),
        ("shop", "set", "--fine", "5"),
        ("receivables", "--as-of", "ontem"),
        ("demo", "--customers", "5"),  # the database already has customers
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(shop, args):
    before = dump(shop.path)
    status, out, err = shop(*args)
    assert status == 2
    assert err.startswith("Erro: ") and err.count("\n") == 1, err
    assert dump(shop.path) == before


def test_ambiguous_name_lists_candidates(shop):
    _status, _out, err = shop("sale", "a", "10")
    assert "Maria Aparecida (nº 1)" in err and "José da Silva (nº 2)" in err


def test_credit_option_then_the_next_sale_uses_it(shop):
    shop("sale", "maria", "40")
    status, out, err = shop("pay", "maria", "50")
    assert status == 2 and "R$\u00a040,00" in err
    status, out, _ = shop("pay", "maria", "50", "--credit", "--json")
    assert status == 0 and json.loads(out)["balance_cents"] == -1000
    shop("sale", "maria", "25")
    status, out, _ = shop("statement", "maria", "--json")
    assert json.loads(out)["balance_cents"] == 1500


def test_credit_limit_refusal_and_override(run):
    run("customer", "add", "Ana", "--credit-limit", "100")
    run("sale", "ana", "80")
    assert run("sale", "ana", "30")[0] == 2
    status, out, _ = run("sale", "ana", "30", "--override-limit", "cliente antiga", "--json")
    assert status == 0 and json.loads(out)["reason"] == "cliente antiga"


def test_corrupt_database_names_the_newest_good_backup(shop, tmp_path):
    assert shop("backup")[0] == 0
    shop.path.write_bytes(b"nada" * 2000)
    status, _out, err = shop("receivables")
    assert status == 1
    assert "parece danificado" in err and "fiado restore" in err and "Traceback" not in err
    backup = err.split("bom estado é de ")[1].split(": ", 1)[1].splitlines()[0]
    status, out, _ = shop("restore", backup)
    assert status == 0 and "restaurado" in out
    assert shop("customer", "list")[0] == 0


def test_backup_to_a_chosen_file(shop, tmp_path):
    dest = tmp_path / "pendrive" / "copia.sqlite3"
    status, out, _ = shop("backup", str(dest))
    assert status == 0 and dest.exists()


def test_demo_fills_an_empty_database(run):
    status, out, _ = run("demo", "--customers", "30", "--years", "1")
    assert status == 0 and out.startswith("Loja de demonstração criada: 30 clientes")
    assert len(json.loads(run("customer", "list", "--json")[1])) == 30


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def test_real_processes_main_py_and_console_script(tmp_path):
    db = str(tmp_path / "loja.sqlite3")
    add = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "customer", "add", "Maria"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert add.returncode == 0, add.stderr
    bad = subprocess.run(
        [str(Path(sys.executable).parent / "fiado"), "--db", db, "sale", "maria", "1,2,3"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("Erro: Valor inválido")
    assert "Traceback" not in bad.stderr


def test_interest_above_one_percent_a_month_is_refused_with_the_reason(run) -> None:
    status, _out, err = run("shop", "set", "--interest", "2")
    assert status == 2
    assert "1 % ao mês" in err and "Lei de Usura" in err and "juros sobre juros" in err
    assert run("shop", "set", "--interest", "1")[0] == 0


def test_the_credit_bureau_option_is_set_from_the_command_line(run) -> None:
    status, out, _err = run("shop", "set", "--credit-bureau", "sim")
    assert status == 0 and "SPC/Serasa:    pode pedir registro" in out
    status, out, _err = run("shop", "set", "--credit-bureau", "nao")
    assert status == 0 and "SPC/Serasa:    não" in out


def test_a_customer_is_named_by_phone_number_as_in_the_apps_search(run) -> None:
    assert run("customer", "add", "Maria Souza", "--phone", "(11) 98765-4321")[0] == 0
    assert run("customer", "add", "Mário Lima", "--phone", "(21) 98765-4321")[0] == 0
    for typed in ("(11) 98765-4321", "11987654321", "+55 11 98765-4321", "011 98765-4321"):
        status, out, err = run("sale", typed, "10,00")
        assert status == 0, err
        assert "Maria Souza" in out
    status, _out, err = run("sale", "98765-4321", "10,00")  # no DDD: both share it
    assert status == 2 and "mais de um cliente" in err and "Use o número" in err
    status, _out, err = run("sale", "(31) 91111-2222", "10,00")
    assert status != 0 and "Nenhum cliente com o telefone" in err
