# SPDX-License-Identifier: GPL-3.0-or-later
"""Custody editors: detentions (with a facility created inline), facilities, sentences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate

from caseapp.gui.custody.detention_dialog import DetentionDialog
from caseapp.gui.custody.facility_dialog import FacilityDialog
from caseapp.gui.custody.sentence_dialog import SentenceDialog


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def detentions(casebook, person_id: int) -> list:
    return list(casebook.persons.details(person_id).detentions)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_detention_ending_before_it_starts_is_refused_next_to_the_end(qtbot, host, people):
    dialog = shown(qtbot, DetentionDialog(host, person_id=people["boris"]))
    qtbot.keyClicks(dialog.start, "10.05.2024")
    qtbot.keyClicks(dialog.end, "04.2024")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog._errors["end"].isVisible()
    assert "ends before it starts" in dialog._errors["end"].text()
    assert not dialog._errors["start"].isVisible()
    assert detentions(host.casebook, people["boris"]) == []
    assert host.changes == []


def test_unreadable_partial_date_is_shown_next_to_its_field(qtbot, host, people):
    dialog = shown(qtbot, DetentionDialog(host, person_id=people["boris"]))
    qtbot.keyClicks(dialog.start, "spring 2016")
    press_ok(qtbot, dialog)
    assert "spring 2016" in dialog._errors["start"].text()
    assert detentions(host.casebook, people["boris"]) == []


def test_detention_with_a_facility_created_inline(qtbot, host, people):
    dialog = shown(qtbot, DetentionDialog(host, person_id=people["erlan"]))
    assert dialog.facility.currentText() == "(not known)"
    assert dialog.case.findText("2024-0117 — Protest in Zhanaozen") > 0
    dialog.new_facility.click()
    facility_dialog = dialog.facility_dialog
    qtbot.keyClicks(facility_dialog.name, "IVS Astana")
    qtbot.keyClicks(facility_dialog.city, "Astana")
    facility_dialog.postal_address.setPlainText("Astana, Abay street 1")
    press_ok(qtbot, facility_dialog)
    assert dialog.facility.currentText() == "IVS Astana (Astana)"
    dialog.kind.set_value("administrative")
    qtbot.keyClicks(dialog.start, "2016")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    stored = dialog.result_value[0]
    facility = host.casebook.get(records.Facility, stored.facility_id)
    assert (facility.name, facility.postal_address) == ("IVS Astana", "Astana, Abay street 1")
    assert (stored.start, stored.end, stored.kind) == (PartialDate(2016), None, "administrative")
    assert [c.step for c in host.changes] == ["Add Facility", "Add Detention"]


def test_editing_a_detention_shows_and_saves_its_values(qtbot, host, people):
    detention_id = detentions(host.casebook, people["erlan"])[0].id
    dialog = shown(qtbot, DetentionDialog(host, person_id=people["erlan"],
                                          detention_id=detention_id))
    assert dialog.facility.currentText() == "SIZO No. 1 (Almaty)"
    assert dialog.start.text() == "14.03.2024"
    dialog.end.setText("01.09.2024")
    dialog.save()
    assert host.casebook.get(records.Detention, detention_id).end == PartialDate(2024, 9, 1)
    assert host.changes[-1].step == "Edit Detention"


def test_facility_needs_a_name(qtbot, host):
    dialog = shown(qtbot, FacilityDialog(host))
    dialog.save()
    assert dialog._errors["name"].text()
    assert [f.name for f in host.casebook.custody.facilities()] == ["SIZO No. 1"]


def test_sentence_dialog_shows_the_release_date_while_typing(qtbot, host, people):
    dialog = shown(qtbot, SentenceDialog(host, person_id=people["erlan"]))
    assert "no custodial term" in dialog.release.text()
    qtbot.keyClicks(dialog.date, "04.05.2022")
    dialog.years.setValue(5)
    assert dialog.release.text().replace("\xa0", " ") == "4 May 2027"
    dialog.credited_days.setValue(61)
    assert dialog.release.text().replace("\xa0", " ") == "4 Mar 2027"
    qtbot.keyClicks(dialog.term_start, "01.01.2023")
    assert dialog.release.text().replace("\xa0", " ") == "1 Nov 2027"
    dialog.term_start.setText("01.13")
    assert "give the sentence date" in dialog.release.text()
    dialog.term_start.clear()
    dialog.case.setCurrentIndex(dialog.case.findText("2024-0117 — Protest in Zhanaozen"))
    dialog.court.setText("Almaty City Court")
    press_ok(qtbot, dialog)
    stored = dialog.result_value[0]
    assert (stored.years, stored.credited_days, stored.date) == (5, 61, date(2022, 5, 4))
    views = host.casebook.persons.details(people["erlan"]).sentences
    assert [v.expected_release for v in views] == [date(2027, 3, 4)]


def test_editing_a_sentence_loads_it_with_its_release(qtbot, host, people):
    sentence_id = host.casebook.persons.details(people["aigul"]).sentences[0].id
    dialog = shown(qtbot, SentenceDialog(host, person_id=people["aigul"],
                                         sentence_id=sentence_id))
    assert (dialog.date.text(), dialog.years.value()) == ("04.05.2022", 1)
    assert dialog.release.text().replace("\xa0", " ") == "4 May 2023"
    dialog.months.setValue(6)
    assert dialog.release.text().replace("\xa0", " ") == "4 Nov 2023"
    dialog.save()
    assert host.casebook.get(records.Sentence, sentence_id).months == 6


def test_dialogs_close_on_escape_and_start_on_the_first_field(qtbot, host, people):
    for dialog in (DetentionDialog(host, person_id=people["boris"]),
                   SentenceDialog(host, person_id=people["boris"]), FacilityDialog(host)):
        shown(qtbot, dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        first = QApplication.focusWidget()
        assert first is not None and first.accessibleName()
        assert not isinstance(first, type(dialog.buttons.button(
            QDialogButtonBox.StandardButton.Ok)))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()


def test_a_new_sentence_starts_on_the_latest_case_and_proposes_the_days_held(qtbot, host,
                                                                                people):
    book = host.casebook
    book.custody.add_detention(records.Detention(person_id=people["erlan"], kind="police",
                                                 start=PartialDate(2024, 3, 12),
                                                 end=PartialDate(2024, 3, 14)))
    book.custody.add_detention(records.Detention(person_id=people["erlan"], kind="pretrial",
                                                 start=PartialDate(2024, 3, 14)))
    dialog = shown(qtbot, SentenceDialog(host, person_id=people["erlan"]))
    assert dialog.case.currentText().startswith("2024-0117")
    qtbot.keyClicks(dialog.date, "01.10.2024")
    assert dialog.credited_days.value() == 204  # 12 March to 1 October, the 14th once
    dialog.credited_days.lineEdit().selectAll()
    qtbot.keyClicks(dialog.credited_days.lineEdit(), "150")
    dialog.date.setText("02.10.2024")
    assert dialog.credited_days.value() == 150  # what the volunteer typed stays
