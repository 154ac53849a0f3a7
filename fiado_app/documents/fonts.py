"""The embedded font family: DejaVu Sans (free, Unicode), shipped in resources/fonts."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fiado_app.resources import fonts_dir

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "Fiado", "Fiado-Bold", "Fiado-Italic", "Fiado-BoldItalic"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    folder = fonts_dir()
    if not (folder / _FILES[REGULAR]).is_file():
        raise FileNotFoundError(f"Fontes do Fiado não encontradas ({folder}).")
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
