"""Bad input for every write command: one clear Portuguese line, exit 2, nothing written.

Each case runs against a shop with two customers and one sale, and checks the message, the exit
status, that no traceback escaped and that a full dump of the database is unchanged.
"""

from __future__ import annotations

import pytest

from tests.conftest import dump

LONG = "x" * 10_000
ESC = "Maria \x1b[31mvermelha\x1b[0m"

# (command, part of the message expected on stderr)
CASES = [
    # amounts
    (["sale", "Maria", "99999999999999999999"], "Valor alto demais"),
    (["sale", "Maria", "999999999999999999"], "Valor alto demais"),
    (["sale", "Maria", "1.000.000,00"], "R$ 999.999,99"),
    (["pay", "Maria", "99999999999999999999", "--credit"], "Valor alto demais"),
    (["pay", "Maria", "2000000", "--credit"], "R$ 999.999,99"),
    (["discount", "Maria", "99999999999999999999", "--reason", "x"], "Valor alto demais"),
    (["sale", "Maria", "١٢٣"], "Valor inválido"),
    (["sale", "Maria", "12\x1b,50"], "Valor inválido"),
    (["sale", "Maria", "-5"], "negativo"),
    (["sale", "Maria", "0"], "maior que zero"),
    (["sale", "Maria", LONG], "Valor inválido"),
    (["customer", "add", "Ana", "--credit-limit", "99999999999999999999"], "Valor alto demais"),
    (["customer", "add", "Ana", "--credit-limit", "5000000"], "limite de crédito"),
    # customers given with digits that are not ASCII
    (["sale", "²", "10"], "Nenhum cliente"),
    (["sale", "١", "10"], "Nenhum cliente"),
    (["reverse", "١", "--reason", "x"], "Número do lançamento inválido"),
    (["reverse", "99999999999999999999", "--reason", "x"], "Número do lançamento inválido"),
    # dates
    (["sale", "Maria", "10", "--date", "01/01/0001"], "fora do período aceito"),
    (["sale", "Maria", "10", "--date", "١٢/١١/٢٠٢٦"], "Data inválida"),
    (["sale", "Maria", "10", "--due", "31/12/9999"], "fora do período aceito"),
    (["sale", "Maria", "10", "--date", "31/02/2026"], "não existe"),
    (["sale", "Maria", "10", "--date", "01/01/2099"], "no futuro"),
    (["pay", "Maria", "1", "--date", "01/01/1999"], "fora do período aceito"),
    (["reverse", "1", "--reason", "x", "--effective", "01/01/1990"], "fora do período aceito"),
    (["reverse", "1", "--reason", "x", "--effective", "01/01/2001"], "não pode valer desde"),
    # long texts and control characters
    (["customer", "add", LONG], "longo demais"),
    (["customer", "add", "Ana", "--nickname", LONG], "longo demais"),
    (["customer", "add", ESC], "caracteres de controle (ESC)"),
    (["customer", "add", "Ana\x07"], "caracteres de controle (BEL)"),
    (["customer", "add", "Ana\x08\x08"], "caracteres de controle (backspace)"),
    (["customer", "add", "Ana", "--notes", "a" * 120_000], "longo demais"),
    (["customer", "add", "Ana", "--phone", "١١٩٨٧٦٥٤٣٢١"], "Telefone inválido"),
    (["customer", "add", "Ana", "--phone", "9" * 5000], "telefone é longo demais"),
    (["customer", "add", "Ana", "--cpf", "111.111.111-11"], "CPF inválido"),
    (["customer", "add", "Ana", "--cpf", "529.982.247-24"], "CPF inválido"),
    (["customer", "add", "Ana", "--email", "ana\x1b@x.com"], "caracteres de controle"),
    (["sale", "Maria", "10", "--description", "d" * 120_000], "longo demais"),
    (["sale", "Maria", "10", "--description", "pão\x1b[2J"], "caracteres de controle"),
    (["pay", "Maria", "1", "--note", "n" * 120_000], "longo demais"),
    (["discount", "Maria", "1", "--reason", "r" * 120_000], "longo demais"),
    (["discount", "Maria", "1", "--reason", "   "], "Informe o motivo"),
    (["reverse", "1", "--reason", "r" * 120_000], "longo demais"),
    (["reverse", "1", "--reason", "erro\x00"], "caracteres de controle (NUL)"),
    (["shop", "set", "--name", LONG], "longo demais"),
    (["shop", "set", "--name", "Loja\x1b]0;hack\x07"], "caracteres de controle"),
    (["shop", "set", "--city", "c" * 500], "longo demais"),
    (["shop", "set", "--fine", "3"], "2 %"),
    (
        ["contact", "Maria", "--channel", "telefone", "--outcome", "outro", "--note", LONG * 12],
        "longo demais",
    ),  # fmt: skip
]


@pytest.fixture
def shop(run):
    assert run("customer", "add", "Maria Aparecida", "--phone", "(19) 98765-4321")[0] == 0
    assert run("customer", "add", "José da Silva", "--cpf", "529.982.247-25")[0] == 0
    assert run("sale", "Maria", "30,00", "--date", "05/01/2026")[0] == 0
    return run


@pytest.mark.parametrize(("args", "message"), CASES, ids=[" ".join(c[0])[:60] for c in CASES])
def test_bad_input_is_refused_clearly_and_writes_nothing(shop, args, message):
    before = dump(shop.path)
    status, out, err = shop(*args)
    assert status == 2, (out, err)
    assert message in err
    assert err.startswith("Erro: ") and "Traceback" not in err
    assert len(err.splitlines()) <= 2  # one clear line (and the usage line for argparse)
    assert dump(shop.path) == before


def test_a_template_file_too_large_is_refused_before_it_is_read(shop, tmp_path):
    big = tmp_path / "carta.txt"
    big.write_text("Prezado {nome},\n" + "texto " * 200_000, encoding="utf-8")
    before = dump(shop.path)
    status, _out, err = shop("template", "set", "carta", "--file", str(big))
    assert status == 2 and "grande demais" in err
    status, _out, err = shop("ladder", "set", "amigavel", "--template", str(big))
    assert status == 2 and "grande demais" in err
    assert dump(shop.path) == before


def test_a_template_with_a_nul_byte_is_refused_not_silently_cleaned(shop, tmp_path):
    bad = tmp_path / "carta.txt"
    bad.write_text("Prezado {nome},\x00 pague.", encoding="utf-8")
    before = dump(shop.path)
    status, _out, err = shop("template", "set", "carta", "--file", str(bad))
    assert status == 2 and "caracteres de controle (NUL)" in err
    assert dump(shop.path) == before


def test_stored_names_never_replay_terminal_codes(shop):
    shop("customer", "add", ESC)
    _status, out, _err = shop("customer", "list")
    assert "\x1b" not in out


def test_db_pointing_at_a_folder_or_under_a_file_says_so_in_portuguese(tmp_path, capsys):
    from fiado_app.cli import main

    assert main(["--db", str(tmp_path), "receivables"]) == 1
    err = capsys.readouterr().err
    assert "é uma pasta" in err and "Is a directory" not in err
    blocker = tmp_path / "arquivo.txt"
    blocker.write_text("x")
    assert main(["--db", str(blocker / "loja.sqlite3"), "receivables"]) == 1
    err = capsys.readouterr().err
    assert "é um arquivo, não uma pasta" in err and "File exists" not in err


def test_dates_always_print_with_four_digit_years():
    from datetime import date

    from fiado_app.domain.dates import format_date

    assert format_date(date(1, 1, 1)) == "01/01/0001"


PAUSE_AND_LADDER = [
    (["pause", "Maria", "--until", "01/01/2099", "--reason", LONG], "longo demais"),
    (["pause", "Maria", "--until", "31/12/9999", "--reason", "x"], "fora do período aceito"),
    (["exclude", "Maria", "--reason", "r\x1b"], "caracteres de controle"),
    (["ladder", "set", "amigavel", "--name", "n" * 500], "longo demais"),
    (["ladder", "set", "amigavel", "--offset", "١"], "--offset: valor inválido"),
]


@pytest.mark.parametrize(
    ("args", "message"), PAUSE_AND_LADDER, ids=[" ".join(c[0])[:60] for c in PAUSE_AND_LADDER]
)
def test_collection_commands_refuse_bad_input_too(shop, args, message):
    before = dump(shop.path)
    status, out, err = shop(*args)
    assert status == 2, (out, err)
    assert message in err and "Traceback" not in err and "ValueError" not in err
    assert dump(shop.path) == before
