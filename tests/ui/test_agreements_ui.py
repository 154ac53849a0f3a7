"""The owner makes an agreement in the customer's window: the simulator follows every change,
the summary and the documents follow, the agreement shows with its instalments, and it can be
treated as broken (when late) or undone."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fiado_app.domain.money import format_brl
from fiado_app.services import agreements, ledger
from fiado_app.services.agreement_review import agreements_to_review
from fiado_app.ui.dialogs.agreement import AgreementDialog
from fiado_app.ui.dialogs.agreement_documents import AgreementMadeDialog
from fiado_app.ui.dialogs.agreement_panel import AgreementReviewDialog
from fiado_app.ui.dialogs.customer import CustomerDialog
from fiado_app.ui.receivables_model import ReceivablesFilter, ReceivablesModel

from .conftest import TODAY


def test_the_simulator_follows_every_change_and_makes_the_agreement(ctx, shop, qtbot, screenshot):
    db, people = shop
    ana = people["ana"]  # owes R$ 60,00 (two sales)
    dialog = AgreementDialog(ctx, ana)
    qtbot.addWidget(dialog)
    assert dialog.schedule.rowCount() == 3
    assert dialog.schedule.item(0, 2).text() == format_brl(2000)
    dialog.count.setValue(7)  # R$ 60,00 in 7: the leftover centavos on the first
    amounts = [dialog.schedule.item(r, 2).text() for r in range(dialog.schedule.rowCount())]
    assert amounts == [format_brl(858)] + [format_brl(857)] * 6
    dialog.down_payment.setText("100,00")  # more than is owed: said at once, nothing saved
    assert not dialog.ok_button.isEnabled() and "entrada" in dialog.error.text()
    dialog.down_payment.setText("10,00")
    dialog.count.setValue(2)
    assert dialog.ok_button.isEnabled()
    assert [dialog.schedule.item(r, 2).text() for r in range(2)] == [format_brl(2500)] * 2
    dialog.sales.item(0).setCheckState(Qt.CheckState.Unchecked)  # only the newer sale
    assert "Em aberto: " + format_brl(3000) in dialog.totals.text()
    dialog.sales.item(0).setCheckState(Qt.CheckState.Checked)
    screenshot(dialog, "agreement-simulator")
    dialog.accept()
    made = dialog.result_record
    assert made is not None and made.down_payment_cents == 1000
    assert [i.amount_cents for i in made.installments] == [2500, 2500]
    assert ledger.customer_balance(db, ana.id) == 5000
    summary = AgreementMadeDialog(ctx, made, ana.phone)
    qtbot.addWidget(summary)
    assert "Próxima parcela: 1ª" in summary.text.toPlainText()


def test_the_customer_window_shows_the_agreement_and_undoes_it(
    ctx, shop, qtbot, monkeypatch, screenshot
):
    db, people = shop
    ana = people["ana"]
    agreements.make_agreement(db, ana.id, 3, today=TODAY)
    window = CustomerDialog(ctx, ana.id)
    qtbot.addWidget(window)
    panel = window.agreements_panel
    top = panel.tree.topLevelItem(0)
    assert top.childCount() == 3 and top.text(4) == "Em dia"
    assert "liquidada pelo acordo nº 1" in window.model.cell(window.model.rows()[0], 2, 0)
    window.tabs.setCurrentWidget(panel)
    screenshot(window, "agreement-customer-tab")
    assert not panel.break_button.isEnabled()  # nothing late: nothing to break
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.undo_selected()
    assert ledger.customer_balance(db, ana.id) == 6000
    assert panel.tree.topLevelItemCount() == 0 and panel.empty.isVisibleTo(panel)


def test_the_agenda_proposes_and_the_owner_breaks_a_late_agreement(ctx, shop, qtbot, monkeypatch):
    db, people = shop
    carla = people["carla"]
    made = agreements.make_agreement(
        db, carla.id, 2, first_due=TODAY, break_after_days=10, today=TODAY
    )
    later = TODAY + timedelta(days=11)
    ctx._day = later  # noqa: SLF001 - the app's day moves on
    monkeypatch.setattr(ctx, "today", lambda: later)
    found = agreements_to_review(db, later)
    assert [a.id for a in found] == [made.id]
    dialog = AgreementReviewDialog(ctx, found)
    qtbot.addWidget(dialog)
    assert "11 dias de atraso" in dialog.list.item(0).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.break_selected()
    assert dialog.list.count() == 0
    assert agreements.get_agreement(db, made.id, later).status == "rompido"


def test_receivables_can_show_only_customers_with_an_agreement(shop):
    db, people = shop
    agreements.make_agreement(db, people["ana"].id, 2, today=TODAY)
    from fiado_app.services.receivables import receivables

    model = ReceivablesModel()
    model.set_rows(receivables(db, TODAY).rows)
    proxy = ReceivablesFilter(model)
    proxy.set_filter(mode="agreement")
    proxy.set_agreement_customers(agreements.customers_with_agreements(db, TODAY))
    names = [proxy.record_at(r).name for r in range(proxy.rowCount())]
    assert names == ["Ana Conceição"]
