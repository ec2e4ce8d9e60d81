# SPDX-License-Identifier: GPL-3.0-or-later
"""The Hearings page: lazy model, filters, the hearing editor, recording an outcome."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from caseapp.domain import records

from caseapp.gui.hearings.edit_dialog import HearingDialog
from caseapp.gui.hearings.list_view import HearingListView
from caseapp.gui.hearings.page import HearingsPage
from caseapp.gui.hearings.table_model import Column, HearingTableModel


@pytest.fixture
def page(open_page) -> HearingsPage:
    return open_page(HearingsPage)


def courts(page: HearingsPage) -> list[str]:
    model = page.list_view.model
    return [model.index(row, Column.COURT).data() for row in range(model.rowCount())]


def case_id(casebook) -> int:
    return casebook.cases.ids(text="2024-0117")[0]


def add_past_hearing(host, court: str = "Appeal Court") -> int:
    hearing, changes = host.casebook.hearings.add(records.Hearing(
        case_id=case_id(host.casebook), court=court, date=date.today() - timedelta(days=3)))
    host.operation_did_execute(changes, None)
    return hearing.id


def test_model_passes_qt_model_tester(qtmodeltester, casebook, book_source):
    model = HearingTableModel(book_source(casebook.hearings))
    model.reload()
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_list_shows_date_court_case_defendants_and_kind(page):
    model = page.list_view.model
    row = [model.index(0, column).data() for column in Column]
    assert row[Column.COURT] == "Almaty City Court"
    assert row[Column.CASE] == "2024-0117"
    assert row[Column.DEFENDANTS] == "Ерлан Қуанышбаев"
    assert row[Column.KIND] == "trial"
    assert "Almaty City Court" in page.detail.plain_text()


def test_hearing_added_in_the_dialog_is_listed_and_upcoming(qtbot, page, host):
    page.new_record()
    dialog = page.dialog
    qtbot.keyClicks(dialog.case, "Zhanaozen")
    qtbot.waitUntil(lambda: dialog.case.matches.rowCount() == 1, timeout=2000)
    dialog.case.choose_row(0)
    day = date.today() + timedelta(days=3)
    qtbot.keyClicks(dialog.date, day.strftime("%d.%m.%Y"))
    qtbot.keyClicks(dialog.time, "10:30")
    qtbot.keyClicks(dialog.court, "Medeu District Court")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Medeu District Court" in courts(page)
    added = dialog.result_value[0].id
    assert page.list_view.current_id() == added
    upcoming = host.casebook.hearings.upcoming(14)
    assert [(h.court, h.date, h.time.strftime("%H:%M")) for h in upcoming if h.id == added] == [
        ("Medeu District Court", day, "10:30")]
    assert host.casebook.undo.undo_name() == "Add Hearing"


def test_a_hearing_needs_a_case_and_a_date(page, host):
    before = host.casebook.hearings.ids()
    dialog = HearingDialog(host, parent=page)
    dialog.court.setText("Somewhere")
    dialog.save()
    assert dialog._errors["case_id"].isVisibleTo(dialog)
    assert "case" in dialog._errors["case_id"].text()
    dialog.case.set_value((case_id(host.casebook), "2024-0117"))
    dialog.date.setText("31.02.2025")
    dialog.save()
    assert dialog._errors["date"].text()
    assert host.casebook.hearings.ids() == before


@pytest.mark.parametrize(("typed", "read"), [
    ("10:30", "10:30"), ("10.30", "10:30"), ("9:30", "09:30"), ("0930", "09:30"),
    ("9", "09:00")])
def test_the_time_is_read_as_volunteers_write_it(page, host, typed, read):
    dialog = HearingDialog(host, parent=page)
    dialog.time.setText(typed)
    assert dialog.time.value().strftime("%H:%M") == read


@pytest.mark.parametrize("typed", ["24:00", "10:75", "10-30", "half past ten"])
def test_a_time_that_cannot_be_read_is_refused_next_to_the_field(page, host, typed):
    dialog = HearingDialog(host, parent=page)
    dialog.case.set_value((case_id(host.casebook), "2024-0117"))
    dialog.date.setText("14.08.2025")
    dialog.time.setText(typed)
    dialog.save()
    assert "HH:MM" in dialog._errors["time"].text()


def test_editing_a_hearing_opens_it_filled_in(page, host):
    hearing_id = page.list_view.current_id()
    page.edit_current()
    dialog = page.dialog
    assert dialog.court.text() == "Almaty City Court"
    assert dialog.case.value() == case_id(host.casebook)
    dialog.judge.setText("A. Judge")
    dialog.save()
    assert host.casebook.get(records.Hearing, hearing_id).judge == "A. Judge"
    assert "A. Judge" in page.detail.plain_text()


def test_recording_an_outcome_is_one_undoable_step(page, host):
    past = add_past_hearing(host)
    list_view = page.list_view
    list_view.missing_outcome.setChecked(True)
    assert "Appeal Court" in courts(page)
    list_view.select_record(past)
    page.detail.outcome.setText("Appeal rejected")
    page.detail.record_button.click()
    assert host.casebook.get(records.Hearing, past).outcome == "Appeal rejected"
    assert "Appeal Court" not in courts(page)
    assert host.casebook.undo.undo_name() == "Record Outcome"
    host.undo()
    assert "Appeal Court" in courts(page)


def test_date_range_filter_accepts_years_and_marks_bad_dates(page, host):
    add_past_hearing(host)
    list_view: HearingListView = page.list_view
    list_view.from_date.setText(date.today().strftime("%d.%m.%Y"))
    list_view.apply_filters()
    assert courts(page) == ["Almaty City Court"]
    list_view.from_date.setText("31.31.2024")
    list_view.apply_filters()
    assert len(courts(page)) == 2
    assert list_view.from_date.styleSheet()
    list_view.from_date.clear()
    list_view.to_date.setText(str(date.today().year - 1))
    list_view.apply_filters()
    assert courts(page) == []


def test_search_finds_defendants_in_any_script_and_courts(qtbot, page):
    search = page.list_view.search
    qtbot.keyClicks(search, "kuanyshbayev")
    qtbot.waitUntil(lambda: courts(page) == ["Almaty City Court"], timeout=2000)
    search.clear()
    qtbot.keyClicks(search, "Smith")
    qtbot.waitUntil(lambda: courts(page) == [], timeout=2000)
    search.clear()
    qtbot.keyClicks(search, "city court")
    qtbot.waitUntil(lambda: courts(page) == ["Almaty City Court"], timeout=2000)


def test_open_record_clears_the_filters_that_hide_it(page, host):
    hearing_id = host.casebook.hearings.ids()[0]
    page.list_view.missing_outcome.setChecked(True)
    page.list_view.from_date.setText("01.01.2999")
    page.list_view.apply_filters()
    assert courts(page) == []
    page.open_record(hearing_id)
    assert page.list_view.current_id() == hearing_id
    assert not page.list_view.missing_outcome.isChecked()
    assert page.list_view.from_date.text() == ""


def test_delete_moves_to_trash_and_undo_brings_it_back(qtbot, page, host):
    with qtbot.waitSignal(page.message) as message:
        page.delete_current()
    assert "trash" in message.args[0]
    assert courts(page) == []
    host.undo()
    assert courts(page) == ["Almaty City Court"]


def test_case_link_in_the_pane_opens_the_case(page, host):
    page.detail.browser.anchorClicked.emit(QUrl(f"open:case_file/{case_id(host.casebook)}"))
    assert host.opened == [("case_file", case_id(host.casebook))]


def test_dialog_keyboard_tab_order_escape_and_names(qtbot, page):
    page.new_record()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert QApplication.focusWidget() is dialog.case
    qtbot.keyClick(dialog.case, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.court
    for widget in (dialog.case, dialog.court, dialog.date, dialog.time, dialog.kind, dialog.notes):
        assert widget.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    for widget in (page.list_view.search, page.list_view.table, page.list_view.from_date,
                   page.list_view.missing_outcome, page.detail.browser, page.detail.outcome):
        assert widget.accessibleName() or widget.text()


def test_header_sorts_in_sql_and_keeps_the_indicator_on_sortable_columns(page, host):
    add_past_hearing(host, court="Zhambyl Court")
    header = page.list_view.table.horizontalHeader()
    header.setSortIndicator(Column.COURT, Qt.SortOrder.DescendingOrder)
    assert courts(page) == ["Zhambyl Court", "Almaty City Court"]
    assert page.list_view.model.query.sort == "court"
    header.setSortIndicator(Column.DEFENDANTS, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.COURT
    assert courts(page) == ["Zhambyl Court", "Almaty City Court"]


def test_every_bad_field_is_reported_at_once_and_a_save_says_so(page, host):
    dialog = HearingDialog(host, parent=page)
    dialog.date.setText("31.02.2025")
    dialog.time.setText("half past ten")
    dialog.save()
    shown = {field for field in ("case_id", "date", "time")
             if dialog._errors[field].isVisibleTo(dialog) and dialog._errors[field].text()}
    assert shown == {"case_id", "date", "time"}
    dialog.case.set_value((case_id(host.casebook), "2024-0117"))
    dialog.date.setText("14.08.2025")
    dialog.time.setText("10:30")
    dialog.save()
    assert host.messages[-1] == "Saved: Add Hearing. Undo reverts it."
