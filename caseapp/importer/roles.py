# SPDX-License-Identifier: GPL-3.0-or-later
"""A role guessed for each person from the words around its mentions ("адвокат X",
"his wife, X", "X, a reporter") and from the events it takes part in (detainee)."""

from __future__ import annotations

from caseapp.importer.doc import Doc
from caseapp.importer.event_words import DETAINEE_KINDS, ROLE_CUES
from caseapp.importer.model import Event

_STRONG = ("judge", "lawyer", "official", "relative")


def context_roles(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> dict[str, str | None]:
    """Role words in the three tokens before a mention or the two after it (same sentence)."""
    roles: dict[str, str | None] = {}
    for name, ranges in spans.items():
        votes = [r for first, last in ranges for r in _around(doc, first, last)]
        strong = [r for r in votes if r in _STRONG]
        roles[name] = (strong or votes or [None])[0]
    return roles


def _around(doc: Doc, first: int, last: int) -> list[str]:
    sentence = doc.sentence[first]
    window = [i for i in range(first - 3, first) if i >= 0 and doc.sentence[i] == sentence]
    window.reverse()
    window += [i for i in range(last + 1, last + 4)
               if i < len(doc.tokens) and doc.sentence[i] == sentence]
    found = []
    for index in window:
        role = _role_of(doc.tokens[index].text.lower())
        if role:
            found.append(role)
    return found


def _role_of(word: str) -> str | None:
    for role, stems in ROLE_CUES.items():
        if any(word.startswith(stem) and (len(stem) > 4 or len(word) <= len(stem) + 2)
               for stem in stems):
            return role
    return None


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
