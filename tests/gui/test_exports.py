# SPDX-License-Identifier: GPL-3.0-or-later
"""Export from the window: the Hearings page's calendar and Export… on every list."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from caseapp.gui.hearings.page import HearingsPage


@pytest.fixture
def hearings_page(open_page) -> HearingsPage:
    return open_page(HearingsPage)


def test_hearings_page_exports_the_listed_hearings_to_a_calendar(hearings_page, host, tmp_path,
                                                                 monkeypatch):
    out = tmp_path / "cal.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    hearings_page.calendar_button.click()
    event, = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["location"]) == "Almaty City Court"
    assert "Ерлан Қуанышбаев" in str(event["summary"])
    assert any(str(out) in message for message in host.messages)


def test_calendar_follows_the_list_search(hearings_page, qtbot, tmp_path: Path):
    hearings_page.list_view.search.setText("no such court anywhere")
    hearings_page.list_view.apply_filters()
    out = tmp_path / "none.ics"
    hearings_page.write_calendar(out)
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT") == []


@pytest.mark.parametrize("page_path", [
    "caseapp.gui.persons.page:PersonsPage", "caseapp.gui.cases.page:CasesPage",
    "caseapp.gui.hearings.page:HearingsPage", "caseapp.gui.actions.page:ActionsPage",
    "caseapp.gui.sources.page:SourcesPage"])
def test_every_list_page_exports_what_it_lists(open_page, qtbot, tmp_path, page_path):
    import importlib
    import json

    module, name = page_path.split(":")
    page = open_page(getattr(importlib.import_module(module), name))
    assert page.export_button.isVisible()
    dialog = page.export_list()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    out = tmp_path / "list.json"
    dialog.output.setText(str(out))
    dialog.save()
    listed = page.list_view.model.rowCount()
    assert dialog.result_value == listed
    assert len(json.loads(out.read_text("utf-8"))["records"]) == listed


def test_person_export_follows_search_and_public(open_page, tmp_path):
    import json

    from caseapp.gui.persons.page import PersonsPage

    page = open_page(PersonsPage)
    page.list_view.search.setText("Ерлан")
    page.list_view.apply_filters()
    dialog = page.export_list()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.public.setChecked(True)
    out = tmp_path / "p.json"
    dialog.output.setText(str(out))
    dialog.save()
    records = json.loads(out.read_text("utf-8"))["records"]
    assert [r["display_name"] for r in records] == ["Ерлан Қуанышбаев"]
    assert "notes" not in records[0]


def test_export_dialog_wants_a_full_path(open_page):
    from caseapp.gui.sources.page import SourcesPage

    dialog = open_page(SourcesPage).export_list()
    dialog.output.setText("relative.csv")
    dialog.save()
    assert dialog.result_value is None and dialog.isVisible()
