# SPDX-License-Identifier: GPL-3.0-or-later
"""The core at 100,000 persons: the cost of one edit, and search-as-you-type.

* Edit cost: one one-field edit (``persons.edit(notes=…)``, a whole command: write
  transaction, journal, search index, audit) on a 1,000-person file and on a
  100,000-person file, in the same run; the ratio should stay near 1.
* Search: the first screenful (50 rows, name-sorted) and the total, as the Persons
  list asks for them while the volunteer types, next to one bare FTS5 prefix query
  with LIMIT 50 on the same file (the floor any search pays).
"""

from __future__ import annotations

import random
from functools import partial

from benchmarks.shared import PERSONS, database, large_database
from benchmarks.timing import percentile, report, timings
from caseapp.core.casebook import Casebook
from caseapp.domain import names
from caseapp.domain.queries import PersonQuery
from caseapp.store import search

QUERIES = ("Қуанышбаев", "kuanyshbaev", "KUANYSHBAYEV", "Ерлан Куаныш", "zhaks", "Ами")
SMALL = 1_000


def edit_cost(book: Casebook, rng: random.Random) -> list[float]:
    ids = book.persons.ids(sort="updated")
    picks = [rng.choice(ids) for _ in range(60)]
    counter = iter(range(10**6))
    return timings(lambda: book.persons.edit(picks[next(counter) % 60],
                                             notes=f"edited {next(counter)}"), repeat=50)


def search_page(book: Casebook) -> None:
    for query in QUERIES:
        wanted = PersonQuery(text=query)
        measured = timings(partial(book.persons.page, wanted, 0, 50), repeat=40)
        key = names.match_key(names.words(query)[0])
        with book.bound():
            baseline = timings(partial(search.bare_prefix_query, search.PERSON, key, 50),
                               repeat=40)
        total = book.persons.page(wanted, 0, 50).total
        print(report(f"first page {query!r} ({total:,} hits)", measured, baseline))
        verdict = "ok" if percentile(measured, 0.95) < 0.020 else "OVER 20 ms"
        print(f"{'':34} first page + total p95 {percentile(measured, 0.95) * 1000:.2f} ms: "
              f"{verdict}")


def main() -> None:
    with Casebook(database(SMALL)) as small, Casebook(large_database()) as large:
        at_small, at_large = edit_cost(small, random.Random(1)), edit_cost(large, random.Random(1))
        print(report(f"one-field edit at {PERSONS:,}", at_large, at_small)
              .replace("baseline", f"at {SMALL:,}"))
        search_page(large)


if __name__ == "__main__":
    main()
