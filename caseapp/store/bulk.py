# SPDX-License-Identifier: GPL-3.0-or-later
"""Fast loading of many rows at once (benchmarks, large test databases, imports).

``load_persons`` bypasses the undo journal on purpose: a bulk load is one transaction
that is either kept whole or rolled back, and is never a step a volunteer undoes.
``insert_rows`` is the journal's way to add many new rows in one command (a bundle's
new records): the journal reads them back afterwards for the undo step.
"""

from __future__ import annotations

from collections.abc import Iterable

from caseapp.domain import names
from caseapp.store import rows, search, tables
from caseapp.store.models import Person, PersonName
from caseapp.store.rows import new_uid, now_text
from caseapp.store.tables import chunks

BATCH = 500


def load_persons(people: Iterable[tuple[str, str, list[str]]]) -> int:
    """Insert (display_name, status, aliases) tuples with names and index; returns count."""
    count = 0
    batch: list[tuple[str, str, list[str]]] = []
    for entry in people:
        batch.append(entry)
        if len(batch) == BATCH:
            count += _load_batch(batch)
            batch = []
    return count + (_load_batch(batch) if batch else 0)


def _load_batch(batch: list[tuple[str, str, list[str]]]) -> int:
    stamp = now_text()
    first_id = (Person.select(Person.id).order_by(Person.id.desc()).scalar() or 0) + 1
    Person.insert_many([
        {"id": first_id + i, "uid": new_uid(), "created_at": stamp, "updated_at": stamp,
         "display_name": name, "status": status, "sort_key": names.normalize(name)}
        for i, (name, status, _aliases) in enumerate(batch)]).execute()
    aliases = [(first_id + i, text) for i, (name, _s, extra) in enumerate(batch)
               for text in [name, *extra]]
    PersonName.insert_many([
        {"uid": new_uid(), "created_at": stamp, "updated_at": stamp, "person": pk,
         "text": text, "script": names.script_of(text), "search_key": names.match_key(text)}
        for pk, text in aliases]).execute()
    search.INDEX_MODELS[search.PERSON].insert_many([
        {"rowid": first_id + i, "terms": search.document_terms(name, *extra)}
        for i, (name, _s, extra) in enumerate(batch)]).execute()
    return len(batch)


def insert_rows(table: str, items: list[tuple[int, rows.Raw]]) -> None:
    """Insert new rows of any table with the given ids and their derived keys, a batch
    per statement, and index them for search (persons once, after their names)."""
    model = rows.model_for(table)
    for part in chunks(items, BATCH // 2):
        model.insert_many([{**{model._meta.columns[k]: v for k, v in
                               rows.with_derived(table, raw).items()
                               if k in model._meta.columns and k != "id"}, model.id: pk}
                           for pk, raw in part]).execute()
    if table in ("person", "person_name"):
        owners = [raw["person_id"] for _pk, raw in items] if table == "person_name" else [
            pk for pk, _raw in items]
        reindex_persons(sorted(set(owners)))
    elif table in rows.INDEXED_COLUMNS:
        for pk, raw in items:
            rows.reindex(table, pk, raw)


def reindex_persons(ids: list[int]) -> None:
    """The search documents of many persons, a batch of statements per BATCH persons."""
    index = search.INDEX_MODELS[search.PERSON]
    for part in chunks(ids, BATCH):
        aliases = tables.alias_texts(part)
        found = Person.select(Person.id, Person.display_name, Person.family_name,
                              Person.given_name, Person.patronymic, Person.notes).where(
            Person.id.in_(list(part))).tuples()
        index.delete().where(index.rowid.in_(list(part))).execute()
        index.insert_many([{"rowid": pk, "terms": search.document_terms(*texts, *aliases[pk])}
                           for pk, *texts in found]).execute()
