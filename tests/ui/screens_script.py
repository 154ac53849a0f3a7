"""Run in a subprocess (QT_SCALE_FACTOR / FIADO_THEME must be set before Qt starts).

`screens_script.py SUFFIX` grabs the main window and the customer window of the small test
shop; `screens_script.py SUFFIX demo` grabs every page and the collection / document dialogs of
a demo shop (services.demo) as the owner would see them.
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import SCREENSHOTS, TODAY, build_shop  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fiado_app.services.app import open_database  # noqa: E402
from fiado_app.services.demo import generate_demo  # noqa: E402
from fiado_app.services.letters import letter_kinds
from fiado_app.ui.context import AppContext  # noqa: E402
from fiado_app.ui.dialogs.customer import CustomerDialog  # noqa: E402
from fiado_app.ui.main_window import MainWindow  # noqa: E402
from fiado_app.ui.theme import apply_theme  # noqa: E402

suffix = sys.argv[1]
demo = len(sys.argv) > 2 and sys.argv[2] == "demo"
app = QApplication([])
apply_theme(app)
SCREENSHOTS.mkdir(parents=True, exist_ok=True)


def settle(seconds: float = 1.0) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()


def grab(widget, name: str) -> None:
    settle(0.3)
    widget.grab().save(str(SCREENSHOTS / f"{name}-{suffix}.png"))


if not demo:
    db, people = build_shop(Path(tempfile.mkdtemp()) / "f.sqlite3")
    ctx = AppContext(db, today=lambda: TODAY)
    window = MainWindow(ctx, "Mercadinho São José")
    window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised on the small test screen
    window.resize(1280, 760)
    window.show()
    settle(1.5)
    window.grab().save(str(SCREENSHOTS / f"main-{suffix}.png"))
    dialog = CustomerDialog(ctx, people["ana"].id, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(SCREENSHOTS / f"customer-{suffix}.png"))
    ctx.close()
    db.close()
    sys.exit(0)

from fiado_app.ui.documents.customer_docs import (  # noqa: E402
    LetterKindDialog,
    StatementPeriodDialog,
)

db = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3").db
generate_demo(db, customers=120, years=1, seed=7, today=TODAY)
ctx = AppContext(db, today=lambda: TODAY)
window = MainWindow(ctx, "Mercadinho São José")
window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised on the small test screen
window.resize(1280, 760)
window.show()
settle(2.0)
for row, page in enumerate(window.pages):
    window.navigation.setCurrentRow(row)
    settle(1.0)
    grab(window, f"page{row + 1}-{type(page).__name__}")
window.navigation.setCurrentRow(0)
agenda = window.pages[0]
letter_row = next((r for r, i in enumerate(agenda.model.rows) if i.channel == "carta"), 0)
agenda.table.selectRow(letter_row)
customer_id = agenda.model.rows[letter_row].customer_id
grab(window, "agenda-selected")
from fiado_app.ui.documents import dialogs  # noqa: E402

dialogs.confirm_no_address = lambda *_args: True  # a demo customer may have no address: print
agenda.letter_button.click()
if window.letter_preview is not None:
    window.letter_preview.resize(760, 900)
    grab(window.letter_preview, "agenda-letter-preview")
    window.letter_preview.close()
dialog = CustomerDialog(ctx, customer_id, window)
dialog.show()
grab(dialog, "customer-statement")
dialog.tabs.setCurrentIndex(1)
grab(dialog, "customer-collection")
period = StatementPeriodDialog(ctx, customer_id, dialog)
period.show()
grab(period, "dialog-statement-period")
kind = LetterKindDialog(letter_kinds(ctx.db), "carta", dialog.customer.name, dialog)
kind.show()
grab(kind, "dialog-letter-kind")
window.batch_letters()
end = time.time() + 10
while not window.batch_dialog.plan_loaded and time.time() < end:  # counted in the background
    app.processEvents()
grab(window.batch_dialog, "dialog-batch-letters")
ctx.close()
db.close()
