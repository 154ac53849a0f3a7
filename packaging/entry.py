"""PyInstaller's entry script for both programs of the bundle (packaging/fiado.spec): `Fiado`,
the windowed app (the window, or with a command the command line, as `fiado` from source), and
`fiado-cli`, the console program for scripts (commands only; on Windows the windowed program
has no console to print to). Both are built from this one script: the name run decides."""

import sys
from pathlib import Path

from fiado_app.launcher import cli_main, main

if __name__ == "__main__":
    command_line_only = Path(sys.executable).stem.lower() == "fiado-cli"
    sys.exit(cli_main() if command_line_only else main())
