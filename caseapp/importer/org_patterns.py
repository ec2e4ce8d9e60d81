# SPDX-License-Identifier: GPL-3.0-or-later
"""Organisations named by a head noun rather than a list: "Жамбыл облысы полиция
департаменті", "Департамент полиции Восточно-Казахстанской области", "консульство Китая",
"Mangystau regional police department", "Astana akimat".

Kazakh puts the head noun last (its name starts at the first capitalised word before it);
Russian puts it first (a genitive tail with a capitalised word follows); English state
bodies are often written with a lower-case head after a place. A head with no capitalised
word beside it ("облыс әкімдігі", "the police department") is generic and not reported.
"""

from __future__ import annotations

import re

from caseapp.domain.names import normalize
from caseapp.importer.doc import Doc
from caseapp.importer.morphology import kazakh_stems
from caseapp.importer.spans import Hit

#: Kazakh head nouns (stems before the possessive -ы/-і) and the kind they give.
_KK_HEADS = {
    "департамент": "state", "прокуратура": "state", "әкімдіг": "state", "министрліг": "state",
    "басқарма": "state", "агенттіг": "state", "консулдығ": "state", "елшіліг": "state",
    "комитет": "state", "бюро": "rights", "қор": "rights", "орталығ": "rights",
    "бірлестіг": "rights", "ұйым": "rights", "одағ": "rights", "партия": "party",
    "қозғалыс": "party", "газет": "media", "басылым": "media",
}
_KK_HEAD = re.compile(r"^(" + "|".join(sorted(_KK_HEADS, key=len, reverse=True))
                      + r")(?:ы|і|сы|сі)$")
#: A locative word ("даңғылындағы облыс әкімдігі") is where the body is, not its name.
_LOCATIVE = ("дағы", "дегі", "тағы", "тегі", "да", "де", "та", "те")
#: Russian head nouns: stem → (nominative, kind); the case ending after the stem is free.
_RU_HEADS = {
    "департамент": ("Департамент", "state"), "управлени": ("Управление", "state"),
    "прокуратур": ("прокуратура", "state"), "акимат": ("акимат", "state"),
    "консульств": ("консульство", "state"), "посольств": ("посольство", "state"),
    "министерств": ("министерство", "state"), "администраци": ("администрация", "state"),
    "маслихат": ("маслихат", "state"), "отдел": ("отдел", "state"),
}
_RU_HEAD = re.compile(r"^(" + "|".join(_RU_HEADS) + r")[а-яё]{0,3}$", re.IGNORECASE)
#: Lower-case genitive words allowed inside a Russian tail ("полиции", "внутренних дел").
_RU_TAIL_WORDS = frozenset("полиции внутренних дел по делам города г района области "
                           "юстиции республики".split())
_EN_HEADS = frozenset("department akimat office administration directorate".split())
_EN_MODIFIERS = frozenset("regional city district police interior prosecutor's prosecutors "
                          "emergency municipal provincial region's city's".split())


def find(doc: Doc) -> list[Hit]:
    """Head-noun organisations in every paragraph's language."""
    hits = []
    for index, token in enumerate(doc.tokens):
        if token.kind != "w":
            continue
        finder = {"kk": _kazakh, "ru": _russian, "en": _english}[doc.lang[index]]
        hit = finder(doc, index)
        if hit:
            hits.append(hit)
    return hits


def _kazakh(doc: Doc, index: int) -> Hit | None:
    """Head last: walk back over lower-case words to the capitalised start of the name."""
    head = next(((s, m) for s in kazakh_stems(doc.tokens[index].text)
                 if (m := _KK_HEAD.match(s.lower()))), None)
    if head is None or doc.tokens[index].is_cap:
        return None
    first = _kazakh_start(doc, index)
    if first is None:
        return None
    head_stem, head_match = head
    words = [t.text for t in doc.tokens[first:index]] + [head_stem]
    name = " ".join(words)
    kind = _KK_HEADS[head_match.group(1)]
    return Hit(first, index, "org:" + normalize(name), name, kind)


def _kazakh_start(doc: Doc, index: int) -> int | None:
    tokens, position, lower = doc.tokens, index - 1, 0
    while position >= 0 and tokens[position].kind == "w" and not tokens[position].is_cap \
            and lower < 4 and doc.sentence[position] == doc.sentence[index] \
            and not tokens[position].text.endswith(_LOCATIVE):
        position -= 1
        lower += 1
    if position < 0 or not tokens[position].is_cap or doc.sentence[position] != doc.sentence[index]:
        return None
    while position > 0 and tokens[position - 1].is_cap and not doc.starts_sentence(position - 1) \
            and tokens[position].start - tokens[position - 1].end == 1:
        position -= 1
    return position


def _russian(doc: Doc, index: int) -> Hit | None:
    """Head first: "Департамента полиции Восточно-Казахстанской области", "консульства Китая"."""
    match = _RU_HEAD.match(doc.tokens[index].text)
    if match is None:
        return None
    nominative, kind = _RU_HEADS[match.group(1).lower()]
    last = _russian_tail(doc, index)
    if last == index:
        return None
    head = nominative if doc.tokens[index].is_cap else nominative.lower()
    if doc.tokens[index].is_cap:
        head = head[:1].upper() + head[1:]
    tail = doc.text[doc.tokens[index + 1].start:doc.tokens[last].end]
    name = f"{head} {tail}"
    return Hit(index, last, "org:" + normalize(name), name, kind)


def _russian_tail(doc: Doc, index: int) -> int:
    tokens, position, last, capital = doc.tokens, index + 1, index, False
    while position < len(tokens) and position <= index + 5 and tokens[position].kind == "w" \
            and tokens[position].start - tokens[position - 1].end <= 1:
        word = tokens[position].text
        if tokens[position].is_cap:
            capital = True
            last = position
        elif word.lower() in _RU_TAIL_WORDS or (capital and word.endswith(("ой", "ого", "ых"))):
            last = position if capital or word.lower() in ("области", "района") else last
        else:
            break
        position += 1
    return last if capital else index


def _english(doc: Doc, index: int) -> Hit | None:
    """"Mangystau regional police department", "Astana akimat": place + lower-case head."""
    tokens = doc.tokens
    if tokens[index].text not in _EN_HEADS:
        return None
    first = index - 1
    while first >= 0 and tokens[first].text in _EN_MODIFIERS and index - first <= 3:
        first -= 1
    if first < 0 or not tokens[first].is_cap or tokens[first].text in ("The", "A", "An"):
        return None
    while first > 0 and tokens[first - 1].is_cap and not doc.starts_sentence(first):
        first -= 1
    if doc.starts_sentence(first) and tokens[first].text in ("The", "A", "An"):
        first += 1
    name = doc.text[tokens[first].start:tokens[index].end]
    return Hit(first, index, "org:" + normalize(name), name, "state")
