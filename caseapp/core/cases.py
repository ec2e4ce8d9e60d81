# SPDX-License-Identifier: GPL-3.0-or-later
"""Cases, who is party to them, the charges, and the criminal-code articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from caseapp.core import commands
from caseapp.core.edits import CaseEdit, ChargeEdit, PartyEdit
from caseapp.core.labels import record_label
from caseapp.core.listing import ListManager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import NotFound
from caseapp.domain.queries import CaseQuery
from caseapp.domain.views import CaseDetails, CaseListRow
from caseapp.i18n import _
from caseapp.store import cases as case_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal


class Cases(ListManager[CaseQuery]):
    """Commands: add, edit, save, add_party, add_charge."""

    QUERY = CaseQuery

    def _select(self, query: CaseQuery) -> Any:
        return case_store.case_select(query)

    def add(self, case: records.Case) -> tuple[records.Case, Changes]:
        return commands.add(self.book, case, _("Add Case"))

    def edit(self, case_id: int, **values: Any) -> tuple[records.Case, Changes]:
        return commands.edit(self.book, records.Case, case_id, values)

    def add_party(self, case_id: int, person_id: int, role: str = "defendant") -> Changes:
        party = records.CaseParty(case_id=case_id, person_id=person_id, role=role)
        return commands.add(self.book, party, _("Add Case Party"))[1]

    def add_charge(self, case_id: int, person_id: int, article: str | int, *, part: str = "",
                   code: str | None = None, country: str | None = "KZ",
                   wording: str = "") -> Changes:
        """Charge a person under an article of the shipped codes: its id, or its number
        ("274", "207.3") or words of its title (see Codes.resolve)."""
        article_id = (article if isinstance(article, int)
                      else self.book.codes.resolve(article, country=country, code=code))
        charge = records.Charge(case_id=case_id, person_id=person_id, part=part,
                                article_id=article_id, wording=wording)
        return commands.add(self.book, charge, _("Add Charge"))[1]

    def save(self, edit: CaseEdit) -> tuple[records.Case, Changes]:
        """Add or update a case with its parties, charges and tags from the editor, as one step.

        Persons typed into a party line as new are created in the same command.
        """
        name = _("Add Case") if edit.case_id is None else _("Edit {what}").format(
            what=record_label(records.Case))
        return commands.run(self.book, name, lambda journal: self._save(journal, edit))

    def _save(self, journal: Journal, edit: CaseEdit) -> records.Case:
        if edit.case_id is None:
            case, current = journal.insert(records.Case(**edit.values)), None
        else:
            case = journal.update(records.Case, edit.case_id, **edit.values)
            current = case_store.case_details(edit.case_id)
        case_id = case.id or 0
        people = self._write_parties(journal, case_id, edit.parties, current)
        _write_charges(journal, case_id, edit.charges, people, current)
        self.book.tags.set_in(journal, "case_file", case_id, edit.tags)
        return case

    def _write_parties(self, journal: Journal, case_id: int, edits: tuple[PartyEdit, ...],
                       current: CaseDetails | None) -> dict[int, int]:
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
                new = records.Person(display_name=edit.person.name)
                person_id = self.book.persons.insert(journal, new).id or 0
            people[edit.key] = person_id
            old = existing.get(edit.party_id) if edit.party_id is not None else None
            if (person_id, edit.role) in seen and old is None:
                continue
            seen.add((person_id, edit.role))
            _write_party(journal, case_id, person_id, edit.role, old)
        return people

    def article_id(self, article: str, *, code: str = "criminal", country: str = "KZ") -> int:
        found = case_store.article_id(country, code, article.strip())
        if found is None:
            raise NotFound(_("Article {article} of the {code} code is not in the list").format(
                article=article, code=code))
        return found

    def articles(self, country: str = "KZ") -> list[records.CodeArticle]:
        return case_store.articles(country)

    def rows(self, ids: list[int]) -> list[CaseListRow]:
        return case_store.case_rows(ids)

    def details(self, case_id: int, language: str = "en") -> CaseDetails:
        return case_store.case_details(case_id, language)

    def resolve(self, reference: str) -> int:
        """A case id from its case number (when one live case has it) or its uid."""
        found = case_store.case_by_number(reference.strip())
        return found if found is not None else self._by_uid("case_file", reference, _("Cases"))


def _write_party(journal: Journal, case_id: int, person_id: int, role: str,
                 old: Any) -> None:
    if old is None:
        journal.insert(records.CaseParty(case_id=case_id, person_id=person_id, role=role))
    elif (old.person_id, old.role) != (person_id, role):
        journal.update(records.CaseParty, old.id, person_id=person_id, role=role)


def _write_charges(journal: Journal, case_id: int, edits: tuple[ChargeEdit, ...],
                   people: dict[int, int], current: CaseDetails | None) -> None:
    existing = {charge.id for charge in current.charges} if current else set()
    kept = {edit.charge_id for edit in edits if edit.charge_id in existing}
    for charge_id in existing - kept:
        journal.set_deleted("charge", charge_id, True)
    for edit in edits:
        person_id = people[edit.party_key] if edit.party_key is not None else edit.person_id
        charge = records.Charge(case_id=case_id, person_id=person_id or 0,
                                article_id=edit.article_id, part=edit.part, wording=edit.wording)
        if edit.charge_id is not None and edit.charge_id in existing:
            journal.update(records.Charge, edit.charge_id, **_charge_fields(charge))
        else:
            journal.insert(charge)


def _charge_fields(charge: records.Charge) -> dict[str, Any]:
    return {name: getattr(charge, name) for name in records.Charge.editable_fields()}
