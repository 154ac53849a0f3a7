"""What every Fiado document shares: fonts, styles, the letterhead, the footer with the shop's
identification on every page (CDC art. 42-A), page numbers per document, and saving.

Geometry (A4, millimetres from the top-left corner), after DIN 5008 form B, which fits the
common DL (110 x 220 mm) and "ofício" (114 x 229 mm) window envelopes with the window on the
left (20 mm from the left edge, 45 mm from the top of the folded sheet, 90 x 45 mm):
- letterhead between 12 and 40 mm;
- sender line at 47 mm, recipient block 25-103 mm across and 52-89 mm down (inside the window);
- the text starts at 92 mm;
- fold marks at 105 and 210 mm (fold in three), punch mark at 148.5 mm.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from fiado_app.documents.files import as_a_new_file
from fiado_app.documents.fonts import BOLD, REGULAR, register_fonts
from fiado_app.domain.br_documents import format_document
from fiado_app.domain.errors import InvalidInput
from fiado_app.domain.phones import format_phone
from fiado_app.domain.records import ShopRecord

PAGE_W, PAGE_H = A4
LEFT, RIGHT, BOTTOM = 25 * mm, 20 * mm, 27 * mm
WIDTH = PAGE_W - LEFT - RIGHT
GREY = HexColor("#555555")
LIGHT = HexColor("#E8E8E8")
RULE = HexColor("#999999")


def top(mm_from_top: float) -> float:
    """A y coordinate given in millimetres from the top of the page."""
    return PAGE_H - mm_from_top * mm


def esc(text: str | None) -> str:
    """User text as Paragraph text: every character prints as typed; new lines break lines."""
    return escape(text or "").replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.8)
    return {
        "body": base,
        "body_right": ParagraphStyle("body_right", parent=base, alignment=TA_RIGHT),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER
        ),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=11, leading=15),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "small_grey": ParagraphStyle(
            "small_grey", parent=base, fontSize=6.5, leading=8, textColor=GREY
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5),
        "head_right": ParagraphStyle(
            "head_right", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "code": ParagraphStyle("code", parent=base, fontSize=7.5, leading=9.5, wordWrap="CJK"),
        "footer": ParagraphStyle("footer", parent=base, fontSize=7, leading=9, textColor=GREY),
        "letterhead_name": ParagraphStyle(
            "letterhead_name", parent=base, fontName=BOLD, fontSize=13, leading=16
        ),
        "letterhead": ParagraphStyle(
            "letterhead", parent=base, fontSize=8.5, leading=11, textColor=GREY
        ),
        "address": ParagraphStyle("address", parent=base, fontSize=10, leading=13),
    }


def shop_document(shop: ShopRecord) -> str:
    if not shop.document:
        return ""
    label = "CNPJ" if shop.document_kind == "cnpj" else "CPF"
    return f"{label} {format_document(shop.document)}"


def shop_address(shop: ShopRecord) -> str:
    return shop.address.one_line()


def shop_contact(shop: ShopRecord) -> str:
    parts = []
    if shop.phone:
        parts.append(f"Telefone/WhatsApp {format_phone(shop.phone)}")
    if shop.email:
        parts.append(shop.email)
    return " · ".join(parts)


def shop_identification(shop: ShopRecord) -> str:
    """One line naming the creditor: name, CPF/CNPJ, address, phone (CDC art. 42-A)."""
    parts = [shop.name, shop_document(shop), shop_address(shop), shop_contact(shop)]
    return " · ".join(p for p in parts if p)


class GroupStart(Flowable):
    """Marks where a new document starts inside a batch (page numbers restart there); `label`
    heads its continuation pages."""

    def __init__(self, label: str = "") -> None:
        super().__init__()
        self.width = self.height = 0
        self.label = label

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        canv._fiado_group = getattr(canv, "_fiado_group", 0) + 1
        canv._fiado_label = self.label


class NumberedCanvas(Canvas):
    """Holds the pages until the end so each can say "Página 2 de 3" of its own document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._fiado_group = 0

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._pages:
            totals[state["_fiado_group"]] = totals.get(state["_fiado_group"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            group = state["_fiado_group"]
            seen[group] = seen.get(group, 0) + 1
            self.setFont(REGULAR, 7)
            self.setFillColor(GREY)
            self.drawRightString(
                PAGE_W - RIGHT, 12 * mm, f"Página {seen[group]} de {totals[group]}"
            )
            super().showPage()
        super().save()


class Layout:
    """Page templates for one PDF: "window" (letterhead + recipient in the envelope window),
    "head" (letterhead only) and "next" (continuation pages). The footer is on all of them."""

    def __init__(self, shop: ShopRecord, logo: bytes | None, title: str) -> None:
        register_fonts()
        self.shop = shop
        self.title = title
        self.logo = _image(logo)
        st = styles()
        self._name = Paragraph(esc(shop.name), st["letterhead_name"])
        info = [x for x in (shop_document(shop), shop_address(shop), shop_contact(shop)) if x]
        self._info = Paragraph("<br/>".join(esc(x) for x in info), st["letterhead"])
        self._footer = Paragraph(esc(shop_identification(shop)), st["footer"])
        self._sender = Paragraph(
            esc(f"Remetente: {shop.name} – {shop_address(shop)}"), st["small_grey"]
        )

    def doc(self, target: BytesIO) -> BaseDocTemplate:
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        window = [
            Frame(LEFT, top(89), 78 * mm, 37 * mm, id="recipient", **pad),
            Frame(125 * mm, top(89), PAGE_W - RIGHT - 125 * mm, 37 * mm, id="info", **pad),
            Frame(LEFT, BOTTOM, WIDTH, top(92) - BOTTOM, id="main", **pad),
        ]
        head = [Frame(LEFT, BOTTOM, WIDTH, top(48) - BOTTOM, id="main", **pad)]
        later = [Frame(LEFT, BOTTOM, WIDTH, top(20) - BOTTOM, id="main", **pad)]
        doc = BaseDocTemplate(
            target,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=20 * mm,
            bottomMargin=BOTTOM,
            title=self.title,
            author=self.shop.name,
            creator="Fiado",
            initialFontName=REGULAR,  # every font embedded: no stray Helvetica
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    "window", window, onPage=self._window_page, autoNextPageTemplate="next"
                ),
                PageTemplate("head", head, onPage=self._head_page, autoNextPageTemplate="next"),
                PageTemplate("next", later, onPage=self._next_page),
            ]
        )
        return doc

    def _letterhead(self, canv: Canvas) -> None:
        x = LEFT
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            scale = min(34 * mm / iw, 24 * mm / ih)
            w, h = iw * scale, ih * scale
            canv.drawImage(self.logo, LEFT, top(14) - h, w, h, mask="auto")
            x = LEFT + w + 5 * mm
        width = PAGE_W - RIGHT - x
        _, nh = self._name.wrap(width, 20 * mm)
        self._name.drawOn(canv, x, top(13) - nh)
        _, ih2 = self._info.wrap(width, 20 * mm)
        self._info.drawOn(canv, x, top(13) - nh - 1 * mm - ih2)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(LEFT, top(41), PAGE_W - RIGHT, top(41))

    def _footer_only(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(LEFT, 24 * mm, PAGE_W - RIGHT, 24 * mm)
        _, h = self._footer.wrap(WIDTH - 28 * mm, 12 * mm)
        self._footer.drawOn(canv, LEFT, 22.5 * mm - h)
        canv.restoreState()

    def _next_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        label = getattr(canv, "_fiado_label", "")
        if label:
            canv.saveState()
            canv.setFont(REGULAR, 7.5)
            canv.setFillColor(GREY)
            text = f"{self.shop.name} – {label}"
            while len(text) > 10 and canv.stringWidth(text + "… (continuação)") > WIDTH:
                text = text[:-1]
            suffix = (
                " (continuação)" if text == f"{self.shop.name} – {label}" else "… (continuação)"
            )
            canv.drawString(LEFT, top(13), text + suffix)
            canv.restoreState()
        self._footer_only(canv, doc)

    def _head_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        self._letterhead(canv)
        canv.restoreState()
        self._footer_only(canv, doc)

    def _window_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self._head_page(canv, doc)
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        for y in (105, 210):  # fold marks
            canv.line(4 * mm, top(y), 9 * mm, top(y))
        canv.line(4 * mm, top(148.5), 7 * mm, top(148.5))  # punch mark
        self._sender.wrap(78 * mm, 6 * mm)
        self._sender.drawOn(canv, LEFT, top(48))
        canv.restoreState()


def _image(logo: bytes | None) -> ImageReader | None:
    """The shop's logo, or None when there is none or it cannot be read (never fails a print)."""
    if not logo:
        return None
    try:
        image = ImageReader(BytesIO(logo))
        image.getSize()
    except Exception:
        return None
    return image


def build_pdf(layout: Layout, story: list[Flowable], first_template: str = "window") -> bytes:
    """Lay the story out; the first page uses `first_template` ("window" or "head")."""
    buffer = BytesIO()
    doc = layout.doc(buffer)
    if first_template != "window":
        doc.pageTemplates.sort(key=lambda t: t.id != first_template)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def save_pdf(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write a PDF atomically; a clear Portuguese message when the place is not writable."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise InvalidInput(f"“{target}” é uma pasta: informe o nome do arquivo PDF.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".fiado-", suffix=".pdf", dir=target.parent)
    except OSError as exc:
        raise InvalidInput(
            f"Não foi possível gravar em “{target.parent}”: {exc.strerror or exc}. "
            "Escolha outra pasta."
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        as_a_new_file(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput(
            f"Não foi possível gravar “{target}”: {exc.strerror or exc}. "
            "Verifique se o arquivo não está aberto em outro programa."
        ) from exc
    return target


ProgressCallback = Callable[[int, int], None]
