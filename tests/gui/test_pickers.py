# SPDX-License-Identifier: GPL-3.0-or-later
"""Pickers: a person by any spelling (or a new one), a code article by number or title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from caseapp.domain.errors import Invalid

from caseapp.gui.common.article_picker import ArticlePicker
from caseapp.gui.common.pickers import NAME_ROLE, PersonPicker


def offered(picker: PersonPicker) -> list[str]:
    model = picker.matches
    return [model.index(row, 0).data(NAME_ROLE) for row in range(model.rowCount())]


@pytest.fixture
def picker(qtbot, host):
    widget = PersonPicker(host)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_latin_finds_the_cyrillic_name(qtbot, picker, people):
    qtbot.keyClicks(picker, "kuan")
    qtbot.waitUntil(lambda: "Ерлан Қуанышбаев" in offered(picker), timeout=2000)
    assert offered(picker) == ["Ерлан Қуанышбаев", "kuan"]  # the last is "create new"
    picker.choose_row(0)
    assert picker.choice().person_id == people["erlan"]
    assert picker.text() == "Ерлан Қуанышбаев"


def test_down_and_enter_in_the_popup_choose_a_person(qtbot, picker, people):
    picker.activateWindow()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus, timeout=2000)
    qtbot.keyClicks(picker, "kuan")
    popup = picker.person_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.person_id() == people["erlan"]
    assert picker.text() == "Ерлан Қуанышбаев"


def test_russian_spelling_finds_the_kazakh_name(picker, people):
    picker.setText("Куанышбаев")
    picker.search_now()
    assert offered(picker)[0] == "Ерлан Қуанышбаев"


def test_popup_shows_status_and_facility(picker):
    picker.setText("kuan")
    picker.search_now()
    label = picker.matches.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert label == "Ерлан Қуанышбаев — detained, SIZO No. 1"


def test_no_match_offers_a_new_person_with_the_typed_name(picker, casebook):
    picker.setText("Нурлан Ашимов")
    picker.search_now()
    assert offered(picker) == ["Нурлан Ашимов"]
    picker.choose_row(0)
    choice = picker.choice()
    assert choice.is_new and choice.name == "Нурлан Ашимов"
    assert casebook.persons.ids(text="Ашимов") == []  # created later, by the caller's command
    assert picker.font().italic()


def test_create_now_adds_the_person_at_once(qtbot, host, casebook):
    picker = PersonPicker(host, create_now=True)
    qtbot.addWidget(picker)
    picker.setText("Нурлан Ашимов")
    picker.search_now()
    picker.choose_row(0)
    [new_id] = casebook.persons.ids(text="Ашимов")
    assert picker.person_id() == new_id
    assert host.changes[-1].step == "Add Person"


def test_typing_after_a_choice_drops_it(qtbot, picker, people):
    picker.set_person(people["boris"], "Борис Ким")
    assert picker.choice().person_id == people["boris"]
    qtbot.keyClicks(picker, "x")
    with pytest.raises(Invalid) as error:
        picker.choice()
    assert error.value.field == "person"


def test_empty_picker_asks_for_a_person(picker):
    with pytest.raises(Invalid, match="Choose a person"):
        picker.choice()


@pytest.fixture
def articles(qtbot, host):
    widget = ArticlePicker(host)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_article_picker_finds_274_by_number_and_by_words_in_any_script(articles, casebook):
    kz_274 = casebook.cases.article_id("274")
    for typed in ("274", "распространение заведомо ложной", "заведомо ложн",
                  "жалған ақпарат", "false information"):
        articles.setText(typed)
        articles.search_now()
        assert articles.matches.row_at(0) is not None, typed
        found = [articles.matches.row_at(i).id for i in range(articles.matches.rowCount())]
        assert kz_274 in found, typed
    articles.setText("274")
    articles.search_now()
    assert articles.offered()[0] == "KZ 274 — Dissemination of knowingly false information"
    assert articles.article_id() == kz_274  # an exact number resolves without a click


def test_typing_in_the_picker_searches_after_a_pause(qtbot, articles, casebook):
    qtbot.keyClicks(articles, "false inform")  # QTest types Latin-1 only; other scripts above
    qtbot.waitUntil(lambda: any(text.startswith("KZ 274 ") for text in articles.offered()),
                    timeout=2000)
    row = [text for text in articles.offered()].index(
        "KZ 274 — Dissemination of knowingly false information")
    articles.choose_row(row)
    assert articles.article_id() == casebook.cases.article_id("274")
    assert articles.text() == "KZ 274 — Dissemination of knowingly false information"


def test_picker_limits_to_the_case_country(articles, casebook):
    articles.country = "RU"
    articles.setText("274")
    articles.search_now()
    assert all(text.startswith("RU ") for text in articles.offered())


def test_several_title_matches_must_be_chosen(articles):
    articles.setText("заведомо")
    articles.search_now()
    assert len(articles.offered()) > 1
    with pytest.raises(Invalid) as error:
        articles.article_id()
    assert error.value.field == "article"


def test_unknown_article_is_invalid(articles):
    articles.setText("9999")
    articles.search_now()
    with pytest.raises(Invalid) as error:
        articles.article_id()
    assert error.value.field == "article"


def test_a_stored_article_shows_its_label(articles, casebook):
    articles.set_article_id(casebook.cases.article_id("174"))
    assert articles.text().startswith("KZ 174 — Inciting social, national")
    assert articles.article_id() == casebook.cases.article_id("174")
