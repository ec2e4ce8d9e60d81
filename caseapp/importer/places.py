# SPDX-License-Identifier: GPL-3.0-or-later
"""Places: gazetteer spellings after suffix stripping, plus patterns any place name fits
("X облысы", "Баткенской области", "улице X", "X Street", colony codes like ЛА-155/8).

Demonyms and adjectives (шымкенттік, атырауского, Kazakh) never match: only case endings
are stripped, never derivational suffixes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from caseapp.domain.names import normalize
from caseapp.importer.date_words import month_of, weekday_of
from caseapp.importer.doc import Doc
from caseapp.importer.lexicon import places
from caseapp.importer.morphology import (
    is_surname_shaped,
    kazakh_possessive_bases,
    russian_adjective_nominative,
)
from caseapp.importer.person_forms import first_name
from caseapp.importer.spans import Hit, match_phrase

_COLONY = re.compile(r"\b[A-ZА-ЯӘҒҚҢӨҰҮҺІ]{2}-\d{1,4}/\d{1,3}\b")
_KK_AREA = {"облыс": "облысы", "аудан": "ауданы", "көше": "көшесі", "даңғыл": "даңғылы",
            "алаң": "алаңы", "қала": "", "ауыл": "ауылы", "кент": "кенті", "көл": "көлі",
            "өзен": "өзені", "шағынаудан": "шағынауданы"}
#: Lower-case title words inside names of streets ("Төле би", "Қабанбай батыр", "Абылай хан").
_KK_TITLES = frozenset("би батыр хан ата ана ақын".split())
_RU_BEFORE = {"улиц": "улица", "проспект": "проспект", "микрорайон": "микрорайон",
              "площад": "площадь", "переул": "переулок", "сел": "село", "посёл": "посёлок",
              "посел": "посёлок", "бульвар": "бульвар", "город": "город", "озер": "озеро",
              "деревн": "деревня", "аул": "аул", "станиц": "станица"}
_RU_AFTER = {"площадь": "площадь", "площади": "площадь", "площадью": "площадь",
             "область": "область", "области": "область", "областью": "область",
             "район": "район", "района": "район", "районе": "район", "районом": "район",
             "край": "край", "края": "край", "крае": "край"}
_RU_ADJECTIVE = ("ой", "ая", "ий", "ого", "ом", "ую", "ый")
_EN_AFTER = frozenset(
    "Street Avenue Square Stadium Park District district Region region Province Oblast "
    "Microdistrict Prospekt Boulevard field oilfield village".split())
#: "the village of Ulken", "Lake Balkhash": a settlement word before the name.
_EN_OF = frozenset("village town city settlement".split())
_EN_BEFORE = frozenset("Lake River Mount".split())
#: "A district court", "The region": a determiner is no place name.
_EN_DETERMINERS = frozenset("A An The This That Its Their His Her".split())


def _listed_area(doc: Doc, index: int) -> bool:
    """"Karakalpakstan region": the word before "region" is a listed region or country,
    which the gazetteer names on its own (or with "Region", when listed so)."""
    found = match_phrase(places(), doc.tokens, index, doc.lang[index])
    return found is not None and found[0].kind in ("region", "country")


def find(doc: Doc, blocked: set[int]) -> list[Hit]:
    """Place hits outside ``blocked`` token indices (media, NGO and club names)."""
    hits: list[Hit] = []
    taken = set(blocked)
    for finder in (_patterns, _gazetteer):
        for hit in finder(doc):
            span = set(range(hit.first, hit.last + 1))
            if not span & taken:
                hits.append(hit)
                taken |= span
    return hits + _colonies(doc, blocked) + [
        hit for hit in _facilities(doc, blocked)
        if not set(range(hit.first, hit.last + 1)) & taken]


def _gazetteer(doc: Doc) -> list[Hit]:
    hits, index = [], 0
    while index < len(doc.tokens):
        token = doc.tokens[index]
        found = match_phrase(places(), doc.tokens, index, doc.lang[index]) \
            if token.is_cap else None
        if found:
            entry, spelling, last = found
            hits.append(Hit(index, last, f"place:{entry.uid}", spelling, entry.kind))
            index = last
        index += 1
    return hits


def _patterns(doc: Doc) -> list[Hit]:
    hits = []
    for index, token in enumerate(doc.tokens):
        if token.kind != "w":
            continue
        finder = {"kk": _kazakh_area, "ru": _russian_area, "en": _english_area}[doc.lang[index]]
        hit = finder(doc, index)
        if hit:
            hits.append(hit)
    return hits


def _kazakh_area(doc: Doc, index: int) -> Hit | None:
    """Capitalised word + облысы/ауданы/көшесі/қаласы (any case ending)."""
    tokens = doc.tokens
    if index == 0 or tokens[index].is_cap or not (
            tokens[index - 1].is_cap or tokens[index - 1].text in _KK_TITLES):
        return None
    bases = kazakh_possessive_bases(tokens[index].text)  # "облысы", not "облыс әкімі"
    noun = next((n for n in _KK_AREA if n in bases), None)
    if noun is None:
        return None
    first = index - 1 if not _two_word_name(doc, index - 1) else index - 2
    words = doc.text[tokens[first].start:tokens[index - 1].end]
    if noun == "қала":
        return _gazetteer_only(doc, first, index - 1)
    name = f"{words} {_KK_AREA[noun]}"
    return Hit(first, index, "place:" + normalize(name), name, noun)


def _two_word_name(doc: Doc, last: int) -> bool:
    """"Төле би көшесі" (title word), "Батыс Қазақстан облысы" (listed first word)."""
    tokens = doc.tokens
    if last < 1 or not tokens[last - 1].is_cap:
        return False
    if tokens[last].text in _KK_TITLES:
        return True
    return "-" not in tokens[last].text and not doc.starts_sentence(last) \
        and _is_gazetteer_word(tokens[last - 1].text)


def _is_gazetteer_word(word: str) -> bool:
    return bool(places().starting_with(normalize(word)))


def _gazetteer_only(doc: Doc, first: int, last: int) -> Hit | None:
    name = doc.text[doc.tokens[first].start:doc.tokens[last].end]
    found = match_phrase(places(), doc.tokens, first, "kk")
    if found:
        return Hit(first, last, f"place:{found[0].uid}", found[1], found[0].kind)
    return Hit(first, last, "place:" + normalize(name), name, "city")


def _russian_area(doc: Doc, index: int) -> Hit | None:
    tokens = doc.tokens
    lowered = tokens[index].text.lower()
    before = _russian_place_word(lowered)
    if before and index + 1 < len(tokens) and tokens[index + 1].is_cap and before != "город":
        return Hit(index, index + 1, "place:" + normalize(f"{before} {tokens[index + 1].text}"),
                   f"{before} {tokens[index + 1].text}", "street")
    after = _RU_AFTER.get(lowered)
    if not after or index == 0:
        return None
    first = index - 1
    if first > 0 and tokens[first].text.lower().startswith("автономн"):
        first -= 1  # "Горно-Бадахшанской автономной области"
    words = tokens[first:index]
    if not words[0].is_cap or not all(w.text.lower().endswith(_RU_ADJECTIVE) for w in words):
        return None
    feminine = after in ("область", "площадь")
    name = " ".join([russian_adjective_nominative(w.text, feminine=feminine) for w in words]
                    + [after])
    return Hit(first, index, "place:" + normalize(name), name, "region")


@lru_cache(maxsize=65536)
def _russian_place_word(lowered: str) -> str | None:
    """"улице" → "улица", "посёлке" → "посёлок": the place noun a word is a form of."""
    if lowered in _RU_MOUNTAIN:
        return "гора"
    return next((v for k, v in _RU_BEFORE.items() if lowered.startswith(k)), None)


#: "на горе Торатау": the forms of "гора" (a prefix would take "городе", "горячо").
_RU_MOUNTAIN = frozenset("гора горы горе гору горой".split())


def _english_area(doc: Doc, index: int) -> Hit | None:
    tokens = doc.tokens
    before = _english_before(doc, index)
    if before or tokens[index].text not in _EN_AFTER or index == 0 or not tokens[index - 1].is_cap \
            or tokens[index - 1].text in _EN_DETERMINERS or _listed_area(doc, index - 1):
        return before
    if index + 1 < len(tokens) and tokens[index + 1].text == "Court":
        return Hit(index - 1, index, "place:" + normalize(tokens[index - 1].text + " district"),
                   f"{tokens[index - 1].text} {tokens[index].text}", "district")
    first = index - 1
    name = doc.text[tokens[first].start:tokens[index].end]
    return Hit(first, index, "place:" + normalize(name), name, "area")


def _english_before(doc: Doc, index: int) -> Hit | None:
    tokens, word = doc.tokens, doc.tokens[index].text
    if word in _EN_PREPOSITIONS or word == "and" and _in_place_list(doc, index - 1):
        return _after_preposition(doc, index)
    if index > 1 and tokens[index - 1].text == "," and _in_place_list(doc, index - 2) \
            and _lone_place_word(doc, index):
        return Hit(index, index, "place:" + normalize(word), word, "town")
    if word in _EN_OF and index + 2 < len(tokens) and tokens[index + 1].text == "of" \
            and tokens[index + 2].is_cap:
        listed = match_phrase(places(), tokens, index + 2, "en")
        if listed:
            return Hit(index + 2, listed[2], f"place:{listed[0].uid}", listed[1], listed[0].kind)
        name = tokens[index + 2].text
        return Hit(index + 2, index + 2, "place:" + normalize(name), name, word)
    if word in _EN_BEFORE and index + 1 < len(tokens) and tokens[index + 1].is_cap \
            and tokens[index + 1].start - tokens[index].end == 1:
        name = f"{word} {tokens[index + 1].text}"
        return Hit(index, index + 1, "place:" + normalize(name), name, "nature")
    return None


#: "in Gomel", "of Khujand", "from Nookat": a town no list knows, after a preposition.
_EN_PREPOSITIONS = frozenset("in of from near outside".split())
#: Heads of organisations: "Ministry of Justice", "University of Central Asia" are no places.
_EN_ORG_HEADS = frozenset("ministry department committee office minister court bureau agency "
                          "council university institute union association school academy "
                          "bank party commission service chamber embassy".split())
#: Capitalised words that follow "in"/"of" and are no places: languages, peoples, seasons.
_EN_NOT_PLACES = frozenset(
    "English Russian Kazakh Kyrgyz Uzbek Tajik Turkmen Karakalpak Belarusian Ukrainian "
    "Azerbaijani Azeri Chinese Uighur Uyghur Arabic Persian Islam Christianity God Parliament "
    "Court Government Power Custody Prison Article Part Law Soviet Western European".split())
_EN_NOT_PLACE_ENDINGS = ("ian", "ese", "ish", "ism", "ist", "ists")


def _after_preposition(doc: Doc, index: int) -> Hit | None:
    """A capitalised word after "in"/"of" that stands alone (no capitalised word after it,
    no organisation head before the preposition) and is not a language, person or month:
    "arrested in Gomel and Grodno", "the centre of Khujand"."""
    tokens = doc.tokens
    place = index + 1
    if place >= len(tokens) or not _lone_place_word(doc, place) \
            or tokens[index].text == "of" and index \
            and tokens[index - 1].text.lower() in _EN_ORG_HEADS:
        return None  # "Ministry of Justice"; but "the prosecutor's office in Isfara"
    name = tokens[place].text
    return Hit(place, place, "place:" + normalize(name), name, "town")


def _in_place_list(doc: Doc, last: int) -> bool:
    """Token ``last`` ends a list of capitalised words after "in/from/near" ("in Gomel,
    Mazyr"): a place word after its next comma or "and" belongs to the list too."""
    index, steps = last, 0
    while index > 0 and steps < 8 and doc.tokens[index].is_cap:
        before = doc.tokens[index - 1].text
        if before in ("in", "from", "near"):
            return True
        if before not in (",", "and"):
            return False
        index -= 2
        steps += 1
    return False


def _lone_place_word(doc: Doc, index: int) -> bool:
    token, tokens = doc.tokens[index], doc.tokens
    word = token.text
    if not token.is_cap or token.is_acronym or doc.lang[index] != "en" or len(word) < 3 \
            or word in _EN_NOT_PLACES or word.lower().endswith(_EN_NOT_PLACE_ENDINGS):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and (following.is_cap or following.text in ("'", "’")):
        return False
    return not (month_of(word, "en", capital_ok=True) or weekday_of(word, "en")
                or first_name(word, "en") or is_surname_shaped(word, strong=True)
                or match_phrase(places(), tokens, index, "en"))


def _colonies(doc: Doc, blocked: set[int]) -> list[Hit]:
    """Penal colony codes (ЛА-155/8, UG-157/9), named "ЛА-155/8 колониясы" in Kazakh."""
    hits = []
    for match in _COLONY.finditer(doc.text):
        first = _token_at(doc, match.start())
        last = _token_at(doc, match.end() - 1)
        if first is None or last is None or first in blocked:
            continue
        code = match.group()
        after = doc.tokens[last + 1].text if last + 1 < len(doc.tokens) else ""
        if doc.lang[first] == "kk" and after.lower().startswith("колония"):
            hits.append(Hit(first, last + 1, "place:" + code, f"{code} колониясы", "facility"))
        else:
            hits.append(Hit(first, last, "place:" + code, code, "facility"))
    return hits


#: Numbered places of custody: "СИЗО №3", "СИЗО-1", "колонии №27", "colony No. 2".
_NUMBERED_FACILITY = re.compile(
    r"\b(СИЗО|ИВС|ИК|колони[яиюей]|SIZO|[Cc]olony|IK)(?:\s?№\s?|-| No\. ?)(\d{1,3})\b")
_FACILITY_NOMINATIVE = {"колонии": "колония", "колонию": "колония", "колонией": "колония"}


def _facilities(doc: Doc, blocked: set[int]) -> list[Hit]:
    """Numbered detention centres and colonies, named in the nominative as written."""
    hits = []
    for match in _NUMBERED_FACILITY.finditer(doc.text):
        first, last = _token_at(doc, match.start()), _token_at(doc, match.end() - 1)
        if first is None or last is None or first in blocked:
            continue
        head = match.group(1)
        nominative = _FACILITY_NOMINATIVE.get(head, head)
        name = nominative + match.group()[len(head):]
        hits.append(Hit(first, last, "place:" + normalize(name), name, "facility"))
    return hits


def _token_at(doc: Doc, offset: int) -> int | None:
    position = bisect_right(doc.starts, offset) - 1
    return position if position >= 0 and doc.tokens[position].end > offset else None
