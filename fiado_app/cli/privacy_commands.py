"""The customer's data rights: `fiado customer export`, `fiado customer anonymise`
(docs/privacy.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from fiado_app.cli.common import command
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.money import format_brl
from fiado_app.domain.text import plural
from fiado_app.services import backups, printing, privacy
from fiado_app.services.customers import resolve_customer
from fiado_app.services.storage import Database


def register(cust_sub: argparse._SubParsersAction) -> None:
    p = command(cust_sub, "export", "exporta tudo o que a loja guarda sobre um cliente (LGPD)",
                export_cmd)  # fmt: skip
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.json|ARQUIVO.pdf")
    p = command(cust_sub, "anonymise", "anonimiza os dados pessoais de um cliente (LGPD)",
                anonymise_cmd)  # fmt: skip
    p.add_argument("customer", metavar="CLIENTE")
    p.add_argument("--reason", required=True, metavar="MOTIVO")
    p.add_argument("--force", action="store_true", help="mesmo que o cliente ainda deva")
    p.add_argument("--purge-backups", action="store_true",
                   help="apaga as cópias de segurança antigas (ainda têm os dados)")  # fmt: skip


def export_cmd(args: argparse.Namespace, db: Database) -> int:
    customer = resolve_customer(db, args.customer)
    target: Path = args.output
    suffix = target.suffix.lower()
    if suffix == ".json":
        privacy.save_customer_json(db, customer.id, target)
    elif suffix == ".pdf":
        printing.save_pdf(printing.customer_data_pdf(db, customer.id), target)
    else:
        raise InvalidInput("Exporte para um arquivo .json ou .pdf.")
    print(f"Dados do cliente nº {customer.id} gravados em {target}")
    return 0


def anonymise_cmd(args: argparse.Namespace, db: Database) -> int:
    customer = resolve_customer(db, args.customer)
    if customer.anonymised_at is not None and args.purge_backups:
        removed = backups.purge_copies(db)  # done before; the old copies are what is left
        print(f"O cliente nº {customer.id} já estava anonimizado. " + _purged(removed))
        return 0
    done = privacy.anonymise_customer(db, customer.id, reason=args.reason, force=args.force)
    owed = f" (ainda devia {format_brl(done.owed_cents)})" if done.owed_cents else ""
    print(f"Cliente nº {done.customer_id} anonimizado{owed}: agora “{done.name}”.")
    old = backups.older_copies(db)
    if args.purge_backups:
        removed = backups.purge_copies(db)
        copies = plural(
            removed, "cópia de segurança antiga apagada", "cópias de segurança antigas apagadas"
        )
        print(f"{copies}; uma nova foi feita agora.")
    elif old:
        held = (
            "A cópia de segurança feita antes ainda tem"
            if len(old) == 1
            else f"As {len(old)} cópias de segurança feitas antes ainda têm"
        )
        print(
            f"Atenção: {held} os dados antigos. Para apagá-las (uma cópia nova é feita antes), "
            "repita com --purge-backups, ou use Privacidade › Anonimizar no aplicativo."
        )
    return 0


def _purged(removed: int) -> str:
    copies = plural(
        removed, "cópia de segurança antiga apagada", "cópias de segurança antigas apagadas"
    )
    return f"{copies}; uma cópia nova foi feita agora (também no segundo lugar, se houver)."
