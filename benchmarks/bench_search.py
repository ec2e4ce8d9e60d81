# SPDX-License-Identifier: GPL-3.0-or-later
"""Search latency on 100,000 persons: Casebook search next to one bare FTS5 query."""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from benchmarks.timing import report, timings
from caseapp.core.casebook import Casebook
from caseapp.domain import names


PERSONS = int(os.environ.get("BENCH_PERSONS", 100_000))
QUERIES = ("Қуанышбаев", "kuanyshbaev", "KUANYSHBAYEV", "Ерлан Куаныш", "zhaks", "Ами")
GIVEN = ("Ерлан", "Айгерім", "Дәурен", "Гүлнар", "Нұрлан", "Сәуле", "Асқар", "Жанар", "Ирина", "Олег")
ROOTS = ("Қуанышба", "Жақсылық", "Төлеуба", "Мұқан", "Сейітқали", "Оспан", "Нұрғали", "Ами",
         "Серікба", "Тоқтар", "Ахметжан", "Дүйсен", "Қожахмет", "Сапарба", "Есенғали", "Байжан")


def people(count: int, rng: random.Random):
    for index in range(count):
        family = rng.choice(ROOTS) + rng.choice(("ев", "ов", "ева", "ова")) + str(index % 97)
        name = f"{rng.choice(GIVEN)} {family}"
        yield name, "detained", [names.latin_spelling(name)]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        book = Casebook(Path(folder) / "bench.sqlite", create=True)
        book.persons.bulk_load(list(people(PERSONS, random.Random(7))))
        print(f"built {PERSONS:,} persons in {time.perf_counter() - start:.1f} s")
        for query in QUERIES:
            measured = timings(lambda: book.persons.ids(text=query), repeat=20)
            key = names.match_key(names.words(query)[0])
            baseline = timings(lambda: bare_fts_query(key, limit=100_000), repeat=20)
            print(report(f"search {query!r}", measured, baseline))
        book.close()


if __name__ == "__main__":
    main()
