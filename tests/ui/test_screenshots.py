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


def test_every_page_and_the_collection_dialogs_render_with_a_demo_shop():
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIADO_THEME": "light"}
    subprocess.run(
        [sys.executable, str(HERE / "screens_script.py"), "demo", "demo"],
        env=full,
        check=True,
        timeout=120,
    )

    from fiado_app.ui.page_list import page_classes

    for row, page in enumerate(page_classes(), start=1):
        assert (SHOTS / f"page{row}-{page.__name__}-demo.png").stat().st_size > 10_000
    for name in ("agenda-letter-preview", "customer-collection", "dialog-statement-period",
                 "dialog-letter-kind", "dialog-batch-letters"):  # fmt: skip
        assert (SHOTS / f"{name}-demo.png").stat().st_size > 2_000


def test_customer_and_new_customer_dialogs(qtbot, ctx, shop, screenshot):
    from fiado_app.ui.dialogs.customer_form import NewCustomerDialog
    from fiado_app.ui.dialogs.payment import PaymentDialog

    _db, people = shop
    dialog = NewCustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, "dialog-new-customer")
    assert dialog.ok_button.isDefault()  # Enter saves the new customer
    pay = PaymentDialog(ctx, people["carla"])
    qtbot.addWidget(pay)
    pay.show()
    qtbot.waitExposed(pay)
    screenshot(pay, "dialog-payment-empty")
    assert pay.customer.customer == people["carla"]  # the payment starts on Carla
