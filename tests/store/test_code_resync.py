# SPDX-License-Identifier: GPL-3.0-or-later
"""A database made with older code lists gets the shipped ones when it is opened.

tests/data/schema_v5.sqlite was written with the code files of its day (498 Kazakh
criminal articles, 2 administrative, 89 Russian, 6 Belarusian): opening it adds the
articles it lacks and refreshes the titles of those it has, after a backup, in one
transaction recorded in its audit log, and leaves charges and a volunteer's own
article as they were.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.store import code_data

DATA = Path(__file__).resolve().parent.parent / "data"
SHIPPED = {file.key: len(file.articles) for file in code_data.code_files()}
#: (country, code, article, part) -> Russian title of every shipped article
SHIPPED_TITLES = {(row["country"], row["code"], row["article"], row["part"]): row["title_ru"]
                  for row in code_data.shipped_rows(code_data.code_files())}
STAMP = code_data.STAMP_PREFIX + code_data.shipped_digest()


def rows(path: Path, sql: str, *args: object) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def write(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        with connection:
            for statement in statements:
                connection.execute(statement)
    finally:
        connection.close()


def titles(path: Path) -> dict[tuple[str, str, str, str], str]:
    return {tuple(key): title for *key, title in rows(
        path, "SELECT country, code, article, part, title_ru FROM code_article")}


def counts(path: Path) -> dict[tuple[str, str], int]:
    return {(country, code): n for country, code, n in rows(
        path, "SELECT country, code, count(*) FROM code_article GROUP BY 1, 2")}


CHARGES = ("SELECT charge.id, charge.article_id, charge.part, charge.wording, "
           "code_article.article FROM charge JOIN code_article "
           "ON code_article.id = charge.article_id ORDER BY charge.id")
STAMPS = """SELECT uid FROM audit_log WHERE "table" = 'code_article'"""


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A copy of the schema 5 fixture, with an article a volunteer added by hand."""
    path = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema_v5.sqlite", path)
    write(path, "INSERT INTO code_article (uid, created_at, updated_at, country, code, "
                "article, part, title_kk, title_ru, title_en) VALUES ('own', '', '', 'BY', "
                "'criminal', '999-9', '', '', 'Статья, введенная вручную', '')")
    return path


def test_the_stored_schema_5_file_holds_older_lists(old_file: Path) -> None:
    assert counts(old_file)[("RU", "criminal")] < SHIPPED[("RU", "criminal")]
    assert set(SHIPPED_TITLES) - set(titles(old_file))
    assert rows(old_file, STAMPS) == []


def test_opening_brings_the_lists_up_to_the_shipped_ones(old_file: Path,
                                                        tmp_path: Path) -> None:
    charges_before = rows(old_file, CHARGES)
    old_titles = titles(old_file)
    with Casebook(old_file, backup_dir=tmp_path / "backups") as book:
        assert "207.3" in [r.article for r in book.codes.search(
            "заведомо ложной информации об использовании Вооруженных Сил", country="RU")]
        assert [r.article for r in book.codes.search("введенная вручную")] == ["999-9"]
    now = titles(old_file)
    assert set(now) == set(old_titles) | set(SHIPPED_TITLES)  # added, none deleted
    assert {key: now[key] for key in SHIPPED_TITLES} == SHIPPED_TITLES
    assert now[("BY", "criminal", "999-9", "")] == "Статья, введенная вручную"
    assert rows(old_file, CHARGES) == charges_before  # same rows, same article, part, wording
    assert [article for *_, article in charges_before] == ["274"]
    assert rows(old_file, STAMPS) == [(STAMP,)]
    [backup] = (tmp_path / "backups").glob("*.sqlite")
    assert titles(backup) == old_titles


def test_titles_of_shipped_articles_are_refreshed_and_nothing_is_deleted(
        old_file: Path, tmp_path: Path) -> None:
    write(old_file, "UPDATE code_article SET title_ru = 'Старое название' "
                    "WHERE country = 'KZ' AND code = 'criminal' AND article = '174'")
    with Casebook(old_file, backup_dir=tmp_path / "backups"):
        pass
    assert rows(old_file, "SELECT title_ru FROM code_article WHERE country = 'KZ' AND "
                          "code = 'criminal' AND article = '174'") == [(
        "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной "
        "розни",)]
    before = {tuple(r) for r in rows(DATA / "schema_v5.sqlite",
                                     "SELECT uid FROM code_article")}
    after = {tuple(r) for r in rows(old_file, "SELECT uid FROM code_article")}
    assert before <= after


def test_a_file_with_the_shipped_lists_is_left_alone(old_file: Path, tmp_path: Path) -> None:
    with Casebook(old_file, backup_dir=tmp_path / "first"):
        pass
    with Casebook(old_file, backup_dir=tmp_path / "second"):
        pass
    assert list((tmp_path / "second").glob("*.sqlite")) == []
    assert rows(old_file, STAMPS) == [(STAMP,)]


def test_a_new_database_records_the_lists_it_was_given(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with Casebook(path, create=True, backup_dir=tmp_path / "backups") as book:
        assert book.codes.counts() == SHIPPED
    with Casebook(path, backup_dir=tmp_path / "backups"):
        pass
    assert rows(path, STAMPS) == [(STAMP,)]
    assert not (tmp_path / "backups").exists() or not list(
        (tmp_path / "backups").glob("*.sqlite"))


def test_a_failed_update_changes_nothing(old_file: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(database) -> tuple[int, int]:
        code_data.sync(database)
        raise RuntimeError("disk gone")

    before = counts(old_file)
    monkeypatch.setattr(code_data, "refresh", broken)
    with pytest.raises(RuntimeError), Casebook(old_file, backup_dir=tmp_path / "backups"):
        pass
    assert counts(old_file) == before
    assert rows(old_file, STAMPS) == []
