# SPDX-License-Identifier: GPL-3.0-or-later
"""Many rows at once for a spreadsheet import: batched inserts that come back as raw rows
(the undo step's "after"), the search documents of new persons, and the name keys of
every stored person so 100,000 rows are matched without a query each.

Unlike store.bulk this never bypasses the undo journal: the core records every row it
gets back here in the import's one undo step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import cast

from caseapp.domain import names, records
from caseapp.store import rows, search
from caseapp.store.models import CaseParty, Charge, Hearing, Person, PersonName

#: Ids per IN (…) list: well below SQLite's limit of bound values.
CHUNK = 500


def insert_many(table: str, raws: list[rows.Raw]) -> list[rows.Raw]:
    """Insert rows (without ids, with their derived columns filled) in one executemany;
    returns them as stored, ids set, in order: equal to what rows.read_raw gives."""
    if not raws:
        return []
    model = rows.model_for(table)
    database = model._meta.database
    columns = [name for name in model._meta.columns if name != "id"]
    first = (model.select(model.id).order_by(model.id.desc()).scalar() or 0) + 1
    listed = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    database.cursor().executemany(
        f'INSERT INTO "{model._meta.table_name}" ("id", {listed}) VALUES (?, {marks})',
        [(first + i, *(raw.get(name) for name in columns)) for i, raw in enumerate(raws)])
    return read_range(table, first, first + len(raws))


def read_range(table: str, first: int, end: int) -> list[rows.Raw]:
    """Rows first <= id < end as SQLite holds them, by id (text, numbers and NULLs are
    what rows.read_raw makes of them too, so the undo step can compare them)."""
    model = rows.model_for(table)
    cursor = model._meta.database.execute_sql(
        f'SELECT * FROM "{model._meta.table_name}" WHERE id >= ? AND id < ? ORDER BY id',
        (first, end))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def index_persons(first: int, end: int) -> None:
    """Search documents of the new persons first <= id < end (none may have one yet), as
    reindex_person writes them: the name parts, the notes and every live alias."""
    database = Person._meta.database
    aliases: dict[int, list[str]] = defaultdict(list)
    for person_id, text in database.execute_sql(
            'SELECT person_id, text FROM "person_name" WHERE person_id >= ? AND person_id < ? '
            "AND deleted_at IS NULL", (first, end)).fetchall():
        aliases[person_id].append(text)
    people = database.execute_sql(
        'SELECT id, display_name, family_name, given_name, patronymic, notes FROM "person" '
        "WHERE id >= ? AND id < ?", (first, end)).fetchall()
    model = search.INDEX_MODELS[search.PERSON]
    database.cursor().executemany(
        f'INSERT INTO "{model._meta.table_name}" (rowid, terms) VALUES (?, ?)',
        [(pk, document_terms(*texts, *aliases.pop(pk, []))) for pk, *texts in people])


def document_terms(*texts: str) -> str:
    """search.document_terms, with each word's forms computed once per import."""
    terms: set[str] = set()
    for text in dict.fromkeys(texts):
        for word in names.words(text or ""):
            terms.update(_word_terms(word))
    terms.discard("")
    return " ".join(sorted(terms))


@lru_cache(maxsize=65536)
def _word_terms(word: str) -> frozenset[str]:
    return frozenset(names.search_terms(word))


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """names.match_key of one word of a name (names repeat their words: cached)."""
    return names.match_key(word)


def name_key(text: str) -> str:
    """names.match_key of a whole name, word by word through the cache."""
    return " ".join(key for word in text.split() if (key := word_key(word)))


def person_name_keys() -> Iterator[tuple[int, str, str, str | None, bool]]:
    """(person id, uid, name key, birth date ISO, whether it is the display name) for every
    live name of a live person."""
    query = (PersonName.live(PersonName.person, Person.uid, PersonName.search_key,
                             Person.birth_date, PersonName.text, Person.sort_key)
             .join(Person).where(Person.is_live()))
    for person_id, uid, key, born, text, sort_key in query.tuples():
        yield (person_id, uid, key, born if born is None else str(born),
               names.normalize(text) == sort_key)


def persons_read(ids: list[int]) -> tuple[dict[int, records.Person], dict[int, set[str]],
                                          dict[int, set[str]]]:
    """For these persons: the records, the normalised texts of their live names and the
    names of their live tags, read a few hundred at a time."""
    people: dict[int, records.Person] = {}
    keys: dict[int, set[str]] = defaultdict(set)
    tags: dict[int, set[str]] = defaultdict(set)
    database = Person._meta.database
    distinct = sorted(set(ids))
    for start in range(0, len(distinct), CHUNK):
        chunk = distinct[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        cursor = database.execute_sql(f'SELECT * FROM "person" WHERE id IN ({marks})', chunk)
        columns = [column[0] for column in cursor.description]
        for values in cursor.fetchall():
            raw = dict(zip(columns, values, strict=True))
            people[raw["id"]] = cast(records.Person, rows.to_record("person", raw))
        for person_id, text in database.execute_sql(
                f'SELECT person_id, text FROM "person_name" WHERE person_id IN ({marks}) '
                "AND deleted_at IS NULL", chunk).fetchall():
            keys[person_id].add(names.normalize(text))
        for person_id, tag in database.execute_sql(
                'SELECT g.target_id, t.name FROM "tagging" g JOIN "tag" t ON t.id = g.tag_id '
                f"WHERE g.target_table = 'person' AND g.target_id IN ({marks}) "
                "AND g.deleted_at IS NULL AND t.deleted_at IS NULL", chunk).fetchall():
            tags[person_id].add(tag)
    return people, keys, tags


def live_uids(table: str) -> dict[str, int]:
    """uid → id of the live records of ``table``."""
    model = rows.model_for(table)
    return {uid: pk for pk, uid in model.live(model.id, model.uid).tuples()}


def live_column(table: str, column: str) -> list[tuple[int, str]]:
    """(id, value) of one text column over the live records of ``table``."""
    model = rows.model_for(table)
    return list(model.live(model.id, getattr(model, column)).tuples())


def case_parties(case_id: int) -> set[int]:
    """Ids of the persons who are live parties of a case."""
    query = CaseParty.live(CaseParty.person).where(CaseParty.case == case_id)
    return {pk for (pk,) in query.tuples()}


def charge_wordings(case_id: int, person_id: int) -> set[str]:
    """The wordings of a person's live charges in a case (charges without an article)."""
    query = Charge.live(Charge.wording).where((Charge.case == case_id)
                                              & (Charge.person == person_id))
    return {wording for (wording,) in query.tuples()}


def hearing_on(case_id: int, day: date | None) -> int | None:
    """The live hearing of a case on a day, if any."""
    return Hearing.live(Hearing.id).where((Hearing.case == case_id)
                                          & (Hearing.date == day)).scalar()
