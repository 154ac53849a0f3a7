"""Helpers shared by the command modules: the --db option, parsing, printing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fiado_app.db.engine import Database
from fiado_app.domain.dates import parse_date
from fiado_app.domain.money import parse_positive_cents
from fiado_app.services.app import open_database, run_daily_backup


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS if parser.prog != "fiado" else None,
        help="arquivo do banco de dados (padrão: o da pasta de dados do usuário)",
    )


def command(
    sub: argparse._SubParsersAction, name: str, help_text: str, handler: Any
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    add_db_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def open_db(path: Path | None) -> Database:
    db = open_database(path).db
    try:
        run_daily_backup(db)
    except Exception as exc:  # a failed automatic backup must not stop the owner's work
        print(f"Aviso: a cópia de segurança automática falhou: {exc}", file=sys.stderr)
    return db


def amount(text: str) -> int:
    return parse_positive_cents(text)


def day(text: str | None) -> date | None:
    return parse_date(text) if text else None


def _default(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value))


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_default))


def table(rows: list[list[str]], headers: list[str], right: set[int] | None = None) -> None:
    """Print a simple aligned text table."""
    right = right or set()
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]

    def fmt(row: list[str]) -> str:
        cells = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))
