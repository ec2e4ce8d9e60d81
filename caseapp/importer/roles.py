# SPDX-License-Identifier: GPL-3.0-or-later
"""A role guessed for each person from the words around its mentions ("адвокат X",
"his wife, X", "X, a reporter") and from the events it takes part in (detainee)."""

from __future__ import annotations

from collections import Counter

from caseapp.importer.doc import Doc
from caseapp.importer.event_words import DETAINEE_KINDS, role_of
from caseapp.importer.model import Event

_STRONG = ("judge", "lawyer", "official", "relative")


def context_roles(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> dict[str, str | None]:
    """Role words in the three tokens before a mention or the two after it (same sentence)."""
    roles: dict[str, str | None] = {}
    for name, ranges in spans.items():
        votes = [r for first, last in ranges for r in _around(doc, first, last)[:1]]
        strong = [r for r in votes if r in _STRONG]
        roles[name] = Counter(strong or votes).most_common(1)[0][0] if votes else None
    return roles


def _around(doc: Doc, first: int, last: int) -> list[str]:
    sentence = doc.sentence[first]
    window = [i for i in range(first - 3, first) if i >= 0 and doc.sentence[i] == sentence]
    window.reverse()
    if last + 1 < len(doc.tokens) and doc.tokens[last + 1].text == ",":
        window += [i for i in range(last + 2, last + 5)
                   if i < len(doc.tokens) and doc.sentence[i] == sentence]
    found = []
    for index in window:
        role = role_of(doc.tokens[index].text.lower())
        if role:
            found.append(role)
    return found


def final_roles(context: dict[str, str | None], events: list[Event]) -> dict[str, str]:
    """Court staff, lawyers, officials and relatives keep their role; anyone else who was
    detained, charged, sentenced or released is a detainee; the rest activist/journalist/other."""
    detained = {p for e in events if e.kind in DETAINEE_KINDS for p in e.persons}
    out = {}
    for name, role in context.items():
        if role in _STRONG:
            out[name] = role
        elif name in detained:
            out[name] = "detainee"
        else:
            out[name] = role or "other"
    return out
