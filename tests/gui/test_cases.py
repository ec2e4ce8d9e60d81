# SPDX-License-Identifier: GPL-3.0-or-later
"""The Cases page: the lazy model, filters, details, delete and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from caseapp.domain import records

from caseapp.gui.cases.page import CasesPage
from caseapp.gui.cases.table_model import CaseTableModel, Column


@pytest.fixture
def page(open_page, casebook) -> CasesPage:
    second, _ = casebook.cases.add(records.Case(case_number="2023-0042", title="Leaflets",
                                                status="closed"))
    casebook.tags.tag("case_file", second.id, "leaflets")
    casebook.undo.clear()
    return open_page(CasesPage)


def numbers(page: CasesPage) -> list[str]:
    model = page.list_view.model
    return [model.index(row, Column.NUMBER).data() for row in range(model.rowCount())]


def test_case_model_passes_qt_model_tester(qtmodeltester, casebook, book_source):
    model = CaseTableModel(book_source(casebook.cases))
    model.reload()
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "2024-0117", "Protest in Zhanaozen", "Ерлан Қуанышбаев", "174", "trial", ""]
    qtmodeltester.check(model, force_py=True)


def test_list_sorts_in_sql_by_header(page):
    header = page.list_view.table.horizontalHeader()
    header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    assert numbers(page) == ["2023-0042", "2024-0117"]
    header.setSortIndicator(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    assert numbers(page) == ["2024-0117", "2023-0042"]
    header.setSortIndicator(Column.DEFENDANTS, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.NUMBER


def test_status_tag_and_text_filters(qtbot, page):
    view = page.list_view
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert numbers(page) == ["2023-0042"]
    view.status_filter.setCurrentIndex(0)
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("leaflets"))
    assert numbers(page) == ["2023-0042"]
    view.tag_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "kuanysh")  # a defendant's name, in another script
    qtbot.waitUntil(lambda: numbers(page) == ["2024-0117"], timeout=2000)


def test_detail_pane_shows_parties_charges_pace_and_hearings(page, host, casebook):
    case_id = casebook.cases.ids(text="2024-0117")[0]
    _case, changes = casebook.cases.edit(case_id, pace_political_reasons=True,
                                         notes="<script>not markup</script>")
    host.operation_did_execute(changes, None)
    page.open_record(case_id)
    text = page.detail.plain_text()
    for expected in ("2024-0117 — Protest in Zhanaozen", "Ерлан Қуанышбаев", "defendant",
                     "Art. 174.2", "Inciting social", "“calls on social media”",
                     "detention imposed for purely political reasons", "Almaty City Court",
                     "<script>not markup</script>"):
        assert expected in text


def test_party_link_opens_the_person(page, host, casebook, people):
    page.open_record(casebook.cases.ids(text="2024-0117")[0])
    link = f"open:person/{people['erlan']}"
    assert link in page.detail.browser.toHtml()
    page.detail.browser.anchorClicked.emit(QUrl(link))
    assert host.opened == [("person", people["erlan"])]


def test_delete_case_and_undo(page, host, casebook, monkeypatch):
    monkeypatch.setattr("caseapp.gui.common.list_detail_page.confirm_delete",
                        lambda parent, impact, name: True)
    case_id = casebook.cases.ids(text="2023-0042")[0]
    page.open_record(case_id)
    messages: list[str] = []
    page.message.connect(messages.append)
    page.delete_current()
    assert numbers(page) == ["2024-0117"]
    assert "trash" in messages[-1]
    assert casebook.undo.undo_name() == "Delete Case"
    assert host.undo() == "Delete Case"
    assert numbers(page) == ["2024-0117", "2023-0042"]
    page.open_record(case_id)
    assert page.list_view.current_id() == case_id
    assert "Leaflets" in page.detail.plain_text()


def test_open_record_clears_a_filter_that_hides_the_case(page, casebook):
    view = page.list_view
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    hidden = casebook.cases.ids(text="2024-0117")[0]
    page.open_record(hidden)
    assert view.status_filter.currentData() is None
    assert view.current_id() == hidden


def test_page_protocol(page):
    assert page.title() == "Cases"
    state = page.save_state()
    page.restore_state(state)
    page.clear()
    assert numbers(page) == []
    page.reload()
    assert len(numbers(page)) == 2
