# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search over names, aliases, case numbers, notes and source texts.

SQLite's own case folding is ASCII-only, so each indexed document is stored as the
set of *search terms* caseapp derives itself (caseapp.domain.names.search_terms: the
normalised word, its Kazakh→Russian fold, its romanisation and its variant-merged
key). A query word is expanded the same way and every form becomes a quoted FTS5
prefix phrase, so user input never reaches FTS5 syntax unquoted.
"""

from __future__ import annotations

from peewee import SQL
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from caseapp.domain import names

#: Entities that have a document in the index.
PERSON, CASE, SOURCE, HEARING, ACTION = "person", "case_file", "source", "hearing", "action"


class SearchIndex(FTS5Model):
    """One row per indexed record: rowid is a synthetic key, entity + entity_id point back."""

    rowid = RowIDField()
    entity = SearchField(unindexed=True)
    entity_id = SearchField(unindexed=True)
    terms = SearchField()

    class Meta:
        table_name = "search_index"
        options = {"tokenize": "unicode61 remove_diacritics 0"}


def document_terms(*texts: str) -> str:
    """The indexed text for a record: every search form of every word, space-separated."""
    terms: set[str] = set()
    for text in texts:
        terms.update(names.search_terms(text or ""))
    return " ".join(sorted(terms))


def set_document(entity: str, entity_id: int, *texts: str) -> None:
    """Replace the index row of one record (delete + insert; never INSERT OR REPLACE)."""
    remove_document(entity, entity_id)
    SearchIndex.insert(entity=entity, entity_id=str(entity_id),
                       terms=document_terms(*texts)).execute()


def remove_document(entity: str, entity_id: int) -> None:
    SearchIndex.delete().where(
        (SearchIndex.entity == entity) & (SearchIndex.entity_id == str(entity_id))
    ).execute()


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
    rows = (SearchIndex.select(SearchIndex.entity_id)
            .where((SearchIndex.entity == entity) & SearchIndex.match(expression))
            .order_by(SQL("rank")).limit(limit).tuples())
    return [int(entity_id) for (entity_id,) in rows]


def id_subquery(entity: str, query: str):
    """A SELECT of matching ids to use inside IN (...), unranked, or None for no words."""
    expression = match_expression(query)
    if expression is None:
        return None
    return (SearchIndex.select(SearchIndex.entity_id.cast("INTEGER"))
            .where((SearchIndex.entity == entity) & SearchIndex.match(expression)))
