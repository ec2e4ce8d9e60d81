# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates stated in the text: day-month-year in any order, ranges and lists ("21 и 22 марта",
"16 қыркүйек пен 3 қазан аралығында", "Between 2 and 6 June"), DD.MM.YYYY, and relative
words and weekdays resolved against the publication date.

Durations are never dates: only 4-digit years and day numbers beside a month count, so
"5 жылға", "к 3 годам" and "seven years" produce nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from caseapp.importer.date_words import (
    CONNECTORS,
    THAT_YEAR,
    YEAR_BEFORE,
    YEAR_WORDS,
    kazakh_month_bare,
    month_of,
)
from caseapp.importer.doc import Doc
from caseapp.importer.model import DateMention
from caseapp.importer.relative_dates import find_relative

_NUMERIC = re.compile(r"(?<![0-9.])([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})(?![0-9])")
_DIGITS = re.compile(r"[0-9]*")
_DAY = re.compile(r"([0-9]{1,2})(?:-?[^\W\d_]{1,5})?")
#: A date group ("12, 13 және 14 мамырда 2024 жылы") has a handful of parts; a run of
#: dates joined by commas for a whole page is cut into groups of this size.
_MAX_ATOMS = 12
_SEASON_CUES = frozenset("айында айынан айы айына айындағы айдағы in since by until of early "
                         "late mid".split())
_RU_MONTH_PREPOSITIONS = frozenset("в во с до к по".split())
#: "в начале декабря", "к концу марта", "в середине мая".
_RU_PART_OF_MONTH = frozenset("начале начала конце конца концу середине середины".split())


@dataclass
class Atom:
    """A part of a date: kind "D" (day), "M" (month) or "Y" (year), at token ``index``."""

    kind: str
    value: int
    index: int


def find(doc: Doc) -> list[DateMention]:
    """Every date of the article, in text order."""
    found = _numeric(doc)
    consumed = {i for d in found for i in _tokens_in(doc, d.start, d.end)}
    found += _groups(doc, consumed)
    found += find_relative(doc, consumed, found)
    return sorted(found, key=lambda d: (d.start, d.value))


def _tokens_in(doc: Doc, start: int, end: int) -> range:
    return range(bisect_left(doc.starts, start), bisect_left(doc.starts, end))


def _numeric(doc: Doc) -> list[DateMention]:
    out = []
    for match in _NUMERIC.finditer(doc.text):
        day, month, year = (int(g) for g in match.groups())
        value = _iso(year, month, day)
        if value:
            out.append(DateMention(match.group(), match.start(), match.end(), value, "day"))
    return out


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day:
            return date(year, month or 1, day).isoformat()
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _atom(doc: Doc, index: int, consumed: set[int]) -> Atom | None:
    if index in consumed:
        return None
    token = doc.tokens[index]
    if token.kind == "w":
        language = doc.lang[index]
        month = month_of(token.text, language, capital_ok=True)
        if month and language != "en" and token.is_cap and not doc.starts_sentence(index):
            return None  # outside English, a capitalised month word counts at a sentence start
        return Atom("M", month, index) if month else None
    number = _number(token.text) if token.kind == "n" else None
    return Atom(number[0], number[1], index) if number else None


@lru_cache(maxsize=4096)
def _number(text: str) -> tuple[str, int] | None:
    """("Y", year) for a year, ("D", day) for a day number (also "15-інде"), else None."""
    match = _DIGITS.match(text)
    digits = match.group() if match else ""
    if len(digits) == 4 and 1900 <= int(digits) <= 2100:
        return "Y", int(digits)
    match = _DAY.fullmatch(text)
    if match and 1 <= int(match.group(1)) <= 31:
        return "D", int(match.group(1))
    return None


def _groups(doc: Doc, consumed: set[int]) -> list[DateMention]:
    out, index, named_year = [], 0, None
    while index < len(doc.tokens):
        atoms, last = _collect(doc, index, consumed)
        if atoms:
            years = [a.value for a in atoms if a.kind == "Y"]
            that_year, length = _year_after(doc, last, named_year) if not years else (None, 0)
            if not that_year and all(a.kind == "D" for a in atoms):
                index = last + 1  # day numbers without a month or year date nothing
                continue
            consumed.update(range(last + 1, last + 1 + length))
            prior = _prior_year(doc, atoms, named_year) if not years and not that_year else None
            if prior:
                that_year, first = prior
                consumed.update(range(first, atoms[0].index))
                atoms.insert(0, Atom("P", 0, first))
            out += _resolve(doc, atoms, that_year)
            named_year = years[-1] if years else named_year
            index = last + 1
        else:
            index += 1
    return out


#: Words before a month that put it in the year before publication ("былтыр наурызда",
#: "өткен жылы қарашада", "last October").
_PRIOR_YEAR = {("былтыр",): None, ("былтырғы",): None, ("өткен", "жылы"): None,
               ("өткен", "жылғы"): None, ("last",): "en"}
#: Words before a month that give it the year named last ("сол жылы наурызда").
_THAT_YEAR_BEFORE = (("сол", "жылы"), ("сол", "жылғы"), ("сол", "жылдың"))
#: Words after a day or month that place it relative to publication: years to add.
_YEAR_AFTER: dict[tuple[str, ...], int] = {
    ("прошлого", "года"): -1, ("этого", "года"): 0, ("текущего", "года"): 0,
    ("last", "year"): -1, ("this", "year"): 0, ("өткен", "жылдың"): -1, ("осы", "жылдың"): 0}


def _prior_year(doc: Doc, atoms: list[Atom], named_year: int | None) -> tuple[int, int] | None:
    """"былтыр наурызда" is one date a year before publication; "last October" is the latest
    such month strictly before the publication month; "сол жылы наурызда" is in the year
    named last."""
    first = atoms[0].index
    if atoms[0].kind != "M":
        return None
    before = tuple(t.text.lower() for t in doc.tokens[max(0, first - 2):first])
    if named_year and before in _THAT_YEAR_BEFORE:
        return named_year, first - 2
    if doc.published is None:
        return None
    for phrase, language in _PRIOR_YEAR.items():
        start = first - len(phrase)
        if start < 0 or (language and doc.lang[first] != language):
            continue
        if tuple(t.text.lower() for t in doc.tokens[start:first]) == phrase:
            year = doc.published.year - 1
            if language == "en" and atoms[0].value < doc.published.month:
                year += 1
            return year, start
    return None


def _year_after(doc: Doc, last: int, named_year: int | None) -> tuple[int | None, int]:
    """"January 20 that year", "12 мая того же года": the year named before; "в сентябре
    прошлого года", "March last year": counted from the publication year. Returns the year
    and how many words after the date said so."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].kind != "w":
        return None, 0
    words = tuple(t.text.lower() for t in doc.tokens[last + 1:last + 4])
    for phrase in THAT_YEAR:
        if named_year and words[:len(phrase)] == phrase:
            return named_year, len(phrase)
    shift = _YEAR_AFTER.get(words[:2])
    if shift is None or doc.published is None:
        return None, 0
    return doc.published.year + shift, 2


def _collect(doc: Doc, index: int, consumed: set[int]) -> tuple[list[Atom], int]:
    """The atoms of the group starting at ``index`` (connectors between them allowed)."""
    first = _atom(doc, index, consumed)
    if first is None:
        return [], index
    atoms, position, last = [first], index + 1, index
    while position < len(doc.tokens) and position - last <= 3 and len(atoms) < _MAX_ATOMS:
        token = doc.tokens[position]
        if "\n" in doc.text[doc.tokens[position - 1].end:token.start]:
            break  # a date never runs on into the next paragraph or line
        atom = _atom(doc, position, consumed)
        if atom and atom.kind == "M" and position == last + 1 and atoms[-1].kind == "M":
            break  # "4 наурызда ақпан айындағы": two dates, no connector between them
        if atom and atom.kind == "D" and _counted_noun(doc, position):
            break  # "on January 31, 22 other defendants": a count, not a second day
        if atom:
            atoms.append(atom)
            last = position
        elif token.text.lower() not in CONNECTORS and not (token.text == "." and
                                                          doc.tokens[position - 1].text == "г"):
            break
        position += 1
    return atoms, last


def _counted_noun(doc: Doc, index: int) -> bool:
    """A number after a comma that counts the word after it ("31, 22 other defendants",
    "13 сентября, 22 человека"), not a day of a list."""
    if doc.tokens[index - 1].text != "," or index + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[index + 1]
    return after.kind == "w" and after.text.lower() not in CONNECTORS and not month_of(
        after.text, doc.lang[index + 1], capital_ok=True)


def _resolve(doc: Doc, atoms: list[Atom], that_year: int | None = None) -> list[DateMention]:
    start = doc.tokens[atoms[0].index].start
    atoms = [a for a in atoms if a.kind != "P"]
    pairs = _pair_days(atoms, day_after={a.index for a in atoms if _day_may_follow(doc, a)})
    months = [m for m in atoms if m.kind == "M"]
    years = [a for a in atoms if a.kind == "Y" and _is_year(doc, a, atoms)]
    if that_year:
        years.append(Atom("Y", that_year, atoms[-1].index + 1))
    dated: list[tuple[Atom | None, Atom]] = [(d, m) for d, m in pairs] + [(None, m) for m in months
                                          if all(m is not pm for _, pm in pairs)]
    dated = [(d, m) for d, m in dated if d or that_year or _month_alone_ok(doc, m, atoms)]
    end = doc.tokens[atoms[-1].index].end
    surface = doc.text[start:end]
    if not dated:
        return [DateMention(surface, start, end, str(y.value), "year") for y in years]
    out = []
    for day, month in sorted(dated, key=lambda p: (p[0] or p[1]).index):
        value = _value(doc, day, month, years)
        if value:
            out.append(DateMention(surface, start, end, value, "day" if day else "month"))
    return out


def _day_may_follow(doc: Doc, atom: Atom) -> bool:
    """A day may follow this month: English "March 13", Kazakh "қыркүйектің 15-інде"; not
    "қарашада 5 жылға" (a term) nor Russian "мае 5"."""
    word = doc.tokens[atom.index].text.lower()
    language = doc.lang[atom.index]
    return atom.kind == "M" and (language == "en" or language == "kk" and word.endswith(
        ("тің", "дің", "ның", "нің", "тың", "дың")))


def _pair_days(atoms: list[Atom], *, day_after: set[int]) -> list[tuple[Atom, Atom]]:
    """Days with their month: "21 и 22 марта" (days before), "March 13" (day after)."""
    pairs, pending, skip, leading = [], [], set(), None
    for position, atom in enumerate(atoms):
        if atom.kind == "D" and position not in skip:
            pending.append(atom)
        elif atom.kind == "M":
            if pending:
                pairs += [(d, atom) for d in pending]
                pending = []
            elif atom.index in day_after and _day_follows(atoms, position):
                pairs.append((atoms[position + 1], atom))
                skip.add(position + 1)
                leading = atom
    if leading is not None:  # "July 1 and 2": the month written first serves both days
        pairs += [(d, leading) for d in pending]
    return pairs


def _day_follows(atoms: list[Atom], position: int) -> bool:
    if position + 1 >= len(atoms) or atoms[position + 1].kind != "D":
        return False
    return position + 2 >= len(atoms) or atoms[position + 2].kind != "M"


def _is_year(doc: Doc, atom: Atom, atoms: list[Atom]) -> bool:
    """A 4-digit number is a year beside a month or day, a year word or a preposition."""
    if len(atoms) > 1:
        return True
    after = doc.tokens[atom.index + 1].text if atom.index + 1 < len(doc.tokens) else ""
    before = doc.tokens[atom.index - 1].text.lower() if atom.index else ""
    return bool(YEAR_WORDS.match(after.lower())) or before in YEAR_BEFORE or after.startswith(
        "-") or _attributive_year(doc, atom.index, before, after)


def _attributive_year(doc: Doc, index: int, before: str, after: str) -> bool:
    """"a 2019 rally", "the 2022 protests": an English year before a lower-case noun."""
    return (doc.lang[index] == "en" and before in ("a", "the", "an", "its", "his", "her")
            and after[:1].islower())


def _month_alone_ok(doc: Doc, month: Atom, atoms: list[Atom]) -> bool:
    """A month with no day needs a year, a case suffix or a cue ("in", "айында")."""
    if any(a.kind == "Y" for a in atoms):
        return True
    token = doc.tokens[month.index]
    before = doc.tokens[month.index - 1].text.lower() if month.index else ""
    after = doc.tokens[month.index + 1].text.lower() if month.index + 1 < len(doc.tokens) else ""
    language = doc.lang[month.index]
    if language == "kk":
        return not kazakh_month_bare(token.text.lower()) or after in _SEASON_CUES
    if language == "ru":
        opening = doc.tokens[atoms[0].index - 1].text.lower() if atoms[0].index else ""
        return before in _RU_MONTH_PREPOSITIONS or opening in _RU_MONTH_PREPOSITIONS or (
            before in _RU_PART_OF_MONTH)
    return token.text != "May" or before in _SEASON_CUES


def _value(doc: Doc, day: Atom | None, month: Atom, years: list[Atom]) -> str | None:
    anchor = (day or month).index
    after = [y for y in years if y.index > anchor]
    before = [y for y in years if y.index < anchor]
    year: int | None
    if after or before:
        year = (after[0] if after else before[-1]).value
    else:
        year = _infer_year(doc, month.value, day.value if day else None, anchor)
        if year is None:
            return None
    return _iso(year, month.value, day.value if day else None)


def _infer_year(doc: Doc, month: int, day: int | None, anchor: int) -> int | None:
    """The publication year ("on March 3" in a March article), or the year before when that
    puts the date more than six months ahead, or more than a month ahead in a sentence that
    speaks of the past (no "will", "scheduled", "until", "состоится", "дейін" …)."""
    if doc.published is None:
        return None
    year = doc.published.year
    try:
        candidate = date(year, month, day or 1)
    except ValueError:
        return year
    ahead = candidate - doc.published
    if ahead > timedelta(days=183) or ahead > timedelta(days=31) and not _future(doc, anchor):
        return year - 1
    return year


def _future(doc: Doc, index: int) -> bool:
    """The sentence of token ``index`` speaks of what is to come (read once a sentence)."""
    number = doc.sentence[index]
    known = doc.sentence_flags.setdefault("future", {})
    if number not in known:
        words = (doc.tokens[i].text.lower() for i in doc.sentence_tokens(number))
        known[number] = any(w in FUTURE_WORDS or w.startswith(_FUTURE_STEMS) for w in words)
    return known[number]


#: Words of a sentence about the future: a date in it may lie ahead of publication.
FUTURE_WORDS = frozenset(
    "will shall scheduled due expected next until till set upcoming "
    "postponed adjourned delayed отложил отложила перенес перенёс шегерілді шегерді "
    "будет будут состоится состоятся назначен назначено назначена до продлится планирует "
    "планируется следующем дейін тиіс келесі болады өтеді".split())
_FUTURE_STEMS = ("начнет", "начнёт", "рассмотр", "жоспар", "басталады", "қаралады", "өтпек")
