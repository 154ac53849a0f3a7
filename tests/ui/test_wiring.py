"""The collection and document pieces as reached from the main window and the customer window."""

from __future__ import annotations

from fiado_app.services import contacts
from fiado_app.ui.collection.agenda_page import AgendaPage
from fiado_app.ui.main_window import MainWindow


def agenda_window(qtbot, ctx):
    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    window.show()
    agenda = window.pages[0]
    assert isinstance(agenda, AgendaPage)
    qtbot.waitUntil(lambda: agenda.agenda is not None and agenda.model.rowCount() > 0, timeout=5000)
    return window, agenda


def test_agenda_print_letter_opens_the_preview_and_saving_logs_a_letter_contact(
    qtbot, ctx, shop, tmp_path
):
    db, people = shop
    window, agenda = agenda_window(qtbot, ctx)
    carla = people["carla"].id
    row = next(r for r, item in enumerate(agenda.model.rows) if item.customer_id == carla)
    agenda.table.selectRow(row)
    assert agenda.letter_button.isEnabled()
    agenda.letter_button.click()
    preview = window.letter_preview
    assert preview is not None and preview.isVisible()
    assert "Carla Dias" in preview.windowTitle()
    assert contacts.list_contacts(db, carla) == []

    assert preview.save_to(tmp_path / "carta.pdf")
    assert (tmp_path / "carta.pdf").read_bytes().startswith(b"%PDF")
    logged = contacts.list_contacts(db, carla)
    assert [(c.channel, c.outcome) for c in logged] == [("carta", "outro")]
    assert "impressa" in logged[0].note
    preview.save_to(tmp_path / "again.pdf")  # saving twice does not log twice
    assert len(contacts.list_contacts(db, carla)) == 1
    preview.close()
