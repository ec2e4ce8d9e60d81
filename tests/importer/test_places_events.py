# SPDX-License-Identifier: GPL-3.0-or-later
"""Places (gazetteer and patterns), organisations hiding places, events with term and article."""

from __future__ import annotations

from datetime import date

from caseapp.importer import extract


def _places(text: str) -> list[str]:
    return [p.name for p in extract("Title\n" + text).places]


def test_gazetteer_after_suffix_stripping_in_three_scripts():
    assert _places("Белсенді Атыраудағы колонияда, кейін Астанаға барды.") == ["Атырау", "Астана"]
    assert _places("Она приехала из Уральска в Астане.") == ["Уральск", "Астана"]
    assert _places("She lives in Oral (Uralsk).") == ["Oral"]


def test_patterns_for_regions_streets_and_colonies():
    assert _places("Ол Түркістан облысындағы ЛА-155/8 колониясында.") == [
        "Түркістан облысы", "ЛА-155/8 колониясы"]
    assert _places("Протест жителей Баткенской области на проспекте Чуй.") == [
        "Баткенская область", "проспект Чуй"]


def test_places_inside_media_and_club_names_and_demonyms_are_not_places():
    assert _places("«Орал өңірі» газетінің тілшісі шымкенттік журналист.") == []
    assert _places("He watched FC Atyrau play.") == []
    assert _places("Атырауский областной суд отклонил жалобу.") == []


def test_events_carry_kind_date_persons_term_article_and_quote():
    text = ("Заголовок\nСуд №2 Шымкента 11 июля приговорил Даурена Касымжанова к 3 годам "
            "ограничения свободы по статье 274 УК РК.")
    result = extract(text, published=date(2025, 7, 15))
    event = next(e for e in result.events if e.kind == "sentence")
    assert event.date == "2025-07-11"
    assert event.persons == ["Даурен Касымжанов"]
    assert event.term and event.term.startswith("3 год")
    assert event.article == "274"
    assert "приговорил" in text[event.quote_start:event.quote_end]


def test_undated_headline_yields_no_event():
    result = extract("Активиста Ивана Петрова задержали\nТекст без событий.",
                     published=date(2025, 1, 1))
    assert result.events == []
