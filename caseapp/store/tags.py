# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading tags: the tag list, the tags of one record, and a tag by name (trashed or not)."""

from __future__ import annotations

from caseapp.domain import records
from caseapp.store import rows
from caseapp.store.models import Tag, Tagging


def tags() -> list[records.Tag]:
    query = Tag.live(Tag.id).order_by(Tag.name)
    return [rows.get(records.Tag, pk) for (pk,) in query.tuples()]


def tag_by_name(name: str) -> records.Tag | None:
    """The tag called ``name``, also when it is in the trash (names are unique)."""
    pk = Tag.select(Tag.id).where(Tag.name == name.strip()).scalar()
    return rows.get(records.Tag, pk) if pk is not None else None


def tagging_id(tag_id: int, table: str, target_id: int) -> int | None:
    """The live link putting tag ``tag_id`` on one record, if there is one."""
    return (Tagging.live(Tagging.id)
            .where((Tagging.tag == tag_id) & (Tagging.target_table == table)
                   & (Tagging.target_id == target_id)).scalar())


def tags_of(table: str, target_id: int) -> list[str]:
    """Names of the live tags on one record, by name."""
    query = (Tag.live(Tag.name).join(Tagging)
             .where((Tagging.target_table == table) & (Tagging.target_id == target_id)
                    & Tagging.is_live()).order_by(Tag.name))
    return [name for (name,) in query.tuples()]
