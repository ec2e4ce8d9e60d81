# SPDX-License-Identifier: GPL-3.0-or-later
"""What safety costs at 100,000 persons (issue 9, docs/reliability.md).

* Backup and restore: a checked backup (``backups.make``: copy aside, fsync, quick
  check, person count, rename) and a restore (backup of the current file, then the
  copy put in place and reopened) against a bare ``shutil.copyfile`` of the same file.
* Encrypted versus plain: the same 100,000-person file, plain and SQLCipher-encrypted,
  opened (to the first page of the Persons list), searched (first page + total) and
  printed (one dossier); the ratio is encrypted / plain.
* Purge: deleting one trashed person for good (which rewrites the search index and
  empties the write-ahead log) against a one-field edit on the same file.
"""

from __future__ import annotations

import shutil
import statistics
from collections.abc import Callable
from pathlib import Path

from benchmarks.shared import PERSONS, large_database
from benchmarks.timing import report, timings
from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.queries import PersonQuery

PASSPHRASE = "correct horse battery staple"
QUERIES = ("Қуанышбаев", "kuanyshbaev", "Ами")


def _copies(source: Path, folder: Path) -> tuple[Path, Path]:
    """A plain and an encrypted copy of ``source``."""
    folder.mkdir(parents=True, exist_ok=True)
    plain, encrypted = folder / "plain.sqlite", folder / "encrypted.sqlite"
    shutil.copyfile(source, plain)
    shutil.copyfile(source, encrypted)
    with Casebook(encrypted, backup_dir=folder / "enc-backups") as book:
        book.security.encrypt(PASSPHRASE)
    return plain, encrypted


def _open_first_page(path: Path, passphrase: str | None) -> None:
    with Casebook(path, passphrase=passphrase, check=True) as book:
        book.persons.page(PersonQuery(), 0, 50)


def _search(book: Casebook) -> Callable[[], None]:
    def run() -> None:
        for query in QUERIES:
            book.persons.page(PersonQuery(text=query), 0, 50)
    return run


def _dossier(book: Casebook, out: Path) -> Callable[[], None]:
    person = book.persons.page(PersonQuery(), 0, 1).ids[0]
    options = book.reports.options(language="kk")
    return lambda: book.reports.dossier(person, out, options)


def encrypted_versus_plain(plain: Path, encrypted: Path) -> None:
    print(report("open to first page, encrypted/plain",
                 timings(lambda: _open_first_page(encrypted, PASSPHRASE), repeat=5),
                 timings(lambda: _open_first_page(plain, None), repeat=5)))
    with Casebook(plain) as p_book, Casebook(encrypted, passphrase=PASSPHRASE) as e_book:
        print(report("search 3 words, encrypted/plain", timings(_search(e_book), repeat=20),
                     timings(_search(p_book), repeat=20)))
        out = plain.parent / "dossier.pdf"
        print(report("one dossier, encrypted/plain", timings(_dossier(e_book, out), repeat=5),
                     timings(_dossier(p_book, out), repeat=5)))


def backup_and_restore(plain: Path) -> None:
    folder = plain.parent / "backups"
    bare = timings(lambda: shutil.copyfile(plain, plain.parent / "bare-copy.sqlite"), repeat=3)
    with Casebook(plain, backup_dir=folder) as book:
        made = timings(lambda: book.backups.make(keep=3), repeat=3)
        print(report(f"checked backup of {PERSONS:,} persons", made, bare))
        chosen = shutil.copyfile(book.backups.list()[0].path, plain.parent / "chosen.sqlite")
        restored = timings(lambda: book.backups.restore(chosen, keep=3), repeat=3)
        print(report(f"restore of {PERSONS:,} persons", restored, bare))
        print(f"{'':34} backup {statistics.median(made):.2f} s, restore "
              f"{statistics.median(restored):.2f} s (median of 3)")


def purge_cost(plain: Path) -> None:
    with Casebook(plain, backup_dir=plain.parent / "backups") as book:
        ids = book.persons.page(PersonQuery(), 0, 200).ids
        victims = iter(ids[:8])
        edits = iter(ids[100:160])

        def purge_one() -> None:
            book.trash.delete(records.Person, next(victims))
            book.trash.purge()

        edit = timings(lambda: book.persons.edit(next(edits), notes="edited"), repeat=20)
        print(report("purge one person (+ delete)", timings(purge_one, repeat=5), edit)
              .replace("baseline", "one edit"))


def main() -> None:
    source = large_database()
    plain, encrypted = _copies(source, source.parent / "safety")
    encrypted_versus_plain(plain, encrypted)
    backup_and_restore(plain)
    purge_cost(plain)


if __name__ == "__main__":
    main()
