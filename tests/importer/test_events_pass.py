# SPDX-License-Identifier: GPL-3.0-or-later
"""The events pass: Kazakh charge and hearing verbs, "былтыр" + month, the case's possessor
as the event's person, verb-final and colon gapping, background dates, modality."""

from __future__ import annotations

from datetime import date

from caseapp.importer import extract

_PUBLISHED = date(2025, 10, 8)


def _events(text: str, published: date = _PUBLISHED) -> list[tuple[str, str | None, list[str]]]:
    return [(e.kind, e.date, e.persons) for e in extract(text, published=published).events]


def _dates(text: str, published: date = _PUBLISHED) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract(text, published=published).dates]


def test_kazakh_charge_verbs():
    for sentence in ("Белсенді Бауыржан Төлегеновке 3 қазанда айыбы тағылды.",
                     "Тергеу белсенді Бауыржан Төлегеновті 3 қазанда айыптады."):
        events = _events("Тақырып\n" + sentence + " Бұл туралы оның әйелі хабарлады.")
        assert ("charge", "2025-10-03", ["Бауыржан Төлегенов"]) in events, sentence


def test_kazakh_hearing_in_plain_future_and_present():
    events = _events("Тақырып\nСот белсенді Ерлан Сәрсенбаевтың ісін 14 қазанда қарайды.")
    assert ("hearing", "2025-10-14", ["Ерлан Сәрсенбаев"]) in events
    events = _events("Тақырып\nЕрлан Сәрсенбаевтың ісі бойынша сот отырысы 20 қазанда басталады.")
    assert ("hearing", "2025-10-20", ["Ерлан Сәрсенбаев"]) in events


def test_kazakh_release_and_detention_variants():
    events = _events("Тақырып\nБелсенді Ерлан Сәрсенбаев 3 қазанда бостандыққа шықты. "
                     "Ол былтыр наурызда тұтқындалған.")
    kinds = {(kind, value) for kind, value, _ in events}
    assert {("release", "2025-10-03"), ("detention", "2024-03")} <= kinds


def test_last_year_and_month_is_one_date_in_the_year_before():
    assert _dates("Ол былтыр наурызда ұсталды.") == [("былтыр наурызда", "2024-03")]
    assert _dates("Ол өткен жылы қарашада ұсталды.") == [("өткен жылы қарашада", "2024-11")]
    assert ("last October", "2024-10") in _dates("He was detained last October.")
    assert ("last March", "2025-03") in _dates("He was detained last March.")


def test_part_of_month_and_attributive_year():
    assert ("декабря", "2025-12") in _dates("Процесс начнется в начале декабря.")
    assert ("2019", "2019") in _dates("He spoke at a 2019 rally in Almaty.")


def test_the_case_owner_is_the_events_person_not_the_expert():
    events = _events("Title\nExpert Dana Nurlanova said the court heard the case of Aidos "
                     "Sadykov on June 9.", date(2025, 6, 12))
    assert events == [("hearing", "2025-06-09", ["Aidos Sadykov"])]
    events = _events("Тақырып\nҚұқық қорғаушы Айгүл Серікова айтуынша, сот Ерлан "
                     "Сәрсенбаевтың ісін 14 қазанда қарайды.")
    assert events == [("hearing", "2025-10-14", ["Ерлан Сәрсенбаев"])]


def test_gapped_parts_get_their_own_person_and_date():
    events = _events("Тақырып\nЖаңаөзенде белсенділер Нұрлан Есенов пен Ғалым Байжанов "
                     "ұсталды. Есенов өткен жылы қыркүйекте, Байжанов қазанда ұсталған.",
                     date(2026, 2, 20))
    by_date = {value: persons for kind, value, persons in events if kind == "detention"}
    assert "Нұрлан Есенов" in by_date["2025-09"]
    assert by_date["2025-10"] == ["Ғалым Байжанов"]
    events = _events("Заголовок\nБлогеров Азамата Турдыбаева и Марата Юсупова задержали в "
                     "Нукусе: Турдыбаева — 4 июля, Юсупова — на следующий день.")
    assert [(k, d) for k, d, _ in events] == [("detention", "2025-07-04"),
                                             ("detention", "2025-07-05")]


def test_background_date_does_not_date_the_main_event():
    events = _events("Тақырып\nЖаңаөзен соты 18 ақпанда белсенді Нұрлан Есеновке үкім шығарды. "
                     "2022 жылғы қаңтар оқиғаларына қатысқаны үшін Есенов бес жылға бас "
                     "бостандығынан айырылды.", date(2026, 2, 20))
    assert [d for k, d, _ in events if k == "sentence"] == ["2026-02-18"]


def test_a_protest_that_never_took_place_and_an_ordered_examination_are_no_events():
    assert _events("Title\nThe rally planned for June 5 by Aidos Sadykov never took place.",
                   date(2025, 6, 12)) == []
    assert _events("Заголовок\nМитинг Айдоса Садыкова, который планировали на 20 июля, так и "
                   "не состоялся.") == []
    assert _events("Title\nOn June 9 the court ordered a psychiatric examination of Aidos "
                   "Sadykov.", date(2025, 6, 12)) == []


def test_extradition_arrest_is_a_detention():
    events = _events("Заголовок\nБлогера Азамата Рахимова 6 июня арестовали на 40 суток для "
                     "экстрадиции в Узбекистан.")
    assert [(k, d) for k, d, _ in events] == [("detention", "2025-06-06")]


def test_common_noun_given_names_need_a_surname():
    names = [p.name for p in extract("Тақырып\nБюро «Адам құқықтары» жөнінде хабарлады, ал "
                                     "«Еркін сөз» қоры мәлімдеді.").persons]
    assert names == []


def test_uzbek_and_kyrgyz_places_in_three_scripts():
    for text, expected in (("Белсенділер Нөкісте, Ошта және Таласта ұсталды.",
                            {"Нөкіс", "Ош", "Талас"}),
                           ("Активистов задержали в Нукусе и Андижане.", {"Нукус", "Андижан"}),
                           ("He was held in Nukus, Navoi and Tashkent.",
                            {"Nukus", "Navoi", "Tashkent"})):
        assert {p.name for p in extract(text).places} >= expected, text


def test_a_relative_in_apposition_is_the_subject_of_his_own_detention():
    events = _events("Title\nDana Yusupova has written to the UN about her father. Her father, "
                     "Timur Yusupov, has been in detention in Nukus since March 3.",
                     date(2025, 11, 20))
    assert ("detention", "2025-03-03", ["Timur Yusupov"]) in events


def test_a_postponed_verdict_gives_both_court_days():
    events = _events("Title\nOn November 12 a court in Nukus postponed the verdict on Timur "
                     "Yusupov to December 22.", date(2025, 11, 20))
    assert sorted(d for k, d, _ in events if k == "hearing") == ["2025-11-12", "2025-12-22"]
    assert not [k for k, _, _ in events if k == "sentence"]
