"""The preview shows the PDF, saves it, prints it; batch letters run with a progress bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from fiado_app.ui.context import AppContext
from fiado_app.ui.documents.dialogs import BatchLettersDialog, offer_receipt, show_letter
from tests.documents.conftest import AS_OF, Shop, pay

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def ctx(db):
    ctx = AppContext(db, today=lambda: AS_OF)
    yield ctx
    ctx.close()  # background work ends before the database closes


@pytest.fixture
def shop(db):
    return Shop(db)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_letter_preview_saves_prints_and_reports_once(qtbot, ctx, shop, tmp_path) -> None:
    logged = []
    preview = show_letter(None, ctx, shop.ana, on_printed=logged.append)
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 1
    qtbot.wait(300)
    shot(preview, "letter_preview.png")
    assert preview.save_to(tmp_path / "carta") is True
    assert (tmp_path / "carta.pdf").read_bytes().startswith(b"%PDF")
    assert preview.folder_button.isEnabled()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    preview._printed()
    assert [p.customer_id for item in logged for p in item] == [shop.ana]  # logged once


def test_save_to_an_unwritable_place_shows_a_message(qtbot, ctx, shop, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    preview = show_letter(None, ctx, shop.ana)
    qtbot.addWidget(preview)
    assert preview.save_to(Path("/nonexistent/folder/carta.pdf")) is False
    assert "Não foi possível gravar" in warnings[0]


def test_batch_letters_run_in_the_background_with_progress(qtbot, ctx, shop) -> None:
    logged = []
    dialog = BatchLettersDialog(ctx, on_printed=logged.extend)
    qtbot.addWidget(dialog)
    dialog.show()
    values = []
    dialog.progress.valueChanged.connect(values.append)
    qtbot.waitUntil(lambda: dialog.plan_loaded, timeout=5000)  # counted off the GUI thread
    dialog.generate.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.progress.value() == 100 and len(values) > 2
    assert "3 cartas prontas" in dialog.status.text()
    shot(dialog, "batch_letters_dialog.png")
    qtbot.addWidget(dialog.preview)
    shot(dialog.preview, "batch_letters_preview.png")
    dialog.preview._printed()
    assert {p.customer_id for p in logged} == {shop.ana, shop.bar, shop.many}


def test_the_batch_says_before_generating_who_gets_a_letter_and_who_has_no_address(
    qtbot, ctx, shop, monkeypatch
) -> None:
    from datetime import date

    from tests.documents.conftest import add, sale

    zilda = add(ctx.db, "Zilda Farias", street="", number="", complement="", district="",
                city="", uf="", cep="")  # fmt: skip
    sale(ctx.db, zilda, 5_000, date(2026, 8, 1))
    dialog = BatchLettersDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.plan_label.text() == "Contando as cartas…" and not dialog.generate.isEnabled()
    qtbot.waitUntil(lambda: dialog.plan_loaded, timeout=5000)
    text = dialog.plan_label.text()
    assert text.startswith("3 cartas: ") and "Ana Paula Souza" in text
    assert "Sem endereço, ficam de fora (1): Zilda Farias" in text
    # Her own letter, asked for by hand, asks first (the envelope window would be empty).
    from fiado_app.ui.documents import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "confirm_no_address", lambda _p, name: asked.append(name))
    assert show_letter(None, ctx, zilda, "notificacao") is None and asked == ["Zilda Farias"]


def test_receipt_offered_after_payment(qtbot, ctx, shop, monkeypatch) -> None:
    from datetime import date

    pid = pay(ctx.db, shop.ana, 2_000, date(2026, 11, 20))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    preview = offer_receipt(None, ctx, pid)
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.windowTitle() == "Recibo nº 000001"
    qtbot.wait(300)
    shot(preview, "receipt_preview.png")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert offer_receipt(None, ctx, pid) is None
