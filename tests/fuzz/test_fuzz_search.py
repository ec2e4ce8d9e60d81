# SPDX-License-Identifier: GPL-3.0-or-later
"""Search queries, fuzzed: the MATCH text holds only quoted terms, and a real search
through a Casebook (every list's search box and the global search) never meets an FTS5
syntax error or crashes, answers with a list and a page that adds up; a person with a
hostile name is found by that name."""

from __future__ import annotations

import re

from hypothesis import given

from caseapp.core.casebook import Casebook
from caseapp.domain import names, records
from caseapp.domain.errors import Invalid
from caseapp.domain.queries import (
    ActionQuery,
    CaseQuery,
    HearingQuery,
    PersonQuery,
    SourceQuery,
)
from caseapp.domain.views import SearchHit
from caseapp.store import search
from fuzz import strategies as hostile
from fuzz.profiles import examples, ran_input

_TERM = r'"(?:[^"]|"")*"\*'
_GROUP = rf"\({_TERM}(?: OR {_TERM})*\)"
_EXPRESSION = re.compile(rf"{_GROUP}(?: AND {_GROUP})*")
queries = hostile.names | hostile.hostile_chars | hostile.any_text | hostile.runs(2_000)
_LISTS = (("persons", PersonQuery), ("cases", CaseQuery), ("hearings", HearingQuery),
          ("actions", ActionQuery), ("sources", SourceQuery))


@given(queries)
@examples(quick=40, slow=2500)
def test_match_expression_holds_only_quoted_terms(query: str) -> None:
    ran_input()
    expression = search.match_expression(query)
    assert (expression is None) == (not names.words(query))
    assert expression is None or _EXPRESSION.fullmatch(expression), expression


@given(queries)
@examples(quick=20, slow=800)
def test_every_search_box_takes_any_query(fuzz_book: Casebook, query: str) -> None:
    ran_input()
    hits = fuzz_book.search(query)
    assert isinstance(hits, list) and all(isinstance(hit, SearchHit) for hit in hits)
    assert len(hits) <= 50
    for attribute, query_class in _LISTS:
        page = getattr(fuzz_book, attribute).page(query_class(text=query), 0, 20)
        assert len(page.ids) == min(20, page.total) and len(set(page.ids)) == len(page.ids)


@given(hostile.names)
@examples(quick=10, slow=400)
def test_a_person_is_found_by_a_hostile_name(fuzz_book: Casebook, name: str) -> None:
    ran_input()
    try:
        person, _ = fuzz_book.persons.add(records.Person(display_name=name))
    except Invalid as refused:  # a blank name is refused, naming the field
        assert not name.strip() and refused.field == "display_name"
        return
    if names.words(name):
        assert person.id in fuzz_book.persons.ids(PersonQuery(text=name))
        assert person.id in {hit.id for hit in fuzz_book.search(name, limit=10_000)
                             if hit.entity == "person"}
