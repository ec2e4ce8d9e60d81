# SPDX-License-Identifier: GPL-3.0-or-later
"""Turning a database file encrypted, re-keyed or decrypted, without a plain copy on disk.

Every change writes a complete new file next to the old one under a hidden partial
name (SQLCipher's ``sqlcipher_export`` into an attached file with the new key, or
with no key for a decrypted export), fsyncs it, checks it by opening it with its
new key, and only then renames it over the target. A run killed at any point leaves
the old file as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from caseapp.domain.errors import DatabaseError, WrongPassphrase
from caseapp.i18n import _
from caseapp.store import files
from caseapp.store.backups import DRIVER_ERRORS, PARTIAL

#: Shortest passphrase accepted (SQLCipher derives a 256-bit key with PBKDF2 from it).
MIN_PASSPHRASE = 8


def rewrite(source: Path, old: str | None, new: str | None, target: Path) -> Path:
    """Write ``source`` (key ``old``, None = plain) to ``target`` keyed with ``new``
    (None = plain), atomically; ``target`` may be ``source`` itself."""
    partial = target.with_name(PARTIAL + target.name)
    partial.unlink(missing_ok=True)
    try:
        _export(source, old, new, partial)
        files.fsync_file(partial)
        _verify(partial, new)
        files.make_private(partial)
        os.replace(partial, target)
        files.fsync_folder(target.parent)
    except DRIVER_ERRORS as exc:
        raise DatabaseError(_("Cannot write {path} ({reason}); the file was not "
                              "changed").format(path=target, reason=exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def _verify(partial: Path, key: str | None) -> None:
    facts = files.look(partial, key, check=True)
    if facts.problems or not facts.tables or facts.version <= 0:
        raise DatabaseError(_("The new file failed its check ({problem}); the old file was "
                              "not changed").format(
            problem=facts.problems[0] if facts.problems else _("no tables")))


def _export(source: Path, old: str | None, new: str | None, partial: Path) -> None:
    """Same key: pages copied (fast); another key: every row re-encrypted (slow)."""
    # mode=ro: a source that vanished is an error, never silently created empty
    uri = source.resolve().as_uri() + "?mode=ro"
    connection = files.keyed(sqlcipher3.connect(uri, uri=True, isolation_level=None), old)
    try:
        if old == new:
            files.copy_pages(connection, partial, new)
            return
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        key = files.quoted(new or "")
        connection.execute(f"ATTACH DATABASE ? AS exported KEY {key}", (str(partial),))
        connection.execute("SELECT sqlcipher_export('exported')")
        connection.execute(f"PRAGMA exported.user_version = {int(version)}")
        connection.execute("DETACH DATABASE exported")
    finally:
        connection.close()


def check_passphrase(passphrase: str) -> str:
    """The passphrase, or WrongPassphrase naming why it cannot be used."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise WrongPassphrase(_("A passphrase needs at least {count} characters; several "
                                "unrelated words are best.").format(count=MIN_PASSPHRASE))
    return passphrase
