"""Dates typed by hand, the Brazilian way, everywhere a form asks for one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget

from fiado_app.domain.errors import InvalidInput
from fiado_app.services.ledger import get_entry
from fiado_app.ui.common import DateField
from fiado_app.ui.dialogs.payment import PaymentDialog
from tests.ui.conftest import TODAY


@pytest.mark.parametrize(
    "typed", ["01/09/2026", "1/9/2026", "01/09/26", "01092026", "010926", "01.09.2026"]
)
def test_a_date_typed_over_the_old_one_is_taken(qtbot, typed):
    field = DateField(date(2026, 11, 30))
    qtbot.addWidget(field)
    changed = []
    field.dateChanged.connect(changed.append)
    field.selectAll()
    qtbot.keyClicks(field, typed)
    assert field.value() == date(2026, 9, 1)
    assert changed and changed[-1].toPython() == date(2026, 9, 1)


@pytest.mark.parametrize("typed", ["31/02/2026", "1/13/2026", "amanha", ""])
def test_a_date_that_is_not_one_is_refused_with_what_was_typed(qtbot, typed):
    field = DateField(date(2026, 11, 30))
    qtbot.addWidget(field)
    field.selectAll()
    if typed:
        qtbot.keyClicks(field, typed)
    else:
        field.clear()
    with pytest.raises(InvalidInput, match="Data inválida"):
        field.value()


def test_arrows_step_a_day_and_the_calendar_picks_one(qtbot):
    field = DateField(date(2026, 11, 30))
    qtbot.addWidget(field)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "01/12/2026"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == date(2026, 11, 29)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.findChild(QCalendarWidget)
    assert calendar is not None and calendar.selectedDate().toPython() == date(2026, 11, 29)
    calendar.clicked.emit(QDate(2026, 12, 24))
    assert field.value() == date(2026, 12, 24)


def test_a_payment_dated_by_hand_is_recorded_on_that_day(qtbot, ctx, shop):
    db, people = shop
    dialog = PaymentDialog(ctx, people["ana"])
    qtbot.addWidget(dialog)
    dialog.amount.setText("10,00")
    paid_on = TODAY - timedelta(days=3)  # paid on Saturday, recorded on Tuesday
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, paid_on.strftime("%d/%m/%Y"))
    dialog.accept()
    assert dialog.result_record is not None
    assert get_entry(db, dialog.result_record.id).date == paid_on


def test_a_wrong_date_keeps_the_dialog_open_with_the_reason(qtbot, ctx, shop):
    _db, people = shop
    dialog = PaymentDialog(ctx, people["ana"])
    qtbot.addWidget(dialog)
    dialog.amount.setText("10,00")
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "32/11/2026")
    dialog.accept()
    assert dialog.result_record is None
    assert "Data inválida" in dialog.error.text()
