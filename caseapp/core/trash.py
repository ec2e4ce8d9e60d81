# SPDX-License-Identifier: GPL-3.0-or-later
"""The trash: deleting moves a record here; it waits until restored or purged for good."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from caseapp.core import commands
from caseapp.core.labels import record_label
from caseapp.core.manager import Manager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.domain.views import DeleteImpact, TrashRow
from caseapp.i18n import _
from caseapp.store import audit, db, followers, rows
from caseapp.store import trash as trash_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal


class Trash(Manager):
    """Commands: delete (to the trash), restore, restore_all, purge."""

    def delete(self, cls: type[records.Record], pk: int) -> Changes:
        """Move a record to the trash with what would be left an orphan without it
        (``impact`` says what); undoable, and a restore brings all of it back."""
        name = _("Delete {what}").format(what=record_label(cls))
        table = rows.table_of(cls)

        def work(journal: Journal) -> None:
            stamp = rows.now_text()
            for row_table, row_id in [(table, pk), *followers.followers(table, pk)]:
                journal.set_deleted(row_table, row_id, True, stamp=stamp)

        return commands.run(self.book, name, work)[1]

    def impact(self, cls: type[records.Record], pk: int) -> DeleteImpact:
        """What a delete of the record takes along, and what stays without it."""
        return followers.impact(rows.table_of(cls), pk)

    def list(self) -> list[TrashRow]:
        return trash_store.trash_rows()

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
        return self.restore_all([(row.table, row.id)])

    def restore_all(self, targets: Iterable[tuple[str, int]]) -> Changes:
        """Bring several records back, each with what went to the trash along with it,
        as one undoable step."""
        chosen = [row for table, pk in targets for row in trash_store.deleted_together(table, pk)]

        def work(journal: Journal) -> None:
            for table, pk in chosen:
                journal.set_deleted(table, pk, False)

        return commands.run(self.book, _("Restore from Trash"), work)[1]

    def purge(self, uids: Iterable[str] | None = None) -> tuple[int, Changes]:
        """Delete for good the trashed records with these uids (None: everything).

        Cannot be undone; the undo history is cleared, since its steps may refer to
        the purged rows.
        """
        targets = [self.find(uid) for uid in uids] if uids is not None else self.list()
        with self.book.writing():
            together = [pair for row in targets
                        for pair in trash_store.deleted_together(row.table, row.id)]
            trash_store.purge(together)
            count = len(targets)
            audit.write(self.book.operator, _("Purge from Trash"),
                        [(row.table, row.uid, ()) for row in targets])
        self.book.undo.clear()
        db.checkpoint(self.book.database)
        return count, Changes(frozenset(table for table, _pk in together), step="")
