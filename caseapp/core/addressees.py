# SPDX-License-Identifier: GPL-3.0-or-later
"""The addressee book: embassies, officials and bodies the group writes letters to."""

from __future__ import annotations

from typing import Any

from caseapp.core import commands
from caseapp.core.manager import Manager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Ambiguous, Invalid, NotFound
from caseapp.domain.letters import BUILT_IN_TARGETS
from caseapp.i18n import _
from caseapp.store import letters as letter_store


class Addressees(Manager):
    """Commands: add, edit, remove (to the trash); reads: entries, resolve."""

    def add(self, entry: records.Addressee) -> tuple[records.Addressee, Changes]:
        _refuse_built_in_name(entry.name)
        return commands.add(self.book, entry, _("Add Addressee"))

    def edit(self, pk: int, **values: Any) -> tuple[records.Addressee, Changes]:
        if "name" in values:
            _refuse_built_in_name(values["name"])
        return commands.edit(self.book, records.Addressee, pk, values, _("Edit Addressee"))

    def remove(self, pk: int) -> Changes:
        """Move an entry to the trash (restorable there; letters sent to it keep its name)."""
        return commands.run(self.book, _("Remove Addressee"),
                            lambda journal: journal.set_deleted("addressee", pk, True))[1]

    def entries(self) -> list[records.Addressee]:
        return letter_store.addressees()

    def resolve(self, reference: str) -> int:
        """An entry's id from its name (any case and spacing) or its uid."""
        found = letter_store.addressees_named(reference)
        if len(found) > 1:
            raise Ambiguous(_("More than one addressee is called “{name}”; give the uid")
                            .format(name=reference))
        if found:
            return found[0]
        try:
            return self._by_uid("addressee", reference, _("Addressee book"))
        except NotFound:
            raise NotFound(_("No addressee is called “{name}”: give one of {built_in}, or the "
                             "name of an addressee book entry").format(
                name=reference, built_in=", ".join(BUILT_IN_TARGETS))) from None


def _refuse_built_in_name(name: str) -> None:
    if name.strip().casefold() in BUILT_IN_TARGETS:
        raise Invalid(_("“{name}” names a built-in addressee; choose another name")
                      .format(name=name.strip()), field="name")
