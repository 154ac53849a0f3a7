"""A calm look: Fusion with a light or dark palette (following the system, or FIADO_THEME), and a
small style sheet for headings, inline messages and the side navigation."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f7a5c"

_LIGHT = {
    QPalette.ColorRole.Window: "#f5f6f4",
    QPalette.ColorRole.WindowText: "#1d2320",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f3f6f4",
    QPalette.ColorRole.Text: "#1d2320",
    QPalette.ColorRole.Button: "#eceeeb",
    QPalette.ColorRole.ButtonText: "#1d2320",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d2320",
    QPalette.ColorRole.PlaceholderText: "#7b847f",
    QPalette.ColorRole.Link: ACCENT,
}
_DARK = {
    QPalette.ColorRole.Window: "#1e2221",
    QPalette.ColorRole.WindowText: "#e6ebe8",
    QPalette.ColorRole.Base: "#252a28",
    QPalette.ColorRole.AlternateBase: "#2b312e",
    QPalette.ColorRole.Text: "#e6ebe8",
    QPalette.ColorRole.Button: "#2f3532",
    QPalette.ColorRole.ButtonText: "#e6ebe8",
    QPalette.ColorRole.Highlight: "#2f9e78",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2f3532",
    QPalette.ColorRole.ToolTipText: "#e6ebe8",
    QPalette.ColorRole.PlaceholderText: "#8d9893",
    QPalette.ColorRole.Link: "#5cc8a0",
}

_STYLE = """
QLabel#heading {{ font-size: 17pt; font-weight: 600; padding-bottom: 2px; }}
QLabel#hint {{ color: {muted}; }}
QLabel#footer {{ color: {muted}; padding: 4px 2px; }}
QLabel#summary {{ font-size: 12pt; }}
QLabel#situation, QLabel#preview {{
    background: {panel}; border-radius: 6px; padding: 8px 10px;
}}
QLabel#error {{
    background: {error_bg}; color: {error_fg}; border: 1px solid {error_fg};
    border-radius: 6px; padding: 8px 10px;
}}
QLabel#warning {{
    background: {warn_bg}; color: {warn_fg}; border: 1px solid {warn_fg};
    border-radius: 6px; padding: 8px 10px; font-weight: 600;
}}
QLabel#ok {{ color: {ok_fg}; padding: 4px 2px; }}
QLabel#logo {{ border: 1px dashed {muted}; border-radius: 6px; }}
QListWidget#navigation {{
    background: {nav_bg}; border: none; padding-top: 10px; font-size: 11pt;
}}
QListWidget#navigation::item {{ padding: 10px 16px; border-radius: 6px; margin: 2px 8px; }}
QListWidget#navigation::item:selected {{ background: {accent}; color: white; }}
QTableView {{ gridline-color: {grid}; }}
QHeaderView::section {{ padding: 6px 6px; font-weight: 600; }}
QLineEdit, QComboBox, QDateEdit {{ padding: 4px 6px; min-height: 22px; }}
/* No min-height for a spin box: with one its minimum fell 3 px short of its natural height,
   and a form squeezed to its minimum (in a scroll area) cut the number and the arrows. */
QSpinBox {{ padding: 4px 6px; }}
QPushButton {{ padding: 6px 10px; }}
"""


def wants_dark() -> bool:
    choice = os.environ.get("FIADO_THEME", "").lower()
    if choice in ("dark", "escuro"):
        return True
    if choice in ("light", "claro"):
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    dark = wants_dark() if dark is None else dark
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6b736f") if dark else QColor("#9aa39e")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    colours = (
        dict(muted="#8d9893", panel="#2b312e", error_bg="#4a2323", error_fg="#ffb4a8",
             warn_bg="#4a3b14", warn_fg="#ffd77a", ok_fg="#5cc8a0", nav_bg="#171a19",
             accent="#2f9e78", grid="#353b38")
        if dark
        else dict(muted="#66706b", panel="#eaf1ed", error_bg="#fdecea", error_fg="#9b1c1c",
                  warn_bg="#fff4d6", warn_fg="#7a4d00", ok_fg="#1f7a5c", nav_bg="#e7ebe8",
                  accent=ACCENT, grid="#e1e5e2")
    )  # fmt: skip
    app.setStyleSheet(_STYLE.format(**colours))
