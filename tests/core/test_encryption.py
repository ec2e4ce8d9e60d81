# SPDX-License-Identifier: GPL-3.0-or-later
"""Encryption at rest: nothing readable without the passphrase, on disk or in backups."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import PassphraseNeeded, WrongPassphrase
from caseapp.store import files

KEY = "correct horse battery staple"
NAMES = ("Ерлан Қуанышбаев".encode(), "Қуанышбаев".encode(), b"Kuanyshbayev")


def secret_free(path: Path) -> None:
    """Neither the names nor SQLite's own header are in the file's bytes."""
    data = path.read_bytes()
    assert not any(name in data for name in NAMES), path
    assert not data.startswith(files.SQLITE_HEADER)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.sqlite"
    with Casebook(path, create=True, passphrase=KEY, backup_dir=tmp_path / "backups") as book:
        book.persons.add(records.Person(display_name="Ерлан Қуанышбаев"),
                         [_latin()])
        book.sources.add(records.Source(title="Kuanyshbayev detained",
                                        full_text="Ерлан Қуанышбаев was detained."))
    return path


def _latin():
    from caseapp.core.persons import AliasInput

    return AliasInput("Yerlan Kuanyshbayev", "transliteration")


def test_an_encrypted_file_holds_nothing_readable(encrypted: Path) -> None:
    secret_free(encrypted)
    for side in (Path(f"{encrypted}-wal"), Path(f"{encrypted}-shm")):
        assert not side.exists() or not any(name in side.read_bytes() for name in NAMES)


def test_it_opens_with_its_passphrase_and_searches(encrypted: Path) -> None:
    with Casebook(encrypted, passphrase=KEY) as book:
        assert book.encrypted
        assert [hit.label for hit in book.search("kuanyshbaev")][:1] == ["Ерлан Қуанышбаев"]


def test_without_or_with_a_wrong_passphrase_it_is_refused_untouched(encrypted: Path) -> None:
    before = encrypted.read_bytes()
    with pytest.raises(PassphraseNeeded):
        Casebook(encrypted)
    with pytest.raises(WrongPassphrase, match="wrong passphrase or not a caseapp database"):
        Casebook(encrypted, passphrase="not the passphrase")
    assert encrypted.read_bytes() == before


def test_backups_of_an_encrypted_file_are_encrypted(encrypted: Path, tmp_path: Path) -> None:
    with Casebook(encrypted, passphrase=KEY, backup_dir=tmp_path / "backups") as book:
        made = book.backups.make()
        copy = book.backups.copy_to(tmp_path / "copy.sqlite")
        listed = book.backups.list()
    for path in (made, copy):
        secret_free(path)
    assert listed[0].encrypted and listed[0].sound and listed[0].persons == 1


def test_encrypt_a_plain_file_then_change_its_passphrase(db_path: Path, tmp_path: Path) -> None:
    with Casebook(db_path, backup_dir=tmp_path / "backups") as book:
        book.persons.add(records.Person(display_name="Ерлан Қуанышбаев"), [_latin()])
        book.backups.make()
        plain_backups = book.security.encrypt(KEY)
        assert book.encrypted and len(plain_backups) == 1
        assert book.persons.page(book.persons.QUERY(), 0, 5).total == 1
        book.security.change_passphrase("another long passphrase")
        assert book.security.remove_plain_backups() == 1
    secret_free(db_path)
    with pytest.raises(WrongPassphrase):
        Casebook(db_path, passphrase=KEY)
    with Casebook(db_path, passphrase="another long passphrase") as reopened:
        assert reopened.search("kuanyshbaev")


def test_a_short_passphrase_is_refused(db_path: Path) -> None:
    with Casebook(db_path) as book, pytest.raises(WrongPassphrase, match="at least 8"):
        book.security.encrypt("short")
    assert files.kind_of(db_path) == files.PLAIN


def test_a_decrypted_copy_is_plain_sqlite(encrypted: Path, tmp_path: Path) -> None:
    target = tmp_path / "for-the-lawyer.sqlite"
    with Casebook(encrypted, passphrase=KEY) as book:
        book.security.decrypt_copy(target)
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT display_name FROM person").fetchone()[0] == (
            "Ерлан Қуанышбаев")
    secret_free(encrypted)


def test_restore_an_encrypted_backup(encrypted: Path, tmp_path: Path) -> None:
    with Casebook(encrypted, passphrase=KEY, backup_dir=tmp_path / "backups") as book:
        good = book.backups.make()
        person = book.persons.ids()[0]
        book.trash.delete(records.Person, person)
        book.trash.purge()
        assert book.persons.ids() == []
        book.backups.restore(good)
        assert book.persons.ids() == [person]
    secret_free(encrypted)


def test_the_cli_refuses_a_wrong_passphrase_in_one_line(encrypted: Path) -> None:
    env = {**os.environ, "CASEAPP_PASSPHRASE": "not the passphrase", "CASEAPP_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "caseapp.cli.main", "--db", str(encrypted),
                           "search", "x"], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, check=False, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"caseapp: error: {encrypted}: wrong passphrase or not a caseapp database"]


def test_the_cli_creates_and_opens_an_encrypted_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    env = {**os.environ, "CASEAPP_PASSPHRASE": KEY, "CASEAPP_LANG": "en",
           "CASEAPP_HOME": str(tmp_path / "home")}

    def caseapp(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "caseapp.cli.main", "--db", str(path),
                               *args], env=env, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, check=False, timeout=60)

    assert caseapp("init", "--encrypted").returncode == 0
    assert caseapp("person", "add", "Ерлан Қуанышбаев").returncode == 0
    found = caseapp("search", "kuanyshbaev")
    assert found.returncode == 0 and "Ерлан Қуанышбаев" in found.stdout
    secret_free(path)


def test_restoring_the_oldest_backup_of_a_full_rotation(db_path: Path, tmp_path: Path) -> None:
    """The backup made before a restore must not rotate away the copy being restored."""
    with Casebook(db_path, backup_dir=tmp_path / "backups") as book:
        book.persons.add(records.Person(display_name="In Every Backup"))
        oldest = book.backups.make(keep=2)
        book.backups.make(keep=2)
        book.persons.add(records.Person(display_name="Only In The File"))
        book.backups.restore(oldest, keep=2)
        names = [row.display_name for row in book.persons.rows(book.persons.ids())]
    assert names == ["In Every Backup"]
