# SPDX-License-Identifier: GPL-3.0-or-later
"""Which stored persons a new name duplicates: the same name in any script or word
order, never a mere look-alike (issue 11, 3)."""

from __future__ import annotations

import pytest

from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate


@pytest.fixture
def stored(book) -> dict[str, int]:
    erlan, _ = book.persons.add(
        records.Person(display_name="Ерлан Қуанышбаев", birth_date=PartialDate(1988, 4)),
        [AliasInput("Yerlan Kuanyshbayev", kind="transliteration")])
    daughter, _ = book.persons.add(records.Person(display_name="Айгерім Қуанышбаева"))
    return {"erlan": erlan.id, "daughter": daughter.id}


@pytest.mark.parametrize("typed", ["Ерлан Қуанышбаев", "ерлан  куанышбаев", "Erlan Kuanyshbaev",
                                   "Қуанышбаев Ерлан", "YERLAN KUANYSHBAYEV"])
def test_the_same_name_in_any_script_or_order_is_a_duplicate(book, stored, typed) -> None:
    found = book.persons.possible_duplicates([typed])
    assert [item.row.id for item in found] == [stored["erlan"]]
    assert found[0].names == (typed.strip(),) and found[0].birth_date == "04.1988"


@pytest.mark.parametrize("typed", ["Ерлан Қуанышбаева", "Ерлан Қуаныш", "Қуанышбаев", ""])
def test_look_alikes_and_parts_are_not_duplicates(book, stored, typed) -> None:
    assert book.persons.possible_duplicates([typed]) == []


def test_an_alias_typed_in_the_form_counts_and_the_edited_person_does_not(book, stored) -> None:
    texts = ["Someone Else", "Aigerim Kuanyshbayeva"]
    assert [i.row.id for i in book.persons.possible_duplicates(texts)] == [stored["daughter"]]
    assert book.persons.possible_duplicates(texts, exclude=stored["daughter"]) == []


def test_a_trashed_person_is_no_duplicate(book, stored) -> None:
    book.trash.delete(records.Person, stored["erlan"])
    assert book.persons.possible_duplicates(["Ерлан Қуанышбаев"]) == []
