# SPDX-License-Identifier: GPL-3.0-or-later
"""Person finding: lists, initials, surname-first order, headline words, groups of mentions."""

from __future__ import annotations

from caseapp.importer import extract
from importer.extracted import mentions_by_name


def _names(text: str, language: str = "auto") -> list[str]:
    return [p.name for p in extract(text, language=language).persons]


def test_lists_joined_by_men_pen_are_split():
    text = ("Заголовок\nБелсенділер Алмат Жұмағұлов пен Кенжебек Әбішевті және Жәзира Демеуова "
            "мен Гүлзипа Жаукерованы босатуды талап етті.")
    assert _names(text) == ["Алмат Жұмағұлов", "Кенжебек Әбішев", "Жәзира Демеуова",
                            "Гүлзипа Жаукерова"]


def test_lists_with_and_commas_and_i_are_split():
    assert _names("Title\nThe court heard Marat Ospanov, Irina Kovalchuk and Dauren Kasymzhanov.") \
        == ["Marat Ospanov", "Irina Kovalchuk", "Dauren Kasymzhanov"]
    assert _names("Заголовок\nСуд допросил Олега Ковальчука и Ирину Ковальчук.") \
        == ["Олег Ковальчук", "Ирина Ковальчук"]


def test_feminine_ova_stays_nominative_and_masculine_genitive_is_restored():
    people = _names("Заголовок\nАдвокат Гульнар Абдикадырова защищает Ерболата Жаксылыкова.")
    assert people == ["Гульнар Абдикадырова", "Ерболат Жаксылыков"]


def test_initials_and_surname_first_are_grouped_with_the_full_name():
    text = ("Заголовок\nБелсенді Ерболат Жақсылықов ұсталды. Е. Жақсылықовқа күдік келтірілді. "
            "Тізімде Жақсылықов Е. бар.")
    result = extract(text)
    assert [p.name for p in result.persons] == ["Ерболат Жақсылықов"]
    assert {m.text for m in result.persons[0].mentions} >= {"Е. Жақсылықовқа", "Жақсылықов Е."}


def test_initials_without_full_name_are_reordered():
    assert _names("Заголовок\nАдвокат Абдикадырова Г.М. заявила о жалобе.") == ["Г.М. Абдикадырова"]


def test_patronymic_and_bare_mentions_join_the_person():
    text = ("Заголовок\nДаурен Касымжанов задержан. Даурен Ерланович жалуется на здоровье. "
            "Касымжанов не признаёт вину.")
    result = extract(text)
    assert [p.name for p in result.persons] == ["Даурен Касымжанов"]
    assert len(result.persons[0].mentions) == 3


def test_title_words_and_sentence_start_words_are_not_persons():
    assert _names("Police Detain Activists In Leninsky District Court\n"
                  "Faith in courts is low.") == []
    assert _names("Заголовок\nНадежда на Верховный суд невелика. Правда, никто не пришёл.") == []


def test_street_named_after_a_person_is_a_place_not_a_person():
    result = extract("Заголовок\nТінту Сәтбаев көшесіндегі пәтерде жүрді.")
    assert result.persons == []
    assert [p.name for p in result.places] == ["Сәтбаев көшесі"]


def test_mentions_carry_offsets_into_the_input():
    text = "Заголовок\nКеше Ерболат Жақсылықовқа үкім шығарды."
    person = extract(text).persons[0]
    for mention in person.mentions:
        assert text[mention.start:mention.end] == mention.text


def test_roles_come_from_context():
    text = ("Title\nPolice detained activist Aidos Sadykov. His lawyer, Zhanna Akhmetova, "
            "appealed. Judge Timur Baimukhanov refused.")
    roles = {p.name: p.role for p in extract(text).persons}
    assert roles == {"Aidos Sadykov": "detainee", "Zhanna Akhmetova": "lawyer",
                     "Timur Baimukhanov": "judge"}


def test_unknown_given_names_are_read_in_the_surnames_case():
    assert _names("Заголовок\nСуд вынес приговор Бекжигиту Оспанову и отпустил его.") == [
        "Бекжигит Оспанов"]
    assert _names("Заголовок\nСот Бекжігіт Оспановты ақтады.") == ["Бекжігіт Оспанов"]
    result = extract("Заголовок\nНа суд пришла Ақторғын Сейітова с адвокатом.")
    assert [(p.name, p.gender) for p in result.persons] == [("Ақторғын Сейітова", "f")]


def test_separate_patronymic_particles_stay_with_the_name():
    text = ("Заголовок\nЗадержан оператор Улан Шаршенбек уулу. Суд отправил Шаршенбек уулу "
            "под стражу.")
    result = extract(text)
    assert [p.name for p in result.persons] == ["Улан Шаршенбек уулу"]
    assert len(result.persons[0].mentions) == 2


def test_a_given_name_pairs_with_the_surname_after_it_not_before():
    names = _names("Заголовок\nЗащитник Мамырова Айжан Сарсенова считает обвинение надуманным.")
    assert "Айжан Сарсенова" in names and "Айжан Мамырова" not in names


def test_a_quotation_in_the_other_language_is_read_in_its_language():
    text = ("Тақырып\nҚалдыбаевтың адвокаты Ерлан Сейдахметов орысша сөйледі: «Приговор "
            "Бауыржану Калдыбаеву – это наказание за то, что рабочие потребовали индексации».\n"
            "Бауыржан Қалдыбаев 12 ақпанда ұсталған.")
    names = _names(text)
    assert names.count("Бауыржан Қалдыбаев") == 1 and "Бауыржан Калдыбаев" not in names


def test_kazakh_uly_kyzy_surnames_lose_their_case_ending():
    text = ("Тақырып\nСот белсенді Нұрбол Сәрсенбайұлын 10 тәулікке қамауға кесті. "
            "Мейрамгүл Сәтбайқызына 3 жыл берілді. Сәрсенбайұлы сотқа келді. "
            "Асхат Мұратұлының ісі қаралды.")
    found = mentions_by_name(text, "persons")
    assert set(found) == {"Нұрбол Сәрсенбайұлы", "Мейрамгүл Сәтбайқызы", "Асхат Мұратұлы"}
    assert found["Нұрбол Сәрсенбайұлы"] == ["Нұрбол Сәрсенбайұлын", "Сәрсенбайұлы"]


def test_russian_oblique_names_of_the_region_give_their_nominative():
    found = mentions_by_name(
        "Заголовок\nПо словам адвоката Марии Головиной, его били. Организация называла "
        "Фарруха Давлатзода журналистом. По словам адвоката Захида Гасымова, деньги "
        "подбросили. Главного редактора Рамиля Садыг оглу доставили в полицию.", "persons")
    assert list(found) == ["Мария Головина", "Фаррух Давлатзода", "Захид Гасымов",
                           "Рамиль Садыг оглу"]


def test_an_unknown_given_name_before_a_particle_is_a_man_named_in_the_genitive():
    text = ("Заголовок\nПолиция задержала Эльнура Гасан оглу у дома.")
    found = mentions_by_name(text, "persons")
    assert list(found) == ["Эльнур Гасан оглу"]


def test_given_name_and_patronymic_alone_join_the_full_name():
    text = ("Заголовок\nЗадержали 77-летнюю Нину Павловну Кравец. Её продержали "
            "до ночи. Нину Павловну отпустили без протокола.")
    found = mentions_by_name(text, "persons")
    assert found == {"Нина Павловна Кравец": ["Нину Павловну Кравец", "Нину Павловну"]}


def test_a_masculine_role_noun_in_the_genitive_makes_ova_a_mans_case():
    text = ("Заголовок\nПо словам адвоката Захида Гасымова, обыск шёл без "
            "понятых. Юрист Зарема Гасымова с ним не согласна.")
    found = mentions_by_name(text, "persons")
    assert list(found) == ["Захид Гасымов", "Зарема Гасымова"]


def test_kazakh_official_order_surname_given_patronymic_joins_the_person():
    text = ("Тақырып\nСот белсенді Ерасыл Орынбасарға тағайындалған жазаны "
            "жеңілдетті. Судья «Орынбасар Ерасыл Қайратұлын кінәлі деп тану» деп "
            "оқыды. Әкім Ерлан Қайратұлы келмеді.")
    found = mentions_by_name(text, "persons")
    assert found == {"Ерасыл Орынбасар": ["Ерасыл Орынбасарға", "Орынбасар Ерасыл Қайратұлын"],
                     "Ерлан Қайратұлы": ["Ерлан Қайратұлы"]}
