# SPDX-License-Identifier: GPL-3.0-or-later
"""Report wording per language: dates, month names, terms and enum labels."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import Term
from caseapp.reports.data import Alias, PersonRef, ReportOptions
from caseapp.reports.labels import TEXT, Labels
from caseapp.reports.vocab import VOCAB

DAY = date(2019, 8, 25)


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize("language, expected", [
    ("kk", "2019 жылғы 25 тамыз"), ("ru", "25 августа 2019 г."), ("en", "25 August 2019")])
def test_full_dates_follow_the_report_language(language: str, expected: str) -> None:
    assert plain(Labels(language).day(DAY)) == expected


@pytest.mark.parametrize("language, month, year", [
    ("kk", "2019 жылғы тамыз", "2019 ж."), ("ru", "август 2019 г.", "2019 г."),
    ("en", "August 2019", "2019")])
def test_partial_dates(language: str, month: str, year: str) -> None:
    labels = Labels(language)
    assert plain(labels.partial(PartialDate(2019, 8))) == month
    assert plain(labels.partial(PartialDate(2019))) == year
    assert labels.partial(None) == ""


@pytest.mark.parametrize("language, term, expected", [
    ("en", Term(1, 6, 0), "1 year, 6 months"), ("en", Term(7), "7 years"),
    ("ru", Term(1, 2, 5), "1 год 2 месяца 5 дней"), ("ru", Term(11, 1, 21), "11 лет 1 месяц 21 день"),
    ("ru", Term(22, 3, 0), "22 года 3 месяца"), ("kk", Term(5, 6, 1), "5 жыл 6 ай 1 күн")])
def test_terms_use_each_language_plural(language: str, term: Term, expected: str) -> None:
    assert Labels(language).term(term) == expected


def test_every_label_has_three_non_empty_languages() -> None:
    for key, triple in TEXT.items():
        assert len(triple) == 3 and all(triple), key
    for kind, values in VOCAB.items():
        for value, triple in values.items():
            assert len(triple) == 3 and all(triple), (kind, value)


def test_enum_labels_and_unknown_values() -> None:
    assert Labels("kk").enum("status", "detained") == "қамауда"
    assert Labels("ru").enum("facility", "pretrial") == "следственный изолятор (СИЗО)"
    assert Labels("en").enum("status", "brand_new") == "brand new"


def test_names_prefer_the_alias_of_the_report_language() -> None:
    person = PersonRef("Алия Сарсенбаева", (Alias("Әлия Сәрсенбаева", "cyrillic", "kk"),
                                            Alias("Aliya Sarsenbayeva", "latin", "en")))
    assert person.name_in("kk") == "Әлия Сәрсенбаева"
    assert person.name_in("ru") == "Алия Сарсенбаева"
    assert person.name_in("en") == "Aliya Sarsenbayeva"
    assert person.other_names("en") == ("Алия Сарсенбаева", "Әлия Сәрсенбаева")
    latin_only = PersonRef("Ivan Petrov", (Alias("Иван Петров", "cyrillic"),))
    assert latin_only.name_in("ru") == "Иван Петров"


def test_unknown_report_language_is_refused() -> None:
    from caseapp.domain.errors import Invalid
    with pytest.raises(Invalid):
        ReportOptions(generated_on=DAY, language="de")
