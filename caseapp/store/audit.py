# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log: who changed which record when, by field name, never by value."""

from __future__ import annotations

from caseapp.domain.views import AuditEntry
from caseapp.store.models import AuditLog
from caseapp.store.rows import now_text


def write(operator: str, command: str, entries: list[tuple[str, str, tuple[str, ...]]]) -> None:
    stamp = now_text()
    AuditLog.insert_many([
        {"at": stamp, "operator": operator, "command": command, "table": table,
         "uid": uid, "fields": ",".join(fields)}
        for table, uid, fields in entries
    ]).execute() if entries else None


def recent(limit: int = 100) -> list[AuditEntry]:
    query = AuditLog.select().order_by(AuditLog.id.desc()).limit(limit)
    return [AuditEntry(a.at, a.operator, a.command, a.table, a.uid,
                       tuple(f for f in a.fields.split(",") if f)) for a in query]
