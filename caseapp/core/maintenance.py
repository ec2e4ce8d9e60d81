# SPDX-License-Identifier: GPL-3.0-or-later
"""Integrity checks, the audit log and the demo records (backups: core/backups.py)."""

from __future__ import annotations

import threading
from datetime import date

from caseapp.core.manager import Manager
from caseapp.core.progress import Progress
from caseapp.domain.changes import Changes
from caseapp.domain.views import AuditEntry
from caseapp.store import audit, db


class Maintenance(Manager):
    """Checks, the audit log, and filling a new file with the demo records."""

    def check(self) -> list[str]:
        return db.check(self.book.database)

    def audit_log(self, limit: int = 100) -> list[AuditEntry]:
        return audit.recent(limit)

    def build_demo(self, *, today: date | None = None, progress: Progress | None = None,
                   abort: threading.Event | None = None) -> Changes:
        """Fill an empty database with fictional demo records (one transaction; no undo)."""
        from caseapp.core.demo import build_demo

        return build_demo(self.book, today=today, progress=progress, abort=abort)
