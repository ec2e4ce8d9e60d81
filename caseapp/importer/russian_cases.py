# SPDX-License-Identifier: GPL-3.0-or-later
"""Does a Russian role noun stand in apposition to the name after it? Compare their cases.

"По словам его адвоката Эльвиры Мухаметшиной": a masculine role noun in the genitive
("адвоката") and a woman's name in the genitive ("Мухаметшиной") share no last letter, yet
they are one phrase, so the lawyer is Мухаметшина. "Защитник Мамырова" is a nominative
noun before a genitive name: Мамыров's lawyer, not Мамыров. Comparing last letters alone
(the older rule) cannot tell the two apart across genders; comparing the cases each ending
allows can. Only endings are read (no dictionary), so an ending that allows several cases
allows them all.
"""

from __future__ import annotations

from functools import lru_cache

NOM, GEN, DAT, ACC, INS, PREP = "nom", "gen", "dat", "acc", "ins", "prep"

#: Stems of feminine role nouns ("правозащитница", "активистка", "жена", "сестра").
_FEMININE_STEMS = ("ниц", "стк", "жен", "сестр", "вдов", "дочер", "матер", "тёт", "тет")
#: Endings of a feminine noun in -а/-я, longest first, and the cases each allows.
_FEMININE_NOUN = (("ой", {INS}), ("ей", {INS}), ("ы", {GEN}), ("и", {GEN}), ("е", {DAT, PREP}),
                  ("у", {ACC}), ("ю", {ACC}), ("а", {NOM}), ("я", {NOM}))
#: Endings of a masculine noun with a consonant stem ("адвокат", "защитник").
_MASCULINE_NOUN = (("ом", {INS}), ("ем", {INS}), ("а", {GEN, ACC}), ("я", {GEN, ACC}),
                   ("у", {DAT}), ("ю", {DAT}), ("е", {PREP}))
#: Endings of a name's last word: surnames (-ов/-ова, -ин/-ина) and given names together.
_NAME = (("ой", {GEN, DAT, INS, PREP}), ("ей", {GEN, DAT, INS, PREP}), ("ым", {INS}),
         ("им", {INS}), ("ом", {INS}), ("ем", {INS}), ("ы", {GEN}), ("и", {GEN, DAT, PREP}),
         ("а", {NOM, GEN, ACC}), ("я", {NOM, GEN, ACC}), ("у", {DAT, ACC}), ("ю", {DAT, ACC}),
         ("е", {DAT, PREP}))


@lru_cache(maxsize=4096)
def role_noun_cases(word: str) -> frozenset[str]:
    """The cases a lower-case Russian role noun can be in, read from its ending."""
    for ending, cases in _FEMININE_NOUN:
        if word.endswith(ending) and word[:-len(ending)].endswith(_FEMININE_STEMS):
            return frozenset(cases)
    for ending, cases in _MASCULINE_NOUN:
        if word.endswith(ending):
            return frozenset(cases)
    return frozenset({NOM})


@lru_cache(maxsize=4096)
def name_cases(word: str) -> frozenset[str]:
    """The cases the last word of a Russian name can be in ("Мухаметшиной" → gen/dat/ins/
    prep); an indeclinable or consonant-final word may be in any case but the oblique
    feminine ones, so it stays open."""
    for ending, cases in _NAME:
        if word.endswith(ending):
            return frozenset(cases)
    return frozenset({NOM, GEN, DAT, ACC, INS, PREP})


def russian_cases_agree(role_word: str, name_word: str) -> bool:
    """A role noun and the last word of a name in an oblique case (the caller knows it is
    not the nominative) share a case, or end alike."""
    if role_word[-1:] == name_word[-1:]:
        return True
    return bool(role_noun_cases(role_word) & (name_cases(name_word) - {NOM}))
