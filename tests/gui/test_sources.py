# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sources page: lazy model, the source editor, citations chosen by selecting text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from caseapp.domain import records

from caseapp.gui.ops import CasebookOp
from caseapp.gui.sources.citation_dialog import CitationDialog, python_index, quote_offsets
from caseapp.gui.sources.page import SourcesPage
from caseapp.gui.sources.table_model import CitationModel, Column, SourceTableModel

TEXT = ("Алматы 🙂 14 наурыз.\n"
        "The court in Almaty sentenced Erlan Kuanyshbayev to five years.\n"
        "Observers called the verdict political.")


@pytest.fixture
def page(open_page) -> SourcesPage:
    return open_page(SourcesPage)


def titles(page: SourcesPage) -> list[str]:
    model = page.list_view.model
    return [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]


def add_source(host, title: str = "Court jails activist", text: str = TEXT) -> int:
    source, changes = host.casebook.sources.add(records.Source(
        title=title, publisher="Vlast.kz", full_text=text))
    host.operation_did_execute(changes, None)
    return source.id


def test_models_pass_qt_model_tester(qtmodeltester, host, people, book_source):
    source_id = add_source(host)
    add_source(host, "Second", "Other text")

    model = SourceTableModel(book_source(host.casebook.sources))
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    uid = host.casebook.persons.rows([people["erlan"]])[0].uid
    host.casebook.sources.cite(records.Citation(source_id=source_id, target_table="person",
                                                target_uid=uid, quote="sentenced"))
    citations = CitationModel()
    citations.set_rows(host.casebook.sources.citations(source_id=source_id))
    assert citations.rowCount() == 1
    qtmodeltester.check(citations, force_py=True)


def test_source_added_in_the_dialog_is_listed_with_its_text(qtbot, page, host):
    page.new_record()
    dialog = page.dialog
    qtbot.keyClicks(dialog.title_edit, "Court jails activist")
    qtbot.keyClicks(dialog.publisher, "Vlast.kz")
    qtbot.keyClicks(dialog.published, "04.2024")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.full_text.setPlainText(TEXT)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert titles(page) == ["Court jails activist"]
    assert page.list_view.model.index(0, Column.PUBLISHED).data() == "Apr 2024"
    assert page.detail.full_text.toPlainText() == TEXT
    assert "Vlast.kz" in page.detail.plain_text()
    assert host.casebook.undo.undo_name() == "Add Source"


def test_a_source_needs_content_and_the_same_text_is_not_stored_twice(page, host):
    add_source(host)
    page.new_record()
    dialog = page.dialog
    dialog.save()
    assert dialog._errors["title"].text()
    dialog.full_text.setPlainText(TEXT.replace("\n", "  \n"))
    dialog.save()
    assert "already stored" in dialog._errors["full_text"].text()
    assert len(titles(page)) == 1


def test_citation_from_a_selected_passage(qtbot, page, host, people):
    source_id = add_source(host)
    page.open_record(source_id)
    page.detail.cite_button.click()
    dialog: CitationDialog = page.dialog
    assert dialog.source_label.text() == "Court jails activist"
    start = TEXT.index("sentenced")
    end = TEXT.index(" to five")
    dialog.select_passage(start, end)
    assert dialog.quote.toPlainText() == "sentenced Erlan Kuanyshbayev"
    assert dialog.offsets_value() == (start, end)
    assert dialog.offsets.text() == f"characters {start + 1}–{end}"
    dialog.target.setText("Куанышбаев")  # QTest types ASCII only
    dialog.target.search_now()
    assert dialog.target.matches.rowCount() == 1
    dialog.target.choose_row(0)
    dialog.save()
    assert not dialog.isVisible()
    uid = host.casebook.persons.rows([people["erlan"]])[0].uid
    [row] = host.casebook.sources.citations(target_uid=uid)
    assert (row.quote, row.source_id) == ("sentenced Erlan Kuanyshbayev", source_id)
    stored = host.casebook.get(records.Citation, row.id)
    assert TEXT[stored.start:stored.end] == row.quote
    assert page.detail.citations.rowCount() == 1
    assert page.list_view.model.index(0, Column.CITATIONS).data() == "1"


def test_citation_for_a_case_and_a_quote_edited_by_hand(page, host):
    source_id = add_source(host)
    dialog = CitationDialog(host, source_id=source_id, parent=page)
    dialog.target_kind.setCurrentIndex(dialog.target_kind.findData("case_file"))
    dialog.target.setText("2024")
    dialog.target.search_now()
    dialog.target.choose_row(0)
    dialog.quote.setPlainText("a verdict nobody wrote")
    assert "not in the stored text" in dialog.offsets.text()
    dialog.save()
    [row] = host.casebook.sources.citations(source_id=source_id)
    assert row.target_table == "case_file" and row.target_label.startswith("2024-0117")
    stored = host.casebook.get(records.Citation, row.id)
    assert (stored.start, stored.end) == (None, None)


def test_citation_needs_a_record(page, host):
    source_id = add_source(host)
    dialog = CitationDialog(host, source_id=source_id, parent=page)
    dialog.save()
    assert dialog._errors["target"].text()
    assert host.casebook.sources.citations(source_id=source_id) == []


def test_citation_for_a_given_record_and_a_chosen_source(page, host, people):
    add_source(host)
    uid = host.casebook.persons.rows([people["boris"]])[0].uid
    dialog = CitationDialog(host, target_table="person", target_uid=uid,
                            target_label="Борис Ким", parent=page)
    dialog.source_search.setText("activist")
    dialog.source_search.search_now()
    dialog.source_search.choose_row(0)
    assert dialog.source_text.toPlainText() == TEXT
    dialog.select_passage(0, 6)
    dialog.save()
    [row] = host.casebook.sources.citations(target_uid=uid)
    assert row.quote == "Алматы"


def test_opening_and_removing_a_citation(page, host, people):
    source_id = add_source(host)
    uid = host.casebook.persons.rows([people["erlan"]])[0].uid
    host.operation_did_execute(host.casebook.sources.cite(records.Citation(
        source_id=source_id, target_table="person", target_uid=uid, quote="five years")), None)
    page.open_record(source_id)
    detail = page.detail
    detail.citation_table.selectRow(0)
    assert detail.full_text.textCursor().selectedText() == "five years"
    detail.open_button.click()
    assert host.opened == [("person", people["erlan"])]
    detail.delete_citation_button.click()
    assert detail.citations.rowCount() == 0
    CasebookOp(host, lambda book: book.undo_step()).run_in_background()
    assert detail.citations.rowCount() == 1


def test_a_cited_record_without_a_list_opens_its_person(page, host, people):
    """An imported article cites detentions and reported events: Open goes to the person."""
    book = host.casebook
    source_id = add_source(host)
    event, _ = book.sources.add_reported_event(records.ReportedEvent(
        source_id=source_id, kind="protest", title="Protest"), [people["erlan"]])
    host.operation_did_execute(book.sources.cite(records.Citation(
        source_id=source_id, target_table="reported_event", target_uid=event.uid,
        quote="five years")), None)
    page.open_record(source_id)
    page.detail.citation_table.selectRow(0)
    page.detail.open_button.click()
    assert host.opened == [("person", people["erlan"])]
    assert book.sources.shown_target("reported_event", "no-such-uid") is None


def test_offsets_count_python_characters_not_utf16_units():
    text = "a🙂b sentenced"
    qt_position = len(text[:text.index("sentenced")].encode("utf-16-le")) // 2
    assert python_index(text, qt_position) == text.index("sentenced")
    assert quote_offsets("x ab x ab", "ab", near=7) == (7, 9)
    assert quote_offsets("x ab", "zz") is None
    assert quote_offsets("x ab", "") is None


def test_widgets_have_accessible_names(page, host):
    source_id = add_source(host)
    dialog = CitationDialog(host, source_id=source_id, parent=page)
    for widget in (dialog.target_kind, dialog.target, dialog.source_text, dialog.quote,
                   page.list_view.search, page.list_view.table, page.detail.browser,
                   page.detail.full_text, page.detail.citation_table):
        assert widget.accessibleName(), widget
