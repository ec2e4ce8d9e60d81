# SPDX-License-Identifier: GPL-3.0-or-later
"""Every row that belongs to a person: what a merge of two persons has to move.

Rows point to a person three ways: a ``person_id`` column (names, case parties,
charges, detentions, sentences, action links, reported-event links — found from the
records' declarations, so a new table with ``ref("person")`` is moved too), a
citation's ``target_uid`` and a tagging's ``target_id``. Rows in the trash belong to
the person as much as live ones (a restore brings them back), so they are listed too.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from caseapp.domain import records
from caseapp.store.models import MODEL_BY_TABLE, Citation, Tagging


@dataclass(frozen=True)
class PersonRowRef:
    """One row pointing to a person: its table, id, the pointing column and whether it
    is live."""

    table: str
    pk: int
    column: str
    live: bool


def person_columns() -> list[tuple[type[records.Record], str]]:
    """(record class, column) of every column that points to a person."""
    return [(cls, spec.name) for cls in records.RECORD_TYPES for spec in fields(cls)
            if spec.metadata.get("ref") == "person"]


def rows_of_person(person_id: int, uid: str) -> list[PersonRowRef]:
    found = []
    for cls, column in person_columns():
        model = MODEL_BY_TABLE[cls.TABLE]
        query = model.select(model.id, model.deleted_at).where(getattr(model, column) == person_id)
        found += [PersonRowRef(cls.TABLE, pk, column, deleted is None)
                  for pk, deleted in query.order_by(model.id).tuples()]
    citations = Citation.select(Citation.id, Citation.deleted_at).where(
        (Citation.target_table == "person") & (Citation.target_uid == uid))
    found += [PersonRowRef("citation", pk, "target_uid", deleted is None)
              for pk, deleted in citations.tuples()]
    taggings = Tagging.select(Tagging.id, Tagging.deleted_at).where(
        (Tagging.target_table == "person") & (Tagging.target_id == person_id))
    found += [PersonRowRef("tagging", pk, "target_id", deleted is None)
              for pk, deleted in taggings.tuples()]
    return found
