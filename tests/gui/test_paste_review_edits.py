# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything in the review can be edited before the import, and the import follows it:
a person's role, an event's kind, date, place and persons, dropped and added events; a
date to check says so; a proposed link is highlighted until decided; a given name alone
is no new person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.gui.test_paste_article import analyse, person_named, row_of

from caseapp.gui.articles.event_dialog import EventDialog
from caseapp.gui.articles.events_model import DATE, RESULT
from caseapp.gui.articles.labels import LINK, NEW, REJECT
from caseapp.gui.articles.proposals_model import CONFIRM_COLOR, DECISION, NAME, ROLE

DATA = Path(__file__).resolve().parents[1] / "importer" / "data"


def _event_row(dialog, kind: str) -> int:
    return next(i for i, e in enumerate(dialog.review_page.events.events) if e.kind == kind)


def _edit(dialog, row: int) -> EventDialog:
    panel = dialog.review_page.events_panel
    panel.view.selectRow(row)
    editor = panel.edit_event()
    assert editor is not None and editor.isVisible()
    return editor


def _check_only(editor: EventDialog, names: set[str]) -> None:
    for row in range(editor.person_items.rowCount()):
        item = editor.person_items.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names
                           else Qt.CheckState.Unchecked)


def _choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_role_is_a_choice_and_a_lawyer_by_choice_gets_no_charge(
        qtbot, window, casebook, messages):
    dialog = analyse(qtbot, window)
    review = dialog.review_page
    row = row_of(dialog, "Дәурен Сапарбаев")
    review.proposals.edit(review.model.index(row, ROLE))
    combo = review.proposals.findChild(QComboBox)
    assert combo is not None and combo.findData("lawyer") >= 0 and combo.findData("detainee") >= 0
    _choose(combo, "lawyer")
    combo.activated.emit(combo.currentIndex())
    assert review.model.choices[row].role == "lawyer" and not review.model.choices[row].target
    charge = _event_row(dialog, "charge")
    assert review.events.index(charge, RESULT).data() == "an event reported by the source"
    dialog.import_button.click()
    details = casebook.persons.details(person_named(casebook, "Дәурен Сапарбаев"))
    assert details.cases == () and details.hearings == ()
    assert "charge" in [e.kind for e in details.events]


def test_an_event_corrected_in_the_review_is_imported_as_corrected(
        qtbot, window, casebook, messages):
    dialog = analyse(qtbot, window)
    editor = _edit(dialog, _event_row(dialog, "detention"))
    assert editor.persons.model().rowCount() == len(dialog.review_page.model.choices)
    editor.date.setText("06.03.2025")
    editor.place.setText("Шымкент қаласы")
    _choose(editor.custody, "pretrial")
    editor.end.setText("06.05.2025")
    _check_only(editor, {"Дәурен Сапарбаев"})
    editor.save()
    assert not editor.isVisible()
    row = _event_row(dialog, "detention")
    assert dialog.review_page.events.index(row, RESULT).data() == "a detention of this kind"
    dialog.import_button.click()
    details = casebook.persons.details(person_named(casebook, "Дәурен Сапарбаев"))
    assert [(d.kind, d.start, d.end) for d in details.detentions] == [
        ("pretrial", "2025-03-06", "2025-05-06")]
    assert details.person.status == "detained"


def test_a_wrong_end_is_shown_next_to_its_field(qtbot, window):
    dialog = analyse(qtbot, window)
    editor = _edit(dialog, _event_row(dialog, "detention"))
    editor.end.setText("01.01.2020")
    editor.save()
    assert editor.isVisible() and editor._errors["end"].isVisible()


def test_events_dropped_and_added_in_the_review(qtbot, window, casebook, messages):
    dialog = analyse(qtbot, window)
    review = dialog.review_page
    panel = review.events_panel
    panel.view.selectRow(_event_row(dialog, "statement"))
    panel.remove_button.click()
    assert "statement" not in [e.kind for e in review.events.events]
    cursor = review.article.textCursor()
    start = review.draft.text.index("Бұл туралы")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Бұл туралы оның жұбайы Мәдина Сапарбаева хабарлады"),
                       cursor.MoveMode.KeepAnchor)
    review.article.setTextCursor(cursor)
    editor = panel.add_event()
    _choose(editor.kind, "protest")
    editor.date.setText("05.03.2025")
    _check_only(editor, {"Мәдина Сапарбаева"})
    editor.save()
    assert review.events.events[-1].kind == "protest"
    assert review.tabs.tabText(3).endswith(f"({review.events.rowCount()})")
    dialog.import_button.click()
    wife = casebook.persons.details(person_named(casebook, "Мәдина Сапарбаева"))
    assert [(e.kind, e.date) for e in wife.events] == [("protest", "2025-03-05")]
    source_id = casebook.sources.ids()[0]
    quotes = [c.quote for c in casebook.sources.citations(source_id=source_id)
              if c.target_table == "reported_event"]
    assert "Бұл туралы оның жұбайы Мәдина Сапарбаева хабарлады" in quotes
    husband = casebook.persons.details(person_named(casebook, "Дәурен Сапарбаев"))
    assert "statement" not in [e.kind for e in husband.events]
    assert casebook.actions.ids() == []


def test_a_date_the_importer_is_unsure_of_says_check_until_set(qtbot, qtmodeltester, window):
    dialog = analyse(qtbot, window, (DATA / "920_ru.txt").read_text("utf-8"))
    events = dialog.review_page.events
    qtmodeltester.check(events)
    row = next(i for i, e in enumerate(events.events) if e.confidence == "low" and e.date)
    cell = events.index(row, DATE)
    assert "check" in cell.data() and cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "dates to check" in dialog.review_page.facts.text()
    editor = _edit(dialog, row)
    editor.save()
    assert "check" not in events.index(row, DATE).data()
    assert events.events[row].confidence == "high"


def test_a_proposed_link_is_highlighted_until_decided(qtbot, window, known):
    dialog = analyse(qtbot, window)
    model = dialog.review_page.model
    row = row_of(dialog, "Дәурен Сапарбаев")
    assert model.choices[row].decision == LINK and model.choices[row].confirm
    assert model.index(row, NAME).data(Qt.ItemDataRole.BackgroundRole).name() == CONFIRM_COLOR
    assert "check" in model.index(row, DECISION).data()
    assert "Yellow" in dialog.review_page.hint.text()
    review = dialog.review_page
    review.proposals.selectRow(row)
    assert review.candidates.link_button.isEnabled()    # pressing it confirms the link
    review.candidates.link_button.click()
    assert model.choices[row].decision == LINK and not model.choices[row].confirm
    assert model.index(row, NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not review.candidates.link_button.isEnabled()
    assert "Yellow" not in dialog.review_page.hint.text()


def test_a_given_name_alone_becomes_a_person_only_when_completed(
        qtbot, window, casebook, messages):
    dialog = analyse(qtbot, window, (DATA / "914_ru.txt").read_text("utf-8"))
    model = dialog.review_page.model
    row = row_of(dialog, "Динара")
    assert model.choices[row].decision == REJECT
    assert NEW not in [value for value, _label in model.decision_choices(row)]
    assert not model.setData(model.index(row, DECISION), NEW)
    assert model.setData(model.index(row, NAME), "Динара Тулегенова")
    assert model.setData(model.index(row, DECISION), NEW)
    dialog.import_button.click()
    assert person_named(casebook, "Динара Тулегенова") is not None
    aliases = {a.text for a in casebook.persons.details(
        person_named(casebook, "Руслан Тулегенов")).aliases}
    assert aliases == {"Руслан Тулегенов"}


def test_the_import_follows_the_edits_on_the_real_worker(qtbot, worker_host):
    from tests.gui.test_paste_article import ARTICLE, PUBLISHED

    from caseapp.gui.articles.paste_dialog import REVIEW, PasteArticleDialog

    dialog = PasteArticleDialog(worker_host)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paste_page.text.setPlainText(ARTICLE)
    dialog.paste_page.published.set_date(PUBLISHED)
    dialog.analyse_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == REVIEW, timeout=10000)
    editor = _edit(dialog, _event_row(dialog, "detention"))
    _choose(editor.custody, "police")
    editor.over.setChecked(True)
    editor.save()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    book = worker_host.casebook
    person = book.persons.ids(text="Дәурен Сапарбаев")[0]
    assert [(d.kind, d.start, d.end) for d in book.persons.details(person).detentions] == [
        ("police", "2025-03-05", "2025-03-05")]



def test_a_place_corrected_in_the_places_tab_goes_onto_its_events(
        qtbot, qtmodeltester, window, casebook, messages):
    dialog = analyse(qtbot, window)
    review = dialog.review_page
    places = review.places
    qtmodeltester.check(places)
    row = [places.index(r, 0).data() for r in range(places.rowCount())].index("Шымкент")
    assert places.setData(places.index(row, 0), "Шымкент қаласы")
    assert not places.setData(places.index(row, 0), "  ")
    assert review.events.events[_event_row(dialog, "detention")].place == "Шымкент қаласы"
    dialog.import_button.click()
    details = casebook.persons.details(person_named(casebook, "Дәурен Сапарбаев"))
    assert [e.place for e in details.events if e.kind == "detention"] == ["Шымкент қаласы"]
