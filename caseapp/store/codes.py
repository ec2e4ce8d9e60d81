# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading the code articles: search by number or title words, one article, counts.

A search matches the stored search key (domain.codes.search_key) with LIKE: the key
and the query are normalised by caseapp, so SQLite's ASCII-only case folding never
matters, and with a few thousand articles a scan of the table takes milliseconds.
Exact numbers come first, then shorter numbers, Kazakhstan's codes before its
neighbours', the criminal code before the administrative one, then number order.
"""

from __future__ import annotations

from typing import Any

from peewee import SQL, Case, NodeList, fn

from caseapp.domain import codes, records
from caseapp.domain.codes import ArticleQuery, ArticleRow
from caseapp.store import rows
from caseapp.store.models import CodeArticle


def _like(text: str) -> str:
    """``text`` for a LIKE pattern with ``\\`` as the escape character."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(fragment: str) -> Any:
    """search_key LIKE '%fragment%' (ASCII-only case folding is harmless: both sides are
    normalised already)."""
    return NodeList((CodeArticle.search_key,
                     SQL("LIKE ? ESCAPE '\\'", (f"%{_like(fragment)}%",))))


def matching(query: ArticleQuery, *, country: str | None = None,
             code: str | None = None) -> Any:
    """A SELECT of live articles matching every part of ``query``, best first."""
    select = CodeArticle.live(CodeArticle.id)
    if query.number:
        select = select.where(_contains(f" №{query.number}"))
    for word in query.words:
        select = select.where(_contains(f" {word}"))
    if country:
        select = select.where(CodeArticle.country == country)
    if code:
        select = select.where(CodeArticle.code == code)
    kazakhstan_first = Case(None, [(CodeArticle.country == "KZ", 0)], 1)
    order = [fn.length(CodeArticle.article), kazakhstan_first, CodeArticle.country,
             CodeArticle.code.desc(), CodeArticle.article, CodeArticle.part]
    if query.number:
        order.insert(0, Case(None, [(_contains(f" №{query.number} "), 0)], 1))
    return select.order_by(*order)


def search(query: ArticleQuery, *, country: str | None = None, code: str | None = None,
           language: str = "en", limit: int = 50) -> list[ArticleRow]:
    """Articles matching ``query`` as display rows, titles in ``language``."""
    if query.is_empty:
        return []
    ids = [pk for (pk,) in matching(query, country=country, code=code).limit(limit).tuples()]
    return article_rows(ids, language)


def exact(number: str, *, country: str | None = None, code: str | None = None) -> list[int]:
    """Ids of the live articles numbered exactly ``number`` ("361-1" = "361.1")."""
    key = codes.number_key(number)
    if not key:
        return []
    query = matching(ArticleQuery(key, ()), country=country, code=code)
    return [pk for (pk,) in query.where(_contains(f" №{key} ")).tuples()]


def article_rows(ids: list[int], language: str = "en") -> list[ArticleRow]:
    found = {a.id: a for a in (rows.get(records.CodeArticle, pk) for pk in ids)}
    return [_row(found[pk], language) for pk in ids if pk in found]


def _row(article: records.CodeArticle, language: str) -> ArticleRow:
    return ArticleRow(article.pk, article.country, article.code, article.article, article.part,
                      article.title(language))


def penalty(article: records.CodeArticle) -> codes.PenaltyRange | None:
    """The article's sanction range, or None when the code states none caseapp has."""
    found = codes.PenaltyRange(article.term_min_months, article.term_max_months,
                               article.fine_min, article.fine_max, article.fine_unit or "")
    return None if found.is_empty else found


def counts() -> dict[tuple[str, str], int]:
    """Live articles per (country, code)."""
    query = (CodeArticle.live(CodeArticle.country, CodeArticle.code, fn.COUNT(CodeArticle.id))
             .group_by(CodeArticle.country, CodeArticle.code).tuples())
    return {(country, code): count for country, code, count in query}
