# SPDX-License-Identifier: GPL-3.0-or-later
"""Records in the form they travel in: links as uids instead of this file's ids.

Ids differ between two volunteers' databases; uids do not. ``Links`` keeps, per linked
table, the id ⇄ uid indexes (loaded once per table, extended with the records an
import adds), and turns a stored row into exchange fields and back.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from caseapp.domain import records
from caseapp.exchange.bundle_checks import exchanged_fields
from caseapp.store import tables
from caseapp.store.rows import Raw

#: The table a tagging's ``target_id`` points to is in its ``target_table``.
TAGGED = ("tagging", "target_id")


def ref_columns(cls: type[records.Record]) -> dict[str, str]:
    """column → linked table, for the links declared with ``records.ref``."""
    return {f.name: f.metadata["ref"] for f in fields(cls) if f.metadata.get("ref")}


REFS = {cls.TABLE: ref_columns(cls) for cls in records.RECORD_TYPES}
FIELDS = {cls.TABLE: exchanged_fields(cls) for cls in records.RECORD_TYPES}


class Links:
    """id ⇄ uid of every linked table, loaded on first use."""

    def __init__(self) -> None:
        self._uids: dict[str, dict[int, str]] = {}
        self._ids: dict[str, dict[str, int]] = {}

    def uid(self, table: str, pk: int | None) -> str | None:
        return self._uid_index(table).get(pk) if pk else None

    def id(self, table: str, uid: str | None) -> int | None:
        if not uid:
            return None
        self._uid_index(table)
        return self._ids[table].get(uid)

    def alias(self, table: str, uid: str, pk: int) -> None:
        """Another database's uid for record ``pk`` here (a tag of the same name)."""
        self._uid_index(table)
        self._ids[table][uid] = pk

    def add(self, table: str, pk: int, uid: str) -> None:
        self._uid_index(table)[pk] = uid
        self._ids[table][uid] = pk

    def _uid_index(self, table: str) -> dict[int, str]:
        if table not in self._uids:
            self._uids[table] = tables.uid_index(table)
            self._ids[table] = {uid: pk for pk, uid in self._uids[table].items()}
        return self._uids[table]

    def to_exchange(self, table: str, raw: Raw) -> dict[str, Any]:
        """The exchange fields of a stored row."""
        refs = REFS[table]
        values = {}
        for name in FIELDS[table]:
            value = raw.get(name)
            if name in refs:
                value = self.uid(refs[name], value)
            elif (table, name) == TAGGED:
                value = self.uid(raw["target_table"], value) or ""
            values[name] = value
        return values

    def to_stored(self, table: str, values: dict[str, Any]) -> tuple[Raw, list[str]]:
        """Stored columns for exchange ``values``, and the links that name no record here."""
        refs = REFS[table]
        raw: Raw = {}
        missing = []
        for name, value in values.items():
            if name in refs or (table, name) == TAGGED:
                target = refs.get(name) or values.get("target_table", "")
                value = self.id(target, value) if value else None
                if value is None and values.get(name):
                    missing.append(name)
            raw[name] = value
        return raw, missing
