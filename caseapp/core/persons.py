# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons and their names in every script: add, find, list, show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp import paths
from caseapp.core import attachments
from caseapp.domain import names, records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.domain.views import PersonDetails, PersonRow
from caseapp.i18n import _
from caseapp.store import bulk, person_queries, queries, rows

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal


@dataclass(frozen=True)
class AliasInput:
    """A name to attach to a person; script and language are guessed when empty."""

    text: str
    kind: str = "official"
    script: str = ""
    language: str = ""


def alias_record(person_id: int, alias: AliasInput) -> records.PersonName:
    text = names.normalize_spacing(alias.text)
    return records.PersonName(person_id=person_id, text=text, kind=alias.kind,
                              script=alias.script or names.script_of(text),
                              language=alias.language or names.language_of_name(text))


class Persons:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def add(self, person: records.Person, aliases: list[AliasInput] = ()) -> tuple[records.Person, Changes]:
        """Add a person; the display name always becomes an official alias too."""
        return self.book.run(_("Add Person"), lambda j: self.insert(j, person, aliases))

    def insert(self, journal: Journal, person: records.Person,
               aliases: list[AliasInput] = ()) -> records.Person:
        """Add inside an existing command (used by imports and the demo)."""
        stored = journal.insert(person)
        seen: set[str] = set()
        for alias in [AliasInput(person.display_name), *aliases]:
            key = names.normalize(alias.text)
            if key and key not in seen:
                seen.add(key)
                journal.insert(alias_record(stored.id, alias))
        return stored

    def bulk_load(self, people: list[tuple[str, str, list[str]]]) -> Changes:
        """Load many (name, status, aliases) at once in one transaction; not undoable."""
        with self.book.database.atomic():
            bulk.load_persons(people)
        return Changes(frozenset({"person", "person_name"}), step="")

    def set_photo(self, person_id: int, image: Path | None) -> Changes:
        """Copy ``image`` into the attachments folder and set it as the person's photo.

        The copy is named by content hash, so the same picture is stored once; None
        removes the photo (the file stays, an undo may need it).
        """
        stored = ""
        if image is not None:
            stored = str(attachments.store_file(Path(image), paths.attachments_dir()))
        return self.book.update(records.Person, person_id, photo=stored)

    def add_alias(self, person_id: int, alias: AliasInput) -> Changes:
        return self.book.run(_("Add Name"), lambda j: j.insert(alias_record(person_id, alias)))[1]

    def ids(self, *, text: str = "", status: str | None = None, tag: str | None = None,
            sort: str = "name", descending: bool = False, facility_id: int | None = None,
            detained_from: date | None = None, detained_to: date | None = None) -> list[int]:
        """Live persons by search text and filters, sorted in SQL (see store.queries)."""
        return queries.person_ids(text=text, status=status, tag=tag, sort=sort,
                                  descending=descending, facility_id=facility_id,
                                  detained_from=detained_from, detained_to=detained_to)

    def rows(self, ids: list[int]) -> list[PersonRow]:
        return queries.person_rows(ids)

    def details(self, person_id: int, *, today: date | None = None,
                language: str = "en") -> PersonDetails:
        return person_queries.details(person_id, today or date.today(), language)

    def resolve(self, reference: str) -> int:
        """A person id from a uid or a name search that matches exactly one person."""
        if not reference.strip():  # an empty search matches everyone: never "the one" person
            raise NotFound(_("No person matches “{text}”").format(text=reference))
        by_uid = rows.id_for_uid("person", reference.strip())
        if by_uid is not None:
            return by_uid
        exact = queries.persons_with_name_key(reference)
        matches = exact or queries.person_ids(text=reference)
        if not matches:
            raise NotFound(_("No person matches “{text}”").format(text=reference))
        if len(matches) > 1:
            raise Ambiguous(_("“{text}” matches {count} persons; use a uid").format(
                text=reference, count=len(matches)))
        return matches[0]
