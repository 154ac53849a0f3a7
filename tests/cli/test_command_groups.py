"""A command builds only its own group's parser: `fiado kpis` does not import what `fiado
export` or `fiado letter` need."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from importlib import import_module

import pytest

from fiado_app.cli.commands import GROUPS, build_parser, requested_group
from fiado_app.cli.common import PORTUGUESE_NAMES


def _choices(parser: argparse.ArgumentParser) -> list[str]:
    """The commands' own names (not their Portuguese aliases)."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [name for name, child in sub.choices.items() if child.prog.endswith(f" {name}")]


@pytest.mark.parametrize("module", sorted(GROUPS))
def test_the_table_names_what_each_group_registers(module):
    parser = argparse.ArgumentParser(prog="fiado")
    sub = parser.add_subparsers()
    import_module(f"fiado_app.cli.{module}").register(sub)
    assert tuple(_choices(parser)) == GROUPS[module]


def test_every_portuguese_name_is_one_command_and_not_another_s():
    every = [name for names in GROUPS.values() for name in names]
    aliases = [alias for names in PORTUGUESE_NAMES.values() for alias in names]
    assert set(PORTUGUESE_NAMES) <= set(every)
    assert len(aliases) == len(set(aliases)) and not set(aliases) & set(every)


@pytest.mark.parametrize(
    ("argv", "group"),
    [(["venda", "Ana", "12,50"], "entry_commands"), (["painel", "--json"], "kpi_commands")],
)
def test_a_command_typed_in_portuguese_builds_its_group(argv, group):
    assert requested_group(argv) == group


def test_the_whole_help_lists_every_command_in_order():
    assert _choices(build_parser()) == [name for names in GROUPS.values() for name in names]
    assert _choices(build_parser(["--help"])) == _choices(build_parser())


@pytest.mark.parametrize(
    ("argv", "group"),
    [
        (["kpis", "--json"], "kpi_commands"),
        (["--db", "loja.sqlite3", "kpis", "--from", "2026-11-01"], "kpi_commands"),
        (["--db=loja.sqlite3", "customer", "export", "3", "-o", "a.json"], "shop_commands"),
        (["import-undo", "2"], "sheet_commands"),
        (["--help", "kpis"], None),  # the whole help
        (["kpiss"], None),  # a typo: the whole list of commands in the message
        (["--db"], None),
        ([], None),
    ],
)
def test_the_group_a_command_line_names(argv, group):
    assert requested_group(argv) == group


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["kpiss"], "Erro: não existe o comando “kpiss”. Você quis dizer kpis?"),
        (["recievables"], "Você quis dizer receivables ou receber?"),
        (["vendas"], "Você quis dizer venda, vender ou agenda?"),
        (["xyz"], "Erro: não existe o comando “xyz”. Veja “fiado --help”."),
    ],
)
def test_a_mistyped_command_gets_the_nearest_ones(capsys, argv, said):
    from fiado_app.cli.commands import main

    assert main(argv) == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["sale", "Fulano"], "Erro: faltou informar: VALOR. Veja “fiado sale --help”."),
        (["report", "--month", "2026-11"], "faltou informar: -o/--output"),
        (["--db"], "Erro: --db: falta o valor."),
        (["kpis", "--json", "--demais"], "não reconheço: --demais"),
        # An option another command has: the command's own usage shows the right one.
        (["receivables", "--date", "30/11/2025"], "uso: fiado receivables"),
        (["receivables", "--date", "30/11/2025"], "[--as-of DATA]"),
        (["receivables", "--date", "x"], "Veja “fiado receivables --help”."),
    ],
)
def test_what_argparse_refuses_is_said_in_portuguese(capsys, argv, said):
    from fiado_app.cli.commands import main

    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert said in err and "uso: fiado" in err
    assert "usage" not in err and "required" not in err and "error" not in err


def test_the_version_is_said_without_building_every_command(capsys):
    code = (
        "import sys; from fiado_app.cli.commands import main; status = main(['--version']); "
        "print(status, sorted(m for m in sys.modules if m.endswith('_commands')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("Fiado ") and out.stdout.splitlines()[1] == "0 []"


def test_the_help_is_in_portuguese(capsys):
    from fiado_app.cli.commands import main

    with pytest.raises(SystemExit):
        main(["sale", "--help"])
    out = capsys.readouterr().out
    assert "uso: fiado sale" in out and "argumentos:" in out and "opções:" in out
    assert "mostra esta ajuda e sai" in out


def test_kpis_imports_neither_sqlalchemy_nor_the_other_commands(tmp_path):
    from fiado_app.cli.commands import main

    path = tmp_path / "loja.sqlite3"
    # A new file is made with Alembic, and the first run keeps the months' sums (a write):
    # from then on the Painel's numbers are only read.
    assert main(["--db", str(path), "kpis", "--json"]) == 0
    code = f"""
import contextlib, io, json, sys
from fiado_app.cli.commands import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(["--db", {str(path)!r}, "kpis", "--json"])
print(json.dumps({{
    "status": status,
    "open_cents": json.loads(out.getvalue())["open_cents"],
    "loaded": sorted(m for m in sys.modules
                     if m.split(".")[0] in ("sqlalchemy", "alembic", "reportlab")
                     or (m.startswith("fiado_app.cli.") and m.endswith("_commands"))),
}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)
    assert found == {"status": 0, "open_cents": 0, "loaded": ["fiado_app.cli.kpi_commands"]}


def test_every_argument_of_every_command_says_what_it_is():
    def undocumented(parser: argparse.ArgumentParser, name: str) -> list[str]:
        found = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child_name, child in action.choices.items():
                    found += undocumented(child, f"{name} {child_name}")
            elif not action.help:
                found.append(f"{name}: {'/'.join(action.option_strings) or action.dest}")
            elif action.option_strings and action.nargs != 0 and not action.metavar:
                if action.choices:
                    continue  # argparse shows them
                found.append(f"{name}: {action.option_strings[0]} shows {action.dest.upper()}")
        return found

    assert undocumented(build_parser(), "fiado") == []
