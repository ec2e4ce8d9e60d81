# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons and their names in every script: add, edit, save an editor, find, list, show."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.core import attachments, commands
from caseapp.core.edits import AliasEdit, PersonEdit
from caseapp.core.listing import ListManager
from caseapp.domain import names, records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.domain.queries import PersonQuery
from caseapp.domain.views import MergePreview, PersonDetails, PersonRow, PossibleDuplicate
from caseapp.i18n import _
from caseapp.importer.matching import SAME_ALIAS, SAME_KEY, KnownPerson, rank_candidates
from caseapp.store import attachments as attachment_store
from caseapp.store import bulk, person_details, rows
from caseapp.store import persons as person_store

if TYPE_CHECKING:
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


class Persons(ListManager[PersonQuery]):
    """Commands: add, edit, save, add_alias, set_photo, merge, bulk_load."""

    QUERY = PersonQuery

    def _select(self, query: PersonQuery) -> Any:
        return person_store.person_select(query)

    def add(self, person: records.Person,
            aliases: list[AliasInput] | tuple[AliasInput, ...] = ()
            ) -> tuple[records.Person, Changes]:
        """Add a person; the display name always becomes an official alias too."""
        return commands.run(self.book, _("Add Person"), lambda j: self.insert(j, person, aliases))

    def insert(self, journal: Journal, person: records.Person,
               aliases: list[AliasInput] | tuple[AliasInput, ...] = ()) -> records.Person:
        """Add inside an existing command (used by imports, case saves and the demo)."""
        stored = journal.insert(person)
        seen: set[str] = set()
        for alias in [AliasInput(person.display_name), *aliases]:
            key = names.normalize(alias.text)
            if key and key not in seen:
                seen.add(key)
                journal.insert(alias_record(stored.id or 0, alias))
        return stored

    def edit(self, person_id: int, *, aliases: list[AliasInput] | tuple[AliasInput, ...] = (),
             **values: Any) -> tuple[records.Person, Changes]:
        """Set fields and add names, as one command; a new display name is kept as an alias."""
        return commands.run(self.book, _("Edit {what}").format(what=_("Person")),
                            lambda j: self._edit(j, person_id, values, aliases))

    def _edit(self, journal: Journal, person_id: int, values: dict[str, Any],
              aliases: list[AliasInput] | tuple[AliasInput, ...]) -> records.Person:
        person = journal.update(records.Person, person_id, **values)
        known = person_store.alias_keys(person_id)
        for alias in [AliasInput(person.display_name), *aliases]:
            key = names.normalize(alias.text)
            if key and key not in known:
                known.add(key)
                journal.insert(alias_record(person_id, alias))
        return person

    def save(self, edit: PersonEdit) -> tuple[records.Person, Changes]:
        """Add or update a person with names, photo and tags from the editor, as one step."""
        values = dict(edit.values)
        picture = _picture(edit.photo_file) if edit.photo_changed else None
        name = _("Add Person") if edit.person_id is None else _("Edit {what}").format(
            what=_("Person"))
        return commands.run(self.book, name, lambda j: self._save(j, edit, values, picture))

    def _save(self, journal: Journal, edit: PersonEdit, values: dict[str, Any],
              picture: records.Attachment | None) -> records.Person:
        if edit.photo_changed:
            values["photo"] = attachments.keep(journal, picture)
        if edit.person_id is None:
            aliases = [AliasInput(a.text, kind=a.kind) for a in edit.aliases if a.text.strip()]
            person = self.insert(journal, records.Person(**values), aliases)
        else:
            person = journal.update(records.Person, edit.person_id, **values)
            self._write_aliases(journal, person, edit.aliases)
        self.book.tags.set_in(journal, "person", person.id or 0, edit.tags)
        return person

    def _write_aliases(self, journal: Journal, person: records.Person,
                       edits: tuple[AliasEdit, ...]) -> None:
        """Trash removed names, update edited ones, add new ones; the display name stays."""
        current = {a.id: a for a in person_store.aliases(person.id or 0)}
        kept = {e.alias_id for e in edits if e.alias_id in current and names.normalize(e.text)}
        for alias_id in current.keys() - kept:
            journal.set_deleted("person_name", alias_id or 0, True)
        seen: set[str] = set()
        for edit in edits:
            key = names.normalize(edit.text)
            if not key or (key in seen and edit.alias_id not in kept):
                continue
            seen.add(key)
            _write_alias(journal, person.id or 0, edit, current.get(edit.alias_id))
        if names.normalize(person.display_name) not in seen:
            journal.insert(alias_record(person.id or 0, AliasInput(person.display_name)))

    def add_alias(self, person_id: int, alias: AliasInput) -> Changes:
        return commands.run(self.book, _("Add Name"),
                            lambda j: j.insert(alias_record(person_id, alias)))[1]

    def set_photo(self, person_id: int, image: Path | None) -> Changes:
        """Keep the picture ``image`` inside the database as the person's photo.

        It is named by its content, so the same picture is kept once; None removes the
        photo (the picture stays until a purge finds nobody uses it: Undo may need it).
        """
        picture = _picture(image)

        def work(journal: Journal) -> records.Person:
            return journal.update(records.Person, person_id,
                                  photo=attachments.keep(journal, picture))

        return commands.run(self.book, _("Set Photo"), work)[1]

    def photo(self, person: records.Person) -> bytes | None:
        """The bytes of the person's photo, or None."""
        return attachment_store.data(person.photo) if person.photo else None

    def merge_preview(self, keep_id: int, other_id: int) -> MergePreview:
        """Both persons' fields side by side and what would move (nothing is written)."""
        from caseapp.core import person_merge

        return person_merge.preview(keep_id, other_id)

    def merge(self, keep_id: int, other_id: int,
              choices: Mapping[str, str] | None = None) -> tuple[records.Person, Changes]:
        """Move everything of ``other_id`` to ``keep_id`` and trash the other, as one step.

        ``choices`` says, for fields both fill differently, which to keep: "keep" (the
        default), "other", or "both" for notes and contacts (core/person_merge.py).
        """
        from caseapp.core import person_merge

        self.book.backups.safeguard()
        return commands.run(self.book, _("Merge Persons"), lambda j: person_merge.merge(
            j, keep_id, other_id, choices or {}))

    def bulk_load(self, people: list[tuple[str, str, list[str]]]) -> Changes:
        """Load many (name, status, aliases) at once in one transaction; not undoable,
        so a backup is made first."""
        self.book.backups.safeguard()
        with self.book.writing():
            bulk.load_persons(people)
        return Changes(frozenset({"person", "person_name"}), step="")

    def rows(self, ids: list[int]) -> list[PersonRow]:
        return person_store.person_rows(ids)

    def details(self, person_id: int, *, today: date | None = None,
                language: str = "en") -> PersonDetails:
        return person_details.details(person_id, today or date.today(), language)

    def possible_duplicates(self, texts: Sequence[str], *, exclude: int | None = None
                            ) -> list[PossibleDuplicate]:
        """Stored persons with a name or alias equal to one of ``texts`` in any script
        (same normalised text, same transliteration key or the same words in another
        order); spelling variants that only look alike are not duplicates."""
        found: dict[int, tuple[set[str], str]] = {}
        for text in filter(None, (t.strip() for t in texts)):
            for pk, uid, name, aliases in person_store.names_of(person_store.candidate_ids(text)):
                for match in rank_candidates(text, [KnownPerson(uid, name, aliases)], limit=1):
                    if pk != exclude and match.reason in (SAME_ALIAS, SAME_KEY):
                        found.setdefault(pk, (set(), match.reason))[0].add(text)
        rows_by_id = {row.id: row for row in self.rows(list(found))}
        return [PossibleDuplicate(rows_by_id[pk], tuple(sorted(matched)), _born(pk), reason)
                for pk, (matched, reason) in found.items() if pk in rows_by_id]

    def resolve(self, reference: str) -> int:
        """A person id from a uid, the start of one as lists show it (at least 8 characters,
        one live person), or a name search that matches exactly one person."""
        if not reference.strip():  # an empty search matches everyone: never "the one" person
            raise NotFound(_("No person matches “{text}”").format(text=reference))
        by_uid = rows.id_for_uid("person", reference.strip()) or self._by_shown_uid(reference)
        if by_uid is not None:
            return by_uid
        exact = person_store.persons_with_name_key(reference)
        matches = exact or person_store.person_ids(PersonQuery(text=reference))
        if not matches:
            raise NotFound(_("No person matches “{text}”").format(text=reference))
        if len(matches) > 1:
            raise Ambiguous(_("“{text}” matches {count} persons; use a uid").format(
                text=reference, count=len(matches)))
        return matches[0]

    @staticmethod
    def _by_shown_uid(reference: str) -> int | None:
        text = reference.strip().lower()
        if len(text) < 8 or any(char not in "0123456789abcdef-" for char in text):
            return None
        found = rows.live_ids_by_uid_prefix("person", text)
        return found[0] if len(found) == 1 else None


def _born(person_id: int) -> str:
    born = rows.get(records.Person, person_id).birth_date
    return born.display() if born else ""


def _picture(image: Path | None) -> records.Attachment | None:
    """The chosen picture read and checked before the command's transaction starts."""
    return attachments.read_picture(Path(image)) if image is not None else None


def _write_alias(journal: Journal, person_id: int, edit: AliasEdit,
                 old: records.PersonName | None) -> None:
    record = alias_record(person_id, AliasInput(edit.text, kind=edit.kind))
    if old is None:
        journal.insert(record)
    elif (old.text, old.kind) != (record.text, record.kind):
        journal.update(records.PersonName, old.id or 0, text=record.text, kind=record.kind,
                       script=record.script, language=record.language)
