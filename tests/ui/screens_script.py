"""Run in a subprocess (QT_SCALE_FACTOR / FIADO_THEME must be set before Qt starts)."""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import SCREENSHOTS, TODAY, build_shop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fiado_app.ui.context import AppContext  # noqa: E402
from fiado_app.ui.dialogs.customer import CustomerDialog  # noqa: E402
from fiado_app.ui.main_window import MainWindow  # noqa: E402
from fiado_app.ui.theme import apply_theme  # noqa: E402

suffix = sys.argv[1]
app = QApplication([])
apply_theme(app)
db, people = build_shop(Path(tempfile.mkdtemp()) / "f.sqlite3")
ctx = AppContext(db, today=lambda: TODAY)
window = MainWindow(ctx, "Mercadinho São José")
window.resize(1280, 760)
window.show()
end = time.time() + 1.5
while time.time() < end:
    app.processEvents()
SCREENSHOTS.mkdir(parents=True, exist_ok=True)
window.grab().save(str(SCREENSHOTS / f"main-{suffix}.png"))
dialog = CustomerDialog(ctx, people["ana"].id, window)
dialog.show()
app.processEvents()
dialog.grab().save(str(SCREENSHOTS / f"customer-{suffix}.png"))
db.close()
