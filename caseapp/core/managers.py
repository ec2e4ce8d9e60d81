# SPDX-License-Identifier: GPL-3.0-or-later
"""Attaches one manager per feature to a Casebook (Anki's collection managers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook


def attach(book: Casebook) -> None:
    from caseapp.core.actions import Actions
    from caseapp.core.addressees import Addressees
    from caseapp.core.backups import Backups
    from caseapp.core.cases import Cases
    from caseapp.core.codes import Codes
    from caseapp.core.custody import Custody
    from caseapp.core.deadlines import Deadlines
    from caseapp.core.hearings import Hearings
    from caseapp.core.letters import Letters
    from caseapp.core.maintenance import Maintenance
    from caseapp.core.persons import Persons
    from caseapp.core.security import Security
    from caseapp.core.sources import Sources
    from caseapp.core.tags import Tags
    from caseapp.core.trash import Trash

    book.persons = Persons(book)
    book.cases = Cases(book)
    book.codes = Codes(book)
    book.custody = Custody(book)
    book.deadlines = Deadlines(book)
    book.hearings = Hearings(book)
    book.actions = Actions(book)
    book.sources = Sources(book)
    book.tags = Tags(book)
    book.trash = Trash(book)
    book.maintenance = Maintenance(book)
    book.backups = Backups(book)
    book.security = Security(book)
    book.addressees = Addressees(book)
    book.letters = Letters(book)
