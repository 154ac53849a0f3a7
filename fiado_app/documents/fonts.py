"""The embedded font family: DejaVu Sans (free, Unicode), shipped in resources/fonts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "Fiado", "Fiado-Bold", "Fiado-Italic", "Fiado-BoldItalic"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def fonts_dir() -> Path:
    """resources/fonts next to the package (source tree) or inside it (frozen builds)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "resources" / "fonts", here / "resources" / "fonts"):
        if (candidate / _FILES[REGULAR]).is_file():
            return candidate
    raise FileNotFoundError("Fontes do Fiado não encontradas (resources/fonts).")


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
