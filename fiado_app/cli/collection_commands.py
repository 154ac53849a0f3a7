"""Collection commands: reminder, agenda, contact, contacts, ladder, pause/resume/exclude."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fiado_app.cli.common import amount, command, day, integer, print_json, read_text_file, table
from fiado_app.domain.collection_records import StageRecord
from fiado_app.domain.dates import format_date, format_datetime, parse_datetime
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.ladder import PRINTED_REMINDER
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import plural
from fiado_app.domain.vocabulary import (
    ALL_OUTCOMES,
    BEHAVIOUR_LABELS,
    CONTACT_CHANNELS,
    LADDER_CHANNELS,
    OUTCOME_LABELS,
    PROMISE_LABELS,
)
from fiado_app.services import collection, customers, letter_templates
from fiado_app.services.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "reminder", "texto de cobrança para o cliente", reminder)
    p.add_argument(
        "--whole-balance",
        action="store_true",
        help="o Pix pede o saldo todo, vencido ou não (padrão: o valor vencido, com encargos)",
    )
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--stage", metavar="ETAPA", help="etapa da régua (padrão: a atual)")
    p.add_argument("--as-of", metavar="DATA")
    p.add_argument("--link", action="store_true", help="mostra o link do WhatsApp (wa.me)")

    p = command(sub, "agenda", "cobranças de hoje", agenda)
    p.add_argument("--as-of", metavar="DATA")
    p.add_argument("--json", action="store_true")

    p = command(sub, "contact", "registra um contato de cobrança", contact)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--channel", required=True, choices=CONTACT_CHANNELS)
    p.add_argument("--outcome", required=True, choices=ALL_OUTCOMES)
    p.add_argument("--at", metavar='"dd/mm/aaaa HH:MM"')
    p.add_argument("--stage", metavar="ETAPA")
    p.add_argument("--promise-date", metavar="DATA")
    p.add_argument("--promise-amount", metavar="VALOR")
    p.add_argument("--note", default="")

    p = command(sub, "contacts", "histórico de contatos do cliente", contacts)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--json", action="store_true")

    p = command(sub, "pause", "não cobrar o cliente até uma data", pause)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--until", required=True, metavar="DATA")
    p.add_argument("--reason", required=True, metavar="MOTIVO")
    p = command(sub, "resume", "volta a cobrar o cliente (tira pausa e exclusão)", resume)
    p.add_argument("customer", metavar="CLIENTE")
    p = command(sub, "exclude", "nunca lembrar este cliente", exclude)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--reason", default="", metavar="MOTIVO")

    ladder = command(sub, "ladder", "régua de cobrança", None)
    lsub = ladder.add_subparsers(dest="ladder_command", required=True)
    p = command(lsub, "show", "mostra as etapas", ladder_show)
    p.add_argument("--texts", action="store_true", help="mostra também os textos")
    p.add_argument("--json", action="store_true")
    p = command(lsub, "set", "altera uma etapa", ladder_set)
    p.add_argument("stage", metavar="ETAPA")
    _stage_options(p)
    p = command(lsub, "add", "adiciona uma etapa", ladder_add)
    p.add_argument("stage", metavar="ETAPA", help="código, ex.: ligacao")
    _stage_options(p, required=True)
    p = command(lsub, "remove", "remove uma etapa", ladder_remove)
    p.add_argument("stage", metavar="ETAPA")
    command(lsub, "reset", "volta à régua e aos textos padrão", ladder_reset)


def _stage_options(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--name", required=required, metavar="NOME")
    p.add_argument("--offset", type=integer, required=required, metavar="DIAS",
                   help="dias a partir do vencimento (negativo = antes)")  # fmt: skip
    p.add_argument("--channel", choices=LADDER_CHANNELS, required=required)
    p.add_argument("--template-file", type=Path, metavar="ARQUIVO", help="texto da mensagem")


def _customer_id(db: Database, text: str) -> int:
    return customers.resolve_customer(db, text).id


def reminder(args: argparse.Namespace, db: Database) -> int:
    r = collection.reminder_for(
        db,
        _customer_id(db, args.customer),
        day(args.as_of),
        args.stage,
        whole_balance=args.whole_balance,
    )
    print(r.text)
    for warning in r.warnings:
        print(f"Aviso: {warning}", file=sys.stderr)
    if args.link:
        print()
        print(collection.whatsapp_link(r.phone, r.text, name=r.name))
    return 0


def agenda(args: argparse.Namespace, db: Database) -> int:
    a = collection.todays_agenda(db, as_of=day(args.as_of))
    if args.json:
        items = [
            {
                "customer_id": i.customer_id,
                "name": i.name,
                "reason": i.reason,
                "stage": i.stage_key,
                "channel": i.channel,
                "open_cents": i.open_cents,
                "days_overdue": i.days_overdue,
                "last_contact": i.last_contact_at,
                "promise_date": i.promise_date,
                "behaviour": i.behaviour,
            }
            for i in a.items
        ]
        print_json({"as_of": a.as_of, "contact_allowed": a.contact_allowed,
                    "contact_note": a.contact_note, "items": items})  # fmt: skip
        return 0
    print(f"Cobranças de {format_date(a.as_of)}: {plural(len(a.items), 'cliente', 'clientes')}.")
    if not a.contact_allowed:
        print(f"Atenção: {a.contact_note}")
    rows = [
        [
            str(i.customer_id),
            i.name,
            i.reason_label,
            format_brl(i.open_cents),
            str(i.days_overdue),
            format_datetime(i.last_contact_at),
            BEHAVIOUR_LABELS[i.behaviour],
        ]
        for i in a.items
    ]
    if rows:
        table(rows, ["Nº", "Cliente", "Motivo", "Em aberto", "Atraso", "Último contato",
                     "Comportamento"], right={3, 4})  # fmt: skip
    if a.resting or a.paused:
        print(f"Descansando após contato ou promessa: {a.resting}; em pausa: {a.paused}.")
    return 0


def contact(args: argparse.Namespace, db: Database) -> int:
    c = collection.log_contact(
        db,
        _customer_id(db, args.customer),
        args.channel,
        args.outcome,
        at=parse_datetime(args.at) if args.at else None,
        stage_key=args.stage,
        promise_date=day(args.promise_date),
        promise_cents=amount(args.promise_amount) if args.promise_amount else None,
        note=args.note,
    )
    print(f"Contato registrado: {format_datetime(c.at)}, {collection.describe_contact(c)}.")
    return 0


def contacts(args: argparse.Namespace, db: Database) -> int:
    cid = _customer_id(db, args.customer)
    found = collection.list_contacts(db, cid)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "at": c.at,
                    "channel": c.channel,
                    "stage": c.stage_key,
                    "outcome": c.outcome,
                    "note": c.note,
                    "promise_date": c.promise_date,
                    "promise_cents": c.promise_cents,
                    "promise_status": c.promise_status,
                    "text": c.text,
                }
                for c in found
            ]
        )
        return 0
    if not found:
        print("Nenhum contato registrado.")
        return 0
    rows = []
    for c in found:
        promise = ""
        if c.promise_date:
            value = f" {format_brl(c.promise_cents)}" if c.promise_cents else ""
            status = PROMISE_LABELS.get(c.promise_status or "", "")
            promise = f"{format_date(c.promise_date)}{value} ({status})"
        rows.append([format_datetime(c.at), c.channel, OUTCOME_LABELS[c.outcome], promise, c.note])
    table(rows, ["Quando", "Canal", "Resultado", "Promessa", "Observação"])
    return 0


def pause(args: argparse.Namespace, db: Database) -> int:
    until = day(args.until)
    assert until is not None
    s = collection.pause(db, _customer_id(db, args.customer), until, args.reason)
    print(f"Cliente em pausa: volta à agenda em {format_date(s.paused_until)}.")
    return 0


def resume(args: argparse.Namespace, db: Database) -> int:
    collection.resume(db, _customer_id(db, args.customer))
    print("Cliente de volta às cobranças.")
    return 0


def exclude(args: argparse.Namespace, db: Database) -> int:
    collection.exclude(db, _customer_id(db, args.customer), args.reason)
    print("Cliente excluído dos lembretes (use “fiado resume” para voltar).")
    return 0


def ladder_show(args: argparse.Namespace, db: Database) -> int:
    stages = collection.list_ladder(db)
    if args.json:
        print_json([s.__dict__ for s in stages])
        return 0
    rows = [[s.key, s.name, str(s.offset_days), s.channel, s.when] for s in stages]
    table(rows, ["Etapa", "Nome", "Dias", "Canal", "Quando"], right={2})
    if args.texts:
        for s in stages:
            kind = " (carta impressa)" if s.channel == "carta" else ""
            print(f"\n--- {s.key}{kind} ---\n{s.template}")
        reminder = letter_templates.letter_template(db, PRINTED_REMINDER)
        print(f"\n--- {PRINTED_REMINDER} (carta avulsa, fora da régua) ---\n{reminder}")
    return 0


def _read_template(path: Path | None) -> str | None:
    if path is None:
        return None
    return read_text_file(path, "O texto da etapa")


def _print_stage(stage: StageRecord, warnings: list[str]) -> None:
    print(f"Etapa “{stage.name}” ({stage.key}) salva: {stage.when}, canal {stage.channel}.")
    for w in warnings:
        print(f"Aviso: {w}")


def ladder_set(args: argparse.Namespace, db: Database) -> int:
    template = _read_template(args.template_file)
    if args.name is None and args.offset is None and args.channel is None and template is None:
        raise InvalidInput("Nada para alterar: use --name, --offset, --channel ou --template-file.")
    stage, warnings = collection.update_stage(
        db, args.stage, name=args.name, offset_days=args.offset, channel=args.channel,
        template=template,
    )  # fmt: skip
    _print_stage(stage, warnings)
    return 0


def ladder_add(args: argparse.Namespace, db: Database) -> int:
    stage, warnings = collection.add_stage(
        db, args.stage, args.name, args.offset, args.channel, _read_template(args.template_file)
    )
    _print_stage(stage, warnings)
    return 0


def ladder_remove(args: argparse.Namespace, db: Database) -> int:
    collection.remove_stage(db, args.stage)
    print(f"Etapa “{args.stage}” removida.")
    return 0


def ladder_reset(args: argparse.Namespace, db: Database) -> int:
    stages = collection.reset_ladder(db)
    print(f"Régua padrão restaurada ({len(stages)} etapas).")
    return 0
