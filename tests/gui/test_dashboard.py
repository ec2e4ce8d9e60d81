# SPDX-License-Identifier: GPL-3.0-or-later
"""The Dashboard page: what it lists, and that each row opens its record."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from caseapp.domain import records
from caseapp.domain.views import ActionRow, ReleaseRow

from caseapp.gui.dashboard import items


def cells(section) -> list[tuple[str, ...]]:
    model = section.model
    return [tuple(model.index(row, col).data() for col in range(model.columnCount()))
            for row in range(model.rowCount())]


def test_upcoming_hearings_and_statuses_are_listed(window):
    page = window.show_page("dashboard")
    upcoming = cells(page.upcoming)
    assert len(upcoming) == 1
    assert upcoming[0][2:4] == ("Ерлан Қуанышбаев", "2024-0117")
    assert upcoming[0][4] == "Almaty City Court"
    assert page.upcoming.heading.text() == "Hearings in the next 14 days (1)"
    assert {status: int(count) for status, count in cells(page.statuses)} == {
        "detained": 1, "released": 1, "at large": 1}
    assert page.missing.table.isHidden() and not page.missing.empty.isHidden()


def test_enter_on_an_upcoming_hearing_opens_it(qtbot, window, monkeypatch):
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(window, "open_record", lambda table, pk: opened.append((table, pk)))
    page = window.show_page("dashboard")
    page.upcoming.table.setFocus()
    page.upcoming.table.selectRow(0)
    qtbot.keyClick(page.upcoming.table, Qt.Key.Key_Return)
    hearing_id = window.casebook.dashboard().upcoming_hearings[0].id
    assert opened == [("hearing", hearing_id)]


def test_opening_a_hearing_switches_to_the_hearings_page(window):
    page = window.show_page("dashboard")
    page.upcoming.activated.emit(page.upcoming.model.item(0))
    expected = "hearings" if "hearings" in window.pages else "dashboard"
    assert window.current_key() == expected


def test_a_status_row_shows_the_persons_with_that_status(window, people):
    page = window.show_page("dashboard")
    released = next(item for row in range(page.statuses.model.rowCount())
                    if (item := page.statuses.model.item(row)).status == "released")
    page.statuses.activated.emit(released)
    assert window.current_key() == "persons"
    model = window.persons.list_view.model
    assert [model.id_at(row) for row in range(model.rowCount())] == [people["aigul"]]


def test_a_new_hearing_appears_after_the_change(window):
    page = window.show_page("dashboard")
    case_id = window.casebook.cases.ids()[0]
    hearing = records.Hearing(case_id=case_id, court="Supreme Court",
                              date=date.today() + timedelta(days=2))
    _record, changes = window.casebook.hearings.add(hearing)
    window.operation_did_execute(changes, None)
    assert [row[4] for row in cells(page.upcoming)] == ["Supreme Court", "Almaty City Court"]


def test_a_hidden_dashboard_reloads_when_shown_again(window, monkeypatch):
    page = window.show_page("dashboard")
    window.show_page("persons")
    calls: list[int] = []
    original = page.reload
    monkeypatch.setattr(page, "reload", lambda: calls.append(1) or original())
    window.operation_did_execute(window.casebook.trash.delete(records.Person, 3), None)
    assert calls == []
    window.show_page("dashboard")
    assert calls == [1]


def test_overdue_actions_are_marked_and_releases_count_days():
    today = date(2026, 5, 10)
    due = ActionRow(1, "u", "letter", "Letter to the court", "2026-05-01", date(2026, 5, 9),
                    "planned", "Volunteer A", "Ерлан")
    soon = ActionRow(2, "v", "picket", "Picket", "", date(2026, 5, 12), "planned", "", "")
    late, upcoming = items.action_items((due, soon), today)
    assert late.warning and late.tooltip.startswith("Overdue")
    assert not upcoming.warning
    release = items.release_items((ReleaseRow(7, "Айгүл", date(2026, 6, 9)),), today)[0]
    assert release.cells[1:] == ("30", "Айгүл") and release.table == "person"


def test_clear_empties_every_section(window):
    page = window.show_page("dashboard")
    page.clear()
    assert all(section.model.rowCount() == 0
               for section in (page.upcoming, page.missing, page.actions_due, page.statuses,
                               page.releases))
