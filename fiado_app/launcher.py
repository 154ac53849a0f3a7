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


def open_desktop(db_path: Path | None) -> int:
    import os

    headless = sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )
    if headless:
        print(
            "Erro: não há tela para abrir a janela do Fiado (nenhum DISPLAY). Abra pelo menu do "
            "computador, ou use os comandos: fiado --help.",
            file=sys.stderr,
        )
        return 1
    from fiado_app.ui import startup_trace

    startup_trace.mark("main_entered")
    from fiado_app.ui.app import run

    return run(db_path)
