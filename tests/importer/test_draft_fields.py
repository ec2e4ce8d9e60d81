# SPDX-License-Identifier: GPL-3.0-or-later
"""The draft carries what the apply step needs to store only true facts: custody kinds and
ends, one sentence per verdict, parole/pardon/commutation, events of others, confidence."""

from __future__ import annotations

from datetime import date

from caseapp.importer import extract


def _events(text: str, published: date) -> list:
    return extract(text, published=published).events


def test_a_police_detention_of_hours_is_over_the_same_day():
    events = _events("Заголовок\nСегодня утром полиция задержала активиста Нурбека Кулышева. "
                     "Его продержали около трех часов в отделе полиции и отпустили.",
                     date(2012, 3, 15))
    detention = next(e for e in events if e.kind == "detention")
    assert (detention.date, detention.detention_kind, detention.over, detention.end) == (
        "2012-03-15", "police", True, "2012-03-15")


def test_custody_kinds_and_their_ends():
    text = ("Тақырып\nСот 11 сәуірде Канат Асанбек уулуды екі айға тергеу изоляторына қамауға "
            "алды, ал Жылдыз Токтобаеваны үйқамаққа жіберді. Сот 12 сәуірде Ерлан Тілеуовты "
            "10 тәулікке әкімшілік қамауға алды.")
    events = {(e.kind, e.date): e for e in _events(text, date(2023, 4, 30))}
    pretrial = events[("detention", "2023-04-11")]
    assert (pretrial.persons, pretrial.detention_kind, pretrial.end, pretrial.over) == (
        ["Канат Асанбек уулу"], "pretrial", "2023-06-11", False)
    house = events[("other", "2023-04-11")]
    assert (house.persons, house.detention_kind) == (["Жылдыз Токтобаева"], "house_arrest")
    arrest = events[("sentence", "2023-04-12")]
    assert (arrest.detention_kind, arrest.end, arrest.over) == ("administrative", "2023-04-22",
                                                                True)


def test_a_verdict_told_in_two_sentences_is_one_event_with_term_date_and_court():
    events = _events("Title\nThe Bukhara Regional Court on January 31 handed down its verdict. "
                     "Azamat Khojaniyazov received the harshest punishment. He was sentenced "
                     "to 16 years in prison.", date(2023, 2, 2))
    verdicts = [e for e in events if e.kind == "sentence"]
    assert [(e.date, e.term, e.court, e.persons) for e in verdicts] == [
        ("2023-01-31", "16 years", "Bukhara Regional Court", ["Azamat Khojaniyazov"])]


def test_a_parole_changes_the_sentence_and_is_no_new_one():
    events = _events("Тақырып\nҚостанай облыстық соты бүгін белсенді Ерлан Тілеуовты шартты "
                     "түрде мерзімінен бұрын босату туралы шешім шығарды. Тілеуов 2019 жылы "
                     "қарашада 5 жылға бас бостандығынан айырылған.", date(2021, 6, 10))
    assert [(e.kind, e.date, e.sentence_change) for e in events] == [
        ("hearing", "2021-06-10", "parole"), ("sentence", "2019-11", None)]


def test_a_pardon_and_a_commutation_are_changes():
    events = _events("Заголовок\nВчера президент Ильхам Алиев помиловал журналиста Тофига "
                     "Гасанлы. Сегодня суд в Душанбе заменил блогеру Далеру Шарифзоде "
                     "оставшийся срок заключения штрафом.", date(2025, 5, 28))
    assert [(e.kind, e.date, e.persons, e.sentence_change) for e in events] == [
        ("other", "2025-05-27", ["Тофиг Гасанлы"], "pardon"),
        ("hearing", "2025-05-28", ["Далер Шарифзода"], "commutation")]


def test_protests_and_statements_are_events_of_others():
    events = _events("Title\nOn Monday about 30 supporters held a rally in Bishkek. Human Rights "
                     "Watch urged the authorities to release Azamat Khojaniyazov.",
                     date(2024, 3, 5))
    assert [(e.kind, e.of_others, e.persons) for e in events] == [
        ("protest", True, []), ("statement", True, ["Azamat Khojaniyazov"])]


def test_confidence_follows_where_the_date_came_from():
    events = _events("Жаңаөзен соты 29 қарашада жеті белсендіге үкім шығарды\nЖаңаөзен қалалық "
                     "соты белсенді Бекзат Орынға үкім шығарды. Кеше Бекзат Орынның анасы "
                     "пикетке шықты. Ол бұрын да ұсталған.", date(2022, 11, 30))
    found = {(e.kind, e.date): (e.confidence, e.date_source) for e in events}
    assert found[("sentence", "2022-11-29")] == ("high", "clause")
    assert found[("protest", "2022-11-29")] == ("high", "clause")
    assert found[("detention", None)] == ("low", None)  # "бұрын": before the story


def test_the_json_form_carries_the_new_fields():
    data = extract("Title\nPolice detained Ardak Zhumabekova on September 20.",
                   published=date(2024, 9, 27)).to_json()
    person, event = data["persons"][0], data["events"][0]
    assert {"target", "partial_name"} <= set(person)
    assert {"partial"} <= set(person["mentions"][0])
    assert {"confidence", "date_source", "detention_kind", "end", "over", "court",
            "sentence_change", "of_others", "person_terms"} <= set(event)
