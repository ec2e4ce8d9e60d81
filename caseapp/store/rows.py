# SPDX-License-Identifier: GPL-3.0-or-later
"""Row-level reads and writes that the core's undo journal is built on.

Rows travel as *raw* dicts: column name → the value as stored in SQLite. Setting a
row back to an earlier raw dict (or to None, which deletes it) is all undo needs,
for every table alike. Writes also keep the search index in step.
"""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from caseapp.domain import codes, names, records
from caseapp.domain.errors import NotFound
from caseapp.i18n import _
from caseapp.store import search
from caseapp.store.models import (
    JOURNALED_TABLES,
    MODEL_BY_TABLE,
    BaseModel,
    Person,
    PersonName,
)

Raw = dict[str, Any]
R = TypeVar("R", bound=records.Record)

#: Columns whose words make the search document of a case, source, hearing or action.
INDEXED_COLUMNS = {"case_file": ("case_number", "title", "notes"),
                   "source": ("title", "publisher", "full_text"),
                   "hearing": ("court", "judge", "observers", "outcome", "notes"),
                   "action": ("title", "outcome", "responsible", "notes")}


def new_uid() -> str:
    return str(uuid.uuid4())


def now_text() -> str:
    """UTC timestamp with microseconds, sortable as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def model_for(table: str) -> type[BaseModel]:
    """The model of a record table, or of one of the other tables commands journal."""
    try:
        return MODEL_BY_TABLE[table] if table in MODEL_BY_TABLE else cast(
            type[BaseModel], JOURNALED_TABLES[table])
    except KeyError:
        raise NotFound(_("There is no table “{table}”").format(table=table)) from None


def read_raw(table: str, pk: int) -> Raw | None:
    """The row exactly as stored, or None when there is no such row."""
    model = model_for(table)
    rows = model.select().where(model.id == pk).dicts().execute(model._meta.database)
    row = next(iter(rows), None)
    return to_db_values(model, row) if row is not None else None


def write_raw(table: str, pk: int, raw: Raw | None) -> None:
    """Make row ``pk`` of ``table`` equal ``raw`` (None deletes it); reindex."""
    model = model_for(table)
    exists = model.select(model.id).where(model.id == pk).exists()
    owner = _person_of_name(pk) if table == "person_name" else None
    if raw is None:
        model.delete().where(model.id == pk).execute()
    elif exists:
        model.update(_fields_of(model, with_derived(table, raw))).where(model.id == pk).execute()
    else:
        model.insert({**_fields_of(model, with_derived(table, raw)), model.id: pk}).execute()
    reindex(table, pk, raw)
    if owner and owner != (raw or {}).get("person_id"):
        reindex_person(owner)  # the name was removed from (or moved off) this person


def insert_raw(table: str, raw: Raw) -> int:
    model = model_for(table)
    pk = model.insert(_fields_of(model, with_derived(table, raw))).execute()
    reindex(table, pk, raw)
    return pk


def with_derived(table: str, raw: Raw) -> Raw:
    """Add the columns caseapp computes itself: sort and search keys."""
    if table == "person" and "display_name" in raw:
        return {**raw, "sort_key": names.normalize(raw["display_name"] or "")}
    if table == "person_name" and "text" in raw:
        return {**raw, "search_key": names.match_key(raw["text"] or "")}
    if table == "code_article" and "article" in raw:
        titles = (raw.get(f"title_{language}") or "" for language in ("kk", "ru", "en"))
        return {**raw, "search_key": codes.search_key(raw["article"] or "", *titles)}
    return raw


def _fields_of(model: type[BaseModel], raw: Raw) -> dict:
    columns = model._meta.columns
    return {columns[name]: value for name, value in raw.items() if name in columns and name != "id"}


def to_db_values(model: type[BaseModel], row: dict) -> Raw:
    by_name = model._meta.fields
    converted = {}
    for name, value in row.items():
        field = by_name.get(name)
        column = field.column_name if field is not None else name
        converted[column] = (field.db_value(value) if field is not None and value is not None
                             else value)
    return converted


def record_class(table: str) -> type[records.Record]:
    cls = records.record_type(table)
    if cls is None:
        raise NotFound(_("There is no table “{table}”").format(table=table))
    return cls


def to_record(table: str, raw: Raw) -> records.Record:
    """A domain dataclass from a raw row (stored text turned into dates etc.)."""
    model, cls = model_for(table), record_class(table)
    columns = model._meta.columns
    values = {}
    for f in fields(cls):
        field, value = columns.get(f.name), raw.get(f.name)
        if value is not None:
            values[f.name] = field.python_value(value) if field is not None else value
        elif f.default is None:
            values[f.name] = None
    return cls(**values)


def to_raw(record: records.Record) -> Raw:
    """Raw column values for a domain record (dates to ISO text via the model fields)."""
    table = table_of(type(record))
    columns = model_for(table)._meta.columns
    raw = {}
    for f in fields(record):
        value = getattr(record, f.name)
        field = columns.get(f.name)
        raw[f.name] = field.db_value(value) if field is not None and value is not None else value
    return raw


def table_of(cls: type[records.Record]) -> str:
    if not cls.TABLE:
        raise NotFound(cls.__name__)
    return cls.TABLE


def get(cls: type[R], pk: int) -> R:
    table = table_of(cls)
    raw = read_raw(table, pk)
    if raw is None:
        raise NotFound(_("No {table} with id {pk}").format(table=table, pk=pk))
    return cast(R, to_record(table, raw))  # to_record builds the class of ``table``: cls


def id_for_uid(table: str, uid: str) -> int | None:
    model = model_for(table)
    return model.select(model.id).where(model.uid == uid).scalar()


def reindex(table: str, pk: int, raw: Raw | None) -> None:
    """Keep the search index in step with person, alias, case and source rows."""
    if table == "person_name":
        person_id = (raw or {}).get("person_id") or _person_of_name(pk)
        if person_id:
            reindex_person(person_id)
    elif table == "person":
        reindex_person(pk)
    elif table in INDEXED_COLUMNS:
        _reindex_simple(table, pk, raw, INDEXED_COLUMNS[table])


def _person_of_name(pk: int) -> int | None:
    return PersonName.select(PersonName.person).where(PersonName.id == pk).scalar()


def reindex_person(pk: int) -> None:
    person = Person.get_or_none(Person.id == pk)
    if person is None:
        search.remove_document(search.PERSON, pk)
        return
    aliases = [n.text for n in PersonName.live(PersonName.text).where(PersonName.person == pk)]
    search.set_document(search.PERSON, pk, person.display_name, person.family_name,
                        person.given_name, person.patronymic, person.notes, *aliases)


def _reindex_simple(entity: str, pk: int, raw: Raw | None, columns: tuple[str, ...]) -> None:
    if raw is None:
        search.remove_document(entity, pk)
    else:
        search.set_document(entity, pk, *(str(raw.get(c) or "") for c in columns))


def live_ids_by_uid_prefix(table: str, prefix: str, limit: int = 2) -> list[int]:
    """Live records of ``table`` whose uid starts with ``prefix`` (at most ``limit``)."""
    model = model_for(table)
    query = model.live(model.id).where(model.uid.startswith(prefix)).limit(limit)
    return [pk for (pk,) in query.tuples()]
