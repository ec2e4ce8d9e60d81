# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange bundles at 100,000 persons: export, import into an empty file, import again.

* Export: the whole database (persons and their names) as one bundle, next to reading
  the same rows raw from SQLite (the floor any export pays).
* Import into an empty database: every record new, one "Import Bundle" command (one
  transaction, one undo step).
* Import of the same bundle again: nothing changes; what it costs to find that out.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.shared import PERSONS, database
from caseapp.core.casebook import Casebook

#: The import into an empty file writes every record through the journal; BENCH_BUNDLE_
#: PERSONS sets a smaller size for a quick run.
IMPORT_PERSONS = int(os.environ.get("BENCH_BUNDLE_PERSONS", PERSONS))


def _raw_read(path: Path) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    for table in ("person", "person_name"):
        connection.execute(f"SELECT * FROM {table}").fetchall()
    connection.close()
    return time.perf_counter() - start


def _timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    source = database(IMPORT_PERSONS)
    folder = Path(tempfile.mkdtemp(prefix="caseapp-bench-bundle-"))
    out = folder / "all.caseapp"
    with Casebook(source) as book:
        seconds, summary = _timed(lambda: book.bundles.export(out))
    floor = _raw_read(source)
    print(f"export {IMPORT_PERSONS:,} persons ({summary.records:,} records, "
          f"{out.stat().st_size / 1e6:.1f} MB): {seconds:.1f} s; raw read of the same rows "
          f"{floor:.2f} s; ratio {seconds / max(floor, 1e-9):.0f}x")
    with Casebook(folder / "empty.sqlite", create=True) as empty:
        seconds, (report, _changes) = _timed(lambda: empty.bundles.import_bundle(out))
        created = report.as_dict()["created"]
        print(f"import into an empty file: {created:,} records in {seconds:.1f} s "
              f"({created / max(seconds, 1e-9):,.0f} records/s)")
        seconds, (again, _changes) = _timed(lambda: empty.bundles.import_bundle(out))
        print(f"import of the same bundle again: {seconds:.1f} s, "
              f"{again.as_dict()['created'] + again.as_dict()['updated']} changes")


if __name__ == "__main__":
    main()
