# SPDX-License-Identifier: GPL-3.0-or-later
"""Encrypted bundles: the bundle's zip kept as one value in an SQLCipher file.

An encrypted database's exports must not leave it as plain text, so its bundles are
sealed the way its backups are: SQLCipher 4 (AES-256, key from the passphrase with
PBKDF2), here in a one-table file written under a hidden name and renamed when
complete. The passphrase is agreed between the volunteers who exchange; a wrong one,
or a file that is not a sealed bundle, is refused with one line.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from caseapp.domain.errors import BadBundle, WrongPassphrase
from caseapp.i18n import _
from caseapp.store import files

ZIP_MAGIC = b"PK\x03\x04"


def is_sealed(path: Path) -> bool:
    """True for a file that may be a sealed bundle: whole pages of what looks like noise
    (anything else is read as a plain bundle, and refused if it is not one)."""
    with Path(path).open("rb") as handle:
        if handle.read(len(ZIP_MAGIC)) == ZIP_MAGIC:
            return False
    return files.kind_of(Path(path)) == files.OTHER


def seal(data: bytes, out: Path, passphrase: str) -> Path:
    out = Path(out)
    partial = out.with_name(f".{out.name}.part")
    partial.unlink(missing_ok=True)
    try:
        connection = files.keyed(sqlcipher3.connect(str(partial), isolation_level=None),
                                 passphrase)
        try:
            connection.execute("CREATE TABLE bundle (data BLOB NOT NULL)")
            connection.execute("INSERT INTO bundle (data) VALUES (?)", (data,))
        finally:
            connection.close()
        files.fsync_file(partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def unseal(path: Path, passphrase: str) -> bytes:
    try:
        with files.read_only(Path(path), passphrase) as connection:
            row = connection.execute("SELECT data FROM bundle").fetchone()
    except files.DRIVER_ERRORS:
        raise WrongPassphrase(_("Wrong passphrase for this bundle, or it is not a caseapp "
                                "bundle")) from None
    if row is None or not isinstance(row[0], bytes):
        raise BadBundle(_("The encrypted bundle holds no bundle"))
    return bytes(row[0])
