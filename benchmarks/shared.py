# SPDX-License-Identifier: GPL-3.0-or-later
"""Databases the benchmarks share: built once per `make bench` run, in a temporary folder."""

from __future__ import annotations

import atexit
import functools
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from caseapp.core.casebook import Casebook
from caseapp.domain import names

PERSONS = int(os.environ.get("BENCH_PERSONS", 100_000))
GIVEN = ("Ерлан", "Айгерім", "Дәурен", "Гүлнар", "Нұрлан", "Сәуле", "Асқар", "Жанар", "Ирина",
         "Олег")
ROOTS = ("Қуанышба", "Жақсылық", "Төлеуба", "Мұқан", "Сейітқали", "Оспан", "Нұрғали", "Ами",
         "Серікба", "Тоқтар", "Ахметжан", "Дүйсен", "Қожахмет", "Сапарба", "Есенғали", "Байжан")


def people(count: int, rng: random.Random):
    """(name, status, [Latin spelling]) for ``count`` made-up persons, deterministic."""
    for index in range(count):
        family = rng.choice(ROOTS) + rng.choice(("ев", "ов", "ева", "ова")) + str(index % 97)
        name = f"{rng.choice(GIVEN)} {family}"
        yield name, "detained", [names.latin_spelling(name)]


@functools.cache
def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="caseapp-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@functools.cache
def database(count: int) -> Path:
    """A closed database file with ``count`` persons (built on first use)."""
    path = _folder() / f"persons-{count}.sqlite"
    start = time.perf_counter()
    with Casebook(path, create=True) as book:
        book.persons.bulk_load(list(people(count, random.Random(7))))
    print(f"(built {count:,} persons in {time.perf_counter() - start:.1f} s)")
    return path


def large_database() -> Path:
    return database(PERSONS)
