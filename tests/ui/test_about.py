"""Sobre o Fiado: the owner finds the version, where the shop's data and backups are, and the
licences of everything that ships with the app."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from fiado_app.ui.about import AboutDialog
from fiado_app.version import version

ROOT = Path(__file__).resolve().parents[2]


def test_about_says_the_version_and_where_the_data_and_backups_are(qtbot, ctx):
    dialog = AboutDialog(ctx.db.path, None)
    qtbot.addWidget(dialog)
    text = dialog.where.text()
    assert str(ctx.db.path) in text and str(dialog.backups) in text
    assert (
        version() != "desconhecida"
        and version() in dialog.findChild(type(dialog.where), "heading").text()
    )


def test_every_runtime_dependency_and_the_fonts_are_in_the_licences(qtbot, ctx):
    dialog = AboutDialog(ctx.db.path, None)
    qtbot.addWidget(dialog)
    licences = dialog.licences().lower()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower()
        assert name in licences, f"{name} is missing from resources/licenses/THIRD-PARTY.txt"
    assert "mit license" in licences and "lgpl-3.0" in licences
    assert "bitstream vera" in licences  # the DejaVu fonts' own licence text
