"""Spreadsheets in and out: `fiado import`, `fiado import-undo`, `fiado imports`,
`fiado export` (docs/spreadsheets.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fiado_app.cli.common import command, day, integer, print_json, table
from fiado_app.domain.dates import format_datetime
from fiado_app.domain.sheet_fields import header_key
from fiado_app.domain.text import plural
from fiado_app.services import sheet_export, sheet_import
from fiado_app.services.storage import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "import", "importa clientes ou lançamentos de uma planilha (CSV, XLSX, ODS)",
                import_cmd)  # fmt: skip
    p.add_argument("file", type=Path, metavar="ARQUIVO")
    p.add_argument(
        "--sheet", metavar="NOME", help="a planilha (aba) a ler; padrão: a primeira com dados"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="só confere: mostra o que seria importado"
    )
    p.add_argument("--skip-bad", action="store_true",
                   help="importa as linhas boas e lista as recusadas")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = command(sub, "import-undo", "desfaz uma importação (estorna os lançamentos dela)",
                import_undo_cmd)  # fmt: skip
    p.add_argument("batch", type=integer, metavar="IMPORTACAO")
    p = command(sub, "imports", "lista as importações feitas", imports_cmd)
    p.add_argument("--json", action="store_true")
    p = command(sub, "import-template", "grava o modelo de planilha para importar", template_cmd)
    p.add_argument("shape", type=_shape, metavar="clientes|lancamentos")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO.xlsx|ARQUIVO.csv")
    p = command(sub, "export", "exporta clientes, lançamentos, contatos e acordos (XLSX ou CSV)",
                export_cmd)  # fmt: skip
    p.add_argument("-o", "--output", type=Path, required=True, metavar="ARQUIVO")
    p.add_argument("--from", dest="start", metavar="DATA")
    p.add_argument("--to", dest="end", metavar="DATA")


def _shape(text: str) -> str:
    """`clientes` or `lancamentos` (also typed `lançamentos`, `Clientes`)."""
    key = header_key(text)
    if key not in ("clientes", "lancamentos"):
        raise ValueError(text)
    return key


_shape.__name__ = "tipo de modelo (clientes ou lancamentos)"


def _problems(skipped: list[sheet_import.Problem], limit: int = 20) -> None:
    for p in skipped[:limit]:
        print(f"  linha {p.line}, coluna {p.column}: {p.reason}", file=sys.stderr)
    if len(skipped) > limit:
        print(f"  … e mais {len(skipped) - limit}.", file=sys.stderr)


def import_cmd(args: argparse.Namespace, db: Database) -> int:
    plan = sheet_import.plan_import(db, args.file, sheet=args.sheet)
    # Refused rows without --skip-bad: nothing is (or would be) written, and the exit is 2.
    refused = bool(plan.problems) and not args.skip_bad
    if args.dry_run or refused:
        result = sheet_import.dry_run_result(plan, dry_run=args.dry_run)
    else:
        result = sheet_import.run_import(db, plan, skip_bad=args.skip_bad)
    if args.json:
        print_json(result.as_json())
    out = sys.stderr if args.json else sys.stdout
    if result.already_imported is not None:
        print(f"Este arquivo já foi importado (importação nº {result.already_imported}): nada "
              "foi adicionado.", file=out)  # fmt: skip
        return 0
    will = args.dry_run or refused
    lead = "Seriam adicionados" if will else "Adicionados"
    print(
        f"{sheet_import.SHAPE_NAMES[plan.shape].capitalize()} ({plan.sheet.name}). {lead}: "
        f"{plural(result.customers_added, 'cliente novo', 'clientes novos')} e "
        f"{plural(result.entries_added, 'lançamento', 'lançamentos')}; "
        f"{plural(result.customers_matched, 'cliente já cadastrado', 'clientes já cadastrados')}"
        + (f"; {result.entries_existing} lançamentos já importados antes"
           if result.entries_existing else "")
        + ".",
        file=out,
    )  # fmt: skip
    for note in plan.notes[:10]:
        where = f"linha {note.line}: " if note.line > 1 else ""
        print(f"  {where}{note.reason}", file=out)
    if len(plan.notes) > 10:
        print(f"  … e mais {len(plan.notes) - 10} avisos.", file=out)
    if plan.problems:
        print(
            f"{plural(len(plan.problems), 'linha recusada', 'linhas recusadas')}:", file=sys.stderr
        )
        _problems(plan.problems)
    if refused:
        print(("Nada seria importado" if args.dry_run else "Nada foi importado")
              + ". Corrija a planilha, ou use --skip-bad para importar só as linhas boas.",
              file=sys.stderr)  # fmt: skip
        return 2
    if result.batch_id is not None:
        print(f"Importação nº {result.batch_id}. Para desfazer: fiado import-undo "
              f"{result.batch_id}", file=out)  # fmt: skip
    elif not will:
        print("Nada a adicionar: tudo o que a planilha tem já está no Fiado.", file=out)
    return 0


def import_undo_cmd(args: argparse.Namespace, db: Database) -> int:
    undone = sheet_import.undo_import(db, args.batch)
    print(
        f"Importação nº {undone.batch_id} desfeita: "
        f"{plural(undone.entries_reversed, 'lançamento estornado', 'lançamentos estornados')}, "
        f"{plural(undone.customers_archived, 'cliente arquivado', 'clientes arquivados')}."
    )
    return 0


def imports_cmd(args: argparse.Namespace, db: Database) -> int:
    batches = sheet_import.list_imports(db)
    if args.json:
        print_json([{
            "id": b.id, "file": b.file_name, "sheet": b.sheet, "shape": b.shape,
            "customers_added": b.customers_added, "customers_matched": b.customers_matched,
            "entries_added": b.entries_added, "rows_skipped": b.rows_skipped,
            "created_at": b.created_at, "undone_at": b.undone_at,
        } for b in batches])  # fmt: skip
        return 0
    if not batches:
        print("Nenhuma importação feita.")
        return 0
    table(
        [[str(b.id), format_datetime(b.created_at), b.file_name, str(b.customers_added),
          str(b.entries_added), format_datetime(b.undone_at) if b.undone_at else ""]
         for b in batches],
        ["Nº", "Quando", "Arquivo", "Clientes", "Lançamentos", "Desfeita em"],
        right={0, 3, 4},
    )  # fmt: skip
    return 0


def export_cmd(args: argparse.Namespace, db: Database) -> int:
    done = sheet_export.export_books(db, args.output, start=day(args.start), end=day(args.end))
    for path in done.files:
        print(f"Gravado: {path}")
    print("; ".join(f"{name}: {count}" for name, count in done.rows.items()))
    return 0


def template_cmd(args: argparse.Namespace, db: Database) -> int:
    print(f"Modelo gravado: {sheet_export.save_template(args.shape, args.output)}")
    return 0
