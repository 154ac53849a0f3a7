"""Holiday names kept in the database: a start of the app judges today without loading the
holiday package, and gives the same answers as the package."""

from datetime import date, datetime

from fiado_app.domain import contact_hours
from fiado_app.services import holiday_names
from fiado_app.services.agenda import label_agenda, todays_agenda


def test_the_names_kept_are_the_packages_and_are_read_back(db):
    db.check_integrity()  # what the app runs in the background after start-up
    contact_hours._KNOWN.clear()
    with db.read() as session:
        assert not holiday_names.prime(session, 2026, "SP")
    holiday_names.keep(db, 2026, "SP")
    from_package = {d: str(n) for d, n in contact_hours._holidays_for(2026, "SP").items()}
    contact_hours._KNOWN.clear()
    with db.read() as session:
        assert holiday_names.prime(session, 2026, "SP")  # read from the file now
    assert contact_hours.holiday_names(2026, "SP") == from_package
    assert contact_hours.is_holiday(date(2026, 7, 9), "SP") == "Revolução Constitucionalista"
    assert contact_hours.is_holiday(date(2026, 12, 25)) == "Natal"


def test_labelling_the_agenda_keeps_this_years_and_next_years_names(db):
    db.check_integrity()
    contact_hours._KNOWN.clear()
    christmas = todays_agenda(db, date(2026, 12, 25), now=datetime(2026, 12, 25, 10),
                              with_behaviour=False)  # fmt: skip
    labelled = label_agenda(db, christmas, now=datetime(2026, 12, 25, 10))
    assert not labelled.contact_allowed and "Natal" in labelled.contact_note
    contact_hours._KNOWN.clear()
    with db.read() as session:
        assert holiday_names.prime(session, 2026, None)
        assert holiday_names.prime(session, 2027, None)


def test_before_the_files_check_the_names_are_used_but_not_written(db):
    # The first write of a process waits for the full check (seconds on a big shop): the
    # labels of the first agenda do not; the names are kept by a later agenda.
    contact_hours._KNOWN.clear()
    assert not db.sound
    christmas = todays_agenda(db, date(2026, 12, 25), now=datetime(2026, 12, 25, 10),
                              with_behaviour=False)  # fmt: skip
    labelled = label_agenda(db, christmas, now=datetime(2026, 12, 25, 10))
    assert not labelled.contact_allowed and "Natal" in labelled.contact_note
    assert not db.sound  # no write asked for the check
    with db.read() as session:
        found = session.connection().exec_driver_sql(
            "SELECT count(*) FROM setting WHERE key LIKE 'holidays:%'"
        )
        assert found.scalar() == 0
    db.check_integrity()  # the app's check, in the background
    label_agenda(db, christmas, now=datetime(2026, 12, 25, 10))  # known here: written now
    contact_hours._KNOWN.clear()
    with db.read() as session:
        assert holiday_names.prime(session, 2026, None)
        assert holiday_names.prime(session, 2027, None)
