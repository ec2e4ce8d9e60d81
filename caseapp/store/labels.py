# SPDX-License-Identifier: GPL-3.0-or-later
"""A short human label for any record (trash list, search hits, citation targets)."""

from __future__ import annotations

from typing import Any

from caseapp.i18n import _
from caseapp.store.models import MODEL_BY_TABLE

LABEL_COLUMNS = ("display_name", "case_number", "title", "name", "text", "court")


def label_of(record: Any) -> str:
    """The first non-empty of the record's name-like columns, else its uid."""
    for attribute in LABEL_COLUMNS:
        value = getattr(record, attribute, "")
        if value:
            return str(value)
    return str(record.uid)


def label_of_uid(table: str, uid: str) -> str:
    model = MODEL_BY_TABLE.get(table)
    record = model.get_or_none(model.uid == uid) if model else None
    return label_of(record) if record is not None else uid


def in_trash_marked(name: str | None, deleted_at: str | None) -> str:
    """A linked record's name, marked when the record is in the trash (the detentions at
    a deleted facility keep it, so that the person's history stays whole)."""
    if not name:
        return ""
    return _("{name} (in trash)").format(name=name) if deleted_at else name


def facility_name(facility: Any) -> str:
    return in_trash_marked(facility.name, facility.deleted_at) if facility else ""
