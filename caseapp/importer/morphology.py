# SPDX-License-Identifier: GPL-3.0-or-later
"""Case endings off Kazakh words and Russian names: inflected surface → nominative candidates.

Rules only, no dictionary of forms: Kazakh case suffixes are agglutinated (Атырау+да+ғы),
so they are peeled off; Russian names decline by gender, so the first name decides
whether "Бокаева" is a woman in the nominative or a man in the genitive.
"""

from __future__ import annotations

from functools import lru_cache

# Kazakh case and "-ғы" suffixes, longest first; hyphenated forms after acronyms
# (АҚШ-та, БҰҰ-ның) use the same list.
_KK_SUFFIXES = tuple(sorted({
    "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
    "ның", "нің", "дың", "дің", "тың", "тің",
    "ны", "ні", "ды", "ді", "ты", "ті", "н",
    "ға", "ге", "қа", "ке", "на", "не",
    "нда", "нде", "да", "де", "та", "те",
    "нан", "нен", "дан", "ден", "тан", "тен",
    "мен", "бен", "пен",
}, key=len, reverse=True))
_KK_NAME_SUFFIXES = tuple(s for s in _KK_SUFFIXES if s not in {"н", "на", "не"})
_KK_POSSESSIVE = ("ы", "і", "сы", "сі")
_SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ина", "ын", "ына", "ский", "ская",
    "цкий", "цкая", "ұлы", "улы", "қызы", "кызы", "уулу", "енко", "чук", "юк",
    "ov", "ev", "ova", "eva", "uly", "kyzy", "uulu", "enko", "chuk", "in", "ina",
)
_STRONG_SURNAME = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ұлы", "улы", "қызы", "кызы",
                   "ov", "ev", "ova", "eva", "uly", "kyzy", "yeva", "yev", "енко", "enko")
_PATRONYMIC = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична",
               "овича", "евича", "овичу", "евичу", "овичем", "евичем",
               "овны", "евны", "овне", "евне", "овну", "евну", "овной", "евной")


def kazakh_stems(word: str, *, for_name: bool = False) -> list[str]:
    """``word`` and the stems left after peeling one or two Kazakh suffixes."""
    return list(_kazakh_stems(word, for_name))


@lru_cache(maxsize=65536)
def _kazakh_stems(word: str, for_name: bool) -> tuple[str, ...]:
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if tail.lower() in _KK_SUFFIXES or tail.lower().rstrip("ы і") in _KK_SUFFIXES:
            return (word, head)
        if len(tail) <= 5 and tail.islower() and head[-1:].isupper():
            return (word, head)
    suffixes = _KK_NAME_SUFFIXES if for_name else _KK_SUFFIXES
    stems = [word]
    _peel(word, suffixes, stems, depth=2)
    return tuple(stems)


def _peel(word: str, suffixes: tuple[str, ...], out: list[str], depth: int) -> None:
    if depth == 0:
        return
    lowered = word.lower()
    for suffix in suffixes:
        if lowered.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem not in out:
                out.append(stem)
                _peel(stem, suffixes, out, depth - 1)


def kazakh_possessive_bases(word: str) -> list[str]:
    """"облысындағы" → "облыс", "көшесіндегі" → "көше": nouns under -ы/-сы + case."""
    out: list[str] = []
    for stem in kazakh_stems(word):
        lowered = stem.lower()
        out.extend(lowered[: -len(e)] for e in _KK_POSSESSIVE
                   if lowered.endswith(e) and len(stem) > len(e) + 2)
    return out


def is_surname_shaped(word: str, *, strong: bool = False) -> bool:
    """Ends like a surname (-ов, -ева, -ұлы, -enko …); ``strong`` excludes -ин/-чук."""
    lowered = word.lower()
    endings = _STRONG_SURNAME if strong else _SURNAME_ENDINGS
    return len(lowered) > 4 and lowered.endswith(endings)


def is_patronymic(word: str) -> bool:
    lowered = word.lower()
    return len(lowered) > 5 and lowered.endswith(_PATRONYMIC)


def patronymic_nominative(word: str) -> str:
    """"Ильясовича" → "Ильясович", "Ерлановной" → "Ерлановна"."""
    for ending, repl in (("ичем", "ич"), ("ича", "ич"), ("ичу", "ич"), ("не", "на"),
                         ("ны", "на"), ("ну", "на"), ("ной", "на")):
        if word.endswith(ending) and not word.endswith(("ична", "овна", "евна")):
            return word[: -len(ending)] + repl
    return word


def russian_first_name_forms(word: str) -> list[tuple[str, bool]]:
    """Candidate nominatives for a possibly declined Russian first name, with "was oblique".
    "Марии", "Натальи" are read as oblique first: -ии/-ьи ends no nominative given name."""
    out = [(word[:-1] + "я", True)] if word.endswith(("ии", "ьи")) else []
    out.append((word, False))
    for ending, replacements in _RU_FIRST_NAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            out.extend((stem + repl, True) for repl in replacements)
    return out


_RU_FIRST_NAME_ENDINGS = (
    ("ом", ("",)), ("ем", ("", "й", "ь")), ("ой", ("а",)), ("ей", ("а", "я", "й")),
    ("а", ("",)), ("у", ("", "а")), ("е", ("", "а", "я")), ("ы", ("а",)),
    ("и", ("я", "а", "ь")), ("ю", ("я", "й", "ь")), ("я", ("й", "ь")),
)


def russian_surname_nominative(word: str, *, gender: str | None, oblique: bool) -> str:
    """The nominative of a Russian-declined surname. Endings that only an oblique case has
    (-ову, -овой, -ского) always go; bare -а/-у/-ом (Ковальчука) only when the first name
    beside it was declined too. A woman's -ова stays: it is her nominative."""
    if gender is None:
        return word
    tajik = _replace_ending(word, _RU_ZODA)
    if tajik != word or word.endswith(_INDECLINABLE):
        return tajik
    if gender == "f":
        return _replace_ending(word, _RU_FEMININE)
    result = _replace_ending(word, _RU_MASCULINE_STRONG)
    if result == word and oblique:
        result = _replace_ending(word, _RU_MASCULINE_WEAK)
    return result


def _replace_ending(word: str, table: tuple[tuple[str, str], ...]) -> str:
    for ending, repl in table:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + repl
    return word


#: Surnames Russian text leaves undeclined for a man: Tajik "-зода" in the nominative
#: ("Фарруха Давлатзода"), Azerbaijani "-заде", "-ли/-лы" ("Тогрула Мамедли").
_INDECLINABLE = ("зода", "заде", "ли", "лы")
#: Tajik surnames in -зода decline like feminine nouns ("Шарифзоде", "Шарифзоду").
_RU_ZODA = (("зодой", "зода"), ("зоде", "зода"), ("зоду", "зода"), ("зоды", "зода"))
_RU_MASCULINE_STRONG = (
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
    ("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ыным", "ын"),
    ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"),
    ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ыну", "ын"),
    ("ове", "ов"), ("еве", "ев"),
)
_RU_MASCULINE_WEAK = (
    ("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", ""), ("я", "й"), ("ю", "й"),
)
_RU_FEMININE = (
    ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
    ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
    ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("ыну", "ына"),
)


def russian_surname_candidates(word: str) -> list[tuple[str, str]]:
    """(nominative, gender) readings of a bare declined surname ("Жаксылыкова" → both)."""
    out = [(word, "")]
    for gender in ("m", "f"):
        nominative = russian_surname_nominative(word, gender=gender, oblique=True)
        if nominative != word:
            out.append((nominative, gender))
    return out


def russian_place_forms(word: str) -> list[str]:
    """Candidate nominatives of a declined place name: Уральске → Уральск, Праги → Прага."""
    out = [word]
    for ending in ("ом", "ой", "ью", "е", "а", "у", "ы", "и", "ю", "я"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:  # "Уфе" → Уфа
            stem = word[: -len(ending)]
            out.extend(stem + repl for repl in ("ь", "а", "я", "й", ""))
    return out


def russian_adjective_nominative(word: str, feminine: bool = False) -> str:
    """"Атырауского" → "Атырауский", "Баткенской" → "Баткенская" (stem vowels kept)."""
    lowered = word.lower()
    if feminine:
        for ending, repl in (("ской", "ская"), ("ную", "ная"), ("ной", "ная"), ("кой", "кая"),
                             ("ую", "ая"), ("ой", "ая"), ("ей", "яя")):
            if lowered.endswith(ending):
                return word[: -len(ending)] + repl
        return word
    if lowered in _OY_ADJECTIVES:
        return _OY_ADJECTIVES[lowered]
    for ending, repl in (("ского", "ский"), ("скому", "ский"), ("ском", "ский"),
                         ("ским", "ский"), ("ного", "ный"), ("ному", "ный"), ("ном", "ный"),
                         ("ным", "ный"), ("ого", "ый"), ("ому", "ый"), ("ом", "ый")):
        if lowered.endswith(ending):
            return word[: -len(ending)] + repl
    return word


_OY_FORMS = {
    "городск": "городской", "областн": "областной", "окружн": "окружной",
    "краев": "краевой", "военн": "военный", "верховн": "верховный",
}
_OY_ADJECTIVES = {
    stem + ending: nominative
    for stem, nominative in _OY_FORMS.items()
    for ending in ("ого", "ому", "ом", "им", "ым", "ой", "ий", "ый")
}
