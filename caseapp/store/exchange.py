# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading what exchanges need: the database id, agreed states, open conflicts and
when each field of a record was changed (from the audit log, which names fields only).

Writes to ``exchange_state`` and ``exchange_conflict`` go through the core's journal
like every record write, so importing a bundle is one undo step.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from caseapp.store.models import AuditLog, ExchangeConflict, ExchangeMeta, ExchangeState
from caseapp.store.rows import model_for
from caseapp.store.tables import chunks

#: Up to this many uids are looked up by value; more are filtered while reading.
SMALL_SET = 500


@dataclass(frozen=True)
class State:
    """The agreed fields of one record and their change marks (``exchange_state``)."""

    id: int
    snapshot: dict[str, Any]
    history: dict[str, list[str]]


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    uid: str
    field: str
    mine: Any
    theirs: Any
    theirs_history: list[str]
    peer: str
    found_at: str


def meta(key: str) -> str | None:
    return ExchangeMeta.select(ExchangeMeta.value).where(ExchangeMeta.key == key).scalar()


def set_meta(key: str, value: str) -> None:
    ExchangeMeta.insert(key=key, value=value).on_conflict(
        conflict_target=[ExchangeMeta.key], update={ExchangeMeta.value: value}).execute()


def states(table: str, uids: Iterable[str] | None = None) -> dict[str, State]:
    """The agreed states of ``table``'s records (of ``uids`` only, when given), by uid."""
    query = ExchangeState.select().where(ExchangeState.target_table == table)
    found: dict[str, State] = {}
    if uids is None:
        parts: Iterable[Any] = [None]
    else:
        parts = chunks(list(uids))
    for part in parts:
        selected = query if part is None else query.where(
            ExchangeState.target_uid.in_(list(part)))
        for row in selected:
            found[row.target_uid] = State(row.id, json.loads(row.snapshot),
                                          json.loads(row.history))
    return found


def next_id(table: str) -> int:
    model = model_for(table)
    return int(model.select(fn.MAX(model.id)).scalar() or 0) + 1


def id_by_content(table: str, values: dict[str, Any]) -> int | None:
    """The record of ``table`` whose columns equal ``values`` (a tag's name, a hash)."""
    model = model_for(table)
    query = model.select(model.id)
    for column, value in values.items():
        query = query.where(getattr(model, column) == value)
    return query.scalar()


def conflicts(table: str | None = None, uid: str | None = None) -> list[Conflict]:
    query = ExchangeConflict.select().order_by(ExchangeConflict.id)
    if table is not None:
        query = query.where(ExchangeConflict.target_table == table)
    if uid is not None:
        query = query.where(ExchangeConflict.target_uid == uid)
    return [Conflict(c.id, c.target_table, c.target_uid, c.field, json.loads(c.mine),
                     json.loads(c.theirs), json.loads(c.theirs_history), c.peer, c.found_at)
            for c in query]


def change_marks(table: str, uids: Iterable[str] | None = None) -> dict[str, dict[str, list[str]]]:
    """uid → field → the times (audit ``at``) of every command that changed the field,
    oldest first. A copy of a database shares these, so two copies agree on the history
    of every field neither changed since. One pass over the table's audit entries (the
    log has no index by uid; a pass per batch of uids would read it many times)."""
    wanted = None if uids is None else set(uids)
    marks: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    query = (AuditLog.select(AuditLog.uid, AuditLog.at, AuditLog.fields)
             .where(AuditLog.table == table).order_by(AuditLog.id))
    if wanted is not None and len(wanted) <= SMALL_SET:
        query = query.where(AuditLog.uid.in_(sorted(wanted)))
    for uid, at, names in query.tuples():
        if wanted is not None and uid not in wanted:
            continue
        for name in names.split(","):
            if name and (not marks[uid][name] or marks[uid][name][-1] != at):
                marks[uid][name].append(at)
    return marks
