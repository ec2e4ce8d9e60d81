# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons from a spreadsheet: each row read into a draft, matched with the stored persons
(uid column first, then the name in any script plus the birth year) and with the rows
above it, then written in batches inside the import's one command.

A row matching a stored person fills or changes that person's fields (the stored name
stays; the row's spelling becomes another name of the person); notes only ever gain lines.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from caseapp.core.persons import AliasInput, alias_record
from caseapp.core.table_rows import Row, changed_values, merged_notes
from caseapp.core.undo import UndoableChange
from caseapp.domain import names, records
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.validation import validate
from caseapp.i18n import _
from caseapp.importer.table_values import read_date, read_word
from caseapp.store import persons as person_store
from caseapp.store import rows, table_rows
from caseapp.store import tags as tag_store

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal

_TEXT_FIELDS = ("family_name", "given_name", "patronymic", "citizenship")


def identity_key(name: str) -> str:
    """A name's words in any script and order as one key ("Иванов Иван" = "Ivan Ivanov")."""
    return " ".join(sorted(table_rows.name_key(name).split()))


def same_birth(left: int | None, right: int | None) -> bool:
    """Birth years agree when either is unknown."""
    return left is None or right is None or left == right


@dataclass
class PersonDraft:
    """A row as person fields; ``values`` holds only what the row fills."""

    line: int
    values: dict[str, Any]
    aliases: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    uid: str = ""

    @property
    def name(self) -> str:
        return str(self.values["display_name"])

    @property
    def born(self) -> int | None:
        birth = self.values.get("birth_date")
        return birth.year if birth is not None else None


def read_person(row: Row) -> PersonDraft:
    """The row as a draft; unreadable cells are in ``row.errors``."""
    values: dict[str, Any] = {name: text for name in _TEXT_FIELDS if (text := row.text(name))}
    parts = [values.get(n, "") for n in ("family_name", "given_name", "patronymic")]
    values["display_name"] = row.text("name") or " ".join(p for p in parts if p)
    row.require("name" if row.has("name") else "family_name", values["display_name"])
    for name in ("gender", "status"):
        if (word := row.read(name, partial(read_word, name))) is not None:
            values[name] = word
    if (born := row.read("birth_date", read_date)) is not None:
        values["birth_date"] = born
    died = row.read("death_date", read_date)
    if died is not None and "status" not in values:
        values["status"] = "deceased"
    notes = [row.text("notes"), row.labelled("death_date", died.display() if died else ""),
             row.labelled("place", row.text("place")),
             row.labelled("source_url", row.text("source_url")), *row.notes]
    return PersonDraft(row.line, values, row.items("alias"),
                       row.items("tags", (";", ",", "|", "\n")), [n for n in notes if n],
                       row.text("uid"))


class Identities:
    """The stored persons by uid and by name key (every live name), for matching rows.

    A key maps to (person id, birth year, whether the name is the person's display name).
    """

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[int, int | None, bool]]] = defaultdict(list)
        self.by_uid: dict[str, int] = {}
        for person_id, uid, key, born, own in table_rows.person_name_keys():
            self.by_uid[uid] = person_id
            entry = (person_id, int(born[:4]) if born else None, own)
            sorted_key = " ".join(sorted(key.split()))
            if entry not in self.by_key[sorted_key]:
                self.by_key[sorted_key].append(entry)

    def find(self, name: str, born: int | None) -> int | None:
        """The one stored person this name (and birth year) is; Invalid when several are.

        A person whose own (display) name it is wins over persons who have it as another
        name: "Иванов Иван" is the person called so, not "Иванов Иван Петрович, also
        Ivan Ivanov", when both were born the same year.
        """
        found = [(pk, own) for pk, year, own in self.by_key.get(identity_key(name), ())
                 if same_birth(year, born)]
        people = {pk for pk, _own in found}
        if len(people) > 1:
            people = {pk for pk, own in found if own} or people
        if len(people) > 1:
            raise Invalid(_("“{name}” matches {count} stored persons; add a uid column to "
                            "say which").format(name=name, count=len(people)))
        return people.pop() if people else None


@dataclass
class PersonPlan:
    """New drafts, (stored id, draft) pairs that match a stored person, and those of them
    that change it."""

    new: list[PersonDraft] = field(default_factory=list)
    matched: list[tuple[int, PersonDraft]] = field(default_factory=list)
    updates: list[tuple[int, PersonDraft]] = field(default_factory=list)
    seen: dict[str, list[tuple[int | None, int]]] = field(
        default_factory=lambda: defaultdict(list))

    def earlier_line(self, draft: PersonDraft) -> int | None:
        """The line of an earlier row that is the same person, or None (and remember it)."""
        key = identity_key(draft.name) if not draft.uid else f"uid:{draft.uid}"
        for year, line in self.seen[key]:
            if same_birth(year, draft.born):
                return line
        self.seen[key].append((draft.born, draft.line))
        return None


def plan_row(plan: PersonPlan, known: Identities, draft: PersonDraft) -> tuple[str, str]:
    """Where the draft goes: ("created" | "matched" | "skipped", reason); a matched row is
    "updated" or "unchanged" once ``classify_matches`` has compared it."""
    validate(records.Person(**draft.values))
    if not identity_key(draft.name):
        raise Invalid(_("“{name}” has no letters of a name").format(name=draft.name))
    earlier = plan.earlier_line(draft)
    if earlier is not None:
        return "skipped", _("the same person as line {line}; imported once").format(line=earlier)
    stored_id = known.by_uid.get(draft.uid) if draft.uid else None
    if stored_id is None and not draft.uid:
        stored_id = known.find(draft.name, draft.born)
    if stored_id is None:
        plan.new.append(draft)
        return "created", ""
    plan.matched.append((stored_id, draft))
    return "matched", ""


@dataclass(frozen=True)
class Stored:
    """What a matched row is compared with: the record, its name keys and its tags."""

    person: records.Person
    name_keys: set[str]
    tags: set[str]

    @classmethod
    def read(cls, person_id: int) -> Stored:
        return cls(rows.get(records.Person, person_id), person_store.alias_keys(person_id),
                   set(tag_store.tags_of("person", person_id)))


def classify_matches(plan: PersonPlan) -> list[str]:
    """"updated" or "unchanged" for each matched row, in order, reading the matched
    persons in bulk; the updated ones go to ``plan.updates``."""
    ids = [person_id for person_id, _draft in plan.matched]
    people, keys, tags = table_rows.persons_read(ids)
    outcomes = []
    for person_id, draft in plan.matched:
        stored = Stored(people[person_id], keys.get(person_id, set()),
                        tags.get(person_id, set()))
        values, new_tags = update_values(stored, draft)
        changed = bool(values or new_tags or new_aliases(stored, draft))
        if changed:
            plan.updates.append((person_id, draft))
        outcomes.append("updated" if changed else "unchanged")
    return outcomes


def update_values(stored: Stored, draft: PersonDraft) -> tuple[dict[str, Any], list[str]]:
    """(changed fields, tags to add) for a stored person; its display name stays."""
    values = {k: v for k, v in draft.values.items() if k != "display_name"}
    if draft.notes:
        values["notes"] = merged_notes(stored.person.notes, draft.notes)
    return changed_values(stored.person, values), [t for t in draft.tags
                                                   if t not in stored.tags]


def new_aliases(stored: Stored, draft: PersonDraft) -> list[str]:
    """The row's names the stored person does not have yet, in any word order (a name put
    together from family and given name columns is "Family Given")."""
    known = {_word_set(key) for key in stored.name_keys}
    return [a for a in (draft.name, *draft.aliases)
            if _word_set(names.normalize(a)) not in known]


def _word_set(key: str) -> frozenset[str]:
    return frozenset(key.split())


def write(book: Casebook, journal: Journal, plan: PersonPlan) -> None:
    """Insert the new persons in batches and apply the updates, all in ``journal``."""
    for person_id, draft in plan.updates:
        stored = Stored.read(person_id)
        values, tags = update_values(stored, draft)
        journal.update(records.Person, person_id, **values)
        for alias in new_aliases(stored, draft):
            journal.insert(alias_record(person_id, AliasInput(alias)))
        for tag in tags:
            book.tags.tag_in(journal, "person", person_id, tag)
    _insert_new(book, journal, plan.new)


def _insert_new(book: Casebook, journal: Journal, drafts: list[PersonDraft]) -> None:
    stamp = rows.now_text()
    people = table_rows.insert_many("person", [
        _stamped(records.Person(**d.values, notes="\n".join(d.notes),
                                sort_key=names.normalize(d.name)), stamp, d.uid)
        for d in drafts])
    record_inserts(journal, "person", people)
    aliases = [replace(alias_record(person["id"], AliasInput(text)),
                       search_key=table_rows.name_key(text))
               for person, draft in zip(people, drafts, strict=True) for text in _distinct(draft)]
    record_inserts(journal, "person_name", table_rows.insert_many(
        "person_name", [_stamped(alias, stamp) for alias in aliases]))
    if people:
        table_rows.index_persons(people[0]["id"], people[-1]["id"] + 1)
    for person, draft in zip(people, drafts, strict=True):
        for tag in draft.tags:
            book.tags.tag_in(journal, "person", person["id"], tag)


def _distinct(draft: PersonDraft) -> list[str]:
    seen: dict[str, str] = {}
    for text in (draft.name, *draft.aliases):
        seen.setdefault(names.normalize(text), names.normalize_spacing(text))
    return [text for key, text in seen.items() if key]


def _stamped(record: records.Record, stamp: str, uid: str = "") -> rows.Raw:
    """A new person or name as its raw row (the columns of both are text, numbers and
    partial dates, so this is rows.to_raw without its per-field lookups)."""
    raw = {name: _db_value(getattr(record, name)) for name in _columns(record.TABLE)}
    raw.update(uid=uid or rows.new_uid(), created_at=stamp, updated_at=stamp, deleted_at=None)
    return raw


@cache
def _columns(table: str) -> tuple[str, ...]:
    cls = records.record_type(table)
    return tuple(f.name for f in fields(cls) if f.name != "id") if cls else ()


def _db_value(value: object) -> object:
    return value.iso() if isinstance(value, PartialDate) else value


def record_inserts(journal: Journal, table: str, stored: list[rows.Raw]) -> None:
    """Put rows inserted in bulk into the command's undo step and change record."""
    for raw in stored:
        journal.step.changes.append(UndoableChange(table, raw["id"], None, raw))
        journal.created.append((table, raw["uid"]))
