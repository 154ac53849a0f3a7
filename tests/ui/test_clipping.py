"""No text cut at the counter: every page and dialog of a demo shop, on a 1366 x 768 notebook
screen, at 100 % and 150 % scale, in Portuguese and in English, shows each label, button and
field whole (tests/ui/clipping_script.py judges; it saves what it judged with CLIP_SHOTS=DIR)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.parametrize("scale", ["1", "1.5"])
@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_no_widget_cuts_its_text(tmp_path, language, scale):
    out = tmp_path / "clipped.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={HERE / 'screen_1366x768.json'}",
        "QT_SCALE_FACTOR": scale,
        "FIADO_THEME": "light",
    }
    subprocess.run(
        [sys.executable, str(HERE / "clipping_script.py"), language, str(out)],
        env=env,
        check=True,
        timeout=180,
    )
    problems = json.loads(out.read_text(encoding="utf-8"))
    assert problems == [], "\n".join(f"{p['window']}: {p['widget']}: {p['why']}" for p in problems)
