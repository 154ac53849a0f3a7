"""The headless command line over the services (`fiado COMMAND`, `fiado --help`).

`fiado` without a command opens the window: that choice is made by `fiado_app.launcher`, above
both the UI and this package. The command modules load only when a command runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from fiado_app.cli.commands import main as run_command

    return run_command(list(sys.argv[1:] if argv is None else argv))
