"""Reading the spreadsheet an owner picks: CSV (comma, semicolon or tab; UTF-8 with or without
BOM, Windows-1252 and the rest told apart by charset-normalizer) and XLSX, XLS and ODS (through
python-calamine, a Rust reader: fast on large sheets, and it gives Excel's dates as dates).
Anything else, or a damaged file, is refused with one line the owner can read."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from fiado_app.domain.errors import InvalidInput

MAX_SHEET_BYTES = 200 * 1024 * 1024
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXTS = (".csv", ".txt", ".tsv")
FILE_TYPES = "Planilhas (*.csv *.xlsx *.xls *.ods)"


@dataclass(frozen=True)
class Sheet:
    """One sheet's cells (rows of values: str, int, float, date, datetime or None), its name
    and the SHA-256 of the file's bytes (what makes a second import of it add nothing)."""

    name: str
    rows: list[list[object]]
    sheet_names: tuple[str, ...]
    digest: str
    encoding: str = ""  # for a CSV: the encoding it was read in


def _read_bytes(path: Path) -> bytes:
    path = path.expanduser()
    try:
        if path.is_dir():
            raise InvalidInput(f"{path} é uma pasta: escolha um arquivo de planilha.")
        size = path.stat().st_size
        if size > MAX_SHEET_BYTES:
            raise InvalidInput(
                f"A planilha {path.name} é grande demais ({size // (1024 * 1024)} MB)."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"Arquivo não encontrado: {path}.") from None
    except OSError as exc:
        raise InvalidInput(f"Não foi possível ler {path}: {exc.strerror or exc}.") from None


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000], cp_isolation=["cp1252", "latin_1", "utf_16", "cp850"])
    guess = best.best()
    encoding = guess.encoding if guess is not None else "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace"), "cp1252"


def _csv_rows(text: str) -> list[list[object]]:
    if "\x00" in text:
        raise InvalidInput("O arquivo não é um texto de planilha (CSV): tem caracteres binários.")
    sample = "\n".join(text.splitlines()[:50])
    counts = {d: sample.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        raise InvalidInput(f"O CSV não pôde ser lido: {exc}.") from None


def _trimmed(rows: list[list[object]]) -> list[list[object]]:
    """Without the empty rows at the end and the empty columns on the right."""

    def empty(v: object) -> bool:
        return v is None or (isinstance(v, str) and not v.strip())

    while rows and all(empty(v) for v in rows[-1]):
        rows.pop()
    width = max((i + 1 for row in rows for i, v in enumerate(row) if not empty(v)), default=0)
    return [list(row[:width]) + [None] * (width - len(row)) for row in rows]


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    """The sheet asked for, or the first one with data."""
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    looks_zip = data[:4] == b"PK\x03\x04"
    looks_ole = data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    if suffix in SPREADSHEETS or looks_zip or looks_ole:
        return _read_workbook(path, data, digest, sheet)
    if suffix and suffix not in TEXTS:
        raise InvalidInput(
            f"O Fiado não lê arquivos {suffix}: use uma planilha CSV, XLSX, XLS ou ODS."
        )
    text, encoding = _decode(data)
    rows = _trimmed(_csv_rows(text))
    if sheet is not None:
        raise InvalidInput("Um arquivo CSV tem uma só planilha: não use --sheet com ele.")
    return Sheet(path.stem, rows, (path.stem,), digest, encoding)


def _read_workbook(path: Path, data: bytes, digest: str, sheet: str | None) -> Sheet:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = tuple(book.sheet_names)
        if sheet is not None:
            if sheet not in names:
                raise InvalidInput(
                    f"A planilha “{sheet}” não existe em {path.name}. Há: {', '.join(names)}."
                )
            chosen = [sheet]
        else:
            chosen = list(names)
        for name in chosen:
            rows = _trimmed([list(r) for r in book.get_sheet_by_name(name).to_python()])
            if rows:
                return Sheet(name, rows, names, digest)
    except InvalidInput:
        raise
    except Exception as exc:  # calamine raises its own errors for damaged or foreign files
        raise InvalidInput(
            f"{path.name} não é uma planilha que o Fiado consiga ler: o arquivo está danificado "
            "ou é de outro tipo. Abra-o no Excel ou no LibreOffice e salve de novo como XLSX ou CSV."
        ) from exc
    raise InvalidInput(f"{path.name} não tem dados em nenhuma planilha.")
