# SPDX-License-Identifier: GPL-3.0-or-later
"""Names in lists: beside a prison term across a dash (the defendants of a verdict told as
a list), and names joined only by commas and "и/and/мен" (persons one verb is about).

Verdicts on many defendants are often written without a verb next to each name: one line
per person ("Алесь Ковалевич — 6 лет колонии;", "– Бекзат Орын – 5 жыл;", with or without
a bullet) or a term shared by several names ("шесть лет — Алибек Саутбаев, Айымхан Реймова
и Мурат Ембергенов"). Whoever stands on the other side of the dash from a term is a
defendant, so the role finder puts them on the target side even when no event reaches them.
"""

from __future__ import annotations

from caseapp.importer.doc import Doc
from caseapp.importer.event_cues import TERM

_DASHES = frozenset("—–-")
#: Words that join the names of one list ("A, B и C", "A мен B", "A and B").
_JOINERS = frozenset("и and мен пен бен және".split())
#: Names one shared term may stand before ("шесть лет — A, B и C").
_MAX_LISTED = 20
#: Characters after the dash within which the term must start.
_TERM_REACH = 24
#: Owner of each token: token index → (person name, (first, last)) of the mention there.
Owners = dict[int, tuple[str, tuple[int, int]]]


def term_beside(doc: Doc, owner: Owners, first: int, last: int) -> bool:
    """The mention ``first..last`` stands before "— TERM" or after "TERM —" in a list of
    names joined by commas and "и/and/мен"."""
    return _term_after(doc, last) or _term_before(doc, owner, first)


def _term_after(doc: Doc, last: int) -> bool:
    after = last + 1
    if after + 1 >= len(doc.tokens) or doc.tokens[after].text not in _DASHES \
            or doc.sentence[after] != doc.sentence[last]:
        return False
    start = doc.tokens[after + 1].start
    match = TERM.search(doc.text, start, min(len(doc.text), start + _TERM_REACH))
    return match is not None and match.start() - start < 4 and not _an_age(doc.text, match.end())


def _an_age(text: str, end: int) -> bool:
    """"35-летняя", "20 лет в профессии": an age or a span of years, not a term."""
    tail = text[max(0, end - 12):end + 12].lower()
    return "летн" in tail or " в профессии" in tail or " от роду" in tail


def _term_before(doc: Doc, owner: Owners, first: int) -> bool:
    """Walk back over the list ("A, B и C") to a dash and read the term before it."""
    index = first - 1
    for _ in range(_MAX_LISTED):
        if index <= 0 or doc.sentence[index] != doc.sentence[first]:
            return False
        text = doc.tokens[index].text
        if text in _DASHES:
            return _term_ends_at(doc, doc.tokens[index].start)
        if text != "," and text.lower() not in _JOINERS:
            return False
        index -= 1  # the separator; a name must stand before it
        if index not in owner:
            return False
        index = owner[index][1][0] - 1
    return False


def _term_ends_at(doc: Doc, dash: int) -> bool:
    window = doc.text[max(0, dash - 40):dash].rstrip()
    matches = list(TERM.finditer(window))
    return bool(matches) and len(window) - matches[-1].end() <= 12


def name_lists(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> list[set[str]]:
    """Groups of persons named one after another with only a comma, "и/and/мен/пен/және"
    or ", и" between them ("Арестованы A, B и C"): whatever one verb says of the first, it
    says of all, even when the event finder splits the clause at the comma."""
    mentions = sorted((first, last, name) for name, ranges in spans.items()
                      for first, last in ranges)
    groups: list[set[str]] = []
    previous_last, current = -2, set[str]()
    for first, last, name in mentions:
        if previous_last >= 0 and _joined(doc, previous_last, first):
            current.add(name)
        else:
            if len(current) > 1:
                groups.append(current)
            current = {name}
        previous_last = last
    if len(current) > 1:
        groups.append(current)
    return groups


def _joined(doc: Doc, last: int, first: int) -> bool:
    between = [t.text.lower() for t in doc.tokens[last + 1:first]]
    return 1 <= len(between) <= 2 and doc.sentence[last] == doc.sentence[first] \
        and all(w == "," or w in _JOINERS for w in between)
