# SPDX-License-Identifier: GPL-3.0-or-later
"""The trash: deleted records wait here until restored or purged for good."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caseapp.domain.changes import Changes
from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.domain.views import TrashRow
from caseapp.i18n import _
from caseapp.store import audit, queries, trash_store

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook


class Trash:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def list(self) -> list[TrashRow]:
        return queries.trash_rows()

    def find(self, uid: str) -> TrashRow:
        """The trashed record with this uid, or the only one whose uid starts with it."""
        uid = uid.strip()
        matches = [row for row in self.list() if uid and row.uid.startswith(uid)]
        exact = [row for row in matches if row.uid == uid]
        if exact or len(matches) == 1:
            return (exact or matches)[0]
        if matches:
            raise Ambiguous(_("{count} records in the trash have a uid starting with {uid}; "
                              "give more of it").format(count=len(matches), uid=uid))
        raise NotFound(_("Nothing in the trash has uid {uid}").format(uid=uid))

    def restore(self, uid: str) -> Changes:
        row = self.find(uid)
        return self.book.restore(row.table, row.id)

    def purge(self, uid: str | None = None) -> int:
        """Delete for good one trashed record (or all); cannot be undone.

        The undo history is cleared, since its steps may refer to the purged rows.
        """
        targets = [self.find(uid)] if uid else self.list()
        with self.book.database.atomic():
            count = trash_store.purge([(row.table, row.id) for row in targets])
            audit.write(self.book.operator, _("Purge from Trash"),
                        [(row.table, row.uid, ()) for row in targets])
        self.book.undo.clear()
        return count
