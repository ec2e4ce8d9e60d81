# SPDX-License-Identifier: GPL-3.0-or-later
"""Suffix stripping and declension: one word at a time."""

from __future__ import annotations

import pytest

from caseapp.importer.morphology import kazakh_stems, russian_surname_nominative
from caseapp.importer.person_forms import first_name, kazakh_surname


@pytest.mark.parametrize("word, stem", [
    ("Жақсылықовқа", "Жақсылықов"), ("Жақсылықовты", "Жақсылықов"),
    ("Мұқановтың", "Мұқанов"), ("Атабекті", "Атабек"), ("Жаукерованы", "Жаукерова"),
    ("Төлеубаева", "Төлеубаева"), ("Есенғалиқызы", "Есенғалиқызы"), ("Ковальчукты", "Ковальчук"),
])
def test_kazakh_case_endings_come_off_surnames(word, stem):
    assert kazakh_surname(word) == stem


@pytest.mark.parametrize("word, stem", [
    ("Атыраудағы", "Атырау"), ("Астанаға", "Астана"), ("Нью-Йорктегі", "Нью-Йорк"),
    ("АҚШ-тың", "АҚШ"), ("БҰҰ-ның", "БҰҰ"), ("Ресейдің", "Ресей"), ("Оралда", "Орал"),
])
def test_kazakh_place_suffixes_including_after_hyphens(word, stem):
    assert stem in kazakh_stems(word)


def test_derivational_suffixes_are_not_case_endings():
    assert "Шымкент" not in kazakh_stems("шымкенттік")
    assert "атырау" not in kazakh_stems("атыраулық")


@pytest.mark.parametrize("word, gender, oblique, nominative", [
    ("Жаксылыкова", "m", True, "Жаксылыков"),      # genitive of a man
    ("Абдикадырова", "f", False, "Абдикадырова"),  # a woman in the nominative
    ("Осмоналиевой", "f", True, "Осмоналиева"),
    ("Осмоналиеву", "f", False, "Осмоналиева"),    # indeclinable first name, declined surname
    ("Ковальчук", "f", True, "Ковальчук"),         # feminine, indeclinable
    ("Ковальчука", "m", True, "Ковальчук"),
    ("Жаксылыковым", "m", True, "Жаксылыков"),
])
def test_russian_surnames_decline_by_gender(word, gender, oblique, nominative):
    assert russian_surname_nominative(word, gender=gender, oblique=oblique) == nominative


@pytest.mark.parametrize("word, language, nominative, gender", [
    ("Ерболату", "ru", "Ерболат", "m"), ("Ирины", "ru", "Ирина", "f"),
    ("Дәуреннің", "kk", "Дәурен", "m"), ("Ерболатты", "kk", "Ерболат", "m"),
    ("Yerbolat", "en", "Yerbolat", "m"), ("Жылдыз", "ru", "Жылдыз", "f"),
])
def test_first_names_are_recognised_in_their_forms(word, language, nominative, gender):
    found = first_name(word, language)
    assert found and found.nominative == nominative and found.gender == gender


def test_common_words_are_not_first_names():
    for word in ("Надежда", "Faith", "Will", "Правда", "May"):
        assert first_name(word, "ru" if word[0] > "z" else "en") is None
