"""`fiado`: the desktop app, or with a command the headless command line (`fiado --help`).

This module sits above both `ui` and `cli` (docs/architecture.md). Launching the window is the
common case and must be quick: `fiado` alone, or with `--db PATH` only, opens the desktop app
without loading the command modules (they bring in everything the commands use). Anything else
goes to `fiado_app.cli`. `fiado --selfcheck` checks the resources and the translation the window
needs, without opening it (fiado_app/ui/selfcheck.py, used on the frozen app by packaging/).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

_NOT_DESKTOP = object()


def desktop_request(argv: Sequence[str]) -> Path | None | object:
    """The database the window should open when `argv` asks for the window (None: the
    default file), else `_NOT_DESKTOP`."""
    args = list(argv)
    if not args:
        return None
    if len(args) == 2 and args[0] == "--db" and args[1] and not args[1].startswith("-"):
        return Path(args[1])
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return Path(args[0][len("--db=") :])
    return _NOT_DESKTOP


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--selfcheck"]:
        from fiado_app.ui.selfcheck import run

        return run()
    db_path = desktop_request(args)
    if db_path is not _NOT_DESKTOP:
        return open_desktop(db_path)  # type: ignore[arg-type]
    from fiado_app.cli.commands import main as run_command

    return run_command(args)


def cli_main(argv: Sequence[str] | None = None) -> int:
    """`fiado-cli` (the frozen app's console program, packaging/): the commands only, never the
    window; alone it prints the help."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--selfcheck"]:
        from fiado_app.ui.selfcheck import run

        return run()
    from fiado_app.cli.commands import main as run_command

    return run_command(args or ["--help"])


# What Qt's X11 window loads from the system and a desktop may lack (README.md, "Linux: system
# libraries for the window"; OpenGL, fontconfig and D-Bus come with any desktop), by library and
# Debian/Ubuntu package. Without one, Qt aborts with "Could not load the Qt platform plugin
# xcb"; the launcher says which to install instead.
LINUX_WINDOW_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_window_packages() -> list[str]:
    """The packages of the libraries above that this Linux system cannot load (each is
    loaded by Qt anyway: trying them first costs a few milliseconds)."""
    import ctypes

    missing = []
    for library, package in LINUX_WINDOW_LIBRARIES.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def open_desktop(db_path: Path | None) -> int:
    import os

    linux = sys.platform.startswith("linux")
    headless = linux and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )
    if headless:
        print(
            "Erro: não há tela para abrir a janela do Fiado (nenhum DISPLAY). Abra pelo menu do "
            "computador, ou use os comandos: fiado --help.",
            file=sys.stderr,
        )
        return 1
    from fiado_app.resources import is_frozen

    x11 = os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb"
    missing = missing_window_packages() if linux and x11 and not is_frozen() else []
    if missing:
        print(
            "Erro: faltam bibliotecas do sistema para abrir a janela do Fiado. Em Debian ou "
            f"Ubuntu, instale com: sudo apt install {' '.join(missing)} (veja o README). Os "
            "comandos funcionam sem elas: fiado --help.",
            file=sys.stderr,
        )
        return 1
    from fiado_app.ui import startup_trace

    startup_trace.mark("main_entered")
    from fiado_app.ui.app import run

    return run(db_path)
