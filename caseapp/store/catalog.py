# SPDX-License-Identifier: GPL-3.0-or-later
"""Lookups in reference data and small lists: code articles, facilities, cases, tags."""

from __future__ import annotations

from caseapp.domain import names, records
from caseapp.store import rows
from caseapp.store.models import CodeArticle, Facility, Source, Tag


def article_id(country: str, code: str, article: str) -> int | None:
    return (CodeArticle.select(CodeArticle.id)
            .where((CodeArticle.country == country) & (CodeArticle.code == code)
                   & (CodeArticle.article == article) & CodeArticle.deleted_at.is_null())
            .order_by(CodeArticle.part).scalar())


def articles(country: str) -> list[records.CodeArticle]:
    query = (CodeArticle.select(CodeArticle.id)
             .where((CodeArticle.country == country) & CodeArticle.deleted_at.is_null())
             .order_by(CodeArticle.code, CodeArticle.article.cast("INTEGER")))
    return [rows.get(records.CodeArticle, pk) for (pk,) in query.tuples()]


def facility_by_name(name: str) -> int | None:
    key = names.normalize(name)
    for pk, facility_name in Facility.select(Facility.id, Facility.name).where(
            Facility.deleted_at.is_null()).tuples():
        if names.normalize(facility_name) == key:
            return pk
    return None


def tag_by_name(name: str) -> int | None:
    return Tag.select(Tag.id).where(Tag.name == name.strip()).scalar()


def source_by_hash(digest: str) -> int | None:
    return (Source.select(Source.id)
            .where((Source.content_hash == digest) & Source.deleted_at.is_null()).scalar())
