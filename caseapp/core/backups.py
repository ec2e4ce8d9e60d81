# SPDX-License-Identifier: GPL-3.0-or-later
"""Backups a volunteer can trust: checked copies, rotation, a daily copy, restore.

Every copy is written aside, checked and only then named (store.backups), so a copy
killed halfway never looks like a backup. Automatic copies are made at most once a
day when a file is opened, and before upgrades, bulk imports, merges and restores;
the number kept is a setting. A copy of an encrypted database is encrypted with the
same passphrase. Restoring first backs up the current file, then replaces it with
the chosen copy in one rename and reopens it.
"""

from __future__ import annotations

import builtins
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp import paths
from caseapp.core import settings
from caseapp.core.manager import Manager
from caseapp.core.progress import Progress, Ticker
from caseapp.domain.errors import Damaged, Invalid, NotFound
from caseapp.i18n import _
from caseapp.store import backups, crypto

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook

DAILY = timedelta(hours=24)


class Backups(Manager):
    """Commands: make, daily, safeguard, copy_to, restore, prune; reads: folder, list.

    ``keep`` (how many copies the rotation holds) defaults to the volunteer's setting.
    """

    def __init__(self, book: Casebook) -> None:
        super().__init__(book)
        # the book's write count when this session last made a copy (a new file: nothing
        # to keep yet)
        self._made_at = 0 if book.created else -1

    def folder(self) -> Path:
        return self.book.backup_dir or paths.backups_dir(self.book.path)

    def make(self, *, keep: int | None = None, progress: Progress | None = None) -> Path:
        """A checked copy in the rotation; the oldest beyond ``keep`` are removed. A damaged
        file is never copied into the rotation (it would push out the good copies)."""
        self.book.ensure_sound()
        ticker = Ticker(2, progress)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.folder() / f"{self.book.path.stem}-{stamp}.sqlite"
        backups.copy_database(self.book.database, target, self.book.passphrase)
        self._made_at = self.book.writes
        ticker.tick()
        self._rotate(keep)
        ticker.tick()
        return target

    def daily(self, *, keep: int | None = None) -> Path | None:
        """A copy when the newest is older than a day (or there is none); else None."""
        newest = self._files()[-1:] if self._files() else []
        if newest and _age(newest[0]) < DAILY:
            return None
        return self.make(keep=keep)

    def safeguard(self) -> Path | None:
        """A copy before a bulk import or a merge, unless nothing was written since this
        session's last copy (a run of merges then costs one copy, not one each)."""
        if self._made_at == self.book.writes:
            return None
        return self.make()

    def copy_to(self, target: Path, *, force: bool = False) -> Path:
        """A checked copy at a place the volunteer chose; never over the open database,
        and over an existing file only with ``force``."""
        target = Path(target).expanduser()
        if target.resolve() == self.book.path.resolve():
            raise Invalid(_("{path} is the open database; choose another file").format(
                path=target), field="output")
        if target.exists() and not force:
            raise Invalid(_("{path} already exists; choose a new file name (or --force to "
                            "replace it)").format(path=target), field="output")
        return backups.copy_database(self.book.database, target, self.book.passphrase)

    def list(self) -> builtins.list[backups.BackupFacts]:
        """The copies in the rotation, newest first, with what each holds."""
        return [backups.describe(path, self.book.passphrase) for path in reversed(self._files())]

    def restore(self, source: Path, *, passphrase: str | None = None,
                keep: int | None = None) -> Path:
        """Replace the open file with the copy ``source`` after backing the file up.

        Returns the backup made of the file as it was. Cannot be undone except by
        restoring that backup; the undo history is cleared."""
        source = Path(source).expanduser()
        if not source.exists():
            raise NotFound(_("There is no backup at {path}").format(path=source))
        key = passphrase or self.book.passphrase
        facts = backups.describe(source, key)
        if not facts.sound:
            raise Invalid(_("{path} cannot be read as a sound caseapp backup (damaged, or "
                            "another passphrase)").format(path=source), field="backup")
        before = self._keep_current()
        with self.book.replacing_file():
            crypto.rewrite(source, key if facts.encrypted else None, self.book.passphrase,
                           self.book.path)
        self._rotate(keep)
        return before

    def _keep_current(self) -> Path:
        """The file as it is before a restore: a checked backup (not rotated now: that
        might remove the copy being restored), or, for a damaged file that no check can
        pass, its bytes copied beside it as ``<name>.damaged-<time>`` for a recovery."""
        try:
            return self.make(keep=0)
        except Damaged:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            return backups.keep_damaged(self.book.path, stamp)

    def latest_sound(self) -> backups.BackupFacts | None:
        """The newest copy that passes its check (what to offer for a damaged file)."""
        return next((facts for facts in self.list() if facts.sound), None)

    def count(self) -> int:
        """How many copies the rotation holds (after a purge: how many still hold it)."""
        return len(self._files())

    def replace_with_fresh(self) -> tuple[Path, int]:
        """A fresh checked copy, then every older one deleted: after a purge the older
        copies still hold the purged records. Returns the copy and how many went."""
        fresh = self.make(keep=0)
        return fresh, self.prune(keep_newest=1)

    def prune(self, *, keep_newest: int = 1) -> int:
        """Delete all but the newest ``keep_newest`` copies (after a purge, old copies still
        hold the purged records); returns how many were deleted."""
        old = self._files()[:-keep_newest] if keep_newest > 0 else self._files()
        for path in old:
            path.unlink(missing_ok=True)
        return len(old)

    def _files(self) -> builtins.list[Path]:
        backups.remove_partials(self.folder())
        return sorted(self.folder().glob(f"{self.book.path.stem}-*.sqlite"))

    def _rotate(self, keep: int | None) -> None:
        keep = settings.load().backups_to_keep if keep is None else keep
        for old in self._files()[:-keep] if keep > 0 else []:
            old.unlink(missing_ok=True)


def _age(path: Path) -> timedelta:
    return datetime.now(UTC) - datetime.fromtimestamp(path.stat().st_mtime, UTC)
