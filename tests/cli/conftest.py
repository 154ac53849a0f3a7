"""The CLI run in-process against a database of its own."""

import pytest

from fiado_app.cli import main
from tests.conftest import copy_template


@pytest.fixture
def run(tmp_path, capsys):
    path = tmp_path / "loja.sqlite3"
    copy_template(path)  # a new shop, without running Alembic again

    def fiado(*args: str) -> tuple[int, str, str]:
        argv = (
            [*args, "--db", str(path)]
            if args and args[0] == "restore"
            else ["--db", str(path), *args]
        )
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse refusing the command line
            status = int(exc.code or 0)
        out, err = capsys.readouterr()
        return status, out, err

    fiado.path = path  # type: ignore[attr-defined]
    return fiado
