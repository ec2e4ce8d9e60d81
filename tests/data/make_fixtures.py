# SPDX-License-Identifier: GPL-3.0-or-later
"""Write tests/data/schema_v<N>.sqlite: a small database at the current schema version.

Requirement 4 keeps one stored database per released schema version, and
tests/store/test_schema_upgrade.py upgrades each of them to the current schema. Run
this once when a schema version is released (before its first upgrade step is
added), then commit the file and never regenerate it:

    .venv/bin/python tests/data/make_fixtures.py          # refuses to overwrite
    .venv/bin/python tests/data/make_fixtures.py --force  # only for an unreleased version

schema_v1.sqlite was made this way by caseapp 0.1.0 (SCHEMA_VERSION 1). It holds one
record of every table, a person with Kazakh, Russian and Latin names, and one
person in the trash; the checks in the tests depend on these contents.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import date, time
from pathlib import Path

from caseapp.core import commands
from caseapp.core.casebook import Casebook
from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate
from caseapp.store.schema import SCHEMA_VERSION

HERE = Path(__file__).resolve().parent


def fill(book: Casebook) -> None:
    """One record of each kind; every link points at a live record."""
    person, _ = book.persons.add(
        records.Person(display_name="Ерлан Қуанышбаев", given_name="Ерлан",
                       family_name="Қуанышбаев", birth_date=PartialDate(1984, 4),
                       gender="male", citizenship="KZ", status="detained",
                       notes="Fixture person for the schema upgrade tests."),
        [AliasInput("Ерлан Куанышбаев", "transliteration"),
         AliasInput("Yerlan Kuanyshbayev", "transliteration")])
    lawyer, _ = book.persons.add(records.Person(display_name="Әлия Әбдіқадырова",
                                                status="at_large"))
    gone, _ = book.persons.add(records.Person(display_name="Trashed Fixture Person"))
    book.trash.delete(records.Person, gone.id)
    case, _ = book.cases.add(records.Case(case_number="2019-07510-001", title="Fixture case",
                                          opened=PartialDate(2019, 8, 14), status="trial",
                                          pace_political_reasons=True))
    book.cases.add_party(case.id, person.id, "defendant")
    book.cases.add_party(case.id, lawyer.id, "lawyer")
    book.cases.add_charge(case.id, person.id, "274", part="2", wording="false information")
    facility, _ = book.custody.add_facility(records.Facility(
        name="СИЗО ЛА-155/18", kind="pretrial", city="Алматы", postal_address="ул. Жандосова 1"))
    book.custody.add_detention(records.Detention(person_id=person.id, facility_id=facility.id,
                                                 case_id=case.id, kind="pretrial",
                                                 start=PartialDate(2019, 8, 16)))
    book.hearings.add(records.Hearing(case_id=case.id, court="Алмалинский районный суд",
                                             date=date(2019, 10, 1), time=time(10, 30),
                                             kind="trial", judge="Judge Fixture"))
    book.custody.add_sentence(records.Sentence(person_id=person.id, case_id=case.id,
                                               date=date(2019, 12, 20), years=3,
                                               credited_days=126, term_start=date(2019, 12, 20)))
    book.actions.add(records.Action(kind="letter", title="Fixture letter",
                                    date=PartialDate(2019, 9)),
                     person_ids=[person.id], case_ids=[case.id])
    source, _ = book.sources.add(records.Source(title="Fixture news", url="https://example.org/1",
                                                full_text="Ерлан Қуанышбаев was detained."))
    book.sources.cite(records.Citation(source_id=source.id, target_table="person",
                                       target_uid=person.uid, quote="was detained",
                                       start=17, end=29))
    if SCHEMA_VERSION >= 3:  # reported events came with schema 3
        event, _ = commands.add(book, records.ReportedEvent(
            source_id=source.id, kind="protest", title="Protest, Алматы",
            date=PartialDate(2019, 8), place="Алматы"))
        commands.add(book, records.ReportedEventPerson(event_id=event.id, person_id=person.id))
    if SCHEMA_VERSION >= 4:  # photos inside the database came with schema 4
        _photo_of(book, person.id)
    if SCHEMA_VERSION >= 7:  # letters came with schema 7
        _letters_of(book, person.id)
    if SCHEMA_VERSION >= 8:  # deadline marks came with schema 8
        key = next(d.key for d in book.deadlines.all(person.id) if d.kind == "sentence_end")
        book.deadlines.mark(key, "not_applicable", "released early")
    commands.add(book, records.Organization(name="Fixture Human Rights Bureau", country="KZ"))
    tag, _ = commands.add(book, records.Tag(name="journalist"))
    commands.add(book, records.Tagging(tag_id=tag.id, target_table="person", target_id=person.id))


def _letters_of(book: Casebook, person_id: int) -> None:
    commands.add(book, records.Addressee(
        name="Embassy of Fixtureland", title="Ambassador", postal_address="1 Fixture Street",
        email="embassy@example.org", language="en", salutation="Your Excellency,"))
    commands.add(book, records.LetterTemplate(kind="release", language="en",
                                              subject="Fixture appeal", body="Free {person}."))
    book.actions.add(records.Action(kind="letter", title="Fixture letter with a reply",
                                    date=PartialDate(2019, 10, 2), status="replied",
                                    reply_text="We have received your letter.",
                                    follow_up_on=date(2019, 11, 1),
                                    letter_text="Free Ерлан Қуанышбаев."),
                     person_ids=[person_id])


def _photo_of(book: Casebook, person_id: int) -> None:
    from caseapp.reports.samples import silhouette

    with tempfile.TemporaryDirectory() as scratch:
        picture = Path(scratch) / "face.png"
        picture.write_bytes(silhouette(12, 16))
        book.persons.set_photo(person_id, picture)


def make(target: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch) / target.name
        with Casebook(work, create=True, operator="fixture") as book:
            fill(book)
        connection = sqlite3.connect(work)
        connection.execute("VACUUM")
        connection.close()
        target.write_bytes(work.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    target = HERE / f"schema_v{SCHEMA_VERSION}.sqlite"
    if target.exists() and not args.force:
        print(f"{target} exists; released fixtures are never regenerated", file=sys.stderr)
        return 1
    make(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
