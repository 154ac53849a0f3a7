"""Screenshots at 150 % scale and in the dark theme (look at artifacts/screenshots/)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SHOTS = HERE.parents[1] / "artifacts" / "screenshots"


@pytest.mark.parametrize(
    ("suffix", "env"),
    [
        ("light", {"FIADO_THEME": "light"}),
        ("dark", {"FIADO_THEME": "dark"}),
        ("scale150", {"FIADO_THEME": "light", "QT_SCALE_FACTOR": "1.5"}),
    ],
)
def test_main_window_and_customer_render(suffix, env):
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    subprocess.run(
        [sys.executable, str(HERE / "screens_script.py"), suffix], env=full, check=True, timeout=60
    )
    assert (SHOTS / f"main-{suffix}.png").stat().st_size > 10_000
    assert (SHOTS / f"customer-{suffix}.png").stat().st_size > 10_000


def test_customer_and_new_customer_dialogs(qtbot, ctx, shop, screenshot):
    from fiado_app.ui.dialogs.customer_form import NewCustomerDialog
    from fiado_app.ui.dialogs.payment import PaymentDialog

    _db, people = shop
    dialog = NewCustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    screenshot(dialog, "dialog-new-customer")
    pay = PaymentDialog(ctx, people["carla"])
    qtbot.addWidget(pay)
    pay.show()
    screenshot(pay, "dialog-payment-empty")
