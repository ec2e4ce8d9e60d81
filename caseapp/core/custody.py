# SPDX-License-Identifier: GPL-3.0-or-later
"""Where and how long people are held: facilities, detentions and sentences."""

from __future__ import annotations

from typing import Any

from caseapp.core import commands
from caseapp.core.manager import Manager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.i18n import _
from caseapp.store import custody as custody_store


class Custody(Manager):
    """Commands: add or edit a facility, a detention or a sentence."""

    def add_facility(self, facility: records.Facility) -> tuple[records.Facility, Changes]:
        return commands.add(self.book, facility, _("Add Facility"))

    def edit_facility(self, pk: int, **values: Any) -> tuple[records.Facility, Changes]:
        return commands.edit(self.book, records.Facility, pk, values)

    def add_detention(self, detention: records.Detention) -> tuple[records.Detention, Changes]:
        return commands.add(self.book, detention, _("Add Detention"))

    def edit_detention(self, pk: int, **values: Any) -> tuple[records.Detention, Changes]:
        return commands.edit(self.book, records.Detention, pk, values)

    def add_sentence(self, sentence: records.Sentence) -> tuple[records.Sentence, Changes]:
        return commands.add(self.book, sentence, _("Add Sentence"))

    def edit_sentence(self, pk: int, **values: Any) -> tuple[records.Sentence, Changes]:
        return commands.edit(self.book, records.Sentence, pk, values)

    def facilities(self) -> list[records.Facility]:
        return custody_store.facilities()

    def resolve_facility(self, reference: str) -> int:
        """A facility id from its name (in any case and spacing) or its uid."""
        found = custody_store.facility_by_name(reference)
        return found if found is not None else self._by_uid("facility", reference, _("Facilities"))
