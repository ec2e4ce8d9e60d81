# SPDX-License-Identifier: GPL-3.0-or-later
"""Gathering a bundle: the records in scope in exchange form, each field with its history.

Nothing is written: a field's history is worked out from what was last agreed and the
audit log's change times each time (``exchange_history.local_history``), so exporting
twice gives the same bundle, and exporting is a read that never waits on a writer.
"""

from __future__ import annotations

from collections.abc import Iterator

from caseapp.core.bundle_scope import Scope, selected_ids
from caseapp.core.exchange_form import Links
from caseapp.core.exchange_history import local_history
from caseapp.domain import records
from caseapp.exchange.bundle_file import Bundle, BundleRecord
from caseapp.store import exchange, tables
from caseapp.store.rows import Raw


def gather(scope: Scope, *, database_id: str, now: str, app_schema: int) -> Bundle:
    links = Links()
    chosen = None if scope.whole else selected_ids(scope)
    found: list[BundleRecord] = []
    attachments: dict[str, bytes] = {}
    for cls in records.RECORD_TYPES:
        raws = list(_rows(cls.TABLE, scope, chosen))
        if not raws:
            continue
        uids = None if chosen is None else [r["uid"] for r in raws]
        states = exchange.states(cls.TABLE, uids)
        marks = exchange.change_marks(cls.TABLE, uids)
        for raw in raws:
            values = links.to_exchange(cls.TABLE, raw)
            history = local_history(values, states.get(raw["uid"]), marks.get(raw["uid"], {}),
                                    raw["created_at"], f"{database_id}:{raw['updated_at']}")
            found.append(BundleRecord(cls.TABLE, raw["uid"], values, history))
            if cls is records.Attachment and raw.get("data") is not None:
                attachments[raw["sha256"]] = bytes(raw["data"])
    return Bundle(database_id, now, app_schema, tuple(found), attachments, scope.describe())


def _rows(table: str, scope: Scope, chosen: dict[str, set[int]] | None) -> Iterator[Raw]:
    if chosen is None and table == "code_article":
        # shipped with caseapp: only the articles a charge names travel
        chosen = {table: set(tables.linked_ids("charge", "article_id"))}
    if chosen is None:
        yield from tables.all_raw(table)
        return
    yield from tables.raw_by_ids(table, sorted(chosen.get(table, ()))).values()
