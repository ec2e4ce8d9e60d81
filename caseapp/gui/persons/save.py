# SPDX-License-Identifier: GPL-3.0-or-later
"""Saves the person editor as one undoable command: person, names, photo and tags.

``save_person`` is what the dialog's CasebookOp runs on the database worker. It
goes through the core only (``Casebook.run`` with a Journal, the persons and tags
managers), so the whole save is one transaction and one step in Undo.

Warning: these functions run on the worker thread; they take plain values read from
the widgets beforehand and must not touch any widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp import paths
from caseapp.core import attachments
from caseapp.core.labels import record_label
from caseapp.core.persons import AliasInput, alias_record
from caseapp.domain import names, records
from caseapp.domain.changes import Changes
from caseapp.i18n import _

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal


@dataclass(frozen=True)
class AliasEdit:
    """A line of the names table: ``alias_id`` None for a name added in the dialog."""

    alias_id: int | None
    text: str
    kind: str = "official"


@dataclass(frozen=True)
class PersonForm:
    """Everything the editor read from its widgets.

    ``values`` holds the editable Person fields except ``photo``; ``photo_file`` is
    the picture chosen in the dialog (None removes the photo) and is applied only
    when ``photo_changed``.
    """

    person_id: int | None
    values: dict[str, Any]
    aliases: tuple[AliasEdit, ...] = ()
    tags: tuple[str, ...] = ()
    photo_changed: bool = False
    photo_file: Path | None = field(default=None)


def save_person(book: Casebook, form: PersonForm) -> tuple[records.Person, Changes]:
    """Add or update the person with names, photo and tags, as one undo step."""
    values = dict(form.values)
    if form.photo_changed:
        values["photo"] = _stored_photo(form.photo_file)
    if form.person_id is None:
        name = _("Add Person")
    else:
        name = _("Edit {what}").format(what=record_label(records.Person))
    return book.run(name, lambda journal: _write(book, journal, form, values))


def _stored_photo(image: Path | None) -> str:
    """Copy the picture into the attachments folder (before the transaction starts)."""
    if image is None:
        return ""
    return str(attachments.store_file(Path(image), paths.attachments_dir()))


def _write(book: Casebook, journal: Journal, form: PersonForm,
           values: dict[str, Any]) -> records.Person:
    if form.person_id is None:
        aliases = [AliasInput(a.text, kind=a.kind) for a in form.aliases if a.text.strip()]
        person = book.persons.insert(journal, records.Person(**values), aliases)
    else:
        person = journal.update(records.Person, form.person_id, **values)
        _write_aliases(book, journal, person, form.aliases)
    book.tags.set_in(journal, "person", person.id, form.tags)
    return person


def _write_aliases(book: Casebook, journal: Journal, person: records.Person,
                   edits: tuple[AliasEdit, ...]) -> None:
    """Trash removed names, update edited ones, add new ones; the display name stays."""
    current = {a.id: a for a in book.persons.details(person.id).aliases
               if isinstance(a, records.PersonName)}
    kept = {edit.alias_id for edit in edits
            if edit.alias_id in current and names.normalize(edit.text)}
    for alias_id in current.keys() - kept:
        journal.set_deleted("person_name", alias_id, True)
    seen: set[str] = set()
    for edit in edits:
        key = names.normalize(edit.text)
        if not key or (key in seen and edit.alias_id not in kept):
            continue
        seen.add(key)
        _write_alias(journal, person.id, edit, current.get(edit.alias_id))
    if names.normalize(person.display_name) not in seen:
        journal.insert(alias_record(person.id, AliasInput(person.display_name)))


def _write_alias(journal: Journal, person_id: int, edit: AliasEdit,
                 old: records.PersonName | None) -> None:
    record = alias_record(person_id, AliasInput(edit.text, kind=edit.kind))
    if old is None:
        journal.insert(record)
    elif (old.text, old.kind) != (record.text, record.kind):
        journal.update(records.PersonName, old.id, text=record.text, kind=record.kind,
                       script=record.script, language=record.language)
