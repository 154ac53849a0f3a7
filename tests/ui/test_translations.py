"""Portuguese is the source language; the English translation must cover every string."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fiado_app.ui.common import resource
from fiado_app.ui.labels import all_label_sources, noop_sources

ROOT = Path(__file__).resolve().parents[2]
TS = resource("translations", "fiado_en.ts")


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fiado_app" / "ui").rglob("*.py"))


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_string_in_the_english_file_is_translated():
    unfinished = [
        m.find("source").text
        for m in messages(TS)
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.find("translation").text or "").strip()
    ]
    assert unfinished == []


def test_no_string_in_the_code_is_missing_from_the_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [lupdate, *ui_sources(), "-ts", str(copy), "-no-obsolete"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    known = {(m.find("source").text) for m in messages(TS)}
    found = {m.find("source").text for m in messages(copy)}
    assert found - known == set(), "run pyside6-lupdate and translate the new strings"


def test_the_compiled_translation_is_shipped_and_newer_than_the_source():
    qm = resource("translations", "fiado_en.qm")
    assert qm.exists() and qm.stat().st_size > 1000


def test_service_labels_are_listed_for_translation():
    assert all_label_sources() <= noop_sources()


def test_english_build_translates_a_real_dialog(qtbot, qapp, ctx):
    from fiado_app.ui.app import install_translation
    from fiado_app.ui.dialogs.payment import PaymentDialog
    from fiado_app.ui.main_window import MainWindow

    install_translation(qapp, "en")
    try:
        dialog = PaymentDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Payment"
        assert dialog.ok_button.text() == "Record payment"  # inherited FormDialog.tr context
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.navigation.item(1).text() == "Receivables"
        assert window.pages[1].model.headerData(0, Qt.Orientation.Horizontal) == "Customer"
    finally:
        install_translation(qapp, "pt_BR")


def test_english_build_translates_the_collection_and_document_wiring(qtbot, qapp, ctx, shop):
    from fiado_app.ui.app import install_translation
    from fiado_app.ui.dialogs.customer import CustomerDialog
    from fiado_app.ui.main_window import MainWindow

    install_translation(qapp, "en")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.navigation.item(0).text() == "Today's collections"
        assert window.pages[0].letter_button.text() == "Print letter"
        assert window.pages[0].model.headerData(1, Qt.Orientation.Horizontal) == "Reason"
        assert window.batch_letters_action.text() == "Batch &collection letters…"
        dialog = CustomerDialog(ctx, shop[1]["ana"].id)
        qtbot.addWidget(dialog)
        assert dialog.statement_button.text() == "Statement PDF…"
        assert dialog.tabs.tabText(1) == "Collection"
        assert "Promises kept" in dialog.collection_panel.summary_label.text()
    finally:
        install_translation(qapp, "pt_BR")


def test_the_file_dialog_speaks_portuguese_where_qt_s_own_file_falls_short(qapp):
    from PySide6.QtCore import QCoreApplication

    from fiado_app.ui.app import install_translation

    install_translation(qapp, "pt_BR")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Procurar em:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Arquivos do &tipo:"
    assert QCoreApplication.translate("QFileDialog", "&Save") == "&Salvar"  # Qt's own, kept
