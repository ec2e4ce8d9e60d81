# SPDX-License-Identifier: GPL-3.0-or-later
"""Saves the case editor as one undoable command: case, parties, charges and tags.

``save_case`` is what the dialog's CasebookOp runs on the database worker. New
persons typed into a party row are created in the same command, so Undo takes the
whole save back at once.

Warning: these functions run on the worker thread; they take plain values read from
the widgets beforehand and must not touch any widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from caseapp.core.labels import record_label
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.views import CaseDetails
from caseapp.i18n import _

from caseapp.gui.common.pickers import PersonChoice

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal


@dataclass(frozen=True)
class PartyEdit:
    """A line of the parties table; ``key`` is how charges in the dialog refer to it."""

    key: int
    party_id: int | None
    person: PersonChoice
    role: str = "defendant"


@dataclass(frozen=True)
class ChargeEdit:
    """A line of the charges table: the defendant is a party line (``party_key``) or,
    for a stored charge against someone who is not a party, ``person_id``."""

    charge_id: int | None
    party_key: int | None
    person_id: int | None
    article_id: int
    part: str = ""
    wording: str = ""


@dataclass(frozen=True)
class CaseForm:
    """Everything the case editor read from its widgets; ``values`` are Case fields."""

    case_id: int | None
    values: dict[str, Any]
    parties: tuple[PartyEdit, ...] = ()
    charges: tuple[ChargeEdit, ...] = ()
    tags: tuple[str, ...] = ()


def save_case(book: Casebook, form: CaseForm) -> tuple[records.Case, Changes]:
    """Add or update the case with its parties, charges and tags, as one undo step."""
    if form.case_id is None:
        name = _("Add Case")
    else:
        name = _("Edit {what}").format(what=record_label(records.Case))
    return book.run(name, lambda journal: _write(book, journal, form))


def _write(book: Casebook, journal: Journal, form: CaseForm) -> records.Case:
    if form.case_id is None:
        case = journal.insert(records.Case(**form.values))
        current = None
    else:
        case = journal.update(records.Case, form.case_id, **form.values)
        current = book.cases.details(form.case_id)
    people = _write_parties(book, journal, case.id, form.parties, current)
    _write_charges(journal, case.id, form.charges, people, current)
    book.tags.set_in(journal, "case_file", case.id, form.tags)
    return case


def _write_parties(book: Casebook, journal: Journal, case_id: int,
                   edits: tuple[PartyEdit, ...], current: CaseDetails | None) -> dict[int, int]:
    """Write the parties; returns each line's key → its person id."""
    existing = {party.id: party for party in current.parties} if current else {}
    kept = {edit.party_id for edit in edits if edit.party_id in existing}
    for party_id in existing.keys() - kept:
        journal.set_deleted("case_party", party_id, True)
    people: dict[int, int] = {}
    seen: set[tuple[int, str]] = set()
    for edit in edits:
        person_id = edit.person.person_id
        if person_id is None:
            person_id = book.persons.insert(
                journal, records.Person(display_name=edit.person.name)).id
        people[edit.key] = person_id
        old = existing.get(edit.party_id)
        if (person_id, edit.role) in seen and old is None:
            continue
        seen.add((person_id, edit.role))
        if old is None:
            journal.insert(records.CaseParty(case_id=case_id, person_id=person_id,
                                             role=edit.role))
        elif (old.person_id, old.role) != (person_id, edit.role):
            journal.update(records.CaseParty, old.id, person_id=person_id, role=edit.role)
    return people


def _write_charges(journal: Journal, case_id: int, edits: tuple[ChargeEdit, ...],
                   people: dict[int, int], current: CaseDetails | None) -> None:
    existing = {charge.id for charge in current.charges} if current else set()
    kept = {edit.charge_id for edit in edits if edit.charge_id in existing}
    for charge_id in existing - kept:
        journal.set_deleted("charge", charge_id, True)
    for edit in edits:
        person_id = people[edit.party_key] if edit.party_key is not None else edit.person_id
        values = {"case_id": case_id, "person_id": person_id, "article_id": edit.article_id,
                  "part": edit.part, "wording": edit.wording}
        if edit.charge_id in existing:
            journal.update(records.Charge, edit.charge_id, **values)
        else:
            journal.insert(records.Charge(**values))
