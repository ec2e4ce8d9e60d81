# SPDX-License-Identifier: GPL-3.0-or-later
"""Permanent deletion of trashed rows, with their citations, taggings and search documents."""

from __future__ import annotations

from caseapp.store import rows
from caseapp.store.models import Citation, Tagging


def purge(targets: list[tuple[str, int]]) -> int:
    """Delete the given (table, id) rows for good; foreign keys cascade to children."""
    for table, pk in targets:
        raw = rows.read_raw(table, pk)
        if raw is None:
            continue
        Citation.delete().where(Citation.target_uid == raw["uid"]).execute()
        # taggings point by id without a foreign key: a reused id would inherit them
        Tagging.delete().where((Tagging.target_table == table)
                               & (Tagging.target_id == pk)).execute()
        rows.write_raw(table, pk, None)
    return len(targets)
