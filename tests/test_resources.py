"""fiado_app/resources.py is the one way to find files that are not code, from source and in
the frozen app (packaging/fiado.spec lays the bundle out the same way)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from fiado_app import resources
from fiado_app.db import migrate
from fiado_app.ui import common

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "fiado_app"

# Ways of finding a file next to the code that must go through fiado_app/resources.py.
FORBIDDEN = {
    "__file__": re.compile(r"\b__file__\b"),
    "_MEIPASS": re.compile(r"_MEIPASS"),
    "importlib.resources": re.compile(r"importlib[._]resources|from importlib import resources"),
    "pkgutil.get_data": re.compile(r"pkgutil\.get_data|pkg_resources"),
    'a "resources" path literal': re.compile(r"""["']resources(["'/\\]|$)"""),
}


def test_no_module_finds_resources_another_way():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "resources.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for what, pattern in FORBIDDEN.items():
                if pattern.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {what}: {line.strip()}")
    assert not found, "use fiado_app.resources instead:\n" + "\n".join(found)


def test_the_scan_would_see_each_way():
    samples = [
        "X = Path(__file__).parent",
        "base = sys._MEIPASS",
        "from importlib.resources import files",
        'folder = root / "resources" / "fonts"',
        "folder = root / 'resources/fonts'",
    ]
    for sample in samples:
        assert any(p.search(sample) for p in FORBIDDEN.values()), sample


def test_from_source_the_resources_are_the_repository_s():
    assert not resources.is_frozen()
    assert resources.base_dir() == ROOT
    assert resources.resource("icons", "fiado.svg") == ROOT / "resources" / "icons" / "fiado.svg"


@pytest.mark.parametrize(
    "path",
    [
        resources.resource("icons", "fiado.svg"),
        resources.fonts_dir() / "DejaVuSans.ttf",
        resources.fonts_dir() / "DejaVuSans-Bold.ttf",
        resources.fonts_dir() / "DejaVuSans-Oblique.ttf",
        resources.fonts_dir() / "DejaVuSans-BoldOblique.ttf",
        resources.translation("fiado_en.qm"),
        resources.migrations_dir() / "env.py",
        resources.migrations_dir() / "script.py.mako",
        *resources.migrations_dir().joinpath("versions").glob(f"{migrate.HEAD_REVISION}_*.py"),
    ],
    ids=lambda p: p.name,
)
def test_each_kind_of_resource_resolves_and_exists(path: Path):
    assert path.is_file(), path


def test_the_head_migration_is_found():
    versions = resources.migrations_dir() / "versions"
    assert len(list(versions.glob(f"{migrate.HEAD_REVISION}_*.py"))) == 1


def test_the_callers_use_the_helper():
    assert common.resource("icons", "fiado.svg") == resources.resource("icons", "fiado.svg")
    config = migrate.alembic_config()
    assert Path(config.get_main_option("script_location") or "") == resources.migrations_dir()


def test_frozen_lookups_go_to_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.is_frozen()
    assert resources.base_dir() == tmp_path
    assert resources.fonts_dir() == tmp_path / "resources" / "fonts"
    assert resources.translation("fiado_en.qm") == tmp_path / "resources/translations/fiado_en.qm"
    assert common.resource("icons", "fiado.svg") == tmp_path / "resources" / "icons" / "fiado.svg"
    assert resources.migrations_dir() == tmp_path / "fiado_app" / "db" / "migrations"
    config = migrate.alembic_config()
    assert config.get_main_option("script_location") == str(tmp_path / "fiado_app/db/migrations")


def test_frozen_fonts_are_read_from_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from fiado_app.documents import fonts

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    fonts.register_fonts.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match=str(tmp_path)):
            fonts.register_fonts()
    finally:
        fonts.register_fonts.cache_clear()
