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


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract("Title\n" + text).organizations]


def test_bodies_named_by_a_head_noun_in_three_languages():
    text = "Жамбыл облысы полиция департаментінің өкілі мен облыс әкімдігінің қызметкері келді."
    assert _orgs(text) == ["Жамбыл облысы полиция департаменті"]
    assert _places(text) == ["Жамбыл облысы"]
    assert _orgs("Её задержали сотрудники Департамента полиции Восточно-Казахстанской "
                 "области у консульства Китая.") == [
        "Департамент полиции Восточно-Казахстанской области", "консульство Китая"]
    assert _orgs("A spokeswoman for the Mangystau regional police department declined.") == [
        "Mangystau regional police department"]


def test_court_names_need_a_capital_or_a_number():
    assert _orgs("Специализированный межрайонный суд по уголовным делам Алматы отложил "
                 "приговор. Защита обжалует его в областном суде.") == [
        "Специализированный межрайонный суд по уголовным делам Алматы"]
    assert _orgs("He turned to the Prosecutor General's Office and Atyrau City Court No. 2.") \
        == ["Prosecutor General's Office", "Atyrau City Court No. 2"]


def test_a_quoted_name_joins_the_organisation_named_elsewhere():
    result = extract("Суд над активистами «Атажурта»\nДело активистов движения «Атажурт».")
    assert [(o.name, len(o.mentions)) for o in result.organizations] == [("Атажурт", 2)]


def test_place_patterns_outside_the_gazetteer():
    assert _places("They gathered near the village of Ulken on the shore of Lake Balkhash.") \
        == ["Ulken", "Lake Balkhash"]
    assert _places("Правозащитники Центральной Азии и Китая.") == ["Центральная Азия", "Китай"]
    assert _places("Ол Төле би көшесіндегі әкімдік алдында тұрды.") == ["Төле би көшесі"]


def test_a_kazakh_court_number_and_no_region_from_a_bare_oblys():
    result = extract("Тақырып\nАқтөбе қалалық №2 сотында отырыс өтті. Іс облыс әкімінің арызы "
                     "бойынша қозғалды.")
    assert [o.name for o in result.organizations] == ["Ақтөбе қалалық №2 соты"]
    assert [p.name for p in result.places] == ["Ақтөбе"]
