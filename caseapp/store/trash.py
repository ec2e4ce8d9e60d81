# SPDX-License-Identifier: GPL-3.0-or-later
"""The trash on disk: what is in it, and purging for good with everything that hangs on it.

A purged record takes with it every row that points to it through a cascading
foreign key (a case takes its hearings, charges and parties), each row's search
document, the citations of it and the tags on it, so nothing of it stays in the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from caseapp.domain.views import TrashRow
from caseapp.store import attachments, rows, search
from caseapp.store.labels import label_of
from caseapp.store.models import MODEL_BY_TABLE, RECORD_MODELS, Citation, Tagging


def trash_rows() -> list[TrashRow]:
    """Everything in the trash, newest first."""
    found = []
    for model in RECORD_MODELS:
        for record in model.select().where(model.deleted_at.is_null(False)):
            found.append(TrashRow(model._meta.table_name, record.id, record.uid,
                                  label_of(record), record.deleted_at))
    return sorted(found, key=lambda r: r.deleted_at, reverse=True)


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


def _delete(table: str, pk: int) -> None:
    raw = rows.read_raw(table, pk)
    if raw is None:
        return
    Citation.delete().where(Citation.target_uid == raw["uid"]).execute()
    # taggings point by id without a foreign key: a reused id would inherit them
    Tagging.delete().where((Tagging.target_table == table) & (Tagging.target_id == pk)).execute()
    rows.write_raw(table, pk, None)
