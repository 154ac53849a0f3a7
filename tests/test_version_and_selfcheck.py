"""`fiado --version` and `fiado --selfcheck` (what packaging/smoke_test.py asks of the frozen
app), here from source in a new process."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from fiado_app import resources
from fiado_app.version import version

ROOT = Path(__file__).resolve().parents[1]


def _fiado(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )


def test_the_version_is_pyproject_s():
    with (ROOT / "pyproject.toml").open("rb") as f:
        expected = tomllib.load(f)["project"]["version"]
    assert version() == expected
    out = _fiado("--version")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"Fiado {expected}"


def test_selfcheck_passes_from_source():
    out = _fiado("--selfcheck")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ok English translation loads" in out.stdout
    assert "ok icon renders" in out.stdout
    assert not out.stderr.strip()


def test_selfcheck_fails_when_the_translation_is_not_found(tmp_path: Path):
    from fiado_app.ui import selfcheck

    # A bundle folder with everything but the translations: the check must say so.
    code = (
        "import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]; "
        "from fiado_app.ui import selfcheck; sys.exit(selfcheck.run())"
    )
    for part in ("resources/fonts", "resources/icons"):
        (tmp_path / part).mkdir(parents=True)
    (tmp_path / "resources/fonts/DejaVuSans.ttf").write_bytes(b"")
    svg = resources.resource("icons", "fiado.svg").read_bytes()
    (tmp_path / "resources/icons/fiado.svg").write_bytes(svg)
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 1
    assert "FAILED translation file" in out.stdout
    assert selfcheck._PROBE[2] == "Fiado is already open"


def test_fiado_cli_alone_prints_the_help_and_never_opens_the_window(capsys):
    import pytest

    from fiado_app.launcher import cli_main

    with pytest.raises(SystemExit) as exit_:
        cli_main([])
    assert exit_.value.code == 0
    assert "uso: fiado" in capsys.readouterr().out  # argparse speaks Portuguese too
