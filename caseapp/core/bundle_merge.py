# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging a bundle into this database, record by record and field by field.

A ``Merger`` walks the bundle's records (linked tables first) and writes through a
``Sink``: the command's journal on import, nothing on a dry run, so both report the
same counts. A record new here is added (unless it was purged here); a record both have
is merged per field (``exchange_history.decide``): a field changed on one side only
takes that side, one changed on both sides becomes an ``exchange_conflict`` row holding
their value while this database keeps its own. A deletion is the ``deleted_at`` field
travelling like any other; a deletion meeting edits the deleting side has not seen is a
conflict too, never a silent loss. Afterwards each record's agreed state is stored.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from caseapp.core.exchange_form import FIELDS, Links
from caseapp.core.exchange_history import Decision, decide, local_history, union
from caseapp.domain import records
from caseapp.domain.errors import Invalid
from caseapp.domain.validation import validate
from caseapp.exchange.bundle_file import Bundle, BundleRecord
from caseapp.i18n import _
from caseapp.store import exchange, rows, tables

Sink = Callable[[str, int, "rows.Raw | None"], None]
#: Adds many new rows at once: (table, [(id, raw), …]).
ManySink = Callable[[str, list[tuple[int, "rows.Raw"]]], None]
ORDER = {cls.TABLE: index for index, cls in enumerate(records.RECORD_TYPES)}
#: Tables matched by what they hold when the uid is unknown (names and hashes are unique).
NATURAL_KEYS = {"tag": ("name",), "attachment": ("sha256",),
                "code_article": ("country", "code", "article", "part")}


@dataclass
class MergeReport:
    """What an import did (or, on a dry run, would do)."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"created": sum(self.created.values()), "updated": sum(self.updated.values()),
                "unchanged": sum(self.unchanged.values()),
                "deleted": sum(self.deleted.values()),
                "conflicts": [{"table": t, "uid": u, "field": f} for t, u, f in self.conflicts],
                "skipped": [{"table": t, "uid": u, "reason": r} for t, u, r in self.skipped],
                "by_table": {t: {"created": self.created[t], "updated": self.updated[t],
                                 "unchanged": self.unchanged[t]}
                             for t in sorted(set(self.created) | set(self.updated)
                                             | set(self.unchanged))}}


class Merger:
    """Merges one bundle; ``database_id`` marks this side's changes, ``now`` stamps writes."""

    def __init__(self, bundle: Bundle, sink: Sink, add_many: ManySink, *, database_id: str,
                 now: str) -> None:
        self.bundle, self.sink, self.add_many = bundle, sink, add_many
        self.database_id, self.now = database_id, now
        self.links = Links()
        self.report = MergeReport()
        self._next: dict[str, int] = {}
        self._new: dict[str, list[tuple[int, rows.Raw]]] = {}

    def run(self) -> MergeReport:
        by_table: dict[str, list[BundleRecord]] = {}
        for record in self.bundle.records:
            by_table.setdefault(record.table, []).append(record)
        for table in sorted(by_table, key=ORDER.__getitem__):
            self._merge_table(table, by_table[table])
            self._flush(table)
        self._flush("exchange_state")
        return self.report

    def _flush(self, table: str) -> None:
        """Write the new rows of ``table`` gathered so far, many per statement."""
        self.add_many(table, self._new.pop(table, []))

    def _new_id(self, table: str) -> int:
        if table not in self._next:
            self._next[table] = exchange.next_id(table)
        self._next[table] += 1
        return self._next[table] - 1

    def _merge_table(self, table: str, incoming: list[BundleRecord]) -> None:
        uids = [r.uid for r in incoming]
        ids = {uid: self.links.id(table, uid) for uid in uids}
        stored = tables.raw_by_ids(table, [pk for pk in ids.values() if pk])
        states = exchange.states(table, uids)
        marks = exchange.change_marks(table, uids)
        conflicts = {(c.uid, c.field): c for c in exchange.conflicts(table)}
        for record in incoming:
            pk = ids[record.uid]
            if pk is None or pk not in stored:
                self._add(record, states.get(record.uid))
            else:
                self._merge(record, pk, stored[pk], states.get(record.uid),
                            marks.get(record.uid, {}), conflicts)

    # -- new records

    def _add(self, record: BundleRecord, purged: exchange.State | None) -> None:
        table = record.table
        if self._matched_by_content(record):
            self.report.unchanged[table] += 1
            return
        if purged is not None:
            self._skip(record, _("it was deleted for good here"))
            return
        raw, missing = self.links.to_stored(table, record.fields)
        if missing:
            self._skip(record, _("it links to a record in neither database ({fields})").format(
                fields=", ".join(missing)))
            return
        raw = {**raw, "uid": record.uid, "updated_at": self.now,
               "created_at": record.fields.get("created_at") or self.now}
        if table == "attachment":
            raw["data"] = self.bundle.attachments.get(raw.get("sha256") or "")
            if raw["data"] is None:
                self._skip(record, _("its file is not in the bundle"))
                return
        if not self._valid(record, raw):
            return
        pk = self._new_id(table)
        self._new.setdefault(table, []).append((pk, raw))
        self.links.add(table, pk, record.uid)
        self._store_state(table, record.uid, None, record.fields, record.history)
        self.report.created[table] += 1

    def _matched_by_content(self, record: BundleRecord) -> bool:
        """A tag, picture or code article this database already has under another uid."""
        keys = NATURAL_KEYS.get(record.table)
        if keys is None:
            return False
        pk = exchange.id_by_content(record.table, {k: record.fields.get(k) for k in keys})
        if pk is not None:
            self.links.alias(record.table, record.uid, pk)
        return pk is not None

    def _valid(self, record: BundleRecord, raw: rows.Raw) -> bool:
        try:
            validate(rows.to_record(record.table, {**raw, "id": None}))
        except (Invalid, ValueError, TypeError) as exc:
            self._skip(record, str(exc) or type(exc).__name__)
            return False
        return True

    def _skip(self, record: BundleRecord, reason: str) -> None:
        self.report.skipped.append((record.table, record.uid, reason))

    # -- records both have

    def _merge(self, record: BundleRecord, pk: int, raw: rows.Raw,
               state: exchange.State | None, marks: dict[str, list[str]],
               conflicts: dict[tuple[str, str], exchange.Conflict]) -> None:
        table = record.table
        mine = self.links.to_exchange(table, raw)
        history = local_history(mine, state, marks, raw["created_at"],
                                f"{self.database_id}:{raw['updated_at']}")
        decisions = self._decisions(record, mine, history)
        merged, merged_history = dict(mine), dict(history)
        for name, decision in decisions.items():
            theirs, theirs_history = record.fields.get(name), record.history.get(name, [])
            if decision is Decision.TAKE:
                merged[name], merged_history[name] = theirs, list(theirs_history)
            elif decision is Decision.MERGED:
                merged_history[name] = union(history[name], theirs_history)
            elif decision is Decision.CONFLICT:
                self._conflict(record, name, mine[name], conflicts.get((record.uid, name)))
        self._write_changes(record, pk, raw, mine, merged)
        if state is not None or merged_history != history:
            # (with no state and nothing learnt, the history is the audit log's, as before)
            self._store_state(table, record.uid, state, merged, merged_history)

    def _decisions(self, record: BundleRecord, mine: dict[str, Any],
                   history: dict[str, list[str]]) -> dict[str, Decision]:
        decisions = {name: decide(history[name], record.history.get(name, []), mine[name],
                                  record.fields[name])
                     for name in FIELDS[record.table]
                     if name != "created_at" and name in record.fields}
        if self._deletion_meets_edits(record, mine, history, decisions):
            decisions["deleted_at"] = Decision.CONFLICT
        return decisions

    @staticmethod
    def _deletion_meets_edits(record: BundleRecord, mine: dict[str, Any],
                              history: dict[str, list[str]],
                              decisions: dict[str, Decision]) -> bool:
        """One side deleted the record while the other changed it, unseen by the first."""
        deletion = decisions.get("deleted_at")
        others = {n: d for n, d in decisions.items() if n != "deleted_at"}
        if deletion is Decision.TAKE and mine["deleted_at"] is None:
            return any(d is Decision.CONFLICT or (d is Decision.KEEP and history[n][-1] not in
                                                   record.history.get(n, []))
                       for n, d in others.items())
        if deletion is Decision.KEEP and mine["deleted_at"] is not None:
            return record.fields.get("deleted_at") is None and any(
                d is Decision.TAKE for d in others.values())
        return False

    def _write_changes(self, record: BundleRecord, pk: int, raw: rows.Raw,
                       mine: dict[str, Any], merged: dict[str, Any]) -> None:
        changed = {name: value for name, value in merged.items() if mine[name] != value}
        if not changed:
            self.report.unchanged[record.table] += 1
            return
        stored, missing = self.links.to_stored(record.table, changed)
        if missing:
            self._skip(record, _("it links to a record in neither database ({fields})").format(
                fields=", ".join(missing)))
            return
        self.sink(record.table, pk, {**raw, **stored, "updated_at": self.now})
        self.report.updated[record.table] += 1
        if "deleted_at" in changed and changed["deleted_at"] is not None:
            self.report.deleted[record.table] += 1

    def _conflict(self, record: BundleRecord, name: str, mine: Any,
                  known: exchange.Conflict | None) -> None:
        theirs, marks = record.fields.get(name), record.history.get(name, [])
        self.report.conflicts.append((record.table, record.uid, name))
        if known is not None and known.theirs == theirs and known.theirs_history == marks:
            return
        pk = known.id if known is not None else self._new_id("exchange_conflict")
        self.sink("exchange_conflict", pk, {
            "id": pk, "target_table": record.table, "target_uid": record.uid, "field": name,
            "mine": _json(mine), "theirs": _json(theirs), "theirs_history": _json(marks),
            "peer": self.bundle.database_id, "found_at": self.now})

    def _store_state(self, table: str, uid: str, state: exchange.State | None,
                     snapshot: dict[str, Any], history: dict[str, list[str]]) -> None:
        if state is not None and state.snapshot == snapshot and state.history == history:
            return
        pk = state.id if state is not None else self._new_id("exchange_state")
        row = {"id": pk, "target_table": table, "target_uid": uid,
               "snapshot": _json(snapshot), "history": _json(history)}
        if state is None:
            self._new.setdefault("exchange_state", []).append((pk, row))
        else:
            self.sink("exchange_state", pk, row)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
