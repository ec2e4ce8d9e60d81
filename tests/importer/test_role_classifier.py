# SPDX-License-Identifier: GPL-3.0-or-later
"""The role classifier: who is on the target side of repression and who is not."""

from __future__ import annotations

from datetime import date

import pytest

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


QUOTED_LAWYERS = [
    ("Заголовок\nВ Алматы полиция задержала активиста Нурбека Кулышева. По словам его адвоката "
     "Эльвиры Мухаметшиной, активиста продержали три часа.", "Эльвира Мухаметшина"),
    ("Заголовок\nВ Алматы полиция задержала активиста Нурбека Кулышева. По словам их адвоката "
     "Эльвиры Мухаметшиной, задержанных доставили в отдел.", "Эльвира Мухаметшина"),
    ("Заголовок\nВ Алматы полиция задержала активистку Айгуль Серикову. По словам ее адвоката "
     "Тимура Бекова, Серикову обвинили в хулиганстве.", "Тимур Беков"),
    ("Заголовок\nСуд арестовал Нурбека Кулышева. Адвокат Гульмира Сатпаева считает, что арест "
     "незаконен.", "Гульмира Сатпаева"),
    ("Заголовок\nСуд арестовал Нурбека Кулышева. Гульмира Сатпаева, адвокат активиста, считает "
     "арест незаконным.", "Гульмира Сатпаева"),
    ("Тақырып\nАлматыда полиция белсенді Нұрбек Құлышевті ұстады. Бұл туралы Азаттыққа оның "
     "адвокаты Ғалия Ермекова хабарлады.", "Ғалия Ермекова"),
    ("Тақырып\nСот белсенді Нұрбек Құлышевті 10 тәулікке қамауға кесті. Адвокат Ғалия "
     "Ермекованың айтуынша, сот бейнежазбаны қарамады.", "Ғалия Ермекова"),
    ("Title\nPolice in Almaty detained activist Nurbek Kulyshev on Monday. His lawyer Galiya "
     "Yermekova said he was held for three hours.", "Galiya Yermekova"),
    ("Title\nPolice in Almaty detained activist Nurbek Kulyshev on Monday. According to his "
     "lawyer, Galiya Yermekova, he was charged with hooliganism.", "Galiya Yermekova"),
    ("Title\nA court in Almaty sentenced activist Nurbek Kulyshev to 10 days. \"He did "
     "nothing,\" said Galiya Yermekova, his lawyer.", "Galiya Yermekova"),
    ("Title\nA court sentenced activist Nurbek Kulyshev to 10 days. The verdict is unjust, "
     "Marat Zhumabayev, who represents Kulyshev, said.", "Marat Zhumabayev"),
]


@pytest.mark.parametrize(("text", "lawyer"), QUOTED_LAWYERS)
def test_a_quoted_lawyer_in_any_form_is_a_lawyer_and_never_a_target(text, lawyer):
    """The lawyer named before or after the role word, in any case form, with "по
    словам", "оның адвокаты", "his lawyer X said", "адвокат X считает", "who represents";
    a comma after "по словам адвоката X," or "According to his lawyer, X," does not make
    the next words ("задержанных доставили", "he was charged") X's own custody."""
    sides = _sides(text)
    assert sides[lawyer] == ("lawyer", False), sides
    assert any(target for _role, target in sides.values()) or "Гульмира" in lawyer, sides


def test_a_quoted_official_stays_off_the_target_side_even_inside_an_event():
    events = [Event("charge", "2024-03-04", None, ["Марат Жумабаев", "Серик Ахметов"])]
    context = {"Марат Жумабаев": "lawyer", "Серик Ахметов": None}
    decided = classify(context, events, quoted={"Марат Жумабаев"})
    assert decided["Марат Жумабаев"] == RoleDecision("lawyer", False)
    assert decided["Серик Ахметов"] == RoleDecision("detainee", True)
    # a lawyer who is detained and not merely quoted stays a target ("the case of lawyer X")
    assert classify(context, events)["Марат Жумабаев"].target is True


def test_names_beside_a_term_across_a_dash_are_defendants():
    sides = _sides("Заголовок\nСуд вынес приговор. Сроки распределились так:\n"
                   "Алесь Ковалевич — 6 лет колонии усиленного режима;\n"
                   "Сергей Левчук — 5 лет колонии.\nВосемь лет получил Куанышбек "
                   "Мамбетмуратов, шесть лет — Алибек Саутбаев, Айымхан Реймова и Мурат "
                   "Ембергенов. Ранее был осуждён блогер Даулет Кдырбаев, получивший 16 лет.")
    for name in ("Алесь Ковалевич", "Сергей Левчук", "Алибек Саутбаев", "Айымхан Реймова",
                 "Мурат Ембергенов", "Даулет Кдырбаев"):
        assert sides[name][1] is True, name


def test_an_age_or_a_career_after_a_dash_is_no_term():
    sides = _sides("Заголовок\nАйгуль Серикова — 35-летняя мать двоих детей. Адвокат Тимур "
                   "Беков — 20 лет в профессии.")
    assert sides == {"Айгуль Серикова": ("other", False), "Тимур Беков": ("lawyer", False)}


def test_names_listed_with_a_detainee_share_the_side_unless_their_role_says_otherwise():
    sides = _sides("Заголовок\nАрестованы Рамиль Гайфуллин, Ильдар Юмагужин и Азат "
                   "Хисматуллин. Адвокат Эльвира Мухаметшина и судья Ержан Баймуратов "
                   "отказались от комментариев.")
    assert [n for n, (_r, target) in sides.items() if target] == [
        "Рамиль Гайфуллин", "Ильдар Юмагужин", "Азат Хисматуллин"]


def test_a_relative_quoted_after_the_speech_verb_is_not_sentenced():
    sides = _sides("Заголовок\nСуд приговорил активиста Серика Абенова к 4 годам ограничения "
                   "свободы. «Мужа судят за то, что он считал чужие деньги», — сказала Динара "
                   "Абенова после оглашения приговора.")
    assert sides["Серик Абенов"] == ("detainee", True)
    assert sides["Динара Абенова"][1] is False


@pytest.mark.parametrize(("text", "name", "target"), [
    ("Title\nA court in Gomel sentenced four volunteers. Uladzimir Khaletski, a lawyer who was "
     "stripped of his license in 2021, was given four years.", "Uladzimir Khaletski", True),
    ("Заголовок\nАктивист Серик Ахметов задержан. Марат Жумабаев, адвокат из Уральска, был "
     "позже осуждён на 3 года.", "Марат Жумабаев", True),
    ("Title\nPolice detained activist Serik Akhmetov. Marat Zhumabayev, a lawyer, has "
     "represented detained activists since 2019.", "Marat Zhumabayev", False),
])
def test_the_predicate_after_an_apposition_decides_the_side(text, name, target):
    assert _sides(text)[name][1] is target


def test_a_name_before_a_comma_and_its_role_word_and_a_listed_head_of_state_are_found():
    sides = _sides("Title\nA court sentenced activist Nurbek Kulyshev to 10 days. Zhanna "
                   "Seitkaliyeva, his lawyer, will appeal. President Emomali Rahmon has not "
                   "commented.")
    assert sides == {"Nurbek Kulyshev": ("detainee", True),
                     "Zhanna Seitkaliyeva": ("lawyer", False),
                     "Emomali Rahmon": ("official", False)}


@pytest.mark.parametrize(("text", "name", "target"), [
    ("Заголовок\nВ Новосибирске полиция задержала у здания суда депутата городского совета "
     "Олега Бирюкова.", "Олег Бирюков", True),
    ("Title\nPolice detained lawyer Marat Zhumabayev outside the court on Monday.",
     "Marat Zhumabayev", True),
    ("Заголовок\nПолиция задержала мать активиста Нурбека Кулышева. Позже его отпустили.",
     "Нурбек Кулышев", True),
    ("Заголовок\nСуд арестовал Нурбека Кулышева. По словам адвоката задержанного Тимура "
     "Бекова, арест незаконен.", "Тимур Беков", False),
])
def test_a_role_word_that_is_the_object_of_a_detention_verb_is_detained(text, name, target):
    assert _sides(text)[name][1] is target
