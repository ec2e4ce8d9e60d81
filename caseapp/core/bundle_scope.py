# SPDX-License-Identifier: GPL-3.0-or-later
"""Which records a bundle carries: everything, what changed since a day, or what belongs
to some persons or to a tag — with every record those link to, so the receiving side
can link them too.

For persons (``--person``, or persons with the tag) a bundle holds their names, case
parties, charges, custody, sentences and actions, the cases they are in with those
cases' hearings and parties, and then, link by link, every record these point to (a
co-defendant, a facility, a tag, a source). Trashed records travel too: their
``deleted_at`` is the tombstone that moves a deletion to the other side.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from caseapp.core.exchange_form import REFS
from caseapp.domain import records
from caseapp.store import tables

#: Records that belong to a person, a case or an action: (table, column linking them).
BELONGING: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (("person_name", "person_id"), ("case_party", "person_id"),
               ("charge", "person_id"), ("detention", "person_id"), ("sentence", "person_id"),
               ("action_person", "person_id"), ("reported_event_person", "person_id")),
    "case_file": (("case_party", "case_id"), ("charge", "case_id"), ("hearing", "case_id"),
                  ("detention", "case_id"), ("sentence", "case_id"), ("action_case", "case_id")),
    "action": (("action_person", "action_id"), ("action_case", "action_id")),
}
TAGGABLE = ("person", "case_file", "action")
RECORD_TABLES = tuple(cls.TABLE for cls in records.RECORD_TYPES)


@dataclass(frozen=True)
class Scope:
    """``since`` an ISO day ("" for all time); ``tag`` and ``person_ids`` narrow the bundle
    to those records (both empty: every record)."""

    since: str = ""
    tag: str = ""
    person_ids: tuple[int, ...] = ()

    @property
    def whole(self) -> bool:
        """Every record, with no narrowing at all."""
        return not self.tag and not self.person_ids and not self.since

    @property
    def narrowed(self) -> bool:
        return bool(self.tag or self.person_ids)

    def describe(self) -> dict[str, object]:
        return {"since": self.since, "tag": self.tag, "persons": len(self.person_ids)}


def selected_ids(scope: Scope) -> dict[str, set[int]]:
    """table → ids of the records a narrowed bundle carries: those in scope (and changed
    since ``since``), then every record they link to, changed or not."""
    chosen = _belonging_to(scope) if scope.narrowed else defaultdict(set)
    if scope.since:
        for table in RECORD_TABLES:
            changed = tables.ids_changed_since(table, scope.since)
            chosen[table] = (chosen[table] & changed) if scope.narrowed else changed
    _close_over_links(chosen)
    return chosen


def _belonging_to(scope: Scope) -> dict[str, set[int]]:
    chosen: dict[str, set[int]] = defaultdict(set)
    chosen["person"].update(scope.person_ids)
    if scope.tag:
        for table in TAGGABLE:
            chosen[table].update(tables.tagged_ids(table, scope.tag))
    _belonging(chosen, "person")
    chosen["case_file"].update(_linked(chosen["case_party"], "case_party", "case_id"))
    chosen["action"].update(_linked(chosen["action_person"], "action_person", "action_id"))
    _belonging(chosen, "case_file")
    _belonging(chosen, "action")
    for table in TAGGABLE:
        chosen["tagging"].update(tables.taggings_of(table, sorted(chosen[table])))
    _photos(chosen)
    return chosen


def _belonging(chosen: dict[str, set[int]], owner: str) -> None:
    owners = sorted(chosen[owner])
    for table, column in BELONGING[owner]:
        chosen[table].update(tables.ids_where_in(table, column, owners))


def _linked(ids: set[int], table: str, column: str) -> set[int]:
    stored = tables.raw_by_ids(table, sorted(ids))
    return {raw[column] for raw in stored.values() if raw.get(column)}


def _photos(chosen: dict[str, set[int]]) -> None:
    persons = tables.raw_by_ids("person", sorted(chosen["person"]))
    hashes = [raw["photo"] for raw in persons.values() if raw.get("photo")]
    chosen["attachment"].update(tables.ids_where_in("attachment", "sha256", hashes))


def _close_over_links(chosen: dict[str, set[int]]) -> None:
    """Add every record a chosen record links to, until nothing new comes in."""
    pending = {table: set(ids) for table, ids in chosen.items() if ids}
    while pending:
        found: dict[str, set[int]] = defaultdict(set)
        for table, ids in pending.items():
            for column, target in REFS.get(table, {}).items():
                found[target].update(_linked(ids, table, column) - chosen[target])
        for table, ids in found.items():
            chosen[table].update(ids)
        pending = {table: ids for table, ids in found.items() if ids}
