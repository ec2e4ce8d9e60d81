# SPDX-License-Identifier: GPL-3.0-or-later
"""What the words around a Russian name say about its form: a masculine role noun in the
genitive before "-ова" ("адвоката Захида Гасымова" is a man's genitive, not a woman's
nominative), and a woman's patronymic in any case ("Нину Павловну"), which is never a
Belarusian "-ич" surname. Kept apart from the person finder, which only asks.
"""

from __future__ import annotations

from caseapp.importer.doc import Doc
from caseapp.importer.event_words import role_of
from caseapp.importer.russian_cases import role_noun_cases

#: A woman's patronymic in any case: never a (Belarusian -ич) surname.
_FEMININE_PATRONYMIC = ("овна", "евна", "ична", "овны", "евны", "ичны", "овне", "евне", "ичне",
                        "овну", "евну", "ичну", "овной", "евной", "ичной")


def feminine_patronymic(word: str) -> bool:
    """"Павловну", "Ерлановны": a woman's patronymic in some case."""
    return word.lower().endswith(_FEMININE_PATRONYMIC)


def masculine_role_before(doc: Doc, index: int, surname: str) -> bool:
    """"адвоката Захида Гасымова", "активиста Фаниса Ишмухаметова": a masculine role noun
    in the genitive or accusative makes "-ова" a man's oblique case, not a woman's
    nominative."""
    if index < 1 or not surname.lower().endswith(("ова", "ева", "ёва", "ина", "ына")):
        return False
    word = doc.tokens[index - 1].text.lower()
    return role_of(word) is not None and role_noun_cases(word) <= {"gen", "acc"}
