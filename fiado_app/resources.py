"""Where Fiado finds the files that are not code: fonts, icons, translations, migrations.

The one place that knows where they are (a test keeps every other module from looking for files
another way). The bundle keeps the repository's layout, so one rule serves both cases:

- from source (a checkout, `uv run fiado`): the repository root, which holds `resources/`
  beside the `fiado_app/` package;
- frozen by PyInstaller (packaging/fiado.spec): the bundle's data folder, `sys._MEIPASS`,
  where the spec puts `resources/...` and `fiado_app/db/migrations`.

A leaf module, pure standard library: every layer may import it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    """True in a PyInstaller bundle (the installed app), False when run from source."""
    return bool(getattr(sys, "frozen", False))


def base_dir() -> Path:
    """The folder that holds `resources/` and `fiado_app/db/migrations`."""
    if is_frozen():
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle) if bundle else Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under `resources/`: `resource("icons", "fiado.svg")`."""
    return base_dir().joinpath("resources", *parts)


def fonts_dir() -> Path:
    return resource("fonts")


def translation(name: str) -> Path:
    """A compiled translation: `translation("fiado_en.qm")`."""
    return resource("translations", name)


def migrations_dir() -> Path:
    """Alembic's script folder (env.py, script.py.mako, versions/), read as files by Alembic."""
    return base_dir().joinpath("fiado_app", "db", "migrations")
