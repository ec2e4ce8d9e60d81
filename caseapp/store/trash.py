# SPDX-License-Identifier: GPL-3.0-or-later
"""The trash on disk: what is in it, and purging for good with everything that hangs on it.

A purged record takes with it every row that points to it through a cascading
foreign key (a case takes its hearings, charges and parties), each row's search
document, the citations of it and the tags on it, so nothing of it stays in the file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from caseapp.domain.views import TrashRow
from caseapp.store import attachments, rows, search
from caseapp.store.followers import SHOWN
from caseapp.store.labels import label_of
from caseapp.store.models import (
    MODEL_BY_TABLE,
    RECORD_MODELS,
    Citation,
    DeadlineMark,
    ExchangeConflict,
    ExchangeState,
    Tagging,
)

#: When records share a deletion stamp, the one the volunteer deleted is the first kind here.
ROOT_ORDER = ("person", "case_file", "facility", "source", "action", "reported_event",
              "organization", "tag")


def trash_rows() -> list[TrashRow]:
    """What the volunteer deleted, newest first; what went along with a record (same
    stamp) is not listed, and the records among it (not names or links) are counted."""
    groups: dict[str, list[Any]] = defaultdict(list)
    for model in RECORD_MODELS:
        for record in model.select().where(model.deleted_at.is_null(False)):
            groups[record.deleted_at].append(record)
    shown = []
    for stamp, records in groups.items():
        root = min(records, key=_root_rank)
        along = sum(r._meta.table_name in SHOWN and r is not root for r in records)
        shown.append(TrashRow(root._meta.table_name, root.id, root.uid, label_of(root), stamp,
                              along))
    return sorted(shown, key=lambda r: r.deleted_at, reverse=True)


def _root_rank(record: Any) -> int:
    table = record._meta.table_name
    return ROOT_ORDER.index(table) if table in ROOT_ORDER else len(ROOT_ORDER)


def deleted_together(table: str, pk: int) -> list[tuple[str, int]]:
    """(table, id) of every trashed row that shares the stamp of (table, pk), itself first."""
    raw = rows.read_raw(table, pk)
    stamp = raw["deleted_at"] if raw else None
    together = [(table, pk)]
    if stamp is None:
        return together
    for model in RECORD_MODELS:
        name = model._meta.table_name
        query = model.select(model.id).where(model.deleted_at == stamp).tuples()
        together += [(name, other) for (other,) in query if (name, other) != (table, pk)]
    return together


def dependents(table: str, pk: int) -> Iterator[tuple[str, int]]:
    """Rows that a delete of (table, pk) cascades to, children before their parents."""
    parent = MODEL_BY_TABLE[table]
    for model in RECORD_MODELS:
        for field in model._meta.refs:
            if field.rel_model is parent and field.on_delete == "CASCADE":
                for (child,) in model.select(model.id).where(field == pk).tuples():
                    yield from dependents(model._meta.table_name, child)
                    yield model._meta.table_name, child


def purge(targets: list[tuple[str, int]]) -> int:
    """Delete the given (table, id) rows for good, with all that hangs on them."""
    touched = set()
    for table, pk in targets:
        for row_table, row_id in [*dependents(table, pk), (table, pk)]:
            _delete(row_table, row_id)
            touched.add(row_table)
    for pk in attachments.unused():
        rows.write_raw("attachment", pk, None)  # a photo nobody shows any more
    search.compact(touched)
    return len(targets)


def exchange_purged(table: str, uid: str) -> None:
    """Remember the purge for exchanges: a bundle that still holds the record does not
    bring it back (an agreed state without a record means "deleted for good here"). The
    values the state and any conflict kept of the record go with it."""
    ExchangeState.insert(target_table=table, target_uid=uid, snapshot="{}", history="{}") \
        .on_conflict(conflict_target=[ExchangeState.target_table, ExchangeState.target_uid],
                     update={ExchangeState.snapshot: "{}", ExchangeState.history: "{}"}).execute()
    ExchangeConflict.delete().where((ExchangeConflict.target_table == table)
                                    & (ExchangeConflict.target_uid == uid)).execute()


def _delete(table: str, pk: int) -> None:
    raw = rows.read_raw(table, pk)
    if raw is None:
        return
    Citation.delete().where(Citation.target_uid == raw["uid"]).execute()
    # a deadline's mark names its record by uid in its key ("appeal:<uid>")
    DeadlineMark.delete().where(DeadlineMark.key.endswith(":" + raw["uid"])).execute()
    # taggings point by id without a foreign key: a reused id would inherit them
    Tagging.delete().where((Tagging.target_table == table) & (Tagging.target_id == pk)).execute()
    rows.write_raw(table, pk, None)
    exchange_purged(table, raw["uid"])
