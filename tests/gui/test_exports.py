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
