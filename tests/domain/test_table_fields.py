# SPDX-License-Identifier: GPL-3.0-or-later
"""Column headings in kk, ru and en guessed as fields; --map options; merged mappings."""

from __future__ import annotations

import pytest

from caseapp.domain.errors import Invalid
from caseapp.domain.table_fields import (
    FIELDS,
    guess_mapping,
    merged_mapping,
    parse_map_options,
)


def test_canonical_fields_are_the_issues():
    assert FIELDS["persons"] == ("name", "given_name", "family_name", "patronymic", "alias",
                                 "birth_date", "death_date", "gender", "citizenship", "status",
                                 "place", "notes", "source_url", "tags")
    assert FIELDS["hearings"] == ("case_number", "person", "court", "date", "time", "kind",
                                  "judge", "outcome")


@pytest.mark.parametrize("headings", [
    ("ФИО", "Дата рождения", "Пол", "Статус"),
    ("Аты-жөні", "Туған күні", "Жынысы", "Мәртебесі"),
    ("Full name", "Date of birth", "Gender", "Status"),
    ("Name", "DOB", "Sex", "status:")])
def test_person_headings_in_three_languages(headings):
    assert list(guess_mapping("persons", headings).values()) == [
        "name", "birth_date", "gender", "status"]


def test_same_word_different_entity():
    assert guess_mapping("facilities", ["Название", "Город"]) == {"Название": "name",
                                                                   "Город": "city"}
    assert guess_mapping("detentions", ["ФИО", "СИЗО", "Дата ареста"]) == {
        "ФИО": "person", "СИЗО": "facility", "Дата ареста": "start"}


def test_a_field_is_guessed_once_and_unknown_headings_stay_unmapped():
    assert guess_mapping("persons", ["ФИО", "Full name", "Хобби"]) == {"ФИО": "name"}


def test_map_options_and_merge():
    options = parse_map_options("persons", ["Хобби=notes", "ФИО="])
    assert options == {"Хобби": "notes", "ФИО": ""}
    merged = merged_mapping({"ФИО": "name", "Примечание": "notes"}, options)
    assert merged == {"Хобби": "notes"}
    with pytest.raises(Invalid, match="not a field"):
        parse_map_options("persons", ["A=court"])
    with pytest.raises(Invalid, match="Column=field"):
        parse_map_options("persons", ["A"])
