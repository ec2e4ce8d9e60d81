# SPDX-License-Identifier: GPL-3.0-or-later
"""The shape of a bundle's JSON, checked before anything is merged.

Every value is checked against the record class it claims to belong to
(``domain.records``): text where the column holds text, a whole number (never a
boolean) where it holds a number, ISO dates and times that parse, a uid where a link
is, and only the fields caseapp knows. The first problem is refused with one line
naming the table, the record and the field.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

from caseapp.domain import records
from caseapp.domain.errors import BadBundle, Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import _

#: Columns that never travel: derived keys (recomputed on arrival) and a picture's bytes
#: (an attachment file of its own).
NOT_EXCHANGED = frozenset({"sort_key", "search_key", "data"})
MAX_UID = 64
MAX_MARKS = 500
MAX_TEXT = 10_000_000


def exchanged_fields(cls: type[records.Record]) -> tuple[str, ...]:
    """The fields of ``cls`` that a bundle carries: ``created_at`` (kept when the record
    is new on arrival, never merged), its own, and ``deleted_at`` (the tombstone) last."""
    own = tuple(f.name for f in cls.own_fields()
                if f.name not in NOT_EXCHANGED and not f.metadata.get("derived"))
    return ("created_at", *own, "deleted_at")


def _kinds(cls: type[records.Record]) -> dict[str, tuple[type, bool]]:
    hints = typing.get_type_hints(cls)
    kinds: dict[str, tuple[type, bool]] = {"deleted_at": (str, True)}
    for spec in cls.own_fields():
        options = [t for t in typing.get_args(hints[spec.name]) if t is not type(None)]
        kind = options[0] if options else hints[spec.name]
        kinds[spec.name] = (str if spec.metadata.get("ref") else kind,
                            bool(options) or spec.metadata.get("ref") is not None)
    return kinds


def _all_kinds() -> dict[str, dict[str, tuple[type, bool]]]:
    kinds = {cls.TABLE: _kinds(cls) for cls in records.RECORD_TYPES}
    for table in kinds.values():
        table["created_at"] = (str, False)
    kinds["tagging"]["target_id"] = (str, False)  # the tagged record's uid (any table)
    return kinds


#: table → field → (value type, None allowed). Links travel as uids (text).
KINDS = _all_kinds()


def _fail(message: str, **values: Any) -> typing.NoReturn:
    raise BadBundle(message.format(**values))


def check_manifest(manifest: Any, fmt: str, version: int) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != fmt:
        _fail(_("This is not a caseapp bundle (its manifest is missing or foreign)"))
    made_by = manifest.get("bundle_version")
    if not isinstance(made_by, int) or isinstance(made_by, bool) or made_by < 1:
        _fail(_("The bundle's manifest has no valid version"))
    if made_by > version:
        _fail(_("The bundle was written by a newer caseapp (bundle version {found}, this "
                "caseapp reads up to {known}); update caseapp first"), found=made_by,
              known=version)
    for key, kind in (("database_id", str), ("created_at", str), ("app_schema", int),
                      ("scope", dict), ("hashes", dict)):
        if not isinstance(manifest.get(key), kind) or isinstance(manifest.get(key), bool):
            _fail(_("The bundle's manifest has a wrong “{key}”"), key=key)
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in manifest["hashes"].items()):
        _fail(_("The bundle's manifest has a wrong “{key}”"), key="hashes")


def check_records(document: Any) -> list[dict[str, Any]]:
    """The records of ``records.json``, each checked; BadBundle at the first bad one."""
    rows = document.get("records") if isinstance(document, dict) else None
    if not isinstance(rows, list):
        _fail(_("The bundle's records are not a list"))
    seen: set[tuple[str, str]] = set()
    for number, row in enumerate(rows, 1):
        _check_record(row, number)
        if (row["table"], row["uid"]) in seen:
            _fail(_("Record {uid} ({table}) is in the bundle twice"), uid=row["uid"],
                  table=row["table"])
        seen.add((row["table"], row["uid"]))
    return rows


def _check_record(row: Any, number: int) -> None:
    if not isinstance(row, dict) or set(row) != {"table", "uid", "fields", "history"}:
        _fail(_("Record {number} of the bundle is not a record"), number=number)
    table, uid = row["table"], row["uid"]
    if table not in KINDS:
        _fail(_("Record {number} of the bundle belongs to an unknown table"), number=number)
    if not isinstance(uid, str) or not 0 < len(uid) <= MAX_UID:
        _fail(_("Record {number} of the bundle has no valid uid"), number=number)
    if not isinstance(row["fields"], dict) or not isinstance(row["history"], dict):
        _fail(_("Record {uid} ({table}) in the bundle is malformed"), uid=uid, table=table)
    for name, value in row["fields"].items():
        _check_value(table, uid, name, value)
    _check_history(table, uid, row["history"])


def _check_value(table: str, uid: str, name: str, value: Any) -> None:
    kinds = KINDS[table]
    if name not in kinds or name in NOT_EXCHANGED:
        _fail(_("Record {uid} ({table}) in the bundle has an unknown field “{field}”"),
              uid=uid, table=table, field=name[:60])
    kind, nullable = kinds[name]
    if value is None and nullable:
        return
    if not _fits(kind, value) or (name == "target_table" and value not in KINDS):
        _fail(_("Record {uid} ({table}) in the bundle has a wrong value in “{field}”"),
              uid=uid, table=table, field=name)


def _fits(kind: type, value: Any) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2 ** 62
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return False
    parse = {PartialDate: PartialDate.parse, dt.date: dt.date.fromisoformat,
             dt.time: dt.time.fromisoformat}.get(kind)
    if parse is None:
        return kind is str
    try:
        parse(value)
    except (ValueError, TypeError, Invalid):
        return False
    return True


def _check_history(table: str, uid: str, history: dict[str, Any]) -> None:
    for name, marks in history.items():
        if (name not in KINDS[table] or not isinstance(marks, list) or len(marks) > MAX_MARKS
                or not all(isinstance(m, str) and len(m) <= 100 for m in marks)):
            _fail(_("Record {uid} ({table}) in the bundle has a malformed history"),
                  uid=uid, table=table)
