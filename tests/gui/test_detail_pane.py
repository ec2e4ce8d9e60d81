# SPDX-License-Identifier: GPL-3.0-or-later
"""The read-only detail pane shows what the core knows about the selected person."""

from __future__ import annotations


def test_pane_shows_the_selected_person(window, people):
    window.persons.list_view.select_record(people["erlan"])
    text = window.persons.detail.plain_text()
    for expected in ("Ерлан Қуанышбаев", "detained", "Erlan Kuanyshbayev", "Latin",
                     "transliteration", "2024-0117", "Protest in Zhanaozen", "Art. 174 part 2",
                     "Inciting social", "calls on social media", "SIZO No. 1",
                     "pre-trial detention", "14 Mar 2024", "Almaty City Court", "not recorded"):
        assert expected in text, expected


def test_user_text_is_shown_literally_not_as_markup(window, people):
    window.persons.list_view.select_record(people["erlan"])
    assert "Journalist <b>not bold</b>" in window.persons.detail.plain_text()


def test_pane_shows_sentence_with_expected_release(window, people):
    window.persons.list_view.select_record(people["aigul"])
    text = window.persons.detail.plain_text()
    assert "Shymkent District Court" in text and "imprisonment" in text
    assert "4 May 2023" in text


def test_pane_follows_changes_to_the_shown_person(window, people):
    window.persons.list_view.select_record(people["boris"])
    _person, changes = window.casebook.persons.edit(people["boris"], notes="Left the country")
    window.operation_did_execute(changes, None)
    assert "Left the country" in window.persons.detail.plain_text()


def test_pane_without_selection_shows_a_hint(window):
    window.persons.detail.show_record(None)
    assert "Select a person" in window.persons.detail.plain_text()
