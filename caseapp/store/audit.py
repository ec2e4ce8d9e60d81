# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log: who changed which record when, by field name, never by value."""

from __future__ import annotations

from caseapp.domain.records import AuditEntry
from caseapp.store.models import AuditLog
from caseapp.store.rows import now_text

#: Entries per statement (six values each).
BATCH = 1000


def write(operator: str, command: str, entries: list[tuple[str, str, tuple[str, ...]]]) -> None:
    """One executemany: an import's 200,000 entries would be more values than one INSERT
    may bind, and peewee's statement building would cost seconds."""
    stamp = now_text()
    columns = AuditLog._meta.columns
    names = ", ".join(f'"{columns[name].column_name}"' for name in
                      ("at", "operator", "command", "table", "uid", "fields"))
    AuditLog._meta.database.cursor().executemany(
        f'INSERT INTO "{AuditLog._meta.table_name}" ({names}) VALUES (?, ?, ?, ?, ?, ?)',
        [(stamp, operator, command, table, uid, ",".join(fields))
         for table, uid, fields in entries])


def recent(limit: int = 100) -> list[AuditEntry]:
    query = AuditLog.select().order_by(AuditLog.id.desc()).limit(limit)
    return [AuditEntry(a.at, a.operator, a.command, a.table, a.uid,
                       tuple(f for f in a.fields.split(",") if f)) for a in query]
