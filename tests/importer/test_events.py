# SPDX-License-Identifier: GPL-3.0-or-later
"""Events and roles: clause dating, lists of court days, datelines, negation and wishes,
persons referred to by pronouns, roles from apposition, affiliation and case agreement."""

from __future__ import annotations

from datetime import date

from caseapp.importer import extract


def _events(text: str, published: date = date(2025, 10, 16)) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in extract(text, published=published).events]


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract(text, published=date(2025, 10, 16)).persons}


def test_each_clause_dates_its_own_cue_and_court_days_are_listed():
    text = ("Заголовок\nПроцесс начался 9 июля. С тех пор в июле и августе суд "
            "допрашивал свидетелей, 2 сентября огласил заключение экспертизы, а 23 и 24 сентября "
            "выступили стороны в прениях.")
    hearings = [d for kind, d in _events(text) if kind == "hearing"]
    assert hearings == ["2025-07-09", "2025-07", "2025-08", "2025-09-02", "2025-09-23",
                        "2025-09-24"]


def test_a_wire_dateline_dates_the_report_not_the_event():
    text = ("Police detain activist\nALMATY, Feb 7 (Reuters) - Police detained activist Amanzhol "
            "Seitkali on Thursday, his wife said.")
    assert _events(text, date(2025, 2, 7)) == [("detention", "2025-02-06")]


def test_negation_wishes_and_postponement_are_not_events():
    text = ("Title\nThe court extended the custody of blogger Berik Saduakassov on Wednesday. "
            "No one was detained outside. Prosecutors asked that he be sentenced to seven years.")
    assert _events(text, date(2025, 5, 22)) == [("hearing", "2025-05-21")]
    text = ("Заголовок\nСуд в среду, 15 октября, отложил оглашение приговора Ивану Петрову.")
    assert _events(text) == [("hearing", "2025-10-15")]


def test_a_kazakh_participle_phrase_does_not_take_the_verdicts_date():
    text = ("Тақырып\nАлматы облыстық сотында 27 қарашада жер митингісіне қатысқан Жандос "
            "Серікбаевқа үкім жарияланды.")
    assert ("sentence", "2025-11-27") in _events(text, date(2025, 11, 28))
    assert ("protest", "2025-11-27") not in _events(text, date(2025, 11, 28))


def test_list_items_under_a_verdict_inherit_its_date_and_join_it():
    text = ("Title\nOn November 26 the court handed down the following sentences:\n"
            "• Rakhat Zhumabayev – five years in prison;\n"
            "• Saltanat Kuanyshkyzy – two years of restricted freedom.")
    result = extract(text, published=date(2025, 12, 3))
    assert [(e.kind, e.date, e.persons) for e in result.events] == [
        ("sentence", "2025-11-26", ["Rakhat Zhumabayev", "Saltanat Kuanyshkyzy"])]


def test_a_plural_pronoun_continues_the_persons_of_the_previous_sentence():
    text = ("Тақырып\nСот Жандос Серікбаев пен Ерсін Құдайбергеновке 27 қарашада үкім шығарды. "
            "Олар 400-бап бойынша айыпталған.")
    charge = next(e for e in extract(text, published=date(2025, 11, 28)).events
                  if e.kind == "charge")
    assert charge.persons == ["Жандос Серікбаев", "Ерсін Құдайбергенов"]


def test_quoted_sources_and_court_staff_are_not_the_detained():
    text = ("Title\nPolice detained activist Amanzhol Seitkali on Thursday, Zhuldyz Seitkalieva "
            "told reporters. Judge Aliya Temirbekova ordered his arrest.")
    detention = extract(text, published=date(2025, 2, 7)).events[0]
    assert detention.persons == ["Amanzhol Seitkali"]


def test_roles_from_apposition_affiliation_and_case_agreement():
    roles = _roles("Заголовок\nМуж активистки Сергей Белов рассказал об обыске. Серикжан Мамыров "
                   "в СИЗО. Защитник "
                   "Мамырова Айжан Сарсенова считает обвинение надуманным. Представитель ГКНБ "
                   "Алмаз Турдубаев отказался от комментариев. Автор: Айдай Токтосунова")
    assert roles["Сергей Белов"] == "relative"
    assert roles["Айжан Сарсенова"] == "lawyer"
    assert roles["Алмаз Турдубаев"] == "official"
    assert roles["Айдай Токтосунова"] == "journalist"
    roles = _roles("Тақырып\nАтырау қалалық сотының судьясы Жақсылықовты екі айға қамауға алды. "
                   "Белсенді Ерболат Жақсылықов кінәсін мойындамайды.")
    assert roles["Ерболат Жақсылықов"] == "detainee"


def test_persons_whose_release_a_statement_demands_are_detainees():
    roles = _roles("Тақырып\nӘділ Жанұзақов «Еркін сөз» қорының атынан Нұрлан Сейітовті "
                   "босатуды талап етті.")
    assert roles == {"Әділ Жанұзақов": "activist", "Нұрлан Сейітов": "detainee"}


def test_a_verb_less_part_repeats_the_cue_for_its_person_and_date():
    text = ("Заголовок\nМарата Есенова и Айнагуль Курмангалиеву арестовали. Есенова отпустили "
            "03.03.2025, Курмангалиеву – позавчера.")
    releases = [(e.date, e.persons) for e in extract(text, published=date(2025, 3, 11)).events
                if e.kind == "release"]
    assert releases == [("2025-03-03", ["Марат Есенов"]),
                        ("2025-03-09", ["Айнагуль Курмангалиева"])]


def test_kazakh_negation_after_the_verb_and_reasons_without_their_own_date():
    text = "Тақырып\nКүйеуі пикетке шықты, бірақ полиция оны ұстаған жоқ."
    assert all(e.kind != "detention" for e in extract(text, published=date(2025, 1, 17)).events)
    text = ("Заголовок\n19 мая суд признал Ирину Ковальчук виновной в организации "
            "несанкционированного митинга.")
    assert ("sentence", "2025-05-19") in _events(text, date(2025, 5, 30))
    assert ("protest", "2025-05-19") not in _events(text, date(2025, 5, 30))


def test_an_upheld_sentence_is_a_hearing_and_roles_match_whole_english_words():
    text = ("Title\nThe Bishkek City Court on Thursday upheld a two-year prison sentence handed "
            "to rapper Aibek Toktogul uulu. Urmat Jeenaliev, a member of the Jogorku Kenesh, said "
            "the song insulted parliament.")
    result = extract(text, published=date(2025, 7, 4))
    assert [(e.kind, e.date) for e in result.events] == [("hearing", "2025-07-03")]
    assert [o.name for o in result.organizations] == ["Bishkek City Court", "Jogorku Kenesh"]
    assert {p.name: p.role for p in result.persons}["Urmat Jeenaliev"] == "official"
