# SPDX-License-Identifier: GPL-3.0-or-later
"""Report wording per language: dates, month names, terms and enum labels."""

from __future__ import annotations

import re
from datetime import date

import pytest

from caseapp import i18n
from caseapp.domain.enums import PACE_CRITERIA, FacilityKind, PersonStatus
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import Term
from caseapp.reports.data import Alias, PersonRef, ReportOptions
from caseapp.reports.labels import NBSP, Labels
from caseapp.reports.vocab import ENUMS

DAY = date(2019, 8, 25)
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
#: Every (kind, value) a report words: the enums' members and the PACE criteria.
VALUES = [(kind, member.value) for kind, enum in ENUMS.items() for member in enum] + [
    ("pace", key) for key, _label in PACE_CRITERIA]


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
    ("ru", Term(1, 2, 5), "1 год 2 месяца 5 дней"),
    ("ru", Term(11, 1, 21), "11 лет 1 месяц 21 день"),
    ("ru", Term(22, 3, 0), "22 года 3 месяца"), ("ru", Term(21, 0, 2), "21 год 2 дня"),
    ("kk", Term(5, 6, 1), "5 жыл 6 ай 1 күн"), ("kk", Term(1), "1 жыл")])
def test_terms_use_each_language_plural(language: str, term: Term, expected: str) -> None:
    described = Labels(language).term(term)
    assert described.replace(NBSP, " ") == expected
    assert not re.search(r"\d ", described)  # a number keeps its unit on its line


def test_dates_never_break_inside() -> None:
    assert Labels("ru").day(DAY) == f"25{NBSP}августа{NBSP}2019{NBSP}г."
    assert Labels("kk").partial(PartialDate(2019, 8)) == f"2019{NBSP}жылғы{NBSP}тамыз"
    assert Labels("kk").day(DAY) == f"2019{NBSP}жылғы{NBSP}25{NBSP}тамыз"
    assert Labels("en").day(DAY) == f"25{NBSP}August{NBSP}2019"


@pytest.mark.parametrize("language, expected", [
    ("kk", "2025 жылғы 17 наурыз, дүйсенбі"), ("ru", "понедельник, 17 марта 2025 г."),
    ("en", "Monday, 17 March 2025")])
def test_weekday_and_day(language: str, expected: str) -> None:
    assert plain(Labels(language).weekday_and_day(date(2025, 3, 17))) == expected


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_enum_value_is_worded_from_the_catalog(language: str) -> None:
    labels = Labels(language)
    untranslated = [(kind, value, labels.enum(kind, value)) for kind, value in VALUES
                    if not CYRILLIC.search(labels.enum(kind, value))]
    assert untranslated == []


def test_english_report_words_exist_for_every_enum_value() -> None:
    labels = Labels("en")
    assert [(kind, value) for kind, value in VALUES if not labels.enum(kind, value)] == []


def test_report_words_and_window_labels() -> None:
    """A report words some values its own way ("in detention"), others by the enum label."""
    english, kazakh = Labels("en"), Labels("kk")
    assert english.enum("status", "detained") == "in detention"
    assert PersonStatus.DETAINED.label(i18n.translation("en").gettext) == "detained"
    assert kazakh.enum("status", "detained") == "қамауда"
    assert PersonStatus.DETAINED.label(i18n.translation("kk").gettext) == "ұсталған"
    assert Labels("ru").enum("facility", "pretrial") == "следственный изолятор (СИЗО)"
    assert Labels("ru").enum("facility", "pretrial") == FacilityKind.PRETRIAL.label(
        i18n.translation("ru").gettext)


def test_unknown_values_print_as_themselves() -> None:
    assert Labels("en").enum("status", "brand_new") == "brand new"
    assert Labels("kk").enum("no_such_kind", "x_y") == "x y"


def test_the_report_language_does_not_follow_the_interface() -> None:
    i18n.set_language("ru")
    try:
        labels = Labels("kk")
        assert labels.pgettext("report", "Identity") == "Жеке деректер"
        assert labels.enum("status", "sentenced") == "сотталған"
        assert labels.notice(public=True) == "Көпшілікке таратуға арналған"
    finally:
        i18n.set_language("en")


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
