# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing and reading: every entity survives Casebook.add → get field for field."""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import replace
from datetime import date, time

import pytest
from peewee import IntegrityError

from caseapp.core import commands
from caseapp.domain import names, records
from caseapp.domain.errors import Invalid, NotFound
from caseapp.domain.partial_date import PartialDate

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


@pytest.fixture
def world(book) -> dict[str, records.Record]:
    """One stored record of each kind the others link to."""
    person, _ = commands.add(book, records.Person(display_name="Ерлан Қуанышбаев"))
    case, _ = commands.add(book, records.Case(case_number="2019-07510-001"))
    facility, _ = commands.add(book, records.Facility(name="СИЗО ЛА-155/18"))
    action, _ = commands.add(book, records.Action(title="Letter to the prosecutor"))
    source, _ = commands.add(book, records.Source(title="Activist detained"))
    tag, _ = commands.add(book, records.Tag(name="journalist"))
    return {"person": person, "case": case, "facility": facility, "action": action,
            "source": source, "tag": tag}


def full_records(w: dict[str, records.Record]) -> list[records.Record]:
    """Every entity with every field set to something other than its default."""
    person, case = w["person"].id, w["case"].id
    return [
        records.Person(display_name="Әлия Әбдіқадырова", family_name="Әбдіқадырова",
                       given_name="Әлия", patronymic="Серікқызы", birth_date=PartialDate(1984, 4),
                       gender="female", citizenship="KZ", status="house_arrest",
                       notes="Journalist, Атырау", contacts="+7 701 000 00 00",
                       photo="photos/aliya.jpg"),
        records.PersonName(person_id=person, text="Yerlan Kuanyshbayev", script="latin",
                           language="en", kind="transliteration"),
        records.Case(case_number="2020-00012", title="Case of the pickets", jurisdiction="KZ",
                     opened=PartialDate(2020, 1), status="appeal",
                     pace_fundamental_rights=True, pace_political_reasons=True,
                     pace_disproportionate=False, pace_discriminatory=True,
                     pace_unfair_proceedings=True, pace_note="criteria a, b, d, e",
                     notes="Appeal filed"),
        records.CaseParty(case_id=case, person_id=person, role="witness", note="heard once"),
        records.CodeArticle(country="KZ", code="criminal", article="999", part="3",
                            title_kk="Сынақ", title_ru="Тест", title_en="Test"),
        records.Charge(case_id=case, person_id=person, article_id=None, part="2",
                       wording="dissemination of false information"),
        records.Facility(name="ИК-161/3", kind="colony", city="Заречный", region="Алматы",
                         postal_address="пос. Заречный, учреждение ИК-161/3"),
        records.Detention(person_id=person, facility_id=w["facility"].id, case_id=case,
                          kind="administrative", start=PartialDate(2019, 8, 14),
                          end=PartialDate(2019, 8, 29), note="15 days"),
        records.Hearing(case_id=case, court="Алмалинский районный суд", date=date(2019, 10, 1),
                        time=time(10, 30), kind="appeal", judge="Судья Б.", outcome="upheld",
                        observers="two volunteers", notes="closed hearing"),
        records.Sentence(person_id=person, case_id=case, date=date(2019, 12, 20), court="Court",
                         kind="restricted_freedom", years=3, months=6, days=10,
                         credited_days=126, term_start=date(2019, 12, 21), fine="500 MCI",
                         note="appealed"),
        records.Action(kind="un_osce_appeal", title="Appeal to the UN WGAD",
                       date=PartialDate(2020, 2), due_date=date(2020, 3, 1), status="done",
                       outcome="communication sent", responsible="Volunteer A", notes="urgent"),
        records.ActionPerson(action_id=w["action"].id, person_id=person),
        records.ActionCase(action_id=w["action"].id, case_id=case),
        records.Source(kind="court_document", title="Verdict", url="https://example.org/v",
                       publisher="Court", language="ru", published=PartialDate(2019),
                       full_text="Приговор ...", content_hash="ab" * 32),
        records.Citation(source_id=w["source"].id, target_table="person",
                         target_uid=w["person"].uid, quote="was detained", start=3, end=15),
        records.Organization(name="Kazakhstan Bureau for Human Rights", kind="ngo",
                             country="KZ", notes="partner"),
        records.Tag(name="urgent", color="#c00000"),
        records.Tagging(tag_id=w["tag"].id, target_table="case_file", target_id=case),
    ]


def test_every_entity_round_trips(book, world) -> None:
    kinds = set()
    for record in full_records(world):
        stored, changes = commands.add(book, record)
        kinds.add(type(record))
        assert stored.id is not None
        assert uuid.UUID(stored.uid).version == 4
        assert STAMP.fullmatch(stored.created_at) and stored.updated_at == stored.created_at
        assert stored.deleted_at is None
        loaded = book.get(type(record), stored.id)
        if isinstance(record, records.PersonName):  # the store derives the search key
            assert loaded.search_key == names.match_key(record.text) == "erlan kuanishbaev"
            stored = replace(stored, search_key=loaded.search_key)
            record = replace(record, search_key=loaded.search_key)
        assert loaded == stored
        # every field the caller set came back, not just the identity columns
        for name in type(record).editable_fields():
            assert getattr(loaded, name) == getattr(record, name), (type(record).__name__, name)
        assert changes.created[0][1] == stored.uid
    assert len(kinds) == 18  # every record table


def test_uids_are_unique_and_survive(book) -> None:
    first, _ = commands.add(book, records.Tag(name="a"))
    second, _ = commands.add(book, records.Tag(name="b"))
    assert first.uid != second.uid
    given = str(uuid.uuid4())
    imported, _ = commands.add(book, records.Tag(name="c", uid=given))
    assert book.get(records.Tag, imported.id).uid == given


def test_update_moves_updated_at_only(book) -> None:
    person, _ = commands.add(book, records.Person(display_name="Ерлан"))
    book.persons.edit(person.id, status="detained")
    loaded = book.get(records.Person, person.id)
    assert loaded.status == "detained"
    assert loaded.created_at == person.created_at
    assert loaded.updated_at > person.updated_at


def test_invalid_records_are_not_stored(book) -> None:
    with pytest.raises(Invalid) as caught:
        commands.add(book, records.Person(display_name="X", status="jailed"))
    assert caught.value.field == "status"
    with pytest.raises(Invalid):
        book.persons.edit(commands.add(book, records.Person(display_name="Y"))[0].id,
                    display_name=" ")
    assert book.persons.ids() == [book.persons.ids()[0]]


def test_missing_record_is_not_found(book) -> None:
    with pytest.raises(NotFound):
        book.get(records.Person, 4242)


def test_wal_and_foreign_keys_are_on(book, db_path) -> None:
    assert book.database.pragma("journal_mode") == "wal"
    assert book.database.pragma("foreign_keys") == 1
    commands.add(book, records.Tag(name="x"))
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # stored in the file
    finally:
        raw.close()


def test_foreign_keys_are_enforced_and_roll_back(book) -> None:
    with pytest.raises(IntegrityError):
        commands.add(book, records.CaseParty(case_id=777, person_id=888))
    assert book.trash.list() == []
    assert len(book.undo) == 0


def test_every_table_has_the_identity_columns(book) -> None:
    tables = [name for (name,) in book.database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_%' "
        "AND name NOT LIKE 'sqlite_%' AND name != 'audit_log' "
        "AND name NOT LIKE 'exchange_%'")]  # bookkeeping of bundles, not records
    assert len(tables) >= 18
    for table in tables:
        columns = {row[1]: row for row in book.database.execute_sql(f"PRAGMA table_info({table})")}
        assert {"id", "uid", "created_at", "updated_at", "deleted_at"} <= set(columns), table
        assert columns["id"][5] == 1, table  # primary key
    indexes = {row[1]: row for row in book.database.execute_sql("PRAGMA index_list(person)")}
    assert any(row[2] for row in indexes.values())  # the uid index is unique


def test_shipped_code_articles(book) -> None:
    numbers = {(a.code, a.article) for a in book.cases.articles()}
    for article in ("174", "179", "182", "272", "274", "400", "405", "423", "434"):
        assert ("criminal", article) in numbers
    assert ("administrative", "488") in numbers
    article = next(a for a in book.cases.articles()
                   if (a.code, a.article) == ("criminal", "274"))
    assert article.title_kk and article.title_ru and article.title_en
