# SPDX-License-Identifier: GPL-3.0-or-later
"""Fast loading of many persons at once (benchmarks, large test databases, imports).

Bypasses the undo journal on purpose: a bulk load is one transaction that is
either kept whole or rolled back, and is never a step a volunteer undoes.
"""

from __future__ import annotations

from collections.abc import Iterable

from caseapp.domain import names
from caseapp.store import search
from caseapp.store.models import Person, PersonName
from caseapp.store.rows import new_uid, now_text

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
