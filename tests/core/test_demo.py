# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo database is realistic enough to try every feature on."""

from __future__ import annotations

from datetime import timedelta

from caseapp.domain import names

from .conftest import DEMO_TODAY


def test_demo_has_enough_people_in_three_scripts(demo_book) -> None:
    ids = demo_book.persons.ids()
    assert len(ids) >= 60
    aliases = [a for pid in ids for a in demo_book.persons.details(pid, today=DEMO_TODAY).aliases]
    languages = {a.language for a in aliases}
    assert {"kk", "ru", "en"} <= languages
    rows = demo_book.persons.rows(ids)
    statuses = {r.status for r in rows}
    assert {"detained", "sentenced", "house_arrest", "released", "in_exile"} <= statuses
    assert len({names.match_key(r.display_name) for r in rows}) == len(rows)  # no namesakes


def test_erlan_kuanyshbaev_is_in_the_demo(demo_book) -> None:
    hits = [h for h in demo_book.search("kuanyshbaev") if h.entity == "person"]
    assert "Ерлан Қуанышбаев" in [h.label for h in hits]
    details = demo_book.persons.details(demo_book.persons.resolve("Ерлан Қуанышбаев"),
                                        today=DEMO_TODAY)
    assert details.cases and details.cases[0].charges and details.detentions


def test_demo_has_cases_hearings_sentences_actions_and_sources(demo_book) -> None:
    upcoming = demo_book.hearings.upcoming(14, today=DEMO_TODAY)
    assert upcoming
    assert all(DEMO_TODAY <= h.date <= DEMO_TODAY + timedelta(days=14) for h in upcoming)
    assert all(h.defendants for h in upcoming)
    past = demo_book.hearings.missing_outcome(today=DEMO_TODAY)
    assert all(h.date < DEMO_TODAY for h in past)
    sentenced = demo_book.persons.ids(status="sentenced")
    details = demo_book.persons.details(sentenced[0], today=DEMO_TODAY)
    assert details.sentences[0].expected_release is not None
    assert any(demo_book.persons.details(pid, today=DEMO_TODAY).actions
               for pid in demo_book.persons.ids()[:10])
    assert [h for h in demo_book.search("Activist detained") if h.entity == "source"]
    assert len(demo_book.cases.articles()) >= 10
    assert demo_book.maintenance.check() == []


def test_demo_is_deterministic(db_path, demo_book) -> None:
    from caseapp.core.casebook import Casebook
    from caseapp.core.demo import build_demo

    def summary(book) -> list[tuple]:
        return [(r.display_name, r.status, r.facility, r.articles)
                for r in book.persons.rows(book.persons.ids())]

    expected = summary(demo_book)
    demo_book.close()
    with Casebook(db_path) as fresh:
        build_demo(fresh, today=DEMO_TODAY)
        assert summary(fresh) == expected


def test_demo_fixture_date_matches(demo_today) -> None:
    assert demo_today == DEMO_TODAY
