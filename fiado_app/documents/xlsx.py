"""A streaming XLSX (Office Open XML, ISO/IEC 29500) writer for the big export.

openpyxl, the usual library, spends about 22 µs on each cell here: 160 s for the 7 million cells
of a 10,000-customer shop, ten times the 15 s the export may take. A workbook of plain rows
needs only a few parts — the content types, the relationships, the workbook, one style sheet
and one XML file per sheet — so this module writes them directly, row by row into the ZIP
(memory stays flat), about twenty times faster. What it writes: text as inline strings, numbers,
money in the R$ format, dates and date-times as spreadsheet dates, a bold header row frozen
at the top, column widths. The tests read every file it writes back with openpyxl.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

MONEY, DAY, MOMENT, TEXT, NUMBER = "money", "date", "datetime", "text", "number"
MONEY_FORMAT = '"R$" #,##0.00'
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
# Style indexes in styles.xml below.
_STYLE = {TEXT: "", NUMBER: "", MONEY: ' s="2"', DAY: ' s="3"', MOMENT: ' s="4"'}
_EPOCH = date(1899, 12, 30).toordinal()
# XML 1.0 allows no control characters but tab, newline and carriage return.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff&<>]")


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: int = 14


def _text(value: str) -> str:
    if _SPECIAL.search(value):  # rare: one search, then the work
        value = escape(_NOT_XML.sub("", value))
    return f'<c t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'


class XlsxWriter:
    """`add_sheet` for each sheet, then `close` (or use it as a context manager)."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.sheets: list[str] = []
        self._days: dict[object, str] = {}

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serial(self, value: object) -> str:
        """A date or date-time (or one in ISO text, as SQLite keeps it) as the spreadsheet's
        serial number (days since 30/12/1899)."""
        if isinstance(value, str):
            day = self._serial(value[:10]) if len(value) > 10 else None
            if day is None:
                found = self._days.get(value)
                if found is None:
                    found = self._days[value] = self._serial(date.fromisoformat(value))
                return found
            hours, minutes, seconds = int(value[11:13]), int(value[14:16]), int(value[17:19] or 0)
            fraction = (hours * 3600 + minutes * 60 + seconds) / 86400
            return f"{int(day) + fraction:.10f}"
        if isinstance(value, datetime):
            seconds = value.hour * 3600 + value.minute * 60 + value.second
            return f"{value.toordinal() - _EPOCH + seconds / 86400:.10f}"
        found = self._days.get(value)
        if found is None:
            assert isinstance(value, date)
            found = self._days[value] = str(value.toordinal() - _EPOCH)
        return found

    def _formatter(self, kind: str, text: Callable[[str], str]) -> Callable[[object], str]:
        """How one column's cells are written."""
        style, serial = _STYLE[kind], self._serial
        if kind in (DAY, MOMENT):
            return lambda v: "<c/>" if v is None else f"<c{style}><v>{serial(v)}</v></c>"
        if kind == MONEY:
            return lambda v: "<c/>" if v is None or v == "" else f"<c{style}><v>{v}</v></c>"

        def cell(v: object) -> str:
            if v is None or v == "":
                return "<c/>"
            if isinstance(v, str):
                return _text(text(v))
            if isinstance(v, bool):
                return _text("sim" if v else "não")
            return f"<c><v>{v}</v></c>"

        return cell

    def add_sheet(
        self,
        name: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[object]],
        text: Callable[[str], str] = str,
    ) -> int:
        """Write one sheet (`text` passes every text cell through, e.g. to neutralise
        formulas); returns how many rows (besides the header) it has."""
        self.sheets.append(name)
        formatters = [self._formatter(c.kind, text) for c in columns]
        count = 0
        with self.zip.open(f"xl/worksheets/sheet{len(self.sheets)}.xml", "w",
                           force_zip64=True) as raw:  # fmt: skip
            cols = "".join(
                f'<col min="{i}" max="{i}" width="{c.width}" customWidth="1"/>'
                for i, c in enumerate(columns, start=1)
            )
            head = "".join(
                f'<c t="inlineStr" s="1"><is><t>{escape(c.title)}</t></is></c>' for c in columns
            )
            raw.write(
                (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                    f"<cols>{cols}</cols><sheetData><row>{head}</row>"
                ).encode()
            )
            chunk: list[str] = []
            for row in rows:
                chunk.append(
                    "<row>" + "".join([f(v) for f, v in zip(formatters, row, strict=True)])
                    + "</row>"
                )  # fmt: skip
                count += 1
                if len(chunk) >= 2000:
                    raw.write("".join(chunk).encode())
                    chunk.clear()
            raw.write(("".join(chunk) + "</sheetData></worksheet>").encode())
        return count

    def close(self) -> None:
        if not self.sheets:
            self.add_sheet("Planilha1", [Column("")], [])
        n = len(self.sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, n + 1)
        )
        self.zip.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml"'
            ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.styles+xml"/>' + overrides + "</Types>",
        )
        self.zip.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
            'http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"'
            ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        sheets = "".join(
            f'<sheet name={quoteattr(name[:31])} sheetId="{i}" r:id="rId{i}"/>'
            for i, name in enumerate(self.sheets, start=1)
        )
        self.zip.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://'
            'schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + sheets
            + "</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1)
        )
        self.zip.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
            'http://schemas.openxmlformats.org/package/2006/relationships">' + rels
            + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        )  # fmt: skip
        self.zip.writestr("xl/styles.xml", _STYLES)
        self.zip.close()


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main">'
    f'<numFmts count="3"><numFmt numFmtId="164" formatCode={quoteattr(MONEY_FORMAT)}/>'
    f'<numFmt numFmtId="165" formatCode="{DATE_FORMAT}"/>'
    f'<numFmt numFmtId="166" formatCode="{DATETIME_FORMAT}"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
