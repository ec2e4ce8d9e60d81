# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange between volunteers without a server: bundles out, bundles in, conflicts.

``export`` writes the records in scope as a bundle file (``exchange.bundle_file``);
``import_bundle`` checks a bundle whole before anything is written, then merges it as one
command ("Import Bundle": one transaction, one undo step); ``conflicts`` lists the fields
both sides changed, and ``resolve`` keeps one of the two values. A database that is
encrypted writes sealed bundles (``store.sealed``) with a passphrase the volunteers
agree on. See docs/exchange.md.
"""

from __future__ import annotations

import json
import socket
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.core import commands
from caseapp.core.bundle_export import gather
from caseapp.core.bundle_merge import Merger, MergeReport
from caseapp.core.bundle_scope import Scope
from caseapp.core.exchange_form import Links
from caseapp.core.exchange_history import local_history, union
from caseapp.core.journal import Journal
from caseapp.core.manager import Manager
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Ambiguous, Invalid, NotFound, PassphraseNeeded
from caseapp.exchange import bundle_file, output
from caseapp.i18n import _
from caseapp.store import exchange, rows, sealed
from caseapp.store.labels import label_of_uid
from caseapp.store.schema import SCHEMA_VERSION

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int
    attachments: int
    sealed: bool


@dataclass(frozen=True)
class ConflictRow:
    """A field both sides changed: ``mine`` is the value here now, ``theirs`` the other's."""

    uid: str
    table: str
    label: str
    field: str
    mine: Any
    theirs: Any
    peer: str
    found_at: str


class Bundles(Manager):
    """Commands: import_bundle, resolve. Reads: export, read, conflicts, database_id."""

    def database_id(self) -> str:
        """This file's id in bundles; a copy of the file at another place, or on another
        computer, takes a new one the first time it exchanges."""
        home = f"{socket.gethostname()}:{self.book.path.resolve()}"
        found = exchange.meta("database_id")
        if found and exchange.meta("database_home") == home:
            return found
        new = str(uuid.uuid4())
        with self.book.writing():
            exchange.set_meta("database_id", new)
            exchange.set_meta("database_home", home)
        return new

    def export(self, out: Path, *, since: date | None = None, tag: str = "",
               person_ids: tuple[int, ...] = (), passphrase: str | None = None) -> ExportSummary:
        """Write the records in scope to ``out``; sealed with ``passphrase`` — which an
        encrypted database requires (PassphraseNeeded without one)."""
        if self.book.encrypted and not passphrase:
            raise PassphraseNeeded(_("This database is encrypted, so its bundles are too: "
                                     "give a passphrase for the bundle"))
        scope = Scope(since.isoformat() if since else "", tag.strip(), tuple(person_ids))
        bundle = gather(scope, database_id=self.database_id(), now=rows.now_text(),
                        app_schema=SCHEMA_VERSION)
        data = bundle_file.to_bytes(bundle)
        if passphrase:
            sealed.seal(data, Path(out), passphrase)
        else:
            output.write_file(Path(out), data)
        return ExportSummary(Path(out), len(bundle.records), len(bundle.attachments),
                             bool(passphrase))

    def needs_passphrase(self, path: Path) -> bool:
        return sealed.is_sealed(Path(path))

    def read(self, path: Path, passphrase: str | None = None) -> bundle_file.Bundle:
        """The checked bundle at ``path`` (BadBundle, with one line, when it is not sound)."""
        path = Path(path)
        if sealed.is_sealed(path):
            if not passphrase:
                raise PassphraseNeeded(_("This bundle is encrypted: give its passphrase"))
            return bundle_file.from_bytes(sealed.unseal(path, passphrase))
        with path.open("rb") as stream:
            return bundle_file.read(stream)

    def import_bundle(self, path: Path, *, dry_run: bool = False,
                      passphrase: str | None = None) -> tuple[MergeReport, Changes]:
        """Merge the bundle at ``path`` (checked whole first); a dry run writes nothing."""
        bundle = self.read(path, passphrase)
        me = self.database_id()
        if dry_run:
            return Merger(bundle, _ignore, _ignore_many, database_id=me,
                          now=rows.now_text()).run(), Changes()

        def work(journal: Journal) -> MergeReport:
            return Merger(bundle, journal.set_raw, journal.insert_many, database_id=me,
                          now=rows.now_text()).run()

        return commands.run(self.book, _("Import Bundle"), work)

    def conflicts(self) -> list[ConflictRow]:
        links = Links()
        found = []
        for c in exchange.conflicts():
            pk = links.id(c.table, c.uid)
            raw = rows.read_raw(c.table, pk) if pk else None
            mine = links.to_exchange(c.table, raw).get(c.field) if raw else c.mine
            found.append(ConflictRow(c.uid, c.table, label_of_uid(c.table, c.uid), c.field,
                                     mine, c.theirs, c.peer, c.found_at))
        return found

    def resolve(self, reference: str, field: str, take: str) -> Changes:
        """Keep ``take`` ("mine" or "theirs") for ``field`` of the record whose uid is or
        starts with ``reference``; the conflict is closed and the choice travels on."""
        if take not in (MINE, THEIRS):
            raise Invalid(_("Take “mine” or “theirs”"), field="take")
        conflict = self._conflict(reference, field)
        me = self.database_id()
        return commands.run(self.book, _("Resolve Conflict"),
                            lambda journal: _resolve(journal, conflict, take, me))[1]

    def _conflict(self, reference: str, field: str) -> exchange.Conflict:
        text = reference.strip()
        found = [c for c in exchange.conflicts() if len(text) >= 4
                 and c.uid.startswith(text) and c.field == field]
        if not found:
            raise NotFound(_("No open conflict on “{field}” of a record with uid “{uid}”")
                           .format(field=field, uid=reference))
        if len(found) > 1:
            raise Ambiguous(_("More than one record with a conflict has a uid starting with "
                              "“{uid}”; give more of it").format(uid=reference))
        return found[0]


def _ignore(_table: str, _pk: int, _raw: rows.Raw | None) -> None:
    """A dry run's sink: nothing is written."""


def _ignore_many(_table: str, _items: list[tuple[int, rows.Raw]]) -> None:
    """A dry run's sink for new rows: nothing is written."""


def _resolve(journal: Journal, conflict: exchange.Conflict, take: str, me: str) -> None:
    links, table, uid, name = Links(), conflict.table, conflict.uid, conflict.field
    pk = links.id(table, uid)
    raw = rows.read_raw(table, pk) if pk else None
    if pk is None or raw is None:
        raise NotFound(_("The record of this conflict is no longer here"))
    now = rows.now_text()
    mine = links.to_exchange(table, raw)
    state = exchange.states(table, [uid]).get(uid)
    history = local_history(mine, state, exchange.change_marks(table, [uid]).get(uid, {}),
                            raw["created_at"], f"{me}:{raw['updated_at']}")
    history[name] = [*union(history[name], conflict.theirs_history), f"r:{me}:{now}"]
    if take == THEIRS and mine[name] != conflict.theirs:
        stored, missing = links.to_stored(table, {name: conflict.theirs})
        if missing:
            raise NotFound(_("Their value links to a record that is not here"))
        journal.set_raw(table, pk, {**raw, **stored, "updated_at": now})
        mine[name] = conflict.theirs
    state_id = state.id if state is not None else exchange.next_id("exchange_state")
    journal.set_raw("exchange_state", state_id, {
        "id": state_id, "target_table": table, "target_uid": uid,
        "snapshot": json.dumps(mine, ensure_ascii=False, sort_keys=True),
        "history": json.dumps(history, ensure_ascii=False, sort_keys=True)})
    journal.set_raw("exchange_conflict", conflict.id, None)
