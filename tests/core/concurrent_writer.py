# SPDX-License-Identifier: GPL-3.0-or-later
"""A second process for tests/core/test_concurrency.py: many commands on a shared file.

    python concurrent_writer.py DB_PATH LABEL COUNT START_FILE

Waits until START_FILE exists (so both writers start together), then runs COUNT
commands: it adds a person, then edits the person it added and the shared first
person, in turn. Prints one JSON line: how many commands succeeded and which failed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import CaseAppError


def main(path: str, label: str, count: int, start_file: str) -> None:
    while not Path(start_file).exists():
        time.sleep(0.005)
    done, failed = 0, []
    with Casebook(Path(path), operator=label) as book:
        mine: list[int] = []
        for step in range(count):
            try:
                _command(book, label, step, mine)
                done += 1
            except CaseAppError as exc:
                failed.append(f"{step}: {type(exc).__name__}: {exc}")
    print(json.dumps({"done": done, "failed": failed, "added": len(mine)}))


def _command(book: Casebook, label: str, step: int, mine: list[int]) -> None:
    if step % 3 == 0 or not mine:
        person, _ = book.persons.add(records.Person(display_name=f"{label} {step}"))
        mine.append(person.id or 0)
    elif step % 3 == 1:
        book.persons.edit(mine[-1], notes=f"{label} edited {step}")
    else:
        shared = book.persons.ids(sort="updated")[0]
        book.persons.edit(shared, contacts=f"{label} {step}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
