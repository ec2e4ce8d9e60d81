# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups with rotation, integrity checks and the audit log."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp import paths
from caseapp.core.progress import Progress, Ticker
from caseapp.domain.records import AuditEntry
from caseapp.store import audit, db

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook

DEFAULT_KEEP = 20


class Maintenance:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def backup_folder(self) -> Path:
        return self.book.backup_dir or paths.backups_dir(self.book.path)

    def backup(self, *, target: Path | None = None, keep: int = DEFAULT_KEEP,
               progress: Progress | None = None) -> Path:
        """A consistent copy of the open database; old automatic backups beyond ``keep`` go."""
        ticker = Ticker(2, progress)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
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
