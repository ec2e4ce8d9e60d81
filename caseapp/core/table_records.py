# SPDX-License-Identifier: GPL-3.0-or-later
"""Facilities, cases (with their defendant and charges), detentions and hearings from a
spreadsheet: each row matched with a stored record (uid column, else its natural key:
a facility's name, a case number, a person's detention start, a case's hearing date) and
turned into a write the import runs inside its one command.

Persons, facilities and cases a row points to must be stored already (import the persons
first); a name that finds none, or several, is an error of that row, never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from caseapp.core.table_persons import Identities
from caseapp.core.table_rows import Row, changed_values, merged_notes
from caseapp.domain import names, records
from caseapp.domain.errors import Ambiguous, Invalid, NotFound
from caseapp.domain.validation import validate
from caseapp.i18n import _
from caseapp.importer.table_values import read_date, read_full_date, read_time, read_word
from caseapp.store import cases as case_store
from caseapp.store import custody as custody_store
from caseapp.store import rows, table_rows

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal

Write = Callable[["Journal"], None]


@dataclass
class Planned:
    """One row's outcome; ``write`` applies it inside the command (None: nothing to do)."""

    outcome: str
    write: Write | None = None


class Lookup:
    """Stored records a row may point to or be: by uid, by key, and the stored persons."""

    def __init__(self, book: Casebook, table: str, key_column: str) -> None:
        self.book = book
        self.table = table
        self.by_uid = table_rows.live_uids(table)
        self.by_key: dict[str, int] = {}
        for pk, value in table_rows.live_column(table, key_column):
            self.by_key.setdefault(names.normalize(value or ""), pk)
        self._persons: Identities | None = None
        #: Case number → [id] of cases created by earlier rows (filled when written).
        self.pending: dict[str, list[int]] = {}

    @property
    def persons(self) -> Identities:
        if self._persons is None:
            self._persons = Identities()
        return self._persons

    def existing(self, row: Row, key: str) -> int | None:
        uid = row.text("uid")
        return self.by_uid.get(uid) if uid else self.by_key.get(names.normalize(key))

    def person(self, row: Row) -> int | None:
        """The stored person the row's person column names (an error when none or several)."""
        name = row.text("person")
        if not name:
            return None
        try:
            found = self.persons.find(name, None)
        except Invalid as exc:
            row.fail("person", str(exc))
            return None
        if found is None:
            row.fail("person", _("No stored person is named “{name}”; import the persons "
                                 "first").format(name=name))
        return found


#: The notes column of each record an import can write unmapped columns into.
NOTES_FIELD = {records.Case: "notes", records.Hearing: "notes", records.Detention: "note"}


def outcome_of(stored_id: int | None, cls: type[records.Record], values: dict[str, Any],
               after: Callable[[Journal, int], None] | None = None,
               notes: list[str] | None = None) -> Planned:
    """Create, update or leave a record; ``after`` writes what hangs on it (charges);
    ``notes`` are lines the record's notes gain."""
    if notes and cls in NOTES_FIELD:
        stored_notes = getattr(rows.get(cls, stored_id), NOTES_FIELD[cls]) if stored_id else ""
        values[NOTES_FIELD[cls]] = merged_notes(stored_notes, notes)
    if stored_id is None:
        validate(cls(**values))

        def create(journal: Journal) -> None:
            stored = journal.insert(cls(**values))
            if after is not None:
                after(journal, stored.pk)

        return Planned("created", create)
    changes = changed_values(rows.get(cls, stored_id), values)
    if not changes and after is None:
        return Planned("unchanged")

    def update(journal: Journal) -> None:
        if changes:
            journal.update(cls, stored_id, **changes)
        if after is not None:
            after(journal, stored_id)

    return Planned("updated" if changes else "unchanged", update if changes or after else None)


def facility(lookup: Lookup, row: Row) -> Planned | None:
    values: dict[str, Any] = {k: row.text(k) for k in ("name", "city", "region",
                                                       "postal_address") if row.text(k)}
    row.require("name", values.get("name"))
    if (kind := row.read("kind", lambda c: read_word("facility_kind", c))) is not None:
        values["kind"] = kind
    if row.text("coordinates"):
        geo = row.read("coordinates", _geo)
        address = values.get("postal_address", "")
        values["postal_address"] = "\n".join(p for p in (address, geo) if p)
    if row.errors:
        return None
    return outcome_of(lookup.existing(row, values["name"]), records.Facility, values)


def _geo(cell: object) -> str:
    """"43.25, 76.95" as a geo: URI line of the address (caseapp has no map field)."""
    parts = str(cell).replace(";", ",").split(",")
    try:
        lat, lon = (float(p) for p in parts)
    except ValueError:
        lat = lon = 999.0
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise Invalid(_("“{text}” is not “latitude, longitude”").format(text=cell))
    return f"geo:{lat},{lon}"


def case(lookup: Lookup, row: Row) -> Planned | None:
    values: dict[str, Any] = {"case_number": row.text("case_number")}
    row.require("case_number", values["case_number"])
    if row.text("jurisdiction"):
        values["jurisdiction"] = row.text("jurisdiction").upper()
    if (opened := row.read("opened", read_date)) is not None:
        values["opened"] = opened
    if (status := row.read("status", lambda c: read_word("case_status", c))) is not None:
        values["status"] = status
    person_id = lookup.person(row)
    articles = row.items("article", (";", "\n", "|"))
    if articles and person_id is None and not row.errors:
        row.fail("article", _("A charge needs the person charged: map a person column"))
    charges = [_article(lookup.book, row, a, values.get("jurisdiction", "KZ")) for a in articles]
    if row.errors:
        return None
    stored = lookup.existing(row, values["case_number"])
    links = _case_links(stored, person_id, charges)
    key = names.normalize(values["case_number"])
    if stored is None and key in lookup.pending:
        return _on_pending(lookup.pending[key], links)
    planned = outcome_of(stored, records.Case, values, links, row.notes)
    if stored is None:
        lookup.pending[key] = _remember_id(planned)
    return planned


def _remember_id(planned: Planned) -> list[int]:
    """A box the created case's id goes into, for later rows of the same case."""
    box: list[int] = []
    create = planned.write

    def create_and_remember(journal: Journal) -> None:
        before = len(journal.created)
        if create is not None:
            create(journal)
        box.append(rows.id_for_uid("case_file", journal.created[before][1]) or 0)

    planned.write = create_and_remember
    return box


def _on_pending(box: list[int], links: Callable[[Journal, int], None] | None) -> Planned:
    """A later row of a case an earlier row creates: its defendant and charges only."""
    if links is None:
        return Planned("unchanged")
    return Planned("updated", lambda journal: links(journal, box[0]))


def _article(book: Casebook, row: Row, text: str, country: str) -> tuple[int | None, str]:
    """(code article id, "") for a number the codes know, else (None, the text as written)."""
    try:
        return book.codes.resolve(text, country=country), ""
    except (NotFound, Ambiguous):
        return None, text


def _case_links(case_id: int | None, person_id: int | None,
                charges: list[tuple[int | None, str]]) -> Callable[[Journal, int], None] | None:
    if person_id is None:
        return None
    missing = charges if case_id is None else [
        c for c in charges if not _has_charge(case_id, person_id, *c)]
    linked = case_id is not None and person_id in table_rows.case_parties(case_id)
    if linked and not missing:
        return None

    def link(journal: Journal, new_case_id: int) -> None:
        if not linked:
            journal.insert(records.CaseParty(case_id=new_case_id, person_id=person_id))
        for article_id, wording in missing:
            journal.insert(records.Charge(case_id=new_case_id, person_id=person_id,
                                          article_id=article_id, wording=wording))

    return link


def _has_charge(case_id: int, person_id: int, article_id: int | None, wording: str) -> bool:
    if article_id is not None:
        return case_store.has_charge(case_id, person_id, article_id)
    return wording in table_rows.charge_wordings(case_id, person_id)


def detention(lookup: Lookup, row: Row) -> Planned | None:
    person_id = lookup.person(row)
    row.require("person", row.text("person"))
    values: dict[str, Any] = {"person_id": person_id}
    if row.text("facility"):
        values["facility_id"] = custody_store.facility_by_name(row.text("facility"))
        if values["facility_id"] is None:
            row.fail("facility", _("No stored facility is named “{name}”; import the "
                                   "facilities first").format(name=row.text("facility")))
    if (kind := row.read("kind", lambda c: read_word("detention_kind", c))) is not None:
        values["kind"] = kind
    for name in ("start", "end"):
        if (when := row.read(name, read_date)) is not None:
            values[name] = when
    if row.errors or person_id is None:
        return None
    stored = lookup.by_uid.get(row.text("uid")) if row.text("uid") else _same_detention(
        person_id, values)
    return outcome_of(stored, records.Detention, values, notes=row.notes)


def _same_detention(person_id: int, values: dict[str, Any]) -> int | None:
    for stored in custody_store.detentions_of(person_id):
        if stored.start == values.get("start") and stored.kind == values.get("kind",
                                                                              stored.kind):
            return stored.id
    return None


def hearing(lookup: Lookup, row: Row) -> Planned | None:
    case_id = _hearing_case(lookup, row)
    values: dict[str, Any] = {"case_id": case_id, "date": row.read("date", read_full_date)}
    row.require("date", row.text("date"))
    for name in ("court", "judge", "outcome"):
        if row.text(name):
            values[name] = row.text(name)
    if (time := row.read("time", read_time)) is not None:
        values["time"] = time
    if (kind := row.read("kind", lambda c: read_word("hearing_kind", c))) is not None:
        values["kind"] = kind
    if row.errors or case_id is None:
        return None
    stored = lookup.by_uid.get(row.text("uid")) if row.text("uid") else (
        table_rows.hearing_on(case_id, values["date"]))
    return outcome_of(stored, records.Hearing, values, notes=row.notes)


def _hearing_case(lookup: Lookup, row: Row) -> int | None:
    number = row.text("case_number")
    if number:
        found = case_store.case_by_number(number)
        if found is None:
            row.fail("case_number", _("No one stored case has the number “{number}”; import "
                                      "the cases first").format(number=number))
        return found
    person_id = lookup.person(row)
    found = case_store.defendant_case(person_id) if person_id is not None else None
    if person_id is not None and found is None:
        row.fail("person", _("“{name}” is a defendant in no stored case").format(
            name=row.text("person")))
    elif not row.has("person"):
        row.fail("case_number", _("A hearing needs its case: map a case number column"))
    return found


#: Per entity: the table, the column that names a record, the row reader.
READERS: dict[str, tuple[str, str, Callable[[Lookup, Row], Planned | None]]] = {
    "facilities": ("facility", "name", facility),
    "cases": ("case_file", "case_number", case),
    "detentions": ("detention", "uid", detention),
    "hearings": ("hearing", "uid", hearing),
}
