# SPDX-License-Identifier: GPL-3.0-or-later
"""Nominative forms of name words in the paragraph's language (kk suffixes, ru declension).

Kept apart from the person finder so the rules that turn "Жақсылықовқа", "Даурену" or
"Осмоналиевой" back into a dictionary form can be tested one word at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caseapp.importer.lexicon import first_name_gender
from caseapp.importer.morphology import (
    is_surname_shaped,
    kazakh_stems,
    patronymic_nominative,
    russian_first_name_forms,
    russian_surname_candidates,
    russian_surname_nominative,
)

_NOT_NAMES = frozenset(
    "Court District Region Street Square Police Judge Prosecutor President Minister Court "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday The A An "
    "Суд Судья Адвокат Прокурор Полиция Сот Судья Соты Алаң Көше".split())


#: Patronymic particles written as a separate word after the father's name (Kyrgyz,
#: Kazakh, Azerbaijani "оглу/оглы").
PATRONYMIC_WORDS = frozenset("уулу кызы ұлы қызы улы оглу оглы uulu kyzy uly qyzy oglu ogly"
                             .split())
#: A Kazakh -ұлы/-қызы surname with a case ending after its last vowel: the accusative
#: "-н", dative "-на/-не", locative "-нда", ablative "-нан", genitive "-ның", "мен".
_PATRONYMIC_CASE = re.compile(r"(\w{3,}(?:ұлы|қызы|улы|кызы|уулу))(?:н|на|не|нда|нде|нан|нен|ның|"
                              r"нің|мен|ға|ге|дан|ден|ны|ні)")


def particle_nominative(word: str, language: str) -> str | None:
    """The patronymic particle ``word`` is ("уулуды" → "уулу"), or None."""
    if word in PATRONYMIC_WORDS:
        return word
    if language != "kk":
        return None
    return next((stem for stem in kazakh_stems(word, for_name=True)[1:]
                 if stem in PATRONYMIC_WORDS), None)
@dataclass(frozen=True)
class FirstName:
    """A given name read from a word: its nominative, gender and whether it was declined."""

    nominative: str
    gender: str
    oblique: bool


@lru_cache(maxsize=65536)
def first_name(word: str, language: str) -> FirstName | None:
    """The given name ``word`` is a form of, or None (cached: names repeat)."""
    if word in _NOT_NAMES or "-" in word and language != "kk":
        return None
    if language == "kk":
        candidates = [(s, s != word) for s in kazakh_stems(word, for_name=True)]
    elif language == "ru":
        candidates = russian_first_name_forms(word)
    else:
        candidates = [(word, False)]
    for form, oblique in candidates:
        gender = first_name_gender(form)
        if gender:
            return FirstName(form, gender, oblique)
    return None


def patronymic_of_a_given_name(word: str) -> bool:
    """"Серикович", "Ерлановны", "Ильич" come from a listed given name; "Мацкевич",
    "Бяласевич" (Belarusian surnames with the same ending) do not."""
    nominative = patronymic_nominative(word)
    for ending in ("ович", "евич", "овна", "евна", "ьич", "ична", "инична"):
        if nominative.endswith(ending):
            stem = nominative[: -len(ending)]
            return any(first_name_gender(stem + tail) for tail in ("", "й", "ь", "а", "я"))
    return False


def surname_nominative(word: str, language: str, *, gender: str | None, oblique: bool) -> str:
    """The nominative of a surname standing next to a given name."""
    if language == "kk":
        return kazakh_surname(word)
    if language == "ru":
        return russian_surname_nominative(word, gender=gender, oblique=oblique)
    return word


@lru_cache(maxsize=65536)
def kazakh_surname(word: str) -> str:
    """"Жақсылықовқа" → "Жақсылықов", "Атабекті" → "Атабек", "Ерғалиұлын" → "Ерғалиұлы",
    "Сәтбайқызына" → "Сәтбайқызы"; nominatives stay."""
    patronymic = _PATRONYMIC_CASE.fullmatch(word)
    if patronymic:
        return patronymic.group(1)
    if is_surname_shaped(word, strong=True) or first_name_gender(word):
        return word  # "Сатыбалды", "Амангелді": a father's name as surname, no suffix
    stems = kazakh_stems(word, for_name=True)
    shaped = [s for s in stems[1:] if is_surname_shaped(s)]
    if shaped:
        return shaped[0]
    if is_surname_shaped(word):
        return word
    return stems[1] if len(stems) > 1 and len(stems[1]) >= 4 else word


def bare_surname_readings(word: str, language: str) -> list[str]:
    """Every nominative a bare surname could stand for (both genders in Russian)."""
    return list(_bare_readings(word, language))


@lru_cache(maxsize=65536)
def _bare_readings(word: str, language: str) -> tuple[str, ...]:
    return tuple(_readings(word, language))


def _readings(word: str, language: str) -> list[str]:
    if language == "kk":
        return list(dict.fromkeys([kazakh_surname(word)] + kazakh_stems(word, for_name=True)))
    if language == "ru":
        return [form for form, _ in russian_surname_candidates(word)]
    return [word]


@lru_cache(maxsize=65536)
def strong_surname(word: str, language: str) -> bool:
    """``word`` is clearly a surname in some case form (-ову, -овой, -овқа, -ova …)."""
    if is_surname_shaped(word, strong=True):
        return True
    return any(is_surname_shaped(form, strong=True)
               for form in bare_surname_readings(word, language))


def unknown_given(word: str, surname: str, language: str) -> FirstName:
    """A given name the list lacks, standing before ``surname``: its nominative and gender
    are read off the surname's form ("Серикжану Мамырову" → Серикжан, m, dative)."""
    if language != "ru":
        return FirstName(word, surname_gender(kazakh_surname(surname) if language == "kk"
                                              else surname), False)
    lowered = surname.lower()
    if lowered.endswith(("ову", "еву", "ину", "ыну")) and (
            not word.endswith(("у", "ю")) or female_given(word[:-1])):
        return FirstName(_replace_given(word, (("у", "а"), ("ю", "я"))), "f", True)
    for endings, gender, given_endings in _RU_PAIRS:
        if lowered.endswith(endings):
            return FirstName(_replace_given(word, given_endings), gender, True)
    return FirstName(word, surname_gender(surname), False)


#: Particles of a man's patronymic: the name before them is a man's.
MALE_PARTICLES = frozenset("уулу ұлы улы оглу оглы uulu uly oglu ogly".split())


def masculine_given_nominative(word: str) -> str:
    """A man's given name the list lacks, from its Russian genitive, dative or
    instrumental: "Захида" → Захид, "Рамиля" → Рамиль, "Андрея" → Андрей."""
    for ending in ("ом", "ем", "а", "у"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    if word.endswith(("я", "ю")) and len(word) > 4:
        stem = word[:-1]
        return stem + ("й" if stem[-1] in "аеиоуыэюя" else "ь")
    return word


def female_given(word: str) -> bool:
    """A given name the list lacks, guessed feminine by its parts ("Айнагуль", "Гүлбаршын",
    "Ақсұлу"); used only where a declined surname leaves both readings open: "…у …ову" is a
    man's dative or a woman's accusative."""
    lowered = word.lower()
    return any(part in lowered for part in _FEMALE_PARTS)


def name_shaped(word: str) -> bool:
    """Built like a Central Asian given name: a Turkic or Persian name part at its end
    ("Нұрлыбек", "Фазылжан", "Сунатулло") or a feminine part anywhere ("Ақмаржан",
    "Бақытгүл"). Used where no list knows the word but a name is likely."""
    lowered = word.lower()
    return female_given(word) or (len(lowered) > 4 and lowered.endswith(_MALE_ENDINGS))


_MALE_ENDINGS = ("бек", "жан", "хан", "бай", "бол", "тай", "ғали", "гали", "мұрат", "мурат",
                 "болат", "жон", "джон", "улло", "ұлан", "улан", "bek", "zhan", "khan", "bai",
                 "bol", "jon", "ullo", "ulan", "murat", "bolat")
_FEMALE_PARTS = ("гүл", "гуль", "гул", "күл", "сұлу", "сулу", "жамал", "бибі", "биби", "айым",
                 "ханым", "нұра", "нура", "gul", "sulu")


#: Surname endings that fix gender and case, with how the given name beside them declines.
_RU_PAIRS = (
    (("овой", "евой", "ёвой", "иной", "ыной", "ской"), "f", (("ой", "а"), ("ей", "я"))),
    (("овым", "евым", "иным", "ыным", "ским"), "m", (("ом", ""), ("ем", ""))),
    (("ову", "еву", "ину", "ыну"), "m", (("у", ""), ("ю", "й"))),
    (("ове", "еве", "ине", "ыне"), "m", (("е", ""),)),
)


def _replace_given(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + replacement
    return word


def surname_gender(surname: str) -> str:
    """"f" for a feminine nominative surname (-ова, -ская, -қызы), else "m"."""
    lowered = surname.lower()
    return "f" if lowered.endswith(_FEMININE_ENDINGS) else "m"


_FEMININE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "қызы", "кызы", "ova",
                     "eva", "ina", "yna", "kyzy", "qyzy", "skaya")


@lru_cache(maxsize=65536)
def looks_like_name_word(word: str) -> bool:
    """Capitalised, not an acronym, not a title or calendar word."""
    letters = word.replace("-", "")
    return (len(letters) >= 2 and word[0].isupper() and not letters.isupper()
            and word not in _NOT_NAMES and letters.isalpha())
