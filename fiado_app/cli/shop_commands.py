"""Shop and customer commands: `fiado shop show|set`, `fiado customer add|list`."""

from __future__ import annotations

import argparse

from fiado_app.cli import privacy_commands
from fiado_app.cli.common import command, integer, print_json, table
from fiado_app.domain.address import ADDRESS_PARTS
from fiado_app.domain.br_documents import format_document
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import parse_cents
from fiado_app.domain.phones import format_phone
from fiado_app.services import customers, shop
from fiado_app.services.shop_record import get_shop
from fiado_app.services.storage import Database

# `--address --number --complement --district --city --uf --cep`, for the shop and customers.
ADDRESS_OPTIONS = tuple(part.option for part in ADDRESS_PARTS)


def address_options(args: argparse.Namespace) -> dict[str, str | None]:
    """The address parts given on the command line (None: not given)."""
    return {part.name: getattr(args, part.option) for part in ADDRESS_PARTS}


def register(sub: argparse._SubParsersAction) -> None:
    register_shop(sub)
    register_customers(sub)


def register_shop(sub: argparse._SubParsersAction) -> None:
    shop_parser = command(sub, "shop", "dados da loja", None)
    shop_sub = shop_parser.add_subparsers(dest="shop_command", required=True)
    command(shop_sub, "show", "mostra os dados da loja", shop_show)
    p = command(shop_sub, "set", "altera os dados da loja", shop_set)
    for option in ("name", "document", *ADDRESS_OPTIONS, "phone", "email", "pix-key"):
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
    p.add_argument(
        "--interest",
        metavar="PERCENT",
        help="juros simples ao mês combinados com o cliente, até 1 %%",
    )
    p.add_argument(
        "--credit-bureau",
        choices=("sim", "nao"),
        help="se a loja pode pedir registro do débito em SPC/Serasa (muda a notificação)",
    )


def register_customers(sub: argparse._SubParsersAction) -> None:
    cust = command(sub, "customer", "clientes", None)
    cust_sub = cust.add_subparsers(dest="customer_command", required=True)
    p = command(cust_sub, "add", "cadastra um cliente", customer_add)
    p.add_argument("name", metavar="NOME")
    for option in ("nickname", "phone", "email", *ADDRESS_OPTIONS, "credit-limit", "notes"):
        p.add_argument(f"--{option}")
    doc = p.add_mutually_exclusive_group()
    doc.add_argument("--cpf")
    doc.add_argument("--cnpj")
    p = command(cust_sub, "list", "lista os clientes", customer_list)
    p.add_argument("--json", action="store_true")
    privacy_commands.register(cust_sub)


def _percent_bp(text: str) -> int:
    cents = parse_cents(text.replace("%", "").strip())
    return cents  # "2" -> 200 basis points, "1,5" -> 150


def shop_show(args: argparse.Namespace, db: Database) -> int:
    s = get_shop(db)
    terms = shop.shop_terms(s)
    address = s.address
    lines = [
        ("Nome", s.name or "(não informado)"),
        ("CPF/CNPJ", format_document(s.document) if s.document else ""),
        ("Endereço", ", ".join(x for x in (address.street_line(), address.district) if x)),
        ("Cidade", address.city_line()),
        ("CEP", address.cep_text()),
        ("Telefone", format_phone(s.phone) if s.phone else ""),
        ("E-mail", s.email),
        ("Chave Pix", s.pix_key or ""),
        ("Prazo", terms.describe()),
        ("Multa", f"{s.fine_bp / 100:.2f} %".replace(".", ",")),
        ("Juros ao mês", f"{s.interest_monthly_bp / 100:.2f} %".replace(".", ",")),
        ("SPC/Serasa", "pode pedir registro" if s.may_register_credit_bureau else "não"),
    ]
    for label, value in lines:
        print(f"{label + ':':14} {value}")
    return 0


def shop_set(args: argparse.Namespace, db: Database) -> int:
    changes = {
        "name": args.name,
        "document": args.document,
        **address_options(args),
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
    if args.credit_bureau is not None:
        changes["may_register_credit_bureau"] = args.credit_bureau == "sim"
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
        **{name: value or "" for name, value in address_options(args).items()},
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
