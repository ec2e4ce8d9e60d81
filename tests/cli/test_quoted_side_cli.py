# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 10: `caseapp import-article --apply` never charges, holds or marks as detained a
lawyer, relative, judge or official the article quotes or names beside the detainee.

Each article names the lawyer in another form (before or after the role word, in the
genitive after "по словам", with "оның адвокаты", "his lawyer X said", "адвокат X
считает", a woman's name after a masculine role word); the detainee must still get the
custody or charge, so the test fails both when the lawyer is charged and when nobody is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook

ARTICLES = {
    "ru_genitive_woman": (
        "Активиста Нурбека Кулышева арестовали на 10 суток\n"
        "Суд Алматы 4 марта арестовал на 10 суток активиста Нурбека Кулышева. По словам его "
        "адвоката Эльвиры Мухаметшиной, задержанных доставили в отдел полиции ночью. Судья "
        "Ержан Баймуратов отказал в вызове свидетелей. Мать активиста Сауле Кулышева "
        "пришла к зданию суда.",
        "Нурбек Кулышев", ["Эльвира Мухаметшина", "Ержан Баймуратов", "Сауле Кулышева"]),
    "ru_lawyer_then_detainee": (
        "В Алматы задержали активистку\n"
        "В Алматы 4 марта полиция задержала активистку Айгуль Серикову. По словам ее адвоката "
        "Тимура Бекова, Серикову обвинили в хулиганстве. Адвокат Гульмира Сатпаева считает "
        "обвинение незаконным. Аким города Ерлан Досаев от комментариев отказался.",
        "Айгуль Серикова", ["Тимур Беков", "Гульмира Сатпаева", "Ерлан Досаев"]),
    "kk_onyn_advokaty": (
        "Белсенді Нұрбек Құлышев қамалды\n"
        "Алматы қалалық соты 4 наурызда белсенді Нұрбек Құлышевті 10 тәулікке әкімшілік "
        "қамауға кесті. Бұл туралы Азаттыққа оның адвокаты Ғалия Ермекова хабарлады. "
        "«Сот бейнежазбаны қарамады», — деді Ғалия Ермекова. Белсендінің әкесі Қайрат "
        "Құлышев сот ғимаратының алдында күтті.",
        "Нұрбек Құлышев", ["Ғалия Ермекова", "Қайрат Құлышев"]),
    "en_according_to": (
        "Uralsk activist charged\n"
        "Police in Uralsk on March 4 charged activist Serik Akhmetov with spreading false "
        "information. According to his lawyer, Marat Zhumabayev, he was charged for a "
        "Facebook post. \"The case has no basis,\" his lawyer Aliya Nurlanova said. Akhmetov's "
        "wife, Dana Akhmetova, said police searched their flat.",
        "Serik Akhmetov", ["Marat Zhumabayev", "Aliya Nurlanova", "Dana Akhmetova"]),
}


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_only_the_detainee_gets_custody_or_charges(run, tmp_path: Path, db_path, key):
    text, detainee, others = ARTICLES[key]
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    code, _out, err = run("import-article", str(article), "--published", "2024-03-05",
                          "--apply")
    assert code == 0, err
    with Casebook(db_path) as book:
        held = book.persons.details(book.persons.resolve(detainee))
        assert held.cases or held.detentions, key
        for name in others:
            details = book.persons.details(book.persons.resolve(name))
            assert (details.cases, details.detentions) == ((), ()), name
            assert details.person.status != "detained", name
