"""The collection and document pieces as reached from the main window and the customer window."""

from __future__ import annotations

from datetime import timedelta

from fiado_app.services import contacts, letters
from fiado_app.ui.collection.agenda_page import AgendaPage
from fiado_app.ui.main_window import MainWindow
from fiado_app.ui.models import RECORD_ROLE
from tests.ui.conftest import TODAY


def agenda_window(qtbot, ctx):
    window = MainWindow(ctx, "Mercadinho São José")
    qtbot.addWidget(window)
    window.show()
    agenda = window.pages[0]
    assert isinstance(agenda, AgendaPage)
    qtbot.waitUntil(lambda: agenda.agenda is not None and agenda.model.rowCount() > 0, timeout=5000)
    return window, agenda


def test_agenda_print_letter_opens_the_preview_and_saving_logs_a_letter_contact(
    qtbot, ctx, shop, tmp_path, monkeypatch
):
    from fiado_app.ui.documents import dialogs

    db, people = shop
    asked: list[str] = []  # Carla has no address yet: the owner says to print it anyway
    monkeypatch.setattr(dialogs, "confirm_no_address", lambda _p, name: asked.append(name) or True)
    window, agenda = agenda_window(qtbot, ctx)
    carla = people["carla"].id
    row = next(r for r, item in enumerate(agenda.model.rows) if item.customer_id == carla)
    agenda.table.selectRow(row)
    assert agenda.letter_button.isEnabled()
    agenda.letter_button.click()
    preview = window.letter_preview
    assert asked == ["Carla Dias"]
    assert preview is not None and preview.isVisible()
    assert "Carla Dias" in preview.windowTitle()
    assert contacts.list_contacts(db, carla) == []

    assert preview.save_to(tmp_path / "carta.pdf")
    assert (tmp_path / "carta.pdf").read_bytes().startswith(b"%PDF")
    logged = contacts.list_contacts(db, carla)
    assert [(c.channel, c.outcome) for c in logged] == [("carta", "sem_resposta")]
    assert logged[0].note.startswith("Carta impressa (")  # printing is not delivery
    preview.save_to(tmp_path / "again.pdf")  # saving twice does not log twice
    assert len(contacts.list_contacts(db, carla)) == 1
    preview.close()


def customer_window(qtbot, ctx, customer_id):
    from fiado_app.ui.dialogs.customer import CustomerDialog

    dialog = CustomerDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_customer_window_shows_the_collection_panel_and_its_actions(qtbot, ctx, shop):
    from fiado_app.ui.collection.customer_panel import CustomerCollectionPanel

    _db, people = shop
    dialog = customer_window(qtbot, ctx, people["carla"].id)
    assert isinstance(dialog.collection_panel, CustomerCollectionPanel)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Extrato", "Cobrança", "Acordos", "Privacidade"]
    dialog.tabs.setCurrentWidget(dialog.collection_panel)
    assert "Carla Dias" in dialog.collection_panel.summary_label.text()
    assert "Comportamento" in dialog.collection_panel.summary_label.text()
    assert "comportamento: Inadimplente" in dialog.summary.text()  # 100 days late
    assert not dialog.collection_panel.reminder_button.isVisible()  # offered above instead
    for button in (dialog.reminder_button, dialog.contact_button, dialog.letter_button,
                   dialog.statement_button):  # fmt: skip
        assert button.isVisible() and button.isEnabled()


def test_after_a_payment_the_receipt_is_offered_and_shown(qtbot, ctx, shop, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fiado_app.services.ledger import customer_balance
    from fiado_app.ui.documents import customer_docs, dialogs

    db, people = shop
    asked = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(dialogs.QMessageBox, "question", answer_yes)

    class TypedPayment(customer_docs.PaymentDialog):
        def exec(self):
            self.amount.setText("50,00")
            self.accept()
            return self.result()

    monkeypatch.setattr(customer_docs, "PaymentDialog", TypedPayment)
    dialog = customer_window(qtbot, ctx, people["carla"].id)
    dialog.payment_button.click()
    assert customer_balance(db, people["carla"].id) == 7000
    assert asked and "recibo" in asked[0]
    preview = dialog.receipt_preview
    assert preview is not None and preview.windowTitle().startswith("Recibo nº")
    assert preview.document.pageCount() == 1
    preview.close()


def test_a_declined_receipt_offer_shows_nothing(qtbot, ctx, shop, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fiado_app.ui.documents import customer_docs, dialogs

    _db, people = shop
    monkeypatch.setattr(
        dialogs.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )

    class TypedPayment(customer_docs.PaymentDialog):
        def exec(self):
            self.amount.setText("10,00")
            self.accept()
            return self.result()

    monkeypatch.setattr(customer_docs, "PaymentDialog", TypedPayment)
    dialog = customer_window(qtbot, ctx, people["ana"].id)
    dialog.payment_button.click()
    assert dialog.receipt_preview is None


def test_a_payment_line_of_the_statement_opens_its_receipt(qtbot, ctx, shop):
    _db, people = shop
    dialog = customer_window(qtbot, ctx, people["ana"].id)
    payment_row = next(
        r
        for r in range(dialog.model.rowCount())
        if dialog.model.data(dialog.model.index(r, 0), RECORD_ROLE).entry.kind == "payment"
    )
    dialog.table.selectRow(payment_row)
    entry = dialog.selected_entry()
    dialog.show_receipt(entry.id)
    assert dialog.receipt_preview.windowTitle().startswith("Recibo nº")
    dialog.receipt_preview.close()


def test_statement_pdf_for_a_period_and_a_reversed_period_is_refused(qtbot, ctx, shop):
    from fiado_app.ui.documents.customer_docs import StatementPeriodDialog

    _db, people = shop
    dialog = StatementPeriodDialog(ctx, people["ana"].id)
    qtbot.addWidget(dialog)
    dialog.whole.setChecked(False)
    dialog.start.set_value(TODAY)
    dialog.end.set_value(TODAY - timedelta(days=30))
    dialog.accept()
    assert "invertido" in dialog.error.text() and dialog.preview is None
    dialog.start.set_value(TODAY - timedelta(days=90))
    dialog.accept()
    assert dialog.preview is not None and "Ana Conceição" in dialog.preview.windowTitle()
    assert dialog.preview.document.pageCount() >= 1
    dialog.preview.close()


def test_the_statement_starts_with_the_last_90_days_and_every_open_purchase(qtbot, ctx, shop):
    from fiado_app.ui.documents.customer_docs import StatementPeriodDialog

    _db, people = shop
    ana = StatementPeriodDialog(ctx, people["ana"].id)  # open purchases from 60 days ago
    qtbot.addWidget(ana)
    assert not ana.whole.isChecked() and ana.period() == (TODAY - timedelta(days=90), TODAY)
    carla = StatementPeriodDialog(ctx, people["carla"].id)  # still owes a sale of 100 days ago
    qtbot.addWidget(carla)
    assert carla.period() == (TODAY - timedelta(days=100), TODAY)


def test_letter_from_the_customer_window_preselects_the_current_stage(qtbot, ctx, shop):
    from fiado_app.domain.ladder import PRINTED_REMINDER
    from fiado_app.ui.documents.customer_docs import LetterKindDialog, current_letter_kind

    _db, people = shop
    assert current_letter_kind(ctx, TODAY - timedelta(days=70)) == "notificacao"
    assert current_letter_kind(ctx, None) == PRINTED_REMINDER
    kinds = letters.letter_kinds(ctx.db)
    assert [k for k, _title in kinds] == [PRINTED_REMINDER, "carta", "notificacao"]
    dialog = LetterKindDialog(kinds, "carta", "Carla Dias")
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "carta"


def test_batch_letters_from_the_menu_build_off_the_gui_thread_and_log_each_letter(
    qtbot, ctx, shop, tmp_path
):
    from fiado_app.services.customers import CustomerInput, update_customer

    db, people = shop
    for who, street in (("ana", "Rua das Palmeiras, 10"), ("carla", "Rua do Sol, 45")):
        c = people[who]  # the letters go by post: their addresses
        update_customer(db, c.id, CustomerInput(c.name, c.nickname, c.phone or "",
                                                street=street, city="Campinas", uf="SP"))  # fmt: skip
    window, _agenda = agenda_window(qtbot, ctx)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    action = next(a for a in menus["&Documentos"].actions() if "lote" in a.text())
    action.trigger()
    dialog = window.batch_dialog
    assert dialog.isVisible()
    dialog.stage.setCurrentIndex(dialog.stage.findData("lembrete_impresso"))
    qtbot.waitUntil(lambda: dialog.plan_loaded, timeout=5000)
    dialog.generate.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.progress.value() == 100
    overdue = {people["ana"].id, people["carla"].id}
    assert dialog.preview.document.pageCount() >= len(overdue)
    assert dialog.preview.save_to(tmp_path / "cartas.pdf")
    for customer_id in overdue:
        assert [c.channel for c in contacts.list_contacts(db, customer_id)] == ["carta"]
    assert contacts.list_contacts(db, people["bruno"].id) == []
    dialog.preview.close()
