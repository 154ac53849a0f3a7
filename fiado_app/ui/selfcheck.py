"""`fiado --selfcheck`: checks that what the window needs besides code is found and loads, for
packaging/smoke_test.py on a frozen build (and for support: it opens no database and no
window). One line per check on stdout; exit status 1 at the first that fails.

It checks the resources that fiado_app/resources.py finds (fonts, icon, translations,
migrations), that the app icon renders (Qt's SVG plugin is in the bundle) and that the English
translation loads and translates, as FIADO_LANG=en does at start-up.
"""

from __future__ import annotations

import os
import sys

from fiado_app import resources
from fiado_app.version import version

# A string of the interface and its English (resources/translations/fiado_en.ts).
_PROBE = ("app", "O Fiado já está aberto", "Fiado is already open")


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    print(f"Fiado {version()} ({'frozen' if resources.is_frozen() else 'source'})")
    print(f"resources: {resources.base_dir()}")
    checks = [
        ("fonts", lambda: (resources.fonts_dir() / "DejaVuSans.ttf").is_file()),
        ("icon", lambda: resources.resource("icons", "fiado.svg").is_file()),
        ("translation file", lambda: resources.translation("fiado_en.qm").is_file()),
        ("licences", _licences_found),
        ("migrations", _migrations_found),
        ("icon renders", _icon_renders),
        ("English translation loads", _english_loads),
    ]
    for name, check in checks:
        try:
            ok = bool(check())
        except Exception as exc:  # a diagnostic: report, don't crash
            print(f"FAILED {name}: {type(exc).__name__}: {exc}")
            return 1
        if not ok:
            print(f"FAILED {name}")
            return 1
        print(f"ok {name}")
    return 0


def _licences_found() -> bool:
    """What Sobre o Fiado › Licenças shows: Fiado's, the third parties', the fonts', Qt's
    LGPL; in an installed app also every shipped library's own text (packaging/licences.py)."""
    wanted = [
        ("licenses", "LICENSE-Fiado.txt"),
        ("licenses", "THIRD-PARTY.txt"),
        ("licenses", "LGPL-3.0.txt"),
        ("licenses", "GPL-3.0.txt"),
        ("fonts", "LICENSE-DejaVu.txt"),
    ]
    if resources.is_frozen():
        wanted.append(("licenses", "THIRD-PARTY-TEXTS.txt"))
    return all(resources.resource(*parts).is_file() for parts in wanted)


def _migrations_found() -> bool:
    folder = resources.migrations_dir()
    versions = list((folder / "versions").glob("0*.py"))
    return (
        (folder / "env.py").is_file() and (folder / "script.py.mako").is_file() and bool(versions)
    )


def _application() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _icon_renders() -> bool:
    from fiado_app.ui.common import app_icon

    _application()
    return not app_icon().pixmap(64, 64).isNull()


def _english_loads() -> bool:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from fiado_app.ui.app import install_translation

    app = _application()
    assert isinstance(app, QApplication)
    install_translation(app, "en")
    context, portuguese, english = _PROBE
    return QCoreApplication.translate(context, portuguese) == english
