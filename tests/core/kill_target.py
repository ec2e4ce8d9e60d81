# SPDX-License-Identifier: GPL-3.0-or-later
"""A process for tests/core/test_kills.py to kill at random moments.

    python kill_target.py MODE DB_PATH LOG_PATH

MODE write: adds persons one command at a time, appending "N" to LOG_PATH after each
commit. MODE passphrase: re-encrypts the file with two passphrases in turn. MODE
backup: makes backups. MODE restore: restores the first backup again and again.
Prints "ready" once the database is open, then runs until killed.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

from caseapp.core.casebook import Casebook
from caseapp.domain import records

KEYS = ("first passphrase here", "second passphrase here")


def main(mode: str, path: Path, log: Path) -> None:
    key = _key_that_opens(path) if mode == "passphrase" else None
    with Casebook(path, passphrase=key, backup_dir=path.parent / "backups") as book:
        print("ready", flush=True)  # the test's clock starts here, not at the interpreter's start
        for step in itertools.count():
            _once(book, mode, step)
            with log.open("a") as handle:
                handle.write(f"{step}\n")
                handle.flush()
                os.fsync(handle.fileno())


def _once(book: Casebook, mode: str, step: int) -> None:
    if mode == "write":
        book.persons.add(records.Person(display_name=f"Written {step}"))
    elif mode == "passphrase":
        book.security.change_passphrase(KEYS[(KEYS.index(book.passphrase or KEYS[1]) + 1) % 2])
    elif mode == "backup":
        book.backups.make(keep=5)
    else:
        book.backups.restore(sorted((book.path.parent / "backups").glob("*.sqlite"))[0],
                             keep=5)


def _key_that_opens(path: Path) -> str:
    from caseapp.domain.errors import WrongPassphrase

    for key in KEYS:
        try:
            Casebook(path, passphrase=key).close()
            return key
        except WrongPassphrase:
            continue
    raise SystemExit("no passphrase opens the file")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
