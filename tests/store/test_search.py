# SPDX-License-Identifier: GPL-3.0-or-later
"""Search: any spelling finds a person; user input never becomes FTS5 syntax."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.store import search

ERLAN = "Ерлан Қуанышбаев"


@pytest.fixture
def people(book) -> dict[str, int]:
    """Erlan among namesakes that share one of his words but are other people."""
    found = {}
    for name in (ERLAN, "Ғалым Қуанышбаев", "Ерлан Абенов", "Айгүл Жақсылықова",
                 "Kassymzhanov Bolat", "Иван Петров"):
        person, _ = book.persons.add(records.Person(display_name=name))
        found[name] = person.id
    return found


def person_labels(book, text: str) -> list[str]:
    return [hit.label for hit in book.search(text) if hit.entity == "person"]


@pytest.mark.parametrize("query", [
    "Қуанышбаев", "Куанышбаев", "kuanyshbaev", "KUANYSHBAYEV", "Ерлан Куаныш",
    "ерлан қуанышбаев", "Yerlan Kuanyshbayev", "Kuanysh", "куанышбаев ерлан",
])
def test_every_spelling_finds_erlan(book, people, query: str) -> None:
    labels = person_labels(book, query)
    assert ERLAN in labels
    assert "Иван Петров" not in labels and "Ерлан Абенов" not in labels
    assert people[ERLAN] in book.persons.ids(text=query)


def test_all_words_must_match(book, people) -> None:
    assert person_labels(book, "Ерлан Куаныш") == [ERLAN]
    assert sorted(person_labels(book, "Куанышбаев")) == sorted([ERLAN, "Ғалым Қуанышбаев"])
    assert person_labels(book, "Ерлан Петров") == []


@pytest.mark.parametrize("query, expected", [
    ("Zhaksylyqova", "Айгүл Жақсылықова"),
    ("Касымжанов", "Kassymzhanov Bolat"),
    ("petrov", "Иван Петров"),
])
def test_cross_script_queries(book, people, query: str, expected: str) -> None:
    assert person_labels(book, query) == [expected]


def test_aliases_and_notes_are_searched(book, people) -> None:
    book.persons.add(records.Person(display_name="Бекзат Оспанов", notes="Blogger from Жаңаөзен"),
                     [AliasInput("Bekzat the Printer", "nickname")])
    assert person_labels(book, "printer") == ["Бекзат Оспанов"]
    assert person_labels(book, "Жанаозен") == ["Бекзат Оспанов"]
    assert person_labels(book, "zhanaozen") == ["Бекзат Оспанов"]


NASTY = [
    'AND OR "* NEAR( -:^', '"', '""', "*", "(", ")", "NEAR(a b, 2)", "a:b", "-Ерлан",
    "^Ерлан", "Ерлан*", "terms:kuanyshbaev", "entity:person", "'; DROP TABLE person; --",
    "{terms}: x", "a OR b", "NOT", "\\", "\x00", "   ", "", "🙂", "ß", "Ерлан\"Қуанышбаев",
]


@pytest.mark.parametrize("query", NASTY)
def test_fts_syntax_in_user_input_is_harmless(book, people, query: str) -> None:
    hits = book.search(query)
    assert isinstance(hits, list)
    assert isinstance(book.persons.ids(text=query), list)
    assert book.maintenance.check() == []
    assert book.persons.ids() != []  # nothing was dropped


def test_syntax_characters_around_a_name_still_find_it(book, people) -> None:
    for query in ('"Қуанышбаев"', "Қуанышбаев*", "(Ерлан) -Куаныш", "Ерлан:Куаныш", "^ерлан"):
        assert ERLAN in person_labels(book, query), query


QUOTED_PREFIX = re.compile(r'"(?:[^"]|"")*"\*')


def assert_only_quoted_terms(expression: str) -> None:
    """Outside the quoted prefix terms there is nothing but AND, OR and parentheses."""
    skeleton = QUOTED_PREFIX.sub("T", expression)
    assert re.fullmatch(r"\(T( OR T)*\)( AND \(T( OR T)*\))*", skeleton), expression


def test_match_expression_quotes_every_form() -> None:
    expression = search.match_expression('NEAR("x" AND y*')
    assert expression == '("near"*) AND ("h"* OR "x"*) AND ("and"*) AND ("i"* OR "y"*)'
    assert search.match_expression("  !!  ") is None
    for query in NASTY:
        expression = search.match_expression(query)
        if expression is not None:
            assert_only_quoted_terms(expression)


@given(st.text())
def test_match_expression_never_lets_syntax_through(query: str) -> None:
    expression = search.match_expression(query)
    if expression is not None:
        assert_only_quoted_terms(expression)


def test_case_numbers_and_source_texts_are_found(book, people) -> None:
    book.cases.add(records.Case(case_number="2019-07510-001", title="Pickets"))
    book.sources.add(records.Source(
        title="Court news", full_text="Суд арестовал активиста после одиночного пикета."))
    hits = {(hit.entity, hit.label) for hit in book.search("07510")}
    assert ("case_file", "2019-07510-001") in hits
    assert ("case_file", "2019-07510-001") in {(h.entity, h.label)
                                               for h in book.search("2019-07510-001")}
    for word in ("пикета", "пикет", "piket", "одиночного"):
        assert ("source", "Court news") in {(h.entity, h.label) for h in book.search(word)}, word
    assert book.search("07511") == []


def test_deleted_persons_are_not_found_until_restored(book, people) -> None:
    book.trash.delete(records.Person, people[ERLAN])
    assert ERLAN not in person_labels(book, "kuanyshbaev")
    assert people[ERLAN] not in book.persons.ids(text="kuanyshbaev")
    assert people[ERLAN] not in book.persons.ids()
    book.undo_step()
    assert ERLAN in person_labels(book, "kuanyshbaev")


def test_renamed_person_is_found_by_the_new_name(book, people) -> None:
    book.persons.edit(people["Иван Петров"], display_name="Иван Сидоров")
    assert person_labels(book, "Сидоров") == ["Иван Сидоров"]
    assert person_labels(book, "sidorov") == ["Иван Сидоров"]
    book.undo_step()
    assert person_labels(book, "Сидоров") == []
    assert person_labels(book, "Петров") == ["Иван Петров"]


def test_removed_alias_no_longer_finds_the_person(book, people) -> None:
    book.persons.add_alias(people[ERLAN], AliasInput("Zharkynbek Nickname", "nickname"))
    assert person_labels(book, "Zharkynbek") == [ERLAN]
    book.undo_step()
    assert person_labels(book, "Zharkynbek") == []
    book.redo_step()
    assert person_labels(book, "Zharkynbek") == [ERLAN]


def test_search_by_name_key_for_resolve(book, people) -> None:
    assert book.persons.resolve("Yerlan Kuanyshbayev") == people[ERLAN]
    assert book.persons.resolve(book.get(records.Person, people[ERLAN]).uid) == people[ERLAN]


def test_person_filters_by_facility_and_detention_dates(book):
    from datetime import date

    from caseapp.domain.partial_date import PartialDate

    facility, _ = book.custody.add_facility(records.Facility(name="СИЗО-1"))
    held, _ = book.persons.add(records.Person(display_name="Held Now"))
    freed, _ = book.persons.add(records.Person(display_name="Released Earlier"))
    month_only, _ = book.persons.add(records.Person(display_name="Month Only"))
    book.custody.add_detention(records.Detention(
        person_id=held.id, facility_id=facility.id, start=PartialDate(2024, 3, 12)))
    book.custody.add_detention(records.Detention(
        person_id=freed.id, facility_id=facility.id, start=PartialDate(2023, 1, 5),
        end=PartialDate(2023, 2, 1)))
    book.custody.add_detention(records.Detention(person_id=month_only.id,
                                                 start=PartialDate(2024, 3)))
    assert book.persons.ids(facility_id=facility.id) == [held.id]
    in_march = book.persons.ids(detained_from=date(2024, 3, 1), detained_to=date(2024, 3, 31))
    assert sorted(in_march) == sorted([held.id, month_only.id])
    assert book.persons.ids(detained_to=date(2023, 12, 31)) == [freed.id]


def test_actions_are_found_by_title_in_any_script(book):
    action, _ = book.actions.add(records.Action(title="Хат Қуанышбаевқа", kind="letter"))
    book.actions.add(records.Action(title="Petition to the embassy", kind="petition"))
    assert book.actions.ids(text="хат") == [action.id]
    assert book.actions.ids(text="khat") == [action.id]
