# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped codes (store/data/codes/*.json) and their loading into a database.

Each file holds one code of one country: a header saying where its text comes from
(official name, source addresses, the date of the text, when it was compiled, what
was checked) and its articles. ``sync`` brings a database's ``code_article`` table up
to the shipped files in the caller's transaction: articles it lacks are inserted (one
executemany), shipped articles it has get the shipped titles and penalties, nothing is
ever deleted (charges point at articles), and every row gets its search key.

A database records which shipped files it holds by one audit_log entry per update
(table ``code_article``, uid ``shipped-codes:<digest of the files>``): ``holds_shipped``
tells an open database whose lists are older than this caseapp's, and ``refresh`` brings
them up to date and writes that entry (store/schema.py runs it, after a backup).

Only SQL is used here, never store.models: the schema step that first loaded the
codes (store/steps.py, schema 5) runs this too, and a step is frozen at its version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from caseapp.domain import codes
from caseapp.domain.errors import DatabaseError
from caseapp.i18n import _
from caseapp.store import code_forms
from caseapp.store.rows import new_uid, now_text

CODES_DIR = Path(__file__).with_name("data") / "codes"
TITLES = ("title_kk", "title_ru", "title_en")
PENALTY = ("term_min_months", "term_max_months", "fine_min", "fine_max", "fine_unit")
#: The columns the shipped files fill, besides identity and time stamps.
SHIPPED = ("country", "code", "article", "part", *TITLES, *PENALTY, "search_key")
#: How the audit log names the shipped files a database was brought up to.
STAMP_TABLE = "code_article"
STAMP_PREFIX = "shipped-codes:"


@dataclass(frozen=True)
class CodeFile:
    """One shipped file: its header (everything but the articles) and its articles."""

    path: Path
    header: dict[str, Any]
    articles: tuple[dict[str, Any], ...]

    @property
    def key(self) -> tuple[str, str]:
        return self.header["country"], self.header["code"]


def code_files(folder: Path = CODES_DIR) -> list[CodeFile]:
    """Every shipped code, in file-name order; a broken file names itself."""
    return [_read(path) for path in sorted(folder.glob("*.json"))]


def _read(path: Path) -> CodeFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        articles = tuple(data.pop("articles"))
        if data["code"] not in codes.CODE_KINDS or not data["country"]:
            raise ValueError(data["code"])
    except (OSError, ValueError, KeyError) as error:
        raise DatabaseError(_("The shipped code file {path} cannot be read: {error}").format(
            path=path.name, error=error)) from error
    return CodeFile(path, data, articles)


def shipped_rows(files: list[CodeFile]) -> Iterator[dict[str, Any]]:
    """The articles of ``files`` as code_article values (search key included)."""
    _precompute()
    for file in files:
        country, code = file.key
        for entry in file.articles:
            row: dict[str, Any] = {"country": country, "code": code,
                                   "article": str(entry["article"]),
                                   "part": str(entry.get("part", ""))}
            row.update({name: entry.get(name, "") for name in TITLES})
            row.update({name: entry.get(name) for name in PENALTY})
            row["search_key"] = codes.search_key(row["article"], *(row[t] for t in TITLES))
            yield row


@cache
def _precompute() -> None:
    """Hand the shipped word forms (store/code_forms.py) to the key builder, once."""
    codes.precomputed_forms(code_forms.load())


def sync(database: SqliteDatabase, files: list[CodeFile] | None = None) -> tuple[int, int]:
    """Insert the shipped articles a file lacks and refresh the shipped ones; returns
    (inserted, updated). Runs inside the caller's transaction."""
    existing = {tuple(key): pk for pk, *key in database.execute_sql(
        "SELECT id, country, code, article, part FROM code_article").fetchall()}
    stamp = now_text()
    new, changed = [], []
    for row in shipped_rows(code_files() if files is None else files):
        pk = existing.get((row["country"], row["code"], row["article"], row["part"]))
        values = [row[name] for name in SHIPPED]
        if pk is None:
            new.append([new_uid(), stamp, stamp, *values])
        else:
            changed.append([*values[4:], pk])
    _insert(database, new)
    _update(database, changed)
    _key_the_rest(database)
    return len(new), len(changed)


def _insert(database: SqliteDatabase, rows: list[list[Any]]) -> None:
    columns = ("uid", "created_at", "updated_at", *SHIPPED)
    marks = ", ".join("?" * len(columns))
    database.cursor().executemany(
        f"INSERT INTO code_article ({', '.join(columns)}) VALUES ({marks})", rows)


def _update(database: SqliteDatabase, rows: list[list[Any]]) -> None:
    """Shipped titles, penalties and keys; ``updated_at`` only where something changed."""
    columns = SHIPPED[4:]
    assignments = ", ".join(f"{name} = ?" for name in columns)
    differs = " OR ".join(f"{name} IS NOT ?" for name in columns)
    database.cursor().executemany(
        f"UPDATE code_article SET {assignments}, updated_at = '{now_text()}' "
        f"WHERE id = ? AND ({differs})",
        [[*values[:-1], values[-1], *values[:-1]] for values in rows])


def _key_the_rest(database: SqliteDatabase) -> None:
    """Articles no file ships (a volunteer's own) get their search key too."""
    found = database.execute_sql("SELECT id, article, title_kk, title_ru, title_en "
                                 "FROM code_article WHERE search_key IS NULL").fetchall()
    database.cursor().executemany("UPDATE code_article SET search_key = ? WHERE id = ?",
                                  [(codes.search_key(article, *titles), pk)
                                   for pk, article, *titles in found])


@cache
@cache
def shipped_digest(folder: Path = CODES_DIR) -> str:
    """A short digest of every shipped code file (names and bytes): changes with any edit.
    Read once per process: every opening of a database asks for it."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.json")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def holds_shipped(database: SqliteDatabase) -> bool:
    """Whether ``database`` was last brought up to the code files this caseapp ships."""
    found = database.execute_sql(
        'SELECT 1 FROM audit_log WHERE "table" = ? AND uid = ? LIMIT 1',
        (STAMP_TABLE, STAMP_PREFIX + shipped_digest())).fetchone()
    return found is not None


def refresh(database: SqliteDatabase) -> tuple[int, int]:
    """``sync`` and the audit entry that records it; in the caller's transaction."""
    inserted, updated = sync(database)
    database.execute_sql(
        'INSERT INTO audit_log (at, operator, command, "table", uid, fields) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        (now_text(), "caseapp", _("Update the shipped code lists"), STAMP_TABLE,
         STAMP_PREFIX + shipped_digest(), ",".join(SHIPPED[4:-1])))
    return inserted, updated
