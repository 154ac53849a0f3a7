"""`fiado COMMAND`: the headless command line over the same services the desktop app uses.

Each command group lives in its own module exposing `register(subparsers)`; a command's handler
takes `(args, db)` and returns the exit status. Bad input: one Portuguese line on stderr, exit 2.
Other failures: exit 1. Nothing is half-written (every write is one transaction).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from fiado_app.cli import common, portuguese
from fiado_app.domain.errors import DatabaseUnreadable, FiadoError, InvalidInput
from fiado_app.resources import is_frozen
from fiado_app.services.paths import backup_dir_for
from fiado_app.version import version

# Each group's module and its commands, in the order `fiado --help` lists them. A command
# builds only its own group's parser, so `fiado kpis` does not import what `fiado export` or
# `fiado letter` need (a test keeps this table equal to what each module registers).
GROUPS: dict[str, tuple[str, ...]] = {
    "shop_commands": ("shop", "customer"),
    "entry_commands": ("sale", "pay", "discount", "reverse", "receivables", "statement"),
    "collection_commands": (
        "reminder", "agenda", "contact", "contacts", "pause", "resume", "exclude", "ladder"
    ),
    "agreement_commands": (
        "agreement", "agreements", "agreement-break", "carne", "agreement-term", "agreement-text"
    ),
    "kpi_commands": ("kpis", "goal", "report"),
    "document_commands": ("letter", "letters", "template", "receipt"),
    "sheet_commands": ("import", "import-undo", "imports", "import-template", "export"),
    "maintenance_commands": ("demo", "backup", "backups", "restore"),
}  # fmt: skip


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"Erro: {message}. Veja “{self.prog} --help”.\n")


class _Unparsed(Exception):
    pass


class _PreParser(argparse.ArgumentParser):
    """Finds the command's name; says nothing of what it cannot read (the parser will)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Unparsed(message)


def command_name(argv: Sequence[str]) -> str | None:
    """The command `argv` names (None: none, or the whole help is asked for)."""
    pre = _PreParser(add_help=False)
    common.add_db_option(pre)
    pre.add_argument("command", nargs="?")
    try:
        known, _rest = pre.parse_known_args(argv)
    except _Unparsed:
        return None
    name = known.command
    if name is None or {"-h", "--help"} & set(argv[: list(argv).index(name)]):
        return None
    return str(name)


# Each Portuguese name, and the command it names.
_NAMED = {alias: name for name, aliases in common.PORTUGUESE_NAMES.items() for alias in aliases}


def requested_group(argv: Sequence[str]) -> str | None:
    """The module of the command `argv` names, None when it names none (help, a typo)."""
    name = command_name(argv)
    name = _NAMED.get(name, name) if name is not None else None
    return next((module for module, names in GROUPS.items() if name in names), None)


def unknown_command(argv: Sequence[str]) -> str | None:
    """What to say when `argv` names a command that does not exist (with the nearest ones)."""
    name = command_name(argv)
    every = [n for names in GROUPS.values() for n in names] + list(_NAMED)
    if name is None or name in every:
        return None
    near = difflib.get_close_matches(name, every, n=3, cutoff=0.6)
    said = ", ".join(near[:-1]) + f" ou {near[-1]}" if len(near) > 1 else "".join(near)
    hint = f" Você quis dizer {said}?" if near else ""
    return f"Erro: não existe o comando “{name}”.{hint} Veja “fiado --help”."


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser: with `argv`, only the group of the command it names (every
    group when it names none)."""
    # The installed program says its own name (fiado-cli, Fiado); from source it is `fiado`.
    prog = Path(sys.argv[0]).stem if is_frozen() and sys.argv and sys.argv[0] else "fiado"
    parser = _Parser(prog=prog, description="Fiado: caderneta de vendas a prazo.")
    common.add_db_option(parser)
    parser.add_argument(
        "--version", action="version", version=f"Fiado {version()}", help="mostra a versão"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMANDO")
    only = requested_group(argv) if argv is not None else None
    for name in [only] if only else GROUPS:
        import_module(f"fiado_app.cli.{name}").register(sub)
    common.fill_help(parser)
    return parser


def _subparser(parser: argparse.ArgumentParser, name: str | None) -> argparse.ArgumentParser | None:
    """The parser of the command `name` (None: no such command)."""
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction) and name in action.choices:
            return action.choices[name]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    portuguese.install()
    unknown = unknown_command(argv)
    if unknown is not None:
        print(unknown, file=sys.stderr)
        return 2
    if "--version" in argv and command_name(argv) is None:  # without building every command
        print(f"Fiado {version()}")
        return 0
    parser = build_parser(argv)
    args, extra = parser.parse_known_args(argv)
    if extra:  # said by the command's own parser: its usage, its options, its help
        command = _subparser(parser, command_name(argv)) or parser
        command.error(portuguese.text("unrecognized arguments: %s") % " ".join(extra))
    handler = getattr(args, "handler", None)
    if handler is None:  # `fiado` alone opens the window (fiado_app.launcher); here: help
        build_parser().print_help()
        return 2
    try:
        if getattr(args, "no_db", False):
            return int(handler(args, None) or 0)
        db = common.open_db(args.db)
        try:
            return int(handler(args, db) or 0)
        finally:
            db.close()
    except InvalidInput as exc:
        _print_error(exc)
        return 2
    except DatabaseUnreadable as exc:
        _print_error(exc)
        print(_restore_hint(exc.path), file=sys.stderr)
        return 1
    except FiadoError as exc:
        _print_error(exc)
        return 1
    except OSError as exc:
        print(
            f"Erro ao acessar o arquivo {exc.filename or ''}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1


def _print_error(exc: FiadoError) -> None:
    """One line: the message, then what only the command line has (an option to use)."""
    hint = f" {exc.cli_hint}" if exc.cli_hint else ""
    print(f"Erro: {exc}{hint}", file=sys.stderr)


def _restore_hint(db_path: Path) -> str:
    """Name the newest backup that passes the integrity check, and how to restore it."""
    from fiado_app.services.backups import newest_good_backup

    folder = backup_dir_for(db_path)
    good = newest_good_backup(db_path)
    if good is None:
        return f"Nenhuma cópia de segurança em bom estado foi encontrada em {folder}."
    return (
        f"A cópia de segurança mais recente em bom estado é de "
        f"{good.taken_at.strftime('%d/%m/%Y %H:%M')}: {good.path}\n"
        f"Para restaurá-la (o arquivo atual é guardado antes): "
        f'fiado restore "{good.path}" --db "{db_path}"'
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
