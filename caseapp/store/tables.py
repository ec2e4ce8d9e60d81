# SPDX-License-Identifier: GPL-3.0-or-later
"""Many rows at once, as stored: what exports and exchange bundles read.

A list of 100,000 persons is read in chunks of ``CHUNK`` ids per statement (SQLite's
limit on bound variables), never one query per record. Rows are raw dicts (column →
stored value, see store.rows), so dates stay the ISO text they are on disk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from peewee import BooleanField

from caseapp.domain import names
from caseapp.store.models import (
    CaseParty,
    Facility,
    Person,
    PersonName,
    Tag,
    Tagging,
)
from caseapp.store.rows import Raw, model_for, to_db_values

CHUNK = 500
T = TypeVar("T")


def chunks(ids: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def raw_by_ids(table: str, ids: Sequence[int]) -> dict[int, Raw]:
    """The stored rows of ``ids`` (in the trash or not), by id."""
    model = model_for(table)
    found: dict[int, Raw] = {}
    for part in chunks(ids):
        for row in model.select().where(model.id.in_(list(part))).dicts():
            found[row["id"]] = to_db_values(model, row)
    return found


def all_raw(table: str) -> Iterator[Raw]:
    """Every row of ``table``, trashed ones too, by id, a chunk per statement.

    Read with the bare cursor (the stored values are the raw form already); only
    booleans, which SQLite keeps as 0 and 1, are turned back into True and False."""
    model = model_for(table)
    flags = [f.column_name for f in model._meta.sorted_fields if isinstance(f, BooleanField)]
    sql = f'SELECT * FROM "{model._meta.table_name}" WHERE "id" > ? ORDER BY "id" LIMIT ?'
    last = 0
    while True:
        cursor = model._meta.database.execute_sql(sql, (last, CHUNK * 4))
        columns = [d[0] for d in cursor.description]
        batch = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        if not batch:
            return
        last = batch[-1]["id"]
        for row in batch:
            row.update({flag: bool(row[flag]) for flag in flags if row[flag] is not None})
        yield from batch


def uid_index(table: str) -> dict[int, str]:
    """Every id of ``table`` with its uid (trashed rows too)."""
    model = model_for(table)
    return dict(model.select(model.id, model.uid).tuples())


def ids_by_uid(table: str, uids: Iterable[str]) -> dict[str, int]:
    model = model_for(table)
    wanted = list(dict.fromkeys(uids))
    found: dict[str, int] = {}
    for part in chunks(wanted):
        found.update((uid, pk) for pk, uid in model.select(model.id, model.uid)
                     .where(model.uid.in_(list(part))).tuples())
    return found


def tag_names(table: str, ids: Sequence[int]) -> dict[int, list[str]]:
    """The live tags on each of ``ids`` of ``table``, by name."""
    found: dict[int, list[str]] = defaultdict(list)
    for part in chunks(ids):
        query = (Tagging.live(Tagging.target_id, Tag.name).join(Tag)
                 .where((Tagging.target_table == table) & Tagging.target_id.in_(list(part))
                        & Tag.is_live()).order_by(Tag.name).tuples())
        for target, name in query:
            found[target].append(name)
    return found


def alias_texts(person_ids: Sequence[int]) -> dict[int, list[str]]:
    """The live names of each person other than the displayed one, as added."""
    found: dict[int, list[str]] = defaultdict(list)
    for part in chunks(person_ids):
        query = (PersonName.live(PersonName.person, PersonName.text, Person.display_name)
                 .join(Person).where(PersonName.person.in_(list(part)))
                 .order_by(PersonName.id).tuples())
        for person, text, shown in query:
            if text != shown:
                found[person].append(text)
    return found


def relatives_only(person_ids: Sequence[int]) -> set[int]:
    """Those of ``person_ids`` who are in cases only as a relative (private in public output)."""
    roles: dict[int, set[str]] = defaultdict(set)
    for part in chunks(person_ids):
        query = CaseParty.live(CaseParty.person, CaseParty.role).where(
            CaseParty.person.in_(list(part))).tuples()
        for person, role in query:
            roles[person].add(role)
    return {person for person, held in roles.items() if held == {"relative"}}


def facility_ids(text: str) -> list[int]:
    """Live facilities by name whose name, kind, city or region holds every word of ``text``."""
    wanted = [names.normalize(word) for word in names.words(text)]
    query = Facility.live(Facility.id, Facility.name, Facility.kind, Facility.city,
                          Facility.region).order_by(Facility.name).tuples()
    return [pk for pk, *values in query if _holds_words(values, wanted)]


def _holds_words(values: list[Any], wanted: list[str]) -> bool:
    text = names.normalize(" ".join(str(v or "") for v in values))
    return all(word in text for word in wanted)


def ids_where_in(table: str, column: str, values: Sequence[Any]) -> list[int]:
    """Ids of ``table`` rows (trashed too) whose ``column`` is one of ``values``."""
    model = model_for(table)
    found: list[int] = []
    for part in chunks(list(values)):
        found.extend(pk for (pk,) in model.select(model.id).where(
            model._meta.columns[column].in_(list(part))).tuples())
    return found


def linked_ids(table: str, column: str) -> list[int]:
    """The distinct ids ``table``'s ``column`` points to (trashed rows included)."""
    model = model_for(table)
    field = model._meta.columns[column]
    return [pk for (pk,) in model.select(field).where(field.is_null(False)).distinct().tuples()]


def tagged_ids(table: str, tag: str) -> list[int]:
    """Ids of ``table`` records carrying the live tag ``tag``."""
    query = (Tagging.live(Tagging.target_id).join(Tag)
             .where((Tag.name == tag.strip()) & Tag.is_live() & (Tagging.target_table == table)))
    return [pk for (pk,) in query.tuples()]


def taggings_of(table: str, ids: Sequence[int]) -> list[int]:
    found: list[int] = []
    for part in chunks(list(ids)):
        found.extend(pk for (pk,) in Tagging.select(Tagging.id).where(
            (Tagging.target_table == table) & Tagging.target_id.in_(list(part))).tuples())
    return found


def ids_changed_since(table: str, since: str) -> set[int]:
    """Ids of ``table`` rows (trashed too) written after ``since`` (UTC ISO text)."""
    model = model_for(table)
    return {pk for (pk,) in model.select(model.id).where(model.updated_at > since).tuples()}
