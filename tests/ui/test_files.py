"""File dialogs never touch the open database: one module opens them all, they hide the
database's files, never start in its folder, and leave its journal as it was."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from PySide6.QtCore import QFileInfo, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from fiado_app.services import ledger
from fiado_app.services.app import open_database
from fiado_app.services.customers import CustomerInput, add_customer
from fiado_app.ui import files

ROOT = Path(__file__).resolve().parents[2]


def test_no_module_but_ui_files_opens_a_file_dialog():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "fiado_app").rglob("*.py")
        if p.name != "files.py" and re.search(r"\bQFileDialog\b", p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_icon_provider_names_types_without_opening_files(tmp_path):
    target = tmp_path / "fiado.sqlite3-wal"
    target.write_bytes(b"x")
    provider = files.NoSniffIconProvider()
    info = QFileInfo(str(target))
    assert "SQLITE3-WAL" in provider.type(info)  # from the name; the contents are never read
    assert not provider.icon(info).isNull()


def test_a_dialog_in_the_data_folder_starts_in_documents_and_hides_the_database(qtbot, tmp_path):
    path = tmp_path / "dados" / "fiado.sqlite3"
    db = open_database(path).db
    maria = add_customer(db, CustomerInput(name="Maria"))
    ledger.record_sale(db, maria.id, 500)
    journal = db._journal
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
        seen["dir"] = dialog.directory().absolutePath()
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        proxy = dialog.proxyModel()
        seen["hides"] = proxy is not None and str(path) in proxy.hidden
        dialog.reject()

    QTimer.singleShot(300, look)
    chosen = files.save_file(None, "Salvar PDF", "PDF (*.pdf)", path.parent / "extrato.pdf")
    assert chosen is None
    assert Path(str(seen["dir"])).resolve() != path.parent.resolve()
    assert seen["native"] is False and seen["hides"] is True
    assert db.journal_intact() and db._journal == journal
    if os.path.exists("/proc/self/fd"):
        links = []
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                links.append(os.readlink(f"/proc/self/fd/{fd}"))
        assert not [link for link in links if "sqlite3" in link and "(deleted)" in link]
    db.close()
