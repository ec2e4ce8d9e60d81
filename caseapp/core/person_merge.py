# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging two records of one person: everything of the other moves to the kept one.

Every row that points to the other person — names, case parties, charges, detentions,
sentences, action links, reported events, citations and tags — is moved to the kept
person, except a row the kept person already has the same of (the same name, the same
role in the same case, the same action, event, tag or citation), which is deleted:
such a link row holds nothing of its own, and in the trash it would only be a
duplicate waiting to be restored. The
fields both persons fill differently are the volunteer's choice (``choices``: field →
"keep", "other", or "both" for notes and contacts); a field only the other fills is
taken as it is. The other person goes to the trash. It is one command, so Undo
restores both persons and every row as they were.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from caseapp.core.persons import AliasInput, alias_record
from caseapp.domain import names, records
from caseapp.domain.errors import Invalid, NotFound
from caseapp.domain.views import MergeField, MergePreview
from caseapp.i18n import _
from caseapp.store import persons as person_store
from caseapp.store import rows
from caseapp.store.person_links import PersonRowRef, rows_of_person

if TYPE_CHECKING:
    from caseapp.core.journal import Journal

#: The person's own fields a merge compares, in the order the dialog shows them.
MERGE_FIELDS = ("display_name", "given_name", "family_name", "patronymic", "birth_date",
                "gender", "citizenship", "status", "contacts", "notes", "photo")
#: Fields whose two texts can both be kept, one after the other.
JOINABLE = frozenset({"notes", "contacts"})
CHOICES = ("keep", "other", "both")


def preview(keep_id: int, other_id: int) -> MergePreview:
    keep, other = _pair(keep_id, other_id)
    merge_fields = tuple(_field(name, keep, other) for name in MERGE_FIELDS)
    moves = Counter(ref.table for ref in rows_of_person(other_id, other.uid) if ref.live)
    return MergePreview(keep, other, merge_fields, dict(moves))


def merge(journal: Journal, keep_id: int, other_id: int,
          choices: Mapping[str, str]) -> records.Person:
    keep, other = _pair(keep_id, other_id)
    values = merged_values(keep, other, choices)
    held = {key for ref in rows_of_person(keep_id, keep.uid)
            if ref.live and (key := _same_key(ref)) is not None}
    for ref in rows_of_person(other_id, other.uid):
        key = _same_key(ref) if ref.live else None
        if key is not None and key in held:
            journal.set_raw(ref.table, ref.pk, None)  # a link row of no use; Undo restores it
            continue
        target: Any = keep.uid if ref.column == "target_uid" else keep_id
        journal.update(rows.record_class(ref.table), ref.pk, **{ref.column: target})
        if key is not None:
            held.add(key)
    kept = journal.update(records.Person, keep_id, **values)
    if names.normalize(kept.display_name) not in person_store.alias_keys(keep_id):
        journal.insert(alias_record(keep_id, AliasInput(kept.display_name)))
    journal.set_deleted("person", other_id, True)
    return kept


def merged_values(keep: records.Person, other: records.Person,
                  choices: Mapping[str, str]) -> dict[str, Any]:
    """The kept person's fields after the merge; Invalid for a choice that cannot be."""
    _check_choices(choices)
    values = {}
    for name in MERGE_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        choice = choices.get(name, "keep")
        if _blank(name, mine) or choice == "other":
            values[name] = theirs if not _blank(name, theirs) else mine
        elif choice == "both" and not _blank(name, theirs) and theirs != mine:
            values[name] = f"{mine}\n\n{theirs}"
    return values


def _check_choices(choices: Mapping[str, str]) -> None:
    for name, choice in choices.items():
        if name not in MERGE_FIELDS:
            raise Invalid(_("“{field}” is not a field a merge can take; use one of: {fields}")
                          .format(field=name, fields=", ".join(MERGE_FIELDS)), field=name)
        if choice not in CHOICES or (choice == "both" and name not in JOINABLE):
            allowed = CHOICES if name in JOINABLE else CHOICES[:2]
            raise Invalid(_("For “{field}” choose one of: {choices}").format(
                field=name, choices=", ".join(allowed)), field=name)


def _pair(keep_id: int, other_id: int) -> tuple[records.Person, records.Person]:
    if keep_id == other_id:
        raise Invalid(_("A person cannot be merged with themselves"), field="other")
    return _live_person(keep_id), _live_person(other_id)


def _live_person(person_id: int) -> records.Person:
    person = rows.get(records.Person, person_id)
    if person.deleted_at:
        raise NotFound(_("{name} is in the trash; restore the person first").format(
            name=person.display_name))
    return person


def _field(name: str, keep: records.Person, other: records.Person) -> MergeField:
    mine, theirs = getattr(keep, name), getattr(other, name)
    conflict = not _blank(name, mine) and not _blank(name, theirs) and mine != theirs
    return MergeField(name, _text(mine), _text(theirs), conflict, name in JOINABLE)


def _blank(name: str, value: Any) -> bool:
    return value is None or value == "" or (name in ("gender", "status") and value == "unknown")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _same_key(ref: PersonRowRef) -> tuple[Any, ...] | None:
    """What makes a moved row a duplicate of one the kept person has (None: never)."""
    if ref.table not in SAME_KEYS:
        return None
    record = rows.get(rows.record_class(ref.table), ref.pk)
    return (ref.table, *SAME_KEYS[ref.table](record))


SAME_KEYS = {
    "person_name": lambda r: (names.normalize(r.text),),
    "case_party": lambda r: (r.case_id, r.role),
    "action_person": lambda r: (r.action_id,),
    "reported_event_person": lambda r: (r.event_id,),
    "tagging": lambda r: (r.tag_id,),
    "citation": lambda r: (r.source_id, r.start, r.end, r.quote),
}
