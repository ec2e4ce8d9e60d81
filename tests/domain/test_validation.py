# SPDX-License-Identifier: GPL-3.0-or-later
"""Validation rules: each failure is Invalid and names the field a form should highlight."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import enums, records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.validation import validate


@pytest.mark.parametrize("record, field", [
    (records.Person(display_name="   "), "display_name"),
    (records.Person(display_name="A", status="jailed"), "status"),
    (records.Person(display_name="A", gender="x"), "gender"),
    (records.PersonName(text=""), "text"),
    (records.PersonName(text="A", kind="alias"), "kind"),
    (records.Case(), "case_number"),
    (records.Case(case_number="1", status="open"), "status"),
    (records.CaseParty(role="spy"), "role"),
    (records.Facility(name=""), "name"),
    (records.Facility(name="SIZO", kind="hotel"), "kind"),
    (records.Detention(kind="jail"), "kind"),
    (records.Detention(start=PartialDate(2016, 4), end=PartialDate(2016, 3)), "end"),
    (records.Hearing(date=None), "date"),
    (records.Hearing(date=date(2020, 1, 1), kind="party"), "kind"),
    (records.Sentence(kind="death"), "kind"),
    (records.Sentence(credited_days=-1), "credited_days"),
    (records.Sentence(years=-1), "term"),
    (records.Action(title=""), "title"),
    (records.Action(title="Letter", status="maybe"), "status"),
    (records.Source(), "title"),
    (records.Source(title="x", kind="rumour"), "kind"),
    (records.Citation(start=10, end=5), "end"),
    (records.Organization(name=" "), "name"),
    (records.Tag(name=""), "name"),
    (records.CodeArticle(article=""), "article"),
])
def test_each_rule_names_its_field(record: records.Record, field: str) -> None:
    with pytest.raises(Invalid) as caught:
        validate(record)
    assert caught.value.field == field
    assert str(caught.value)


@pytest.mark.parametrize("record", [
    records.Person(display_name="Ерлан Қуанышбаев", status="detained", gender="male"),
    records.Case(title="Case without a number yet"),
    records.Detention(start=PartialDate(2016, 4), end=PartialDate(2016)),  # same year: fine
    records.Detention(start=PartialDate(2016, 4, 30), end=PartialDate(2016, 4)),
    records.Hearing(date=date(2020, 1, 1)),
    records.Sentence(years=5, credited_days=120),
    records.Source(url="https://example.org"),
    records.Citation(start=0, end=0),
])
def test_valid_records_pass(record: records.Record) -> None:
    validate(record)


def test_missing_field_message_is_readable() -> None:
    with pytest.raises(Invalid, match="“display_name” must not be empty"):
        validate(records.Person())


def test_enum_parse_accepts_labels_and_lists_choices() -> None:
    assert enums.PersonStatus.parse("House arrest") is enums.PersonStatus.HOUSE_ARREST
    assert enums.PersonStatus.parse(" in-exile ") is enums.PersonStatus.IN_EXILE
    assert enums.DetentionKind.parse("Pre-trial detention") is enums.DetentionKind.PRETRIAL
    assert enums.FacilityKind.parse("pre-trial centre (SIZO)") is enums.FacilityKind.PRETRIAL
    assert enums.ActionKind.parse("UN/OSCE appeal") is enums.ActionKind.UN_OSCE_APPEAL
    with pytest.raises(Invalid) as caught:
        enums.PersonStatus.parse("jailed")
    assert "“jailed” is not one of:" in str(caught.value)
    assert "house_arrest" in str(caught.value)


def test_editable_fields_leave_identity_out() -> None:
    editable = records.Person.editable_fields()
    assert "display_name" in editable
    assert not {"id", "uid", "created_at", "updated_at", "deleted_at"} & set(editable)


def test_changes_merge_and_lookup() -> None:
    first = Changes(frozenset({"person"}), (("person", "u1"),), "Add Person")
    second = Changes(frozenset({"person_name"}), (("person_name", "u2"),), "")
    merged = first.merged(second)
    assert merged.touches("person_name") and merged.touches("person")
    assert not merged.touches("hearing")
    assert merged.uid_of("person_name") == "u2" and merged.uid_of("case_file") is None
    assert merged.step == "Add Person"


def test_every_broken_rule_is_reported_at_once() -> None:
    with pytest.raises(Invalid) as raised:
        validate(records.Action(title=" ", kind="no such kind", status="nor this"))
    assert [problem.field for problem in raised.value.all] == ["title", "kind", "status"]
