# SPDX-License-Identifier: GPL-3.0-or-later
"""Identity matching: rank the known persons an extracted name may be, with a score and a reason.

One key for all scripts (caseapp.domain.names.match_key: Kazakh folded, romanised, spelling
variants merged) makes "Жақсылықов", "Жаксылыков" and "Zhaksylyqov" equal; rapidfuzz scores
the rest. A merge is only ever proposed: the volunteer confirms it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from caseapp.domain.names import match_key, normalize

THRESHOLD = 78.0
SAME_ALIAS, SAME_KEY, FUZZY = "same alias", "same transliteration key", "fuzzy"


@dataclass(frozen=True)
class KnownPerson:
    """A person already in the database: display name and every alias it is known by."""

    uid: str
    display_name: str
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Candidate:
    """A proposed link: ``score`` 0–100, ``reason`` one of the three reasons above."""

    uid: str
    display_name: str
    score: float
    reason: str


def rank_candidates(name: str, known: Iterable[KnownPerson], limit: int = 5) -> list[Candidate]:
    """The best ``limit`` known persons for ``name``, best first, at or above the threshold."""
    wanted = _Keys.of(name)
    if not wanted.key:
        return []
    found = [c for person in known if (c := _score(wanted, person)) is not None]
    found.sort(key=lambda c: (-c.score, c.display_name))
    return found[:limit]


@dataclass(frozen=True)
class _Keys:
    normal: str
    key: str
    sorted_key: str

    @classmethod
    def of(cls, text: str) -> _Keys:
        key = match_key(text)
        return cls(normalize(text), key, " ".join(sorted(key.split())))


def _score(wanted: _Keys, person: KnownPerson) -> Candidate | None:
    best: tuple[float, str] = (0.0, FUZZY)
    for alias in [person.display_name, *person.aliases]:
        best = max(best, _compare(wanted, _Keys.of(alias)), key=lambda pair: pair[0])
    score, reason = best
    if score < THRESHOLD:
        return None
    return Candidate(person.uid, person.display_name, round(score, 1), reason)


def _compare(wanted: _Keys, alias: _Keys) -> tuple[float, str]:
    if not alias.key:
        return 0.0, FUZZY
    if wanted.normal == alias.normal:
        return 100.0, SAME_ALIAS
    if wanted.key == alias.key or wanted.sorted_key == alias.sorted_key:
        return 95.0, SAME_KEY
    initials = _initials_score(wanted.key, alias.key)
    if initials:
        return initials, FUZZY
    score = fuzz.token_sort_ratio(wanted.key, alias.key)
    return score - _gender_penalty(wanted.key, alias.key), FUZZY


def _initials_score(left: str, right: str) -> float:
    """"d kasimzhanov" against "dauren kasimzhanov": same surname, first letters agree."""
    a, b = left.split(), right.split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return 0.0
    short, full = (a, b) if len(a[0]) <= len(b[0]) else (b, a)
    if len(short[0]) <= 2 and full[0].startswith(short[0][0]):
        return 85.0
    return 0.0


def _gender_penalty(left: str, right: str) -> float:
    """Осмоналиев and Осмоналиева are father and daughter, not spelling variants."""
    a, b = left.split()[-1:], right.split()[-1:]
    if a and b and (a[0] + "a" == b[0] or b[0] + "a" == a[0]):
        return 20.0
    return 0.0
