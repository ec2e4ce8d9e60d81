# SPDX-License-Identifier: GPL-3.0-or-later
"""Procedural deadlines through the core: derived from the records, on the dashboard,
marked done or not applicable as one undoable, audited command."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import records
from caseapp.domain.errors import Invalid, NotFound
from caseapp.domain.partial_date import PartialDate

TODAY = date(2024, 3, 15)


@pytest.fixture
def sentenced(book):
    """A person sentenced on 1 March 2024 to 6 years for a grave crime (art. 274 ч. 2
    allows up to 84 months in the shipped code list, so parole comes at half the term),
    and another held pre-trial since 20 January 2024."""
    person, _ = book.persons.add(records.Person(display_name="Ерлан Қуанышбаев",
                                                status="sentenced"))
    case, _ = book.cases.add(records.Case(case_number="2024-001", title="Posts"))
    book.cases.add_party(case.id, person.id, "defendant")
    book.cases.add_charge(case.id, person.id, "274", part="2")
    sentence, _ = book.custody.add_sentence(records.Sentence(
        person_id=person.id, case_id=case.id, date=date(2024, 3, 1), kind="prison", years=6))
    other, _ = book.persons.add(records.Person(display_name="Айгүл Серікова",
                                               status="detained"))
    book.custody.add_detention(records.Detention(person_id=other.id, kind="pretrial",
                                                 start=PartialDate(2024, 1, 20)))
    return person, other, sentence


def test_deadlines_come_from_sentences_and_detentions(book, sentenced) -> None:
    person, other, sentence = sentenced
    rows = book.deadlines.upcoming(10, today=TODAY)
    assert [(r.deadline.kind, r.deadline.due, r.who, r.case_number) for r in rows] == [
        ("appeal", date(2024, 3, 16), "Ерлан Қуанышбаев", "2024-001"),
        ("detention_limit", date(2024, 3, 20), "Айгүл Серікова", "")]
    assert rows[0].deadline.describe(TODAY) == "appeal window closes in 1 day"
    kinds = {r.deadline.kind: r.deadline.due for r in book.deadlines.of_person(person.id)}
    # half of the term's 2191 days is 1095.5, rounded up: 1096 days after 1 March 2024
    assert kinds == {"appeal": date(2024, 3, 16), "parole": date(2027, 3, 2),
                     "sentence_end": date(2030, 3, 1)}


def test_the_dashboard_shows_the_next_deadlines(book, sentenced) -> None:
    figures = book.dashboard(TODAY)
    assert [r.deadline.kind for r in figures.deadlines] == ["appeal", "detention_limit"]
    assert book.dashboard(date(2024, 4, 15)).deadlines == ()  # passed more than 7 days ago


def test_marking_a_deadline_is_one_undoable_audited_command(book, sentenced) -> None:
    _person, _other, sentence = sentenced
    key = f"appeal:{sentence.uid}"
    changes = book.deadlines.mark(f"appeal:{sentence.uid[:8]}", "done", "filed on 10.03")
    assert changes.step == "Mark Deadline" and changes.touches("deadline_mark")
    assert [r.deadline.kind for r in book.deadlines.upcoming(10, today=TODAY)] == [
        "detention_limit"]
    marked = book.deadlines.upcoming(10, today=TODAY, open_only=False)
    assert [(r.deadline.key, r.deadline.state) for r in marked][0] == (key, "done")
    assert book.maintenance.audit_log()[0].command == "Mark Deadline"
    book.deadlines.mark(key, "not-applicable")
    assert book.undo.undo_name() == "Mark Deadline"
    book.undo_step()
    assert book.deadlines.resolve(key).state == "done"
    book.undo_step()
    assert book.deadlines.resolve(key).state == "open"
    book.redo_step()
    assert book.deadlines.resolve(key).state == "done"


def test_bad_marks_are_refused_with_a_message(book, sentenced) -> None:
    with pytest.raises(NotFound, match="appeal:zzzz"):
        book.deadlines.mark("appeal:zzzz", "done")
    _person, _other, sentence = sentenced
    with pytest.raises(Invalid, match="not one of"):
        book.deadlines.mark(f"appeal:{sentence.uid}", "finished")


def test_a_trashed_person_has_no_deadlines(book, sentenced) -> None:
    person, other, _sentence = sentenced
    book.trash.delete(records.Person, other.id)
    assert [r.deadline.kind for r in book.deadlines.upcoming(10, today=TODAY)] == ["appeal"]


def test_the_dossier_lists_the_persons_deadlines(book, sentenced, tmp_path) -> None:
    from tests.core.test_reports_core import text_of

    person, _other, sentence = sentenced
    book.deadlines.mark(f"sentence_end:{sentence.uid}", "not_applicable")
    out = book.reports.dossier(person.id, tmp_path / "d.pdf",
                               book.reports.options(language="en", generated_on=TODAY))
    text = text_of(out)
    assert "Procedural deadlines" in text
    assert "16 March 2024 appeal window closes УПК РК ст. 416 * open" in text
    assert "2 March 2027 eligible for parole УК РК ст. 72 ч. 3 * open" in text
    assert "not applicable" in text
    assert "was not checked against the code" in text


def test_purging_a_person_purges_the_marks_of_their_deadlines(book, sentenced) -> None:
    from caseapp.store import deadlines as deadline_store

    person, _other, sentence = sentenced
    book.deadlines.mark(f"appeal:{sentence.uid}", "done", "filed by the lawyer")
    book.trash.delete(records.Person, person.id)
    book.trash.purge([person.uid])
    with book.bound():
        assert deadline_store.marks() == {}
