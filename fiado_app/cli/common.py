"""Helpers shared by the command modules: the --db option, parsing, printing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fiado_app.domain.dates import parse_date
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.limits import MAX_TEXT_FILE_BYTES, is_number
from fiado_app.domain.money import parse_positive_cents
from fiado_app.services.app import open_database, run_daily_backup
from fiado_app.services.storage import Database


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS if parser.prog != "fiado" else None,
        metavar="ARQUIVO",
        help="arquivo do banco de dados (padrão: o da pasta de dados do usuário)",
    )


# What an owner may type in Portuguese for each command; the English names stay (scripts and
# the docs use them). Listed in `fiado --help` next to each command.
PORTUGUESE_NAMES: dict[str, tuple[str, ...]] = {
    "shop": ("loja",),
    "customer": ("cliente",),
    "sale": ("venda", "vender"),
    "pay": ("pagamento", "pagar"),
    "discount": ("desconto", "abatimento"),
    "reverse": ("estorno", "estornar"),
    "receivables": ("receber", "contas"),
    "statement": ("extrato",),
    "reminder": ("lembrete",),
    "contact": ("contato",),
    "contacts": ("contatos",),
    "pause": ("pausar",),
    "resume": ("retomar",),
    "exclude": ("excluir",),
    "ladder": ("regua",),
    "agreement": ("acordo",),
    "agreements": ("acordos",),
    "agreement-break": ("romper-acordo",),
    "agreement-term": ("termo",),
    "agreement-text": ("texto-acordo",),
    "kpis": ("painel", "numeros"),
    "goal": ("meta",),
    "report": ("relatorio",),
    "letter": ("carta",),
    "letters": ("cartas",),
    "template": ("modelo",),
    "receipt": ("recibo",),
    "import": ("importar",),
    "import-undo": ("desfazer-importacao",),
    "imports": ("importacoes",),
    "import-template": ("modelo-planilha",),
    "export": ("exportar",),
    "demo": ("demonstracao",),
    "backup": ("copia",),
    "backups": ("copias",),
    "restore": ("restaurar",),
}


def command(
    sub: argparse._SubParsersAction, name: str, help_text: str, handler: Any
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        name, aliases=list(PORTUGUESE_NAMES.get(name, ())), help=help_text, description=help_text
    )
    add_db_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def open_db(path: Path | None) -> Database:
    db = open_database(path).db
    try:
        daily = run_daily_backup(db)
    except Exception as exc:  # a failed automatic backup must not stop the owner's work
        print(f"Aviso: a cópia de segurança automática falhou: {exc}", file=sys.stderr)
    else:
        if daily.second_missing is not None:
            print(
                f"Aviso: a pasta da segunda cópia ({daily.second_missing}) não está disponível "
                "(pen drive desconectado?). A cópia do dia foi feita só neste computador.",
                file=sys.stderr,
            )
        for problem in daily.problems:
            print(f"Aviso: {problem}", file=sys.stderr)
    return db


def integer(text: str) -> int:
    """argparse type for whole numbers: ASCII digits only (int() would take `١٢`)."""
    raw = text.strip()
    body = raw[1:] if raw.startswith("-") else raw
    if not is_number(body) or len(body) > 9:
        raise ValueError(raw)
    return int(raw)


integer.__name__ = "número inteiro"


def read_text_file(path: Path, what: str = "O arquivo") -> str:
    """A small UTF-8 text file (a template): refused when missing, a folder, too large (checked
    before reading) or not UTF-8."""
    path = path.expanduser()
    try:
        if path.is_dir():
            raise InvalidInput(f"{path} é uma pasta: informe um arquivo de texto.")
        size = path.stat().st_size
        if size > MAX_TEXT_FILE_BYTES:
            raise InvalidInput(
                f"{what} {path} é grande demais ({size // 1024} KB): use um texto de até "
                f"{MAX_TEXT_FILE_BYTES // 1024} KB."
            )
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(f"Arquivo não encontrado: {path}.") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"O arquivo {path} não está em UTF-8.") from None
    except OSError as exc:
        raise InvalidInput(f"Não foi possível ler {path}: {exc.strerror or exc}.") from None


def whole_number(text: str, what: str) -> int:
    """A whole number typed with ASCII digits (`²` or `١` are refused, see domain/limits.py)."""
    raw = text.strip()
    if not is_number(raw) or len(raw) > 12:
        raise InvalidInput(f"{what} inválido: “{raw[:30]}”. Use só algarismos, como 12.")
    return int(raw)


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


# What an argument of these names means, wherever a command takes it without a help of its
# own (`fill_help`, after every group has registered): one wording for the whole command line.
HELP_BY_NAME = {
    "customer": "o cliente: nº, nome ou telefone",
    "amount": "valor em R$, por exemplo 12,50 ou 1.234,56",
    "date": "data (dd/mm/aaaa; padrão: hoje)",
    "due": "vencimento (dd/mm/aaaa; padrão: o prazo da loja)",
    "description": "o que foi vendido",
    "override_limit": "vende acima do limite de crédito, com o motivo",
    "note": "observação",
    "reason": "motivo",
    "json": "saída em JSON (para outros programas)",
    "as_of": "data da posição (dd/mm/aaaa; padrão: hoje)",
    "start": "início do período (dd/mm/aaaa)",
    "end": "fim do período (dd/mm/aaaa)",
    "output": "arquivo a gravar",
    "entry_id": "nº do lançamento (veja fiado statement)",
    "agreement_id": "nº do acordo (veja fiado agreements)",
    "stage": "a etapa da régua (veja fiado ladder show)",
    "channel": "o canal",
    "outcome": "o que aconteceu no contato",
    "at": "quando (dd/mm/aaaa hh:mm; padrão: agora)",
    "promise_date": "data prometida para pagar (dd/mm/aaaa)",
    "promise_amount": "valor prometido (R$)",
    "until": "até quando (dd/mm/aaaa)",
    "name": "nome",
    "nickname": "apelido",
    "phone": "telefone com DDD",
    "email": "e-mail",
    "address": "rua",
    "number": "número",
    "complement": "complemento",
    "district": "bairro",
    "city": "cidade",
    "uf": "estado (sigla, ex.: SP)",
    "cep": "CEP",
    "credit_limit": "limite de crédito em R$",
    "notes": "observações",
    "cpf": "CPF",
    "cnpj": "CNPJ",
    "document": "CPF ou CNPJ",
    "pix_key": "chave Pix",
    "month": "o mês (AAAA-MM)",
    "file": "a planilha (CSV, XLSX, XLS ou ODS)",
    "batch": "nº da importação (veja fiado imports)",
    "shape": "o modelo: clientes ou lancamentos",
    "customers": "quantos clientes",
    "years": "quantos anos de histórico",
    "seed": "semente dos dados inventados (a mesma dá a mesma loja)",
    "source": "a cópia a restaurar (veja fiado backups)",
}


# The placeholder shown for an option's value, where a command gives none (else argparse
# shows the English name in capitals).
_DATE = ("date", "due", "as_of", "start", "end", "until", "promise_date")
METAVAR_BY_NAME = {
    **dict.fromkeys(_DATE, "DATA"),
    **dict.fromkeys(("description", "note", "notes", "reason"), "TEXTO"),
    **dict.fromkeys(("amount", "promise_amount", "credit_limit"), "VALOR"),
    "output": "ARQUIVO",
    "at": "DATA_HORA",
    "name": "NOME",
    "nickname": "APELIDO",
    "phone": "TELEFONE",
    "email": "E-MAIL",
    "address": "RUA",
    "number": "NÚMERO",
    "complement": "COMPLEMENTO",
    "district": "BAIRRO",
    "city": "CIDADE",
    "uf": "UF",
    "cep": "CEP",
    "cpf": "CPF",
    "cnpj": "CNPJ",
    "document": "CPF_OU_CNPJ",
    "pix_key": "CHAVE",
    "method": "FORMA",
    "customers": "N",
    "years": "N",
    "seed": "N",
}


def fill_help(parser: argparse.ArgumentParser) -> None:
    """Give every argument without a help the wording of `HELP_BY_NAME`, and every option
    without a placeholder one of `METAVAR_BY_NAME`, in every command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                fill_help(child)
            continue
        if action.help is None and action.dest in HELP_BY_NAME:
            action.help = HELP_BY_NAME[action.dest]
        takes_value = action.nargs != 0 and action.option_strings
        if takes_value and action.metavar is None and action.dest in METAVAR_BY_NAME:
            action.metavar = METAVAR_BY_NAME[action.dest]
