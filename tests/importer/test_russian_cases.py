# SPDX-License-Identifier: GPL-3.0-or-later
"""Russian role nouns and the names after them: same case, or not one phrase."""

from __future__ import annotations

import pytest

from caseapp.importer.russian_cases import name_cases, role_noun_cases, russian_cases_agree


@pytest.mark.parametrize(("role", "name"), [
    ("адвоката", "мухаметшиной"),   # по словам его адвоката Эльвиры Мухаметшиной
    ("адвоката", "эльвиры"),
    ("адвокату", "мухаметшиной"),
    ("адвокатом", "мухаметшиной"),
    ("адвоката", "мамырова"),       # по словам адвоката Мамырова
    ("активистку", "белову"),
    ("активистки", "беловой"),      # feminine noun, feminine name, different letters
    ("защитнику", "сатпаевой"),
])
def test_a_role_noun_agrees_with_a_name_in_its_case(role, name):
    assert russian_cases_agree(role, name)


@pytest.mark.parametrize(("role", "name"), [
    ("защитник", "мамырова"),       # Мамыров's lawyer
    ("защитница", "мамыровой"),     # a nominative feminine noun before a genitive name
    ("адвокат", "кулышева"),
    ("мать", "кулышева"),
])
def test_a_nominative_role_noun_does_not_name_a_genitive_name(role, name):
    assert not russian_cases_agree(role, name)


def test_the_cases_read_from_endings():
    assert role_noun_cases("адвоката") == {"gen", "acc"}
    assert role_noun_cases("правозащитницы") == {"gen"}
    assert role_noun_cases("адвокат") == {"nom"}
    assert "gen" in name_cases("мухаметшиной") and "nom" not in name_cases("мухаметшиной")
