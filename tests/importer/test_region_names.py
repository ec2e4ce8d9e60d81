# SPDX-License-Identifier: GPL-3.0-or-later
"""Names, places and dates from the whole region (issue 10): Belarusian Latin spellings,
Uzbek, Kyrgyz, Tajik and Azerbaijani names, Russian and Kazakh oblique forms, names after
role words, apposition repeats, English places after "in"/"of", years of bare dates."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.importer import extract
from importer.extracted import mentions_by_name


def _names(text: str, published: date = date(2024, 3, 5)) -> list[str]:
    return [p.name for p in extract(text, published=published).persons]


def test_belarusian_defenders_in_latin_spelling_are_found():
    names = _names("Title\nUladzimir Barysevich, Marfa Stsiapanava, Aliaksei Tsitovich and "
                   "Nasta Kavalionak were sentenced. Barysevich headed the office.")
    assert names == ["Uladzimir Barysevich", "Marfa Stsiapanava", "Aliaksei Tsitovich",
                     "Nasta Kavalionak"]


def test_names_from_tajikistan_azerbaijan_and_uzbekistan():
    text = ("Заголовок\nСуд заменил блогеру Далеру Шарифзоде наказание. Шарифзода выйдет. "
            "Журналист Тофиг Гасанлы вышел на свободу. Адвокат Эльчин Садыгов сообщил об этом.")
    assert _names(text) == ["Далер Шарифзода", "Тофиг Гасанлы", "Эльчин Садыгов"]
    assert _names("Title\nBakhtiyor Ergashev and Gulbahor Kurbanova were jailed.") == [
        "Bakhtiyor Ergashev", "Gulbahor Kurbanova"]


def test_russian_oblique_forms_of_a_name_give_one_nominative_person():
    text = ("Заголовок\nОб этом сообщил адвокат Фазылжан Сыздыков. По словам адвоката "
            "Фазылжана Сыздыкова, активиста отпустили.")
    persons = extract(text).persons
    assert [p.name for p in persons] == ["Фазылжан Сыздыков"]
    assert [m.text for m in persons[0].mentions] == ["Фазылжан Сыздыков", "Фазылжана Сыздыкова"]


def test_surname_first_name_is_not_repeated():
    assert _names("Заголовок\nПолиция задержала активиста Кулышев Нурбек. Нурбек Кулышев "
                  "известен.") == ["Нурбек Кулышев"]


def test_belarusian_surnames_in_ich_are_surnames_not_patronymics():
    assert _names("Заголовок\nСергей Мацкевич осужден. Ерболат Серикович держится.") == [
        "Сергей Мацкевич", "Ерболат Серикович"]


def test_kazakh_names_with_orun_and_uly_kyzy_stay_whole():
    text = ("Тақырып\nҮкім бойынша:\n– Бекзат Орын – 5 жыл;\n– Мақсат Ержан ұлы – 4 жыл;\n"
            "– Ақмаржан Сейітқызы – 3 жыл.\nБелсенді Орынбасар Тәжімұратов ұсталды. "
            "Сәуле Қасымжанова ұлының денсаулығына алаңдайды.")
    assert _names(text) == ["Бекзат Орын", "Мақсат Ержан ұлы", "Ақмаржан Сейітқызы",
                            "Орынбасар Тәжімұратов", "Сәуле Қасымжанова"]


def test_a_kyrgyz_particle_with_a_case_ending_is_the_same_person():
    persons = extract("Тақырып\nОлар – Канат Асанбек уулу. Сот Асанбек уулуды қамауға алды.",
                      published=date(2023, 4, 12)).persons
    assert [(p.name, [m.text for m in p.mentions]) for p in persons] == [
        ("Канат Асанбек уулу", ["Канат Асанбек уулу", "Асанбек уулуды"])]


def test_a_declined_particle_after_a_name_begun_in_another_language():
    # The given name is English, the particle Kazakh ("уулуды"): it used to be read as English,
    # which gives no nominative, and the extraction failed with a TypeError.
    text = ("Title\nActivist Azamat Шаршенбек уулуды, қазақ белсендісі, was detained in "
            "Bishkek on 3 March.")
    assert _names(text) == ["Azamat Шаршенбек уулу"]


def test_a_name_after_a_role_word_is_found_when_no_list_knows_it():
    assert _names("Title\nHuman rights defender Baktygul Sheraly kyzy said so.") == [
        "Baktygul Sheraly kyzy"]
    assert _names("Тақырып\nБүгін белсенді Ырысбек Сатыбалды пикетке шықты.") == [
        "Ырысбек Сатыбалды"]


def test_a_surname_alone_joins_the_full_name_and_is_marked_partial():
    result = extract("Заголовок\nЛукашенко промолчал. Позже Александр Лукашенко выступил.")
    person = result.persons[0]
    assert person.name == "Александр Лукашенко"
    assert [(m.text, m.partial) for m in person.mentions] == [
        ("Лукашенко", True), ("Александр Лукашенко", False)]
    assert not person.partial_name


def test_places_of_neighbouring_countries_and_after_prepositions():
    result = extract("Title\nThey were arrested in Gomel and Grodno, held in the Khorezm region "
                     "and tried in Nookat, near the Kempir-Abad reservoir. A district court "
                     "ruled.", published=date(2023, 3, 7))
    assert [p.name for p in result.places] == ["Gomel", "Grodno", "Khorezm Region", "Nookat",
                                               "Kempir-Abad"]
    russian = extract("Заголовок\nО событиях в Горно-Бадахшанской автономной области.")
    assert [p.name for p in russian.places] == ["Горно-Бадахшанская автономная область"]


def test_years_of_dates_without_one():
    published = date(2023, 2, 2)
    values = [d.value for d in extract(
        "Title\nOn January 31 the court ruled. Riots broke out on July 1 and 2. The next "
        "hearing is set for March 26.", published=published).dates]
    assert values == ["2023-01-31", "2022-07-01", "2022-07-02", "2023-03-26"]


def test_relative_years_and_months():
    values = [d.value for d in extract(
        "Заголовок\nВсе они задержаны в сентябре прошлого года, а Мамыров — в марте этого года.",
        published=date(2022, 9, 22)).dates]
    assert values == ["2021-09", "2022-03"]
    kazakh = extract("Тақырып\nОлар 2022 жылғы қаңтарда шықты. Белсенділер сол жылы наурызда "
                     "ұсталған.", published=date(2022, 11, 30)).dates
    assert [d.value for d in kazakh] == ["2022-01", "2022-03"]


#: Oblique forms of names from the whole region and their nominatives (the set on which
#: pymorphy3 scored 22/30, docs/dependencies.md).
OBLIQUE = [("Фазылжана Сыздыкова", "Фазылжан Сыздыков"), ("Нурбеку Кулышеву", "Нурбек Кулышев"),
 ("Айгуль Кулышевой", "Айгуль Кулышева"), ("Далеру Шарифзоде", "Далер Шарифзода"),
 ("Тофига Гасанлы", "Тофиг Гасанлы"), ("Ильдаром Гайнутдиновым", "Ильдар Гайнутдинов"),
 ("Марфу Степанову", "Марфа Степанова"), ("Алеся Беляцкого", "Алесь Беляцкий"),
 ("Сергея Мацкевича", "Сергей Мацкевич"), ("Ирины Савицкой", "Ирина Савицкая"),
 ("Бахрома Юсупова", "Бахром Юсупов"), ("Нигоре Шарифовой", "Нигора Шарифова"),
 ("Жылдыз Токтобаевой", "Жылдыз Токтобаева"), ("Канышай Мамыркуловой", "Канышай Мамыркулова"),
 ("Улугбека Назарова", "Улугбек Назаров"), ("Эльчином Садыговым", "Эльчин Садыгов"),
 ("Виктору Бабарико", "Виктор Бабарико"), ("Ольги Ковальковой", "Ольга Ковалькова"),
 ("Максима Знака", "Максим Знак"), ("Андрея Гаврилюка", "Андрей Гаврилюк"),
 ("Серикжану Мамырову", "Серикжан Мамыров"),
 ("Айнагуль Курмангалиеву", "Айнагуль Курмангалиева"),
 ("Дауленбаю Сейтмуратову", "Дауленбай Сейтмуратов"),
 ("Кубанычбека Эрматова", "Кубанычбек Эрматов"),
 ("Раисы Гайнутдиновой", "Раиса Гайнутдинова"), ("Тимофея Лаврова", "Тимофей Лавров"),
 ("Гульшод Каримовой", "Гульшод Каримова"), ("Шавката Мирзиёева", "Шавкат Мирзиёев"),
 ("Нурсултане Бекенове", "Нурсултан Бекенов"), ("Ерлану Кожахметову", "Ерлан Кожахметов")]


@pytest.mark.parametrize(("phrase", "nominative"), OBLIQUE)
def test_russian_oblique_names_give_their_nominative(phrase, nominative):
    text = f"Заголовок\nСуд вынес решение по делу {phrase} сегодня."
    assert [p.name for p in extract(text).persons] == [nominative]


def test_russian_oblique_forms_of_short_names_and_squares_mountains_facilities():
    text = ("Заголовок\nВ Уфе задержали двоих, суд Уфы их арестовал. Их держали в "
            "СИЗО №3 и в СИЗО-1, затем в колонии №27. Акция прошла на Пушкинской "
            "площади и на горе Торатау. В городе горячо обсуждали суд.")
    found = mentions_by_name(text, "places")
    assert found == {"Уфа": ["Уфе", "Уфы"], "СИЗО №3": ["СИЗО №3"], "СИЗО-1": ["СИЗО-1"],
                     "колония №27": ["колонии №27"],
                     "Пушкинская площадь": ["Пушкинской площади"],
                     "гора Торатау": ["горе Торатау"]}


def test_english_towns_in_a_list_after_a_preposition_and_after_an_office():
    text = ("Title\nRelatives protested outside the prosecutor's office in Isfara, "
            "his family said. Homes in Gomel, Mazyr and Rechytsa were searched. The "
            "Ministry of Justice and Marat Ivanov said he is held in colony No. 2.")
    found = mentions_by_name(text, "places")
    assert list(found) == ["Isfara", "Gomel", "Mazyr", "Rechytsa", "colony No. 2"]
