"""Printed documents: collection letters, receipts and the statement as PDF or WhatsApp text."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from fiado_app.cli.common import command, day, integer, read_text_file
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import LETTER_KINDS
from fiado_app.domain.letter_texts import STAGE_TITLES
from fiado_app.domain.money import format_brl
from fiado_app.domain.records import CustomerRecord
from fiado_app.domain.text import plural
from fiado_app.services import customers, letter_templates, printing
from fiado_app.services.storage import Database

LOGGED = (
    "Contato registrado no histórico de cada cliente (carta impressa; a entrega não é confirmada)."
)
STAGE_HELP = "tipo de carta: " + ", ".join(LETTER_KINDS)


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "letter", "carta de cobrança em PDF para um cliente", letter_cmd)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--stage", metavar="TIPO", help=STAGE_HELP + " (padrão: a etapa atual)")
    p.add_argument("--as-of", dest="as_of", metavar="DATA", help="data da posição (padrão: hoje)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.pdf")

    p = command(sub, "letters", "cartas para todos numa etapa de carta, num só PDF", letters_cmd)
    p.add_argument("--stage", metavar="TIPO", help=STAGE_HELP + " ou outra etapa de carta da "
                   "régua; todos nessa etapa, mesmo os já contatados (padrão: as cartas da agenda "
                   "de hoje)")  # fmt: skip
    p.add_argument("--as-of", dest="as_of", metavar="DATA", help="data da posição (padrão: hoje)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.pdf")

    tmpl = command(sub, "template", "textos das cartas impressas", None)
    tsub = tmpl.add_subparsers(dest="template_command", required=True)
    p = command(tsub, "show", "mostra o texto de uma carta", template_show)
    p.add_argument("stage", metavar="CARTA", help="lembrete_impresso ou uma etapa de carta")
    p = command(tsub, "set", "troca o texto de uma carta", template_set)
    p.add_argument("stage", metavar="CARTA", help="lembrete_impresso ou uma etapa de carta")
    p.add_argument("--file", type=Path, required=True, metavar="ARQUIVO", help="texto em UTF-8")
    p = command(tsub, "reset", "volta ao texto padrão de uma carta", template_reset)
    p.add_argument("stage", metavar="CARTA", help="lembrete_impresso ou uma etapa de carta")

    p = command(sub, "receipt", "recibo de um pagamento em PDF", receipt_cmd)
    p.add_argument("payment", type=integer, metavar="PAGAMENTO", help="número do lançamento")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.pdf")


def check_output(path: Path) -> Path:
    """Refuse an output path that cannot be written before any work is done."""
    path = path.expanduser()
    if path.is_dir():
        raise InvalidInput(f"“{path}” é uma pasta: informe o nome do arquivo PDF.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"A pasta “{folder}” não existe.")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InvalidInput(f"Sem permissão para gravar “{path}”. Escolha outra pasta.")
    return path


def _as_of(args: argparse.Namespace) -> date:
    return day(args.as_of) or date.today()


def letter_cmd(args: argparse.Namespace, db: Database) -> int:
    output = check_output(args.output)
    customer = customers.resolve_customer(db, args.customer)
    batch = printing.customer_letter(db, customer.id, _as_of(args), args.stage)
    printing.save_letters(db, batch, output)
    letter = batch.letters[0]
    print(
        f"{STAGE_TITLES[letter.stage]} para {customer.name} "
        f"(pede {format_brl(letter.dues.amount_asked)}) gravada em {output}"
    )
    print(LOGGED)
    return 0


def letters_cmd(args: argparse.Namespace, db: Database) -> int:
    output = check_output(args.output)
    as_of = _as_of(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rGerando cartas: {100 * done // total}%", end="", file=sys.stderr)

    batch = printing.letter_batch(db, as_of, args.stage, progress=progress)
    if batch is None:
        if args.stage:
            print(
                f"Nenhum cliente na etapa “{args.stage}” em {as_of:%d/%m/%Y}: nenhum PDF gravado."
            )
        else:
            print(
                f"Nenhuma carta a imprimir na agenda de {as_of:%d/%m/%Y}: nenhum PDF gravado. "
                "Quem já recebeu a carta desta etapa, está em pausa ou teve contato recente não "
                "entra; para imprimir de novo, use --stage."
            )
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)
    printing.save_letters(db, batch, output)
    summary = ", ".join(f"{n} {STAGE_TITLES[k].lower()}" for k, n in batch.stage_counts().items())
    letters_done = plural(len(batch.printed), "carta", "cartas")
    saved = "gravada" if len(batch.printed) == 1 else "gravadas"
    print(f"{letters_done} ({summary}) {saved} em {output}")
    if batch.no_address:
        names = ", ".join(f"{name} (nº {cid})" for cid, name in batch.no_address)
        print(
            f"Sem endereço, ficaram de fora: {names}. Cadastre "
            "o endereço na janela do cliente, no app, e gere de novo."
        )
    print(LOGGED)
    return 0


def template_show(args: argparse.Namespace, db: Database) -> int:
    print(letter_templates.letter_template(db, args.stage))
    return 0


def template_set(args: argparse.Namespace, db: Database) -> int:
    text = read_text_file(args.file, "O texto da carta")
    if not text.strip():
        raise InvalidInput(
            "O arquivo está vazio. Para voltar ao texto padrão, use “fiado template reset”."
        )
    _, warnings = letter_templates.set_letter_template(db, args.stage, text)
    print(f"Texto da carta “{args.stage}” salvo.")
    for w in warnings:
        print(f"Aviso: {w}")
    return 0


def template_reset(args: argparse.Namespace, db: Database) -> int:
    letter_templates.set_letter_template(db, args.stage, None)
    print(f"Texto da carta “{args.stage}” voltou ao padrão.")
    return 0


def receipt_cmd(args: argparse.Namespace, db: Database) -> int:
    output = check_output(args.output)
    data, pdf = printing.receipt(db, args.payment)
    printing.save_pdf(pdf, output)
    print(
        f"Recibo nº {printing.receipt_number(data)} de "
        f"{format_brl(data.payment.amount_cents)} ({data.customer.name}) gravado em {output}"
    )
    return 0


def statement_document(args: argparse.Namespace, db: Database, customer: CustomerRecord) -> int:
    """`fiado statement CLIENTE --pdf ARQUIVO` and `--whatsapp` (the short text)."""
    start, end, today = day(args.start), day(args.end), date.today()
    if args.pdf is not None:
        output = check_output(args.pdf)
        _data, pdf = printing.statement(db, customer.id, start, end, today)
        printing.save_pdf(pdf, output)
        print(f"Extrato de {customer.name} gravado em {output}")
    if args.whatsapp:
        print(printing.statement_text(db, customer.id, start, end, today))
    return 0
