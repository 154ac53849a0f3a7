"""Collection widgets standalone (pytest-qt): agenda page, reminder dialog, panel, ladder editor.

Screenshots go to artifacts/screenshots/ to be looked at.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTime, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fiado_app.db.engine import Database
from fiado_app.services import collection, ledger
from fiado_app.ui.collection import reminder_dialog
from fiado_app.ui.collection.agenda_page import AgendaPage
from fiado_app.ui.collection.customer_panel import CustomerCollectionPanel
from fiado_app.ui.collection.ladder_page import LadderPage
from fiado_app.ui.collection.reminder_dialog import ReminderDialog
from fiado_app.ui.context import AppContext
from tests.services.collection.conftest import TODAY, add, db, pay, sell  # noqa: F401 - fixture

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
WEEKDAY_10H = datetime(2026, 11, 18, 10, 0)


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def shown_agenda(qtbot, ctx: AppContext) -> AgendaPage:
    """Today's list on screen, loaded."""
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    return page


@pytest.fixture
def ctx(db: Database):  # noqa: F811
    ctx = AppContext(db, today=lambda: TODAY)
    yield ctx
    ctx.close()  # background work ends before the database closes


@pytest.fixture
def maria(db: Database) -> int:  # noqa: F811
    cid = add(db, "Maria Aparecida Souza")
    sell(db, cid, 12000, date(2026, 10, 15), TODAY - timedelta(days=3), "Compras do mês")
    sell(db, cid, 6750, date(2026, 11, 10), date(2026, 12, 10), "Gás")
    other = add(db, "João Pereira", phone="(11) 3333-5555")  # landline: no WhatsApp
    sell(db, other, 4590, date(2026, 10, 1), TODAY - timedelta(days=20), "Pão e leite")
    pay(db, other, 590, date(2026, 11, 1))
    return cid


def test_agenda_page_lists_todays_customers(qtbot, ctx: AppContext, maria: int) -> None:
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert page.model.rowCount() == 2
    names = [page.model.rows[i].name for i in range(2)]
    assert names == ["João Pereira", "Maria Aparecida Souza"]  # the later first
    assert "Cobranças de hoje, 18/11/2026: 2 clientes" in page.heading.text()
    page.table.selectRow(1)
    assert page.text_button.isEnabled() and not page.letter_button.isEnabled()
    page.show()
    shot(page, "agenda_page")


def test_the_owner_keeps_her_place_in_the_list_after_a_payment(qtbot, ctx: AppContext, db):  # noqa: F811
    # Forty customers late, the owner far down the list: one pays up and leaves today's list.
    # The row that takes her place is highlighted, and the list is not back at the top.
    ids = []
    for n in range(40):
        cid = add(db, f"Cliente {n:02d}", phone=f"(11) 98765-{4300 + n}")
        sell(db, cid, 1000 + n, date(2026, 9, 1), TODAY - timedelta(days=10 + n))
        ids.append(cid)
    page = shown_agenda(qtbot, ctx)
    assert page.model.rowCount() == 40
    page.table.selectRow(30)
    leaving = page.selected()
    after_her = page.model.rows[31].customer_id
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ctx.perform(
            lambda: ledger.record_payment(db, leaving.customer_id, leaving.open_cents, today=TODAY)
        )
    assert page.model.rowCount() == 39
    assert page.selected().customer_id == after_her
    assert page.table.verticalScrollBar().value() >= scrolled - 40  # about where it was
    kept = page.selected().customer_id
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ctx.perform(lambda: ledger.record_sale(db, ids[0], 500, on=TODAY, today=TODAY))
    assert page.selected().customer_id == kept  # still on the list: still highlighted


def test_a_new_shop_sees_the_first_steps_instead_of_an_empty_list(qtbot, ctx: AppContext):
    page = shown_agenda(qtbot, ctx)
    assert page.first_steps.isVisible() and not page.table.isVisible()
    assert "Cadastre seus clientes" in page.first_steps.text()
    assert "Ctrl+N" in page.first_steps.text()
    shot(page, "agenda_first_steps")
    add(ctx.db, "Ana Lima")  # a shop with customers, nobody to remind: the list, empty
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert not page.first_steps.isVisible() and page.table.isVisible()


def test_a_promise_logged_offers_the_agreement_summary_to_send(qtbot, ctx: AppContext, maria):
    from fiado_app.ui.collection.contact_dialog import ContactDialog

    dialog = ContactDialog(ctx, maria, "Maria Aparecida Souza", channel="telefone")
    qtbot.addWidget(dialog)
    shown: list[tuple[str, str]] = []
    dialog.show_summary = lambda title, text: shown.append((title, text))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promessa"))
    dialog.promise_date.selectAll()
    qtbot.keyClicks(dialog.promise_date, "25/11/2026")
    dialog.promise_amount.setText("120,00")
    dialog.save()
    assert dialog.error.text() == ""
    assert dialog.contact is not None and dialog.contact.promise_cents == 12000
    [(title, text)] = shown
    assert title == "Resumo do acordo: Maria Aparecida Souza"
    assert "• Valor: R$\u00a0120,00" in text and "• Pagamento até: 25/11/2026" in text
    assert "5406120.00" in text  # its Pix carries the agreed amount


def test_a_call_made_yesterday_is_logged_by_typing_its_date_and_hour(qtbot, ctx, maria):
    from fiado_app.ui.collection.contact_dialog import ContactDialog

    dialog = ContactDialog(ctx, maria, "Maria Aparecida Souza", channel="telefone")
    qtbot.addWidget(dialog)
    yesterday = TODAY - timedelta(days=1)
    dialog.at_date.selectAll()
    qtbot.keyClicks(dialog.at_date, "31/02/2026")  # no such day: refused, nothing logged
    dialog.save()
    assert "31/02/2026" in dialog.error.text() and dialog.result() == 0
    assert collection.list_contacts(ctx.db, maria, TODAY) == []
    dialog.at_date.selectAll()
    qtbot.keyClicks(dialog.at_date, yesterday.strftime("%d%m%Y"))  # typed without slashes
    dialog.at_time.setTime(QTime(18, 30))
    dialog.save()
    assert dialog.error.text() == ""
    [contact] = collection.list_contacts(ctx.db, maria, TODAY)
    assert contact.at == datetime.combine(yesterday, time(18, 30))


def test_the_owner_undoes_a_contact_from_the_history(qtbot, ctx: AppContext, maria: int):
    collection.log_contact(ctx.db, maria, "telefone", "numero_errado", at=WEEKDAY_10H,
                           now=WEEKDAY_10H)  # fmt: skip
    panel = CustomerCollectionPanel(ctx, maria)
    qtbot.addWidget(panel)
    assert panel.history.rowCount() == 1
    asked: list[str] = []
    panel.confirm_undo = lambda question: asked.append(question) or True
    panel.history.selectRow(0)
    panel.undo_button.click()
    assert asked and "Número errado" in asked[0]
    assert collection.list_contacts(ctx.db, maria, TODAY) == []
    assert panel.history.rowCount() == 0  # the panel follows the change


def test_print_letter_hook(qtbot, ctx: AppContext, maria: int) -> None:
    page = AgendaPage(ctx)
    qtbot.addWidget(page)
    ctx.today = lambda: TODAY + timedelta(days=40)  # past the letter stage
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    page.table.selectRow(0)
    assert page.letter_button.isEnabled()
    with qtbot.waitSignal(page.print_letter_requested) as signal:
        page.letter_button.click()
    assert signal.args == [page.model.rows[0].customer_id]


def test_reminder_dialog_copy_logs_texto_copiado(qtbot, ctx: AppContext, maria: int) -> None:
    dialog = ReminderDialog(ctx, maria)
    qtbot.addWidget(dialog)
    dialog.ask_outcome = False
    dialog.now = lambda: WEEKDAY_10H
    assert dialog.text.toPlainText().startswith("Oi, Maria, tudo bem?")
    assert not dialog.qr.pixmap().isNull()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.reminder.text
    [logged] = collection.list_contacts(ctx.db, maria)
    assert logged.outcome == "texto_copiado" and logged.stage_key == "amigavel"
    assert logged.text == dialog.reminder.text
    dialog.show()
    shot(dialog, "reminder_dialog")


def test_reminder_dialog_opens_whatsapp_and_logs_it(qtbot, ctx: AppContext, maria: int) -> None:
    dialog = ReminderDialog(ctx, maria)
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.ask_outcome = False
    dialog.now = lambda: WEEKDAY_10H
    dialog.whatsapp_button.click()
    assert (
        opened[0]
        .toString(QUrl.ComponentFormattingOption.FullyEncoded)
        .startswith("https://wa.me/5511987654321?text=Oi%2C%20Maria%2C%20tudo%20bem%3F%20")
    )
    assert collection.list_contacts(ctx.db, maria)[0].outcome == "whatsapp_aberto"


def test_whatsapp_that_does_not_open_logs_nothing_and_offers_the_text(
    qtbot, ctx: AppContext, maria: int
) -> None:
    # No browser on this PC: Qt reports failure. The owner is told, and may copy the text.
    dialog = ReminderDialog(ctx, maria)
    qtbot.addWidget(dialog)
    dialog.open_url = lambda _url: False
    dialog.ask_outcome = False
    dialog.now = lambda: WEEKDAY_10H
    seen: list[str] = []

    def owner_copies(box: QMessageBox) -> object:
        seen.append(box.text())
        return next(b for b in box.buttons() if b.text() == "Copiar o texto")

    dialog.show_box = owner_copies
    dialog.whatsapp_button.click()
    assert seen and "Não foi possível abrir o WhatsApp" in seen[0]
    assert QGuiApplication.clipboard().text() == dialog.reminder.text
    assert [c.outcome for c in collection.list_contacts(ctx.db, maria)] == ["texto_copiado"]
    # A copied text is no contact yet: Maria is still on today's list.
    agenda = collection.todays_agenda(ctx.db, TODAY, WEEKDAY_10H)
    assert maria in {i.customer_id for i in agenda.items}


def test_outside_contact_hours_the_owner_is_warned_first(
    qtbot, ctx: AppContext, maria: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def decline(_parent: object, reason: str) -> bool:
        asked.append(reason)
        return False

    monkeypatch.setattr(reminder_dialog, "confirm_outside_hours", decline)
    dialog = ReminderDialog(ctx, maria)
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.now = lambda: datetime(2026, 11, 22, 10, 0)  # Sunday
    dialog.whatsapp_button.click()
    assert asked and "Domingo" in asked[0]
    assert opened == [] and collection.list_contacts(ctx.db, maria) == []


def test_a_customer_without_a_mobile_gets_a_clear_message(
    qtbot, ctx: AppContext, maria: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(reminder_dialog, "show_error", lambda _p, exc: shown.append(str(exc)))
    joao = [i for i in collection.todays_agenda(ctx.db, TODAY, WEEKDAY_10H).items
            if i.name == "João Pereira"][0]  # fmt: skip
    dialog = ReminderDialog(ctx, joao.customer_id)
    qtbot.addWidget(dialog)
    dialog.open_url = lambda _u: pytest.fail("must not open")
    dialog.whatsapp_button.click()
    assert shown and "celular" in shown[0]


def test_customer_panel_shows_history_and_promises(qtbot, ctx: AppContext, maria: int) -> None:
    collection.log_contact(ctx.db, maria, "telefone", "promessa", at=WEEKDAY_10H - timedelta(days=6),
                           promise_date=TODAY - timedelta(days=2), promise_cents=5000,
                           note="Recebe sexta", now=WEEKDAY_10H)  # fmt: skip
    pay(ctx.db, maria, 5000, TODAY - timedelta(days=3))
    collection.pause(ctx.db, maria, date(2026, 12, 5), "Viajando", today=TODAY)
    panel = CustomerCollectionPanel(ctx, maria)
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    assert "Promessas cumpridas: 1" in panel.summary_label.text()
    assert "Não cobrar até 05/12/2026: Viajando" in panel.state_label.text()
    assert panel.history.rowCount() == 1 and "Cumprida" in panel.history.item(0, 3).text()
    panel.show()
    shot(panel, "customer_panel")


def test_ladder_editor_previews_and_guards_the_tone(qtbot, ctx: AppContext, maria: int) -> None:
    page = LadderPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 560)
    page.show()  # preview customers load off the GUI thread once the page is on screen
    qtbot.waitUntil(lambda: page.customer.count() > 0, timeout=5000)
    page.list.setCurrentRow(2)  # amigável
    assert "Oi, " in page.preview.toPlainText() and page.save_button.isEnabled()
    page.template.setPlainText("Oi {primeiro_nome}, seu caloteiro! Pague {valor}.")
    assert not page.save_button.isEnabled() and "art. 42" in page.feedback.text()
    page.show()
    shot(page, "ladder_editor_refused")
    page.template.setPlainText("Oi {primeiro_nome}! Sua dívida de {valor} venceu em {vencimento}.")
    assert page.save_button.isEnabled() and "Evite" in page.feedback.text()
    assert page.preview.toPlainText().startswith("Oi João!") or "R$" in page.preview.toPlainText()
    page.save_button.click()
    assert collection.list_ladder(ctx.db)[2].template.startswith("Oi {primeiro_nome}! Sua dívida")
    page.template.setPlainText("Oi {primeiro_nome}, seu saldo é {saldo}.")
    assert "desconhecido" in page.feedback.text()
    page.ask_unsaved = lambda _question: "discard"
    page.list.setCurrentRow(0)
    shot(page, "ladder_editor")


def test_each_step_is_previewed_on_a_customer_at_that_step(qtbot, ctx: AppContext, maria, db):  # noqa: F811
    # João owes most (20 days late), Maria is 3 days late, Bruna's purchase falls due in two
    # days: the reminder before the due date is previewed on Bruna's, not on João's late one.
    bruna = add(db, "Bruna Lima", phone="(11) 97654-3210")
    sell(db, bruna, 2500, date(2026, 11, 1), TODAY + timedelta(days=2), "Material escolar")
    page = LadderPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 560)
    page.show()
    qtbot.waitUntil(lambda: page.customer.count() == 3, timeout=5000)
    keys = [s.key for s in page.stages]
    page.list.setCurrentRow(keys.index("lembrete"))
    assert page.customer.currentText() == "Bruna Lima"
    assert "20/11/2026" in page.preview.toPlainText()  # her due date, two days ahead
    page.list.setCurrentRow(keys.index("amigavel"))
    assert page.customer.currentText() == "Maria Aparecida Souza"
    page.list.setCurrentRow(keys.index("segundo_aviso"))
    assert page.customer.currentText() == "João Pereira"


def test_switching_steps_with_edits_not_saved_asks_first(qtbot, ctx: AppContext, maria: int):
    page = LadderPage(ctx)
    qtbot.addWidget(page)
    asked: list[str] = []
    answer = {"now": "cancel"}
    page.ask_unsaved = lambda question: asked.append(question) or answer["now"]
    page.list.setCurrentRow(2)
    page.name.setText("Lembrete carinhoso")
    page.list.setCurrentRow(3)  # "Voltar": stays, edits kept
    assert asked and "Lembrete amigável" in asked[0]
    assert page.list.currentRow() == 2 and page.name.text() == "Lembrete carinhoso"
    assert page.unsaved_changes() is not None
    answer["now"] = "save"
    page.list.setCurrentRow(3)
    assert page.list.currentRow() == 3 and page.stage().key == "segundo_aviso"
    assert collection.list_ladder(ctx.db)[2].name == "Lembrete carinhoso"
    page.name.setText("Segundo aviso editado")
    answer["now"] = "discard"
    page.list.setCurrentRow(0)
    assert page.list.currentRow() == 0 and page.unsaved_changes() is None
    assert collection.list_ladder(ctx.db)[3].name != "Segundo aviso editado"
    assert "\n" in page.list.item(0).text()  # name, then when: nothing cut off
