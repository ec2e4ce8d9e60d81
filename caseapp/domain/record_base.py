# SPDX-License-Identifier: GPL-3.0-or-later
"""What every record shares: the identity and life-cycle columns (``Record``) and the
field metadata that tells the store what SQL a field needs. Kept apart from
caseapp.domain.records so that the list of entities there stays readable; records
re-exports every name."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar

INDEXED: dict[str, Any] = {"index": True}
UNIQUE: dict[str, Any] = {"unique": True}
DERIVED: dict[str, Any] = {"derived": True, "index": True}


def ref(table: str) -> dict[str, Any]:
    """Field metadata: this ``…_id`` column points to a record of ``table``."""
    return {"ref": table}


@dataclass
class Record:
    """Identity and life-cycle columns every table has."""

    TABLE: ClassVar[str] = ""
    #: Indexes over several columns: ((column names), unique).
    INDEXES: ClassVar[tuple[tuple[tuple[str, ...], bool], ...]] = ()
    #: Columns a list of live records is ordered or counted by, its first order first;
    #: the store keeps a partial index (column, id) over live rows for each, so a list's
    #: first page needs no sort and a count by the column reads only the index.
    LIVE_ORDERS: ClassVar[tuple[str, ...]] = ()

    id: int | None = None
    uid: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def pk(self) -> int:
        """The id of a stored record (a record not yet stored has none)."""
        if self.id is None:
            raise ValueError(f"{type(self).__name__} {self.uid!r} is not stored yet")
        return self.id

    @classmethod
    def editable_fields(cls) -> tuple[str, ...]:
        """Column names a command may set (not identity, timestamps or derived keys)."""
        skip = {f.name for f in fields(Record)}
        return tuple(f.name for f in fields(cls)
                     if f.name not in skip and not f.metadata.get("derived"))

    @classmethod
    def own_fields(cls) -> tuple[Any, ...]:
        """The dataclass fields beyond the identity columns, in declaration order."""
        skip = {f.name for f in fields(Record)}
        return tuple(f for f in fields(cls) if f.name not in skip)
