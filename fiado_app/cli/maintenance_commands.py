"""Keeping the file safe and trying the app: `fiado backup|backups|restore`, `fiado demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from fiado_app.cli.common import command, integer, print_json, table
from fiado_app.domain.dates import format_datetime
from fiado_app.domain.errors import InvalidInput
from fiado_app.services import backups
from fiado_app.services.app import default_db_path
from fiado_app.services.storage import Database

KIND_NAMES = {
    "automatic": "automática",
    "manual": "feita à mão",
    "safety": "antes de restaurar",
    "damaged": "arquivo danificado",
}


def register(sub: argparse._SubParsersAction) -> None:
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
