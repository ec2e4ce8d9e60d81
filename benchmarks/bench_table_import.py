# SPDX-License-Identifier: GPL-3.0-or-later
"""Spreadsheet import of 100,000 persons (issue 12, point 6) against raw SQL.

The import reads a CSV of 100,000 rows (name, date of birth, gender and status words),
checks every row against the stored persons and writes persons, their names, search
documents, undo step and audit entries in one command. The baseline is sqlite3's
``executemany`` of the same person and name rows, already parsed, in one transaction,
with no search index, undo or audit. The ratio is import / baseline (the issue's aim:
at most 3x). Set BENCH_PERSONS for another size.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from benchmarks.shared import PERSONS
from caseapp.core.casebook import Casebook
from caseapp.domain import names
from caseapp.domain.table_import import ImportOptions

FAMILY = [root + end for root in ("Қуанышба", "Жақсылық", "Төлеуба", "Мұқан", "Сейітқали",
                                  "Оспан", "Нұрғали", "Серікба", "Тоқтар", "Ахметжан",
                                  "Дүйсен", "Қожахмет", "Сапарба", "Есенғали", "Байжан",
                                  "Иван") for end in ("ев", "ов", "ева", "ова")]
GIVEN = ["Ерлан", "Айгерім", "Дәурен", "Гүлнар", "Нұрлан", "Сәуле", "Асқар", "Жанар", "Ирина",
         "Олег", "Марат", "Әлия", "Серік", "Динара", "Тимур", "Мәдина", "Бауыржан", "Анна",
         "Ғалым", "Ольга"]
PATRONYMIC = ["Серікұлы", "Маратович", "Ивановна", "Нұрланқызы", "Ерланұлы", "Петрович",
              "Асқарқызы", "Сергеевна", "Тимурович", "Бақытұлы"]
GENDERS, STATUSES = ("ер", "ж", "муж.", "әйел"), ("задержан", "сотталған", "освобождена")


def rows(count: int) -> Iterator[tuple[str, str, str, str]]:
    """(name, date of birth as written, gender word, status word); no two the same person."""
    combos = len(FAMILY) * len(GIVEN) * len(PATRONYMIC)
    for n in range(count):
        family, rest = FAMILY[n % len(FAMILY)], n // len(FAMILY)
        given, rest = GIVEN[rest % len(GIVEN)], rest // len(GIVEN)
        patronymic = PATRONYMIC[rest % len(PATRONYMIC)]
        year = 1940 + n // combos
        born = (f"{n % 28 + 1:02d}.{n % 12 + 1:02d}.{year}" if n % 3 else str(year))
        yield (f"{family} {given} {patronymic}", born, GENDERS[n % 4], STATUSES[n % 3])


def write_csv(path: Path, count: int) -> None:
    lines = ["ФИО;Дата рождения;Пол;Статус"] + [";".join(row) for row in rows(count)]
    path.write_text("\r\n".join(lines), encoding="utf-8")


def import_seconds(database: Path, csv_path: Path) -> tuple[float, int]:
    with Casebook(database) as book:
        start = time.perf_counter()
        sheet = book.table_import.read(csv_path)
        mapping = book.table_import.guess("persons", sheet.headings)
        report, _changes = book.table_import.run(sheet, ImportOptions("persons", mapping),
                                                 dry_run=False)
        return time.perf_counter() - start, report.created


def executemany_seconds(database: Path, count: int) -> float:
    """The same person and name rows, parsed beforehand, with plain executemany."""
    stamp = "2026-01-01T00:00:00.000000Z"
    people = [(n + 1, str(uuid.uuid4()), stamp, stamp, name, born, "unknown", "detained",
               names.normalize(name), "", "", "", "", "", "", "")
              for n, (name, born, _g, _s) in enumerate(rows(count))]
    aliases = [(str(uuid.uuid4()), stamp, stamp, pk, name, "cyrillic", "kk", "official",
                names.match_key(name)) for pk, _u, _c, _m, name, *_rest in people]
    connection = sqlite3.connect(database)
    start = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO person (id, uid, created_at, updated_at, display_name, birth_date, "
            "gender, status, sort_key, family_name, given_name, patronymic, citizenship, "
            "notes, contacts, photo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            people)
        connection.executemany(
            "INSERT INTO person_name (uid, created_at, updated_at, person_id, text, script, "
            "language, kind, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", aliases)
    seconds = time.perf_counter() - start
    connection.close()
    return seconds


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="caseapp-bench-import-"))
    try:
        empty = folder / "empty.sqlite"
        Casebook(empty, create=True).close()
        csv_path = folder / "persons.csv"
        write_csv(csv_path, PERSONS)
        imported = shutil.copyfile(empty, folder / "import.sqlite")
        seconds, created = import_seconds(imported, csv_path)
        raw = executemany_seconds(shutil.copyfile(empty, folder / "raw.sqlite"), PERSONS)
        print(f"import {created:,} CSV person rows          {seconds:8.2f} s")
        print(f"executemany of the same rows             {raw:8.2f} s")
        print(f"ratio import/executemany                 {seconds / raw:8.1f}x  (aim <= 3x)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
