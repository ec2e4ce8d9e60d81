# SPDX-License-Identifier: GPL-3.0-or-later
"""Encryption of a database at rest: encrypt a plain file, change its passphrase,
export a decrypted copy.

Each rewrites the whole file next to the old one and renames it into place
(store.crypto), so a run killed at any moment leaves either the old file or the new
one. The passphrase is kept in memory for as long as the file is open and is never
written anywhere. Backups made before a file was encrypted stay plain: ``encrypt``
reports them so the volunteer can delete them.
"""

from __future__ import annotations

from pathlib import Path

from caseapp.core.manager import Manager
from caseapp.domain.errors import Invalid
from caseapp.i18n import _
from caseapp.store import crypto


class Security(Manager):
    """Commands: encrypt, change_passphrase, decrypt_copy, remove_plain_backups."""

    def encrypt(self, passphrase: str) -> list[Path]:
        """Encrypt the open plain file in place; returns the plain backups still on disk."""
        if self.book.encrypted:
            raise Invalid(_("{path} is encrypted already; change its passphrase "
                            "instead").format(path=self.book.path), field="passphrase")
        key = crypto.check_passphrase(passphrase)
        with self.book.replacing_file(new_passphrase=key):
            crypto.rewrite(self.book.path, None, key, self.book.path)
        return self.plain_backups()

    def change_passphrase(self, new: str) -> None:
        """A new passphrase for the open encrypted file (the whole file is re-encrypted)."""
        if not self.book.encrypted:
            raise Invalid(_("{path} is not encrypted; encrypt it first").format(
                path=self.book.path), field="passphrase")
        key, old = crypto.check_passphrase(new), self.book.passphrase
        with self.book.replacing_file(new_passphrase=key):
            crypto.rewrite(self.book.path, old, key, self.book.path)

    def decrypt_copy(self, target: Path, *, force: bool = False) -> Path:
        """A plain copy of the open file at ``target`` (e.g. to hand to a lawyer's office);
        the open file stays as it is."""
        target = Path(target).expanduser()
        if target.resolve() == self.book.path.resolve():
            raise Invalid(_("{path} is the open database; choose another file").format(
                path=target), field="output")
        if target.exists() and not force:
            raise Invalid(_("{path} already exists; choose a new file name").format(
                path=target), field="output")
        self.book.database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        return crypto.rewrite(self.book.path, self.book.passphrase, None, target)

    def plain_backups(self) -> list[Path]:
        """Backups of this file that are not encrypted."""
        return [facts.path for facts in self.book.backups.list() if not facts.encrypted]

    def remove_plain_backups(self) -> int:
        found = self.plain_backups()
        for path in found:
            path.unlink(missing_ok=True)
        return len(found)
