# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search over names, aliases, case numbers, notes, hearings, actions and sources.

SQLite's own case folding is ASCII-only, so each indexed document is stored as the
set of *search terms* caseapp derives itself (caseapp.domain.names.search_terms: the
normalised word, its Kazakh→Russian fold, its romanisation and its variant-merged
key). A query word is expanded the same way and every form becomes a quoted FTS5
prefix phrase, so user input never reaches FTS5 syntax unquoted.

Each searchable table has its own FTS5 table whose rowid *is* the record's id
(``search_person`` rowid 17 = person 17), so writing, removing or purging a
document touches one index row by its key, and a search is ``id IN (SELECT rowid …)``.
"""

from __future__ import annotations

from typing import Any

from peewee import SQL
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from caseapp.domain import names
from caseapp.domain.views import SearchHit
from caseapp.store.binding import BOUND

#: Entities that have a document in the index (their table names).
PERSON, CASE, SOURCE, HEARING, ACTION = "person", "case_file", "source", "hearing", "action"
ENTITIES = (PERSON, CASE, SOURCE, HEARING, ACTION)
TOKENIZER = "unicode61 remove_diacritics 0"


def _index_model(entity: str) -> Any:
    class Meta:
        database = BOUND
        table_name = f"search_{entity}"
        options = {"tokenize": TOKENIZER}

    body = {"rowid": RowIDField(), "terms": SearchField(), "Meta": Meta, "__module__": __name__}
    return type(f"Search_{entity}", (FTS5Model,), body)


INDEX_MODELS: dict[str, Any] = {entity: _index_model(entity) for entity in ENTITIES}


def document_terms(*texts: str) -> str:
    """The indexed text for a record: every search form of every word, space-separated."""
    terms: set[str] = set()
    for text in texts:
        terms.update(names.search_terms(text or ""))
    return " ".join(sorted(terms))


def set_document(entity: str, entity_id: int, *texts: str) -> None:
    """Replace the index row of one record (delete + insert; never INSERT OR REPLACE)."""
    model = INDEX_MODELS[entity]
    remove_document(entity, entity_id)
    model.insert(rowid=entity_id, terms=document_terms(*texts)).execute()


def compact(entities: set[str]) -> None:
    """Rewrite these indexes in one segment: FTS5 keeps a deleted document's words in
    its old segments until they merge, and a purge must leave nothing of the record."""
    for entity in sorted(entities & set(ENTITIES)):
        BOUND.execute_sql(f"INSERT INTO search_{entity} (search_{entity}) VALUES ('optimize')")


def remove_document(entity: str, entity_id: int) -> None:
    model = INDEX_MODELS[entity]
    model.delete().where(model.rowid == entity_id).execute()


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for a user query: AND of words, each an OR of quoted prefix forms."""
    groups = []
    for word in names.words(query):
        # Keys can shrink a word ("zzzz" → "z"); a shrunken prefix would match nearly everything.
        forms = sorted(f for f in names.search_terms(word) if len(f) >= min(len(word), 2))
        quoted = " OR ".join('"' + form.replace('"', '""') + '"*' for form in forms)
        groups.append(f"({quoted})")
    return " AND ".join(groups) or None


def find(entity: str, query: str, limit: int = 200) -> list[int]:
    """Ids of ``entity`` records matching every word of ``query``, best first."""
    expression = match_expression(query)
    if expression is None:
        return []
    model = INDEX_MODELS[entity]
    rows = (model.select(model.rowid).where(model.match(expression))
            .order_by(SQL("rank")).limit(limit).tuples())
    return [rowid for (rowid,) in rows]


def id_subquery(entity: str, query: str) -> Any:
    """A SELECT of matching ids to use inside IN (...), unranked, or None for no words."""
    expression = match_expression(query)
    if expression is None:
        return None
    model = INDEX_MODELS[entity]
    return model.select(model.rowid).where(model.match(expression))


def indexed_ids(entity: str) -> list[int]:
    """Every record id that has a document (for checks and tests)."""
    model = INDEX_MODELS[entity]
    return [rowid for (rowid,) in model.select(model.rowid).tuples()]


def bare_prefix_query(entity: str, term: str, limit: int) -> list[int]:
    """The benchmarks' baseline: one raw FTS5 prefix query, no expansion, join or sort."""
    cursor = BOUND.execute_sql(
        f"SELECT rowid FROM search_{entity} WHERE search_{entity} MATCH ? LIMIT ?",
        ('"' + term.replace('"', '""') + '"*', limit))
    return [int(row[0]) for row in cursor]


def search_all(text: str, limit: int = 50) -> list[SearchHit]:
    """Live persons, cases and sources matching ``text``, each group best first."""
    from caseapp.store.labels import label_of
    from caseapp.store.models import MODEL_BY_TABLE

    hits: list[SearchHit] = []
    for entity in (PERSON, CASE, SOURCE):
        model = MODEL_BY_TABLE[entity]
        ids = find(entity, text, limit)
        live = {r.id: r for r in model.live().where(model.id.in_(ids))}
        hits += [SearchHit(entity, pk, live[pk].uid, label_of(live[pk]))
                 for pk in ids if pk in live]
    return hits
