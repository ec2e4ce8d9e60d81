# SPDX-License-Identifier: GPL-3.0-or-later
"""The person list filters by facility and by detention dates."""

from __future__ import annotations

from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate


def test_facility_and_date_filters_narrow_the_list(window, qtbot):
    book = window.casebook
    facility, _ = book.custody.add_facility(records.Facility(name="Тест СИЗО"))
    held, _ = book.persons.add(records.Person(display_name="Filter Held"))
    other, _ = book.persons.add(records.Person(display_name="Filter Other"))
    book.custody.add_detention(records.Detention(person_id=held.id, facility_id=facility.id,
                                                 start=PartialDate(2031, 5, 2)))
    book.custody.add_detention(records.Detention(person_id=other.id, start=PartialDate(2030, 1, 1)))
    view = window.persons.list_view
    view.reload()
    custody = view.custody_filter
    custody.facility.setCurrentIndex(custody.facility.findData(facility.id))
    qtbot.waitUntil(lambda: list(view.model.loaded_ids()) == [held.id])
    custody.clear_filter()
    custody.start.setText("2030")
    custody.end.setText("12.2030")
    custody.changed.emit()
    qtbot.waitUntil(lambda: list(view.model.loaded_ids()) == [other.id])
