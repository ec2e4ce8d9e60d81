# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups with rotation, integrity checks and the audit log."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

from caseapp import paths
from caseapp.core.manager import Manager
from caseapp.core.progress import Progress, Ticker
from caseapp.domain.changes import Changes
from caseapp.domain.records import AuditEntry
from caseapp.store import audit, db

DEFAULT_KEEP = 20


class Maintenance(Manager):
    """Backups, checks, the audit log, and filling a new file with the demo records."""

    def backup_folder(self) -> Path:
        return self.book.backup_dir or paths.backups_dir(self.book.path)

    def backup(self, *, target: Path | None = None, keep: int = DEFAULT_KEEP,
               progress: Progress | None = None) -> Path:
        """A consistent copy of the open database; old automatic backups beyond ``keep`` go."""
        ticker = Ticker(2, progress)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        destination = target or self.backup_folder() / f"{self.book.path.stem}-{stamp}.sqlite"
        db.backup_to(self.book.database, destination)
        ticker.tick()
        if target is None:
            self._rotate(keep)
        ticker.tick()
        return destination

    def _rotate(self, keep: int) -> None:
        backups = sorted(self.backup_folder().glob(f"{self.book.path.stem}-*.sqlite"))
        for old in backups[:-keep] if keep > 0 else []:
            old.unlink(missing_ok=True)

    def check(self) -> list[str]:
        return db.check(self.book.database)

    def audit_log(self, limit: int = 100) -> list[AuditEntry]:
        return audit.recent(limit)

    def build_demo(self, *, today: date | None = None, progress: Progress | None = None,
                   abort: threading.Event | None = None) -> Changes:
        """Fill an empty database with fictional demo records (one transaction; no undo)."""
        from caseapp.core.demo import build_demo

        return build_demo(self.book, today=today, progress=progress, abort=abort)
