# SPDX-License-Identifier: GPL-3.0-or-later
"""The data files shipped in importer/data, loaded once and looked up by normalised words.

Lists live in data files rather than code so volunteers can extend the gazetteer, the
given-name list and the organisation list without touching the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from caseapp.domain.names import match_key, normalize
from caseapp.importer.text import tokenize


@dataclass(frozen=True)
class Entry:
    """One gazetteer or organisation line: ``uid`` groups its spellings."""

    uid: int
    kind: str
    spellings: tuple[str, ...]


@dataclass
class Phrases:
    """Multi-word spellings indexed by their first normalised word; a spelling is split
    into tokens the way the text is ("General's" → general ' s)."""

    by_first: dict[str, list[tuple[tuple[str, ...], Entry, str]]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)

    def add(self, spelling: str, entry: Entry) -> None:
        words = tuple(normalize(t.text) for t in tokenize(spelling))
        if words:
            self.by_first.setdefault(words[0], []).append((words, entry, spelling))
            self.prefixes.add(_prefix(words[0]))
            if len(words[0]) == 3:  # "Уфа" is "Уфе", "Уфы" in Russian text
                self.prefixes.add(words[0][:2])

    answers: dict[str, bool] = field(default_factory=dict)  #: may_start, per word

    def may_start(self, word: str) -> bool:
        """A cheap test before inflecting: inflection changes endings, never the first
        three letters, so a word whose prefix starts no phrase starts none (remembered:
        words repeat)."""
        known = self.answers.get(word)
        if known is None:
            normal = normalize(word)
            known = _prefix(normal) in self.prefixes or normal[:2] in self.prefixes  # "Ош"+"та"
            if len(self.answers) < 65536:
                self.answers[word] = known
        return known

    def starting_with(self, word: str) -> list[tuple[tuple[str, ...], Entry, str]]:
        return self.by_first.get(word, [])


def _prefix(word: str) -> str:
    return word.split("-")[0][:3]


def _lines(name: str) -> list[str]:
    text = resources.files("caseapp.importer").joinpath("data", name).read_text("utf-8")
    return [line.rstrip("\n") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """match_key of a given name → "m" or "f"."""
    out: dict[str, str] = {}
    for line in _lines("first_names.txt"):
        name, _, gender = line.partition("\t")
        out.setdefault(match_key(name), gender.strip() or "m")
    return out


@lru_cache(maxsize=1)
def places() -> Phrases:
    """Gazetteer spellings (kk, ru, Latin) as phrases."""
    phrases = Phrases()
    for uid, line in enumerate(_lines("places.tsv")):
        kind, _, names = line.partition("\t")
        entry = Entry(uid, kind, tuple(names.split("|")))
        for spelling in entry.spellings:
            phrases.add(spelling, entry)
    return phrases


@lru_cache(maxsize=1)
def organizations() -> Phrases:
    """Known organisations as phrases; acronyms are matched case-sensitively by the caller."""
    phrases = Phrases()
    for uid, line in enumerate(_lines("organizations.tsv")):
        kind, _, names = line.partition("\t")
        entry = Entry(uid, kind, tuple(names.split("|")))
        for spelling in entry.spellings:
            phrases.add(spelling, entry)
    return phrases


def first_name_gender(word: str) -> str | None:
    """"m"/"f" when ``word`` (any script) is a known given name, else None."""
    if len(word) < 2:
        return None
    return first_names().get(match_key(word))


@lru_cache(maxsize=1)
def public_figures() -> frozenset[str]:
    """match_key of every spelling of a listed head of state or government. Full names
    only: a surname alone ("Алиев") is too common to tell."""
    return frozenset(match_key(spelling) for line in _lines("public_figures.txt")
                     for spelling in line.split("|"))
