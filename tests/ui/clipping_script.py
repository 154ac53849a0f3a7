"""Run in a subprocess (the scale and the screen are fixed before Qt starts):

    clipping_script.py LANGUAGE OUT.json

Opens every page of the main window and every dialog of a demo shop on a 1366 x 768 screen, as
the owner would (at the size the app gives them), and writes to OUT.json the widgets whose text
does not fit: a label, button, field or list narrower or shorter than what it has to show.
`QT_SCALE_FACTOR` in the environment sets the scale; with `CLIP_SHOTS=FOLDER` each window
judged is also saved there as a picture.
"""

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import TODAY  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from fiado_app.services.app import open_database  # noqa: E402
from fiado_app.services.demo import generate_demo  # noqa: E402
from fiado_app.services.letters import letter_kinds  # noqa: E402
from fiado_app.ui.app import install_translation  # noqa: E402
from fiado_app.ui.context import AppContext  # noqa: E402
from fiado_app.ui.dialogs.agreement import AgreementDialog  # noqa: E402
from fiado_app.ui.dialogs.agreement_documents import AgreementMadeDialog  # noqa: E402
from fiado_app.ui.pages.painel import GoalsDialog  # noqa: E402
from fiado_app.ui.theme import apply_theme  # noqa: E402

language, out = sys.argv[1], Path(sys.argv[2])
shots = os.environ.get("CLIP_SHOTS", "")
app = QApplication([])
app.setOrganizationName("FiadoClipping")  # sizes left by an owner's own runs do not count
app.setApplicationName("FiadoClipping")
for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(kind, QSettings.Scope.UserScope, tempfile.mkdtemp())
apply_theme(app, dark=False)
install_translation(app, language)


def settle(seconds: float = 0.3) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()


def describe(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "currentText"):
        if hasattr(widget, attr):
            text = getattr(widget, attr)()
            break
    return f"{type(widget).__name__} {widget.objectName() or ''}“{text[:60]}”".replace("  ", " ")


def clipped(widget: QWidget) -> str | None:
    """Why `widget` cuts what it shows, or None."""
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(size.width())
            return f"{size.height()} px high for {need}" if size.height() + 1 < need else None
        hint = widget.minimumSizeHint()
        if size.width() + 1 < hint.width() or size.height() + 1 < hint.height():
            return f"{size.width()}x{size.height()} for {hint.width()}x{hint.height()}"
        return None
    if isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        hint = widget.minimumSizeHint()
        if size.width() + 1 < hint.width():
            return f"{size.width()} px wide for {hint.width()}"
        return None
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox):
        if isinstance(widget, QLineEdit):
            if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                return None  # judged with its box
            text = widget.text() or widget.placeholderText()
            room = widget.width() - 16
        elif isinstance(widget, QAbstractSpinBox):
            text = widget.text()
            room = widget.lineEdit().width() - 4
        else:
            text = widget.currentText()
            room = widget.width() - 34  # the arrow
        need = widget.fontMetrics().horizontalAdvance(text)
        if text and need > room:
            return f"text needs {need} px, has {room}"
        if size.height() + 1 < widget.minimumSizeHint().height():
            return f"{size.height()} px high for {widget.minimumSizeHint().height()}"
    return None


problems: list[dict[str, str]] = []


def check(window: QWidget, name: str) -> None:
    settle()
    if shots:  # to look at what was judged
        window.grab().save(str(Path(shots) / f"{name.replace(' ', '_')}.png"))
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() == 0:
            continue
        why = clipped(widget)
        if why:
            problems.append({"window": name, "widget": describe(widget), "why": why})


def show(window: QWidget, name: str) -> QWidget:
    window.show()
    check(window, name)
    return window


db = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3").db
generate_demo(db, customers=60, years=1, seed=11, today=TODAY)
ctx = AppContext(db, today=lambda: TODAY)

from fiado_app.services.customers import get_customer  # noqa: E402
from fiado_app.services.receivables import receivables  # noqa: E402
from fiado_app.services.statement import statement  # noqa: E402
from fiado_app.ui.about import AboutDialog  # noqa: E402
from fiado_app.ui.collection.contact_dialog import ContactDialog  # noqa: E402
from fiado_app.ui.collection.reminder_dialog import ReminderDialog, TextDialog  # noqa: E402
from fiado_app.ui.dialogs.backups import BackupsDialog  # noqa: E402
from fiado_app.ui.dialogs.corrections import DiscountDialog, ReversalDialog  # noqa: E402
from fiado_app.ui.dialogs.customer import CustomerDialog  # noqa: E402
from fiado_app.ui.dialogs.customer_form import NewCustomerDialog  # noqa: E402
from fiado_app.ui.dialogs.payment import PaymentDialog  # noqa: E402
from fiado_app.ui.dialogs.privacy_panel import AnonymiseDialog  # noqa: E402
from fiado_app.ui.dialogs.sale import SaleDialog  # noqa: E402
from fiado_app.ui.dialogs.sheet_export import ExportDialog  # noqa: E402
from fiado_app.ui.dialogs.sheet_import import ImportDialog, ImportHistoryDialog  # noqa: E402
from fiado_app.ui.documents.customer_docs import (  # noqa: E402
    LetterKindDialog,
    StatementPeriodDialog,
)
from fiado_app.ui.documents.dialogs import BatchLettersDialog  # noqa: E402
from fiado_app.ui.first_run import WelcomeDialog  # noqa: E402
from fiado_app.ui.main_window import MainWindow  # noqa: E402

window = MainWindow(ctx, "Mercadinho São José")
window.show()
settle(1.5)
for row, page in enumerate(window.pages):
    window.navigation.setCurrentRow(row)
    settle(0.8)
    check(window, f"page {type(page).__name__}")

# The customer who owes the most (the widest figures), with sales and payments.
top = max(receivables(db, TODAY).rows, key=lambda r: r.open_cents)
customer = get_customer(db, top.customer_id)
entry = statement(db, customer.id).lines[-1].entry

details = CustomerDialog(ctx, customer.id, window)
show(details, "CustomerDialog")
details.tabs.setCurrentIndex(1)
check(details, "CustomerDialog collection tab")
details.tabs.setCurrentWidget(details.privacy_panel)
check(details, "CustomerDialog privacy tab")
details.close()

sale = SaleDialog(ctx, customer, window)
sale.amount.setText("1.234,56")
show(sale, "SaleDialog")
sale.close()
payment = PaymentDialog(ctx, customer, window)
payment.amount.setText("1.234,56")
show(payment, "PaymentDialog")
payment.close()
for name, dialog in (
    ("SaleDialog empty", SaleDialog(ctx, None, window)),
    ("PaymentDialog empty", PaymentDialog(ctx, None, window)),
    ("ReversalDialog", ReversalDialog(ctx, entry, window)),
    ("DiscountDialog", DiscountDialog(ctx, customer, window)),
    ("NewCustomerDialog", NewCustomerDialog(ctx, window)),
    ("ContactDialog", ContactDialog(ctx, customer.id, customer.name, parent=window)),
    ("ReminderDialog", ReminderDialog(ctx, customer.id, parent=window)),
    ("TextDialog", TextDialog("Resumo do acordo", "Oi, tudo bem?\nValor: R$ 10,00", window)),
    ("BackupsDialog", BackupsDialog(ctx, window)),
    ("StatementPeriodDialog", StatementPeriodDialog(ctx, customer.id, window)),
    ("LetterKindDialog", LetterKindDialog(letter_kinds(db), "carta", customer.name, window)),
    ("BatchLettersDialog", BatchLettersDialog(ctx, window)),
    ("WelcomeDialog", WelcomeDialog(db, window)),
    ("AboutDialog", AboutDialog(db.path, window)),
    ("GoalsDialog", GoalsDialog(ctx, window)),
    ("ImportDialog", ImportDialog(ctx, window)),
    ("ImportHistoryDialog", ImportHistoryDialog(ctx, window)),
    ("ExportDialog", ExportDialog(ctx, window)),
    ("AnonymiseDialog", AnonymiseDialog(ctx, customer, window)),
):
    if isinstance(dialog, ReminderDialog):
        dialog.ask_outcome = False
    if isinstance(dialog, BatchLettersDialog):  # judged with its plan, counted in background
        dialog.show()
        end = time.time() + 10
        while not dialog.plan_loaded and time.time() < end:
            app.processEvents()
    show(dialog, name)
    dialog.close()

# An agreement for the customer who owes the most: the simulator, what follows it, the tab.
simulator = AgreementDialog(ctx, customer, window)
simulator.down_payment.setText("123,45")
simulator.discount.setText("10,00")
simulator.reason.setText("Pagou a entrada à vista")
simulator.count.setValue(12)
show(simulator, "AgreementDialog")


def refused(exc: Exception) -> None:
    raise SystemExit(f"the agreement was refused: {exc}")


made = ctx.perform(simulator.save, on_error=refused)
simulator.close()
assert made is not None
show(AgreementMadeDialog(ctx, made, customer.phone, window), "AgreementMadeDialog")
details = CustomerDialog(ctx, customer.id, window)
show(details, "CustomerDialog")
details.tabs.setCurrentWidget(details.agreements_panel)
check(details, "CustomerDialog agreements tab")
details.close()

ctx.close()
db.close()
out.write_text(json.dumps(problems, ensure_ascii=False, indent=1), encoding="utf-8")
window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
