# SPDX-License-Identifier: GPL-3.0-or-later
"""The role classifier: who is on the target side of repression and who is not."""

from __future__ import annotations

from datetime import date

from caseapp.importer import extract
from caseapp.importer.model import Event
from caseapp.importer.role_classifier import RoleDecision, classify, side_role, targets


def _sides(text: str, published: date = date(2024, 3, 5)) -> dict[str, tuple[str, bool]]:
    return {p.name: (p.role, p.target) for p in extract(text, published=published).persons}


def test_event_persons_are_targets_and_side_roles_are_not():
    events = [Event("detention", "2024-01-02", None, ["A B"]),
              Event("statement", None, None, ["C D"], release_demanded=["E F"]),
              Event("hearing", "2024-02-02", None, ["G H"], sentence_change="parole")]
    context = {"A B": None, "C D": "activist", "E F": None, "G H": None, "J K": "lawyer"}
    assert classify(context, events) == {
        "A B": RoleDecision("detainee", True), "C D": RoleDecision("activist", False),
        "E F": RoleDecision("detainee", True), "G H": RoleDecision("detainee", True),
        "J K": RoleDecision("lawyer", False)}
    assert targets([Event("hearing", None, None, ["Wife"])]) == set()


def test_a_listed_head_of_state_is_never_a_target():
    assert side_role("Қасым-Жомарт Тоқаев", None) == "official"
    assert side_role("Alexander Lukashenko", "activist") == "official"
    assert side_role("Ерлан Алиев", None) is None  # a common surname alone tells nothing
    events = [Event("detention", None, None, ["Shavkat Mirziyoyev"])]
    assert classify({"Shavkat Mirziyoyev": None}, events)["Shavkat Mirziyoyev"].target is False


def test_a_lawyer_quoted_by_name_is_not_detained():
    sides = _sides("Заголовок\nСегодня в Алматы полиция задержала активиста Нурбека Кулышева. "
                   "По словам его адвоката Фазылжана Сыздыкова, активиста продержали три часа.")
    assert sides["Фазылжан Сыздыков"] == ("lawyer", False)
    assert sides["Нурбек Кулышев"] == ("detainee", True)


def test_every_defendant_of_a_list_gets_the_verdict():
    text = ("Заголовок\nГомельский областной суд сегодня вынес приговор. Осуждены:\n"
            "• Виталий Жуковский — 15 лет;\n• Андрей Гаврилюк — 12 лет;\n"
            "• Ирина Савицкая — 11 лет.\nЖена Гаврилюка Оксана Гаврилюк пришла в суд.")
    result = extract(text, published=date(2022, 9, 22))
    verdict = next(e for e in result.events if e.kind == "sentence")
    assert set(verdict.persons) == {"Виталий Жуковский", "Андрей Гаврилюк", "Ирина Савицкая"}
    assert verdict.person_terms["Андрей Гаврилюк"] == "12 лет"
    sides = {p.name: (p.role, p.target) for p in result.persons}
    assert sides["Андрей Гаврилюк"] == ("detainee", True)
    assert sides["Оксана Гаврилюк"] == ("relative", False)


def test_names_listed_after_the_verdict_sentence_join_it():
    sides = _sides("Title\nA court in Bishkek on March 3 convicted eight activists. Aigul "
                   "Satybaldieva, Ruslan Toktogulov and Bektur Asanov were found guilty of "
                   "plotting unrest. Satybaldieva's daughter, Aizada Satybaldieva, will appeal.")
    assert sides["Ruslan Toktogulov"] == ("detainee", True)
    assert sides["Bektur Asanov"] == ("detainee", True)
    assert sides["Aizada Satybaldieva"] == ("relative", False)


def test_a_head_of_state_in_a_protest_story_is_not_the_protester():
    text = ("Тақырып\nНөкісте 1 шілдеде наразылық акциялары басталды. Президент Шавкат "
            "Мирзиёев 2 шілдеде Нөкіске барды. Мирзиёев наразылықты «сыртқы күштер "
            "ұйымдастырды» деп айыптады. Мирзиёев түзетулерден бас тартты.")
    result = extract(text, published=date(2022, 7, 4))
    assert all("Шавкат Мирзиёев" not in e.persons for e in result.events)
    assert {p.name: p.target for p in result.persons} == {"Шавкат Мирзиёев": False}


def test_a_speaker_who_calls_a_detention_unlawful_is_not_detained():
    sides = _sides("Заголовок\nСегодня полиция задержала активиста Нурбека Кулышева. "
                   "Правозащитница Жанар Аспандиярова назвала задержание незаконным.")
    assert sides["Жанар Аспандиярова"] == ("activist", False)


def test_a_profession_does_not_hide_a_detainee():
    sides = _sides("Title\nThe experts named Ms Saltanat Nurgaliyeva, a Semey lawyer held since "
                   "last October on charges under Article 274. Her lawyer, Timur Rakhymzhanov, "
                   "said she would appeal.")
    assert sides["Saltanat Nurgaliyeva"] == ("detainee", True)
    assert sides["Timur Rakhymzhanov"] == ("lawyer", False)


def test_a_rights_defender_and_a_jurist_are_not_lawyers_of_the_accused():
    sides = _sides("Тақырып\nБелсенді Ерлан Тілеуов бүгін ұсталды. Құқық қорғаушы Бауыржан "
                   "Сапарұлы мұны саяси іс деп санайды. Заңгер Айнұр Орынбаева ешкім "
                   "кінәлі емес деді.", date(2021, 6, 10))
    assert sides["Бауыржан Сапарұлы"] == ("activist", False)
    assert sides["Айнұр Орынбаева"] == ("lawyer", False)
