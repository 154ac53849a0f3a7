"""Ledger commands: shop, customers, sales, payments, reversals, receivables, backups, demo."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fiado_app.cli.common import amount, command, day, integer, print_json, table, whole_number
from fiado_app.domain.aging import BUCKET_LABELS
from fiado_app.domain.br_documents import format_cep, format_document
from fiado_app.domain.dates import format_date, format_datetime
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl, parse_cents
from fiado_app.domain.phones import format_phone
from fiado_app.domain.records import EntryRecord
from fiado_app.domain.wording import describe_entry
from fiado_app.services import backups, customers, ledger, receivables, shop
from fiado_app.services.app import default_db_path
from fiado_app.services.statement import statement
from fiado_app.services.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    shop_parser = command(sub, "shop", "dados da loja", None)
    shop_sub = shop_parser.add_subparsers(dest="shop_command", required=True)
    command(shop_sub, "show", "mostra os dados da loja", shop_show)
    p = command(shop_sub, "set", "altera os dados da loja", shop_set)
    for option in (
        "name",
        "document",
        "address",
        "number",
        "complement",
        "district",
        "city",
        "uf",
        "cep",
        "phone",
        "email",
        "pix-key",
    ):
        p.add_argument(f"--{option}")
    terms = p.add_mutually_exclusive_group()
    terms.add_argument(
        "--terms-days", type=integer, metavar="N", help="vencimento N dias após a venda"
    )
    terms.add_argument(
        "--terms-day-of-month",
        type=integer,
        metavar="D",
        help="vencimento todo dia D do mês seguinte",
    )
    p.add_argument("--fine", metavar="PERCENT", help="multa por atraso, até 2 %%")
    p.add_argument("--interest", metavar="PERCENT", help="juros ao mês combinados com o cliente")

    cust = command(sub, "customer", "clientes", None)
    cust_sub = cust.add_subparsers(dest="customer_command", required=True)
    p = command(cust_sub, "add", "cadastra um cliente", customer_add)
    p.add_argument("name", metavar="NOME")
    for option in (
        "nickname",
        "phone",
        "email",
        "address",
        "number",
        "complement",
        "district",
        "city",
        "uf",
        "cep",
        "credit-limit",
        "notes",
    ):
        p.add_argument(f"--{option}")
    doc = p.add_mutually_exclusive_group()
    doc.add_argument("--cpf")
    doc.add_argument("--cnpj")
    p = command(cust_sub, "list", "lista os clientes", customer_list)
    p.add_argument("--json", action="store_true")

    p = command(sub, "sale", "registra uma venda fiado", sale)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("amount", metavar="VALOR")
    p.add_argument("--date")
    p.add_argument("--due")
    p.add_argument("--description", default="")
    p.add_argument("--override-limit", metavar="MOTIVO", default="")
    p.add_argument("--json", action="store_true")

    p = command(sub, "pay", "registra um pagamento", pay)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("amount", metavar="VALOR")
    p.add_argument("--date")
    p.add_argument(
        "--method",
        default="dinheiro",
        help="dinheiro, pix, debito, credito, transferencia ou outro",
    )
    p.add_argument("--note", default="")
    p.add_argument(
        "--credit", action="store_true", help="guarda o que passar do saldo como crédito do cliente"
    )
    p.add_argument("--json", action="store_true")

    p = command(sub, "discount", "registra um abatimento ou perdão", discount)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("amount", metavar="VALOR")
    p.add_argument("--reason", required=True)
    p.add_argument("--date")
    p.add_argument("--json", action="store_true")

    p = command(sub, "reverse", "estorna um lançamento", reverse)
    p.add_argument("entry_id", metavar="LANCAMENTO")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--effective",
        metavar="DATA",
        help="para um Pix ou cheque que voltou: o dia a partir do qual o lançamento deixa de "
        "valer (sem esta opção, um engano: não conta em data nenhuma)",
    )
    p.add_argument("--json", action="store_true")

    p = command(sub, "receivables", "contas a receber", receivables_cmd)
    p.add_argument("--as-of")
    p.add_argument("--json", action="store_true")

    p = command(sub, "statement", "extrato do cliente", statement_cmd)
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--from", dest="start")
    p.add_argument("--to", dest="end")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", type=Path, metavar="ARQUIVO.pdf", help="grava o extrato em PDF")
    p.add_argument("--whatsapp", action="store_true", help="texto curto para enviar no WhatsApp")

    p = command(sub, "demo", "preenche o banco com uma loja de demonstração", demo)
    p.add_argument("--customers", type=integer, default=200)
    p.add_argument("--years", type=integer, default=2)
    p.add_argument("--seed", type=integer, default=7)

    p = command(sub, "backup", "faz uma cópia de segurança agora (nunca apagada pelo rodízio)",
                backup_cmd)  # fmt: skip
    p.add_argument("dest", nargs="?", type=Path, metavar="DESTINO", help="pasta ou arquivo")
    p.add_argument("--to", type=Path, metavar="PASTA", help="o mesmo que DESTINO")
    p.add_argument(
        "--second-folder",
        metavar="PASTA",
        help="segundo lugar (pen drive, pasta do Google Drive/OneDrive) onde a cópia do dia "
        "também é gravada; --second-folder '' desliga",
    )
    p = command(sub, "backups", "lista as cópias de segurança", backups_cmd)
    p.add_argument("--check", action="store_true", help="verifica cada cópia (demora)")
    p.add_argument("--json", action="store_true")
    p = command(sub, "restore", "restaura uma cópia de segurança", restore_cmd)
    p.add_argument("source", type=Path, metavar="ARQUIVO")
    p.set_defaults(no_db=True)


def _percent_bp(text: str) -> int:
    cents = parse_cents(text.replace("%", "").strip())
    return cents  # "2" -> 200 basis points, "1,5" -> 150


def shop_show(args: argparse.Namespace, db: Database) -> int:
    s = shop.get_shop(db)
    terms = shop.shop_terms(s)
    address = ", ".join(x for x in (s.street, s.number, s.complement, s.district) if x)
    lines = [
        ("Nome", s.name or "(não informado)"),
        ("CPF/CNPJ", format_document(s.document) if s.document else ""),
        ("Endereço", address),
        ("Cidade", f"{s.city}/{s.uf}" if s.uf else s.city),
        ("CEP", format_cep(s.cep) if s.cep else ""),
        ("Telefone", format_phone(s.phone) if s.phone else ""),
        ("E-mail", s.email),
        ("Chave Pix", s.pix_key or ""),
        ("Prazo", terms.describe()),
        ("Multa", f"{s.fine_bp / 100:.2f} %".replace(".", ",")),
        ("Juros ao mês", f"{s.interest_monthly_bp / 100:.2f} %".replace(".", ",")),
    ]
    for label, value in lines:
        print(f"{label + ':':14} {value}")
    return 0


def shop_set(args: argparse.Namespace, db: Database) -> int:
    changes = {
        "name": args.name,
        "document": args.document,
        "street": args.address,
        "number": args.number,
        "complement": args.complement,
        "district": args.district,
        "city": args.city,
        "uf": args.uf,
        "cep": args.cep,
        "phone": args.phone,
        "email": args.email,
        "pix_key": args.pix_key,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    if args.terms_days is not None:
        changes["terms_days"] = args.terms_days
    if args.terms_day_of_month is not None:
        changes["terms_day_of_month"] = args.terms_day_of_month
    if args.fine is not None:
        changes["fine_bp"] = _percent_bp(args.fine)
    if args.interest is not None:
        changes["interest_monthly_bp"] = _percent_bp(args.interest)
    if not changes:
        raise InvalidInput("Nada para alterar: informe ao menos uma opção (veja --help).")
    shop.update_shop(db, **changes)
    print("Dados da loja atualizados.")
    return shop_show(args, db)


def customer_add(args: argparse.Namespace, db: Database) -> int:
    data = customers.CustomerInput(
        name=args.name,
        nickname=args.nickname or "",
        phone=args.phone or "",
        document=args.cpf or args.cnpj or "",
        email=args.email or "",
        street=args.address or "",
        number=args.number or "",
        complement=args.complement or "",
        district=args.district or "",
        city=args.city or "",
        uf=args.uf or "",
        cep=args.cep or "",
        credit_limit=args.credit_limit or "",
        notes=args.notes or "",
    )
    if args.cpf and len("".join(c for c in args.cpf if c.isalnum())) != 11:
        raise InvalidInput(f"CPF inválido: “{args.cpf}”.")
    if args.cnpj and len("".join(c for c in args.cnpj if c.isalnum())) != 14:
        raise InvalidInput(f"CNPJ inválido: “{args.cnpj}”.")
    c = customers.add_customer(db, data)
    print(f"Cliente nº {c.id} cadastrado: {c.name}")
    return 0


def customer_list(args: argparse.Namespace, db: Database) -> int:
    rows = customers.list_customers(db)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "name": c.name,
                    "nickname": c.nickname,
                    "phone": c.phone,
                    "document": c.document,
                    "credit_limit_cents": c.credit_limit_cents,
                }
                for c in rows
            ]
        )
        return 0
    table(
        [[str(c.id), c.name, c.nickname, format_phone(c.phone) if c.phone else ""] for c in rows],
        ["Nº", "Nome", "Apelido", "Telefone"],
        right={0},
    )
    return 0


def _entry_json(e: EntryRecord) -> dict[str, object]:
    return {
        "id": e.id,
        "customer_id": e.customer_id,
        "kind": e.kind,
        "date": e.date,
        "amount_cents": e.amount_cents,
        "due_date": e.due_date,
        "description": e.description,
        "method": e.method,
        "note": e.note,
        "reason": e.reason,
        "reverses_id": e.reverses_id,
    }


def sale(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    cents = amount(args.amount)
    entry = ledger.record_sale(
        db,
        c.id,
        cents,
        on=day(args.date),
        due=day(args.due),
        description=args.description,
        override_reason=args.override_limit,
    )
    if args.json:
        print_json(_entry_json(entry))
    else:
        print(
            f"Venda nº {entry.id}: {c.name}, {format_brl(cents)}, "
            f"vence em {format_date(entry.due_date)}."
        )
    return 0


def pay(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    cents = amount(args.amount)
    entry = ledger.record_payment(
        db,
        c.id,
        cents,
        on=day(args.date),
        method=args.method.lower(),
        note=args.note,
        allow_credit=args.credit,
    )
    remaining = ledger.customer_balance(db, c.id)
    if args.json:
        print_json({**_entry_json(entry), "balance_cents": remaining})
    else:
        print(
            f"Pagamento nº {entry.id}: {c.name}, {format_brl(cents)}. "
            f"Saldo restante: {format_brl(remaining)}."
        )
    return 0


def discount(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    entry = ledger.record_discount(
        db, c.id, amount(args.amount), reason=args.reason, on=day(args.date)
    )
    if args.json:
        print_json(_entry_json(entry))
    else:
        print(f"Abatimento nº {entry.id}: {c.name}, {format_brl(entry.amount_cents)}.")
    return 0


def reverse(args: argparse.Namespace, db: Database) -> int:
    entry_id = whole_number(args.entry_id, "Número do lançamento")
    entry = ledger.reverse_entry(db, entry_id, reason=args.reason, effective=day(args.effective))
    if args.json:
        print_json(_entry_json(entry))
    else:
        when = (
            f" Deixa de valer em {format_date(entry.date)}."
            if args.effective
            else " Não conta em data nenhuma."
        )
        print(f"Lançamento nº {entry_id} estornado (estorno nº {entry.id}).{when}")
    return 0


def receivables_cmd(args: argparse.Namespace, db: Database) -> int:
    report = receivables.receivables(db, day(args.as_of) or date.today())
    if args.json:
        print_json(
            {
                "as_of": report.as_of,
                "customers": [
                    {
                        "id": r.customer_id,
                        "name": r.name,
                        "open_cents": r.open_cents,
                        "overdue_cents": r.overdue_cents,
                        "oldest_due": r.oldest_due,
                        "days_overdue": r.days_overdue,
                        "bucket": r.bucket,
                        "last_payment": r.last_payment,
                    }
                    for r in report.rows
                ],
                "totals": {
                    "open_cents": report.open_cents,
                    "overdue_cents": report.overdue_cents,
                    "customers_overdue": report.customers_overdue,
                },
            }
        )
        return 0
    print(f"Contas a receber em {format_date(report.as_of)}")
    table(
        [
            [
                str(r.customer_id),
                r.name,
                format_brl(r.open_cents),
                format_brl(r.overdue_cents),
                format_date(r.oldest_due),
                str(r.days_overdue) if r.days_overdue else "",
                BUCKET_LABELS[r.bucket],
                format_date(r.last_payment),
            ]
            for r in report.rows
        ],
        [
            "Nº",
            "Cliente",
            "Em aberto",
            "Vencido",
            "Venc. mais antigo",
            "Dias",
            "Faixa",
            "Último pgto.",
        ],
        right={0, 2, 3, 5},
    )
    print(
        f"\nTotal em aberto: {format_brl(report.open_cents)}   "
        f"Vencido: {format_brl(report.overdue_cents)}   "
        f"Clientes em atraso: {report.customers_overdue}"
    )
    return 0


def statement_cmd(args: argparse.Namespace, db: Database) -> int:
    c = customers.resolve_customer(db, args.customer)
    if args.pdf is not None or args.whatsapp:
        from fiado_app.cli.document_commands import statement_document

        return statement_document(args, db, c)
    st = statement(db, c.id, day(args.start), day(args.end))
    if args.json:
        print_json(
            {
                "customer": {"id": c.id, "name": c.name},
                "opening_cents": st.opening_cents,
                "entries": [
                    {
                        **_entry_json(line.entry),
                        "delta_cents": line.delta_cents,
                        "balance_cents": line.balance_cents,
                        "reversed": line.entry.is_reversed,
                    }
                    for line in st.lines
                ],
                "balance_cents": st.closing_cents,
            }
        )
        return 0
    print(f"Extrato de {c.name} (nº {c.id})")
    rows = [["", "", "Saldo anterior", "", format_brl(st.opening_cents)]] if st.start else []
    for line in st.lines:
        e = line.entry
        mark = " (estornado)" if e.is_reversed else ""
        rows.append(
            [
                str(e.id),
                format_date(e.date),
                f"{describe_entry(e)}{mark}",
                format_brl(line.delta_cents),
                format_brl(line.balance_cents),
            ]
        )
    table(rows, ["Nº", "Data", "Lançamento", "Valor", "Saldo"], right={0, 3, 4})
    print(f"\nSaldo: {format_brl(st.closing_cents)}")
    return 0


def demo(args: argparse.Namespace, db: Database) -> int:
    from fiado_app.services.demo import generate_demo

    if args.customers < 1 or args.years < 1:
        raise InvalidInput("Use ao menos 1 cliente e 1 ano.")
    summary = generate_demo(db, customers=args.customers, years=args.years, seed=args.seed)
    print(summary)
    return 0


def backup_cmd(args: argparse.Namespace, db: Database) -> int:
    if args.second_folder is not None:
        chosen = backups.set_second_folder(db, args.second_folder or None)
        if chosen is None:
            print("Segunda cópia desligada: as cópias ficam só neste computador.")
        else:
            print(f"A cópia do dia também será gravada em {chosen}.")
        if args.dest is None and args.to is None:
            return 0
    dest = backups.backup_now(db, args.to or args.dest)
    print(f"Cópia de segurança salva em {dest}")
    return 0


KIND_NAMES = {
    "automatic": "automática",
    "manual": "feita à mão",
    "safety": "antes de restaurar",
    "damaged": "arquivo danificado",
}


def backups_cmd(args: argparse.Namespace, db: Database) -> int:
    copies = backups.list_copies(db)
    second = backups.get_second_folder(db)
    checked = {c.path: backups.verify_copy(c.path) for c in copies} if args.check else {}
    if args.json:
        print_json(
            {
                "folder": str(backups.backup_dir_for(db.path)),
                "second_folder": str(second) if second else None,
                "copies": [
                    {
                        "path": str(c.path),
                        "taken_at": c.taken_at,
                        "size": c.size,
                        "kind": c.kind,
                        **({"ok": checked[c.path]} if args.check else {}),
                    }
                    for c in copies
                ],
            }
        )
        return 0
    print(f"Cópias em {backups.backup_dir_for(db.path)}")
    rows = [
        [
            format_datetime(c.taken_at),
            KIND_NAMES.get(c.kind, c.kind),
            f"{c.size / 1_048_576:.1f} MB".replace(".", ","),
            ("ok" if checked[c.path] else "DANIFICADA") if args.check else "",
            c.path.name,
        ]
        for c in copies
    ]
    table(rows, ["Data", "Tipo", "Tamanho", "Verificação", "Arquivo"], right={2})
    if second is None:
        print("\nSegunda cópia: não configurada (fiado backup --second-folder PASTA).")
    else:
        state = "" if second.is_dir() else " — não disponível agora (pen drive desconectado?)"
        print(f"\nSegunda cópia: {second}{state}")
    return 0 if all(checked.values()) else 1


def restore_cmd(args: argparse.Namespace, _db: None) -> int:
    target = (args.db or default_db_path()).expanduser().resolve()
    safety = backups.restore(args.source, target)
    if safety:
        print(f"O banco anterior foi guardado em {safety}")
    print(f"Banco restaurado a partir de {args.source.expanduser().resolve()}")
    return 0
