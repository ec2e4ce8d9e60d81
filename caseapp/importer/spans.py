# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for entity finders: phrase lookup over tokens and grouping into entities.

Places and organisations are both "a known or patterned phrase, grouped by identity";
the lookup tolerates Kazakh suffixes and Russian declension on the phrase's last word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from caseapp.domain.names import normalize
from caseapp.importer.lexicon import Entry, Phrases
from caseapp.importer.model import Entity, Mention
from caseapp.importer.morphology import (
    kazakh_stems,
    russian_adjective_nominative,
    russian_place_forms,
)
from caseapp.importer.text import Token


@dataclass(frozen=True)
class Hit:
    """A phrase found in the text: tokens [first, last], its identity key and display name."""

    first: int
    last: int
    key: str
    name: str
    kind: str = ""

    def mention(self, tokens: list[Token], text: str) -> Mention:
        start, end = tokens[self.first].start, tokens[self.last].end
        return Mention(text[start:end], start, end)


#: Case suffixes after a two-letter place name ("Ошта", "Ошқа", "Оштан", "Оштағы").
_SHORT_STEM_SUFFIXES = frozenset("та тан қа тың тағы ты".split())


@lru_cache(maxsize=65536)
def word_forms(word: str, language: str) -> tuple[str, ...]:
    """Normalised nominative candidates of one word in the paragraph's language; a compound's
    capitalised head counts too ("YouTube-канале" → YouTube). Cached: words repeat."""
    if language == "kk":
        forms = kazakh_stems(word)
        if len(word) <= 6 and word[:1].isupper():  # two-letter stems: "Ошта", "Оштағы"
            forms += [word[:2]] if word[2:].lower() in _SHORT_STEM_SUFFIXES else []
    elif language == "ru":
        forms = russian_place_forms(word)
    else:
        forms = [word[:-2] if word.endswith(("'s", "’s")) else word]
    head, _, tail = word.partition("-")
    if tail and language != "kk" and tail.islower() and head[:1].isupper():
        forms.append(head)
    return tuple(dict.fromkeys(normalize(f) for f in forms))


@lru_cache(maxsize=65536)
def first_word_forms(word: str, language: str) -> tuple[str, ...]:
    """Forms of a phrase's first word: Russian adjectives decline with the noun
    ("Центральной Азии" → центральная азия)."""
    forms = word_forms(word, language)
    if language == "ru" and word[:1].isupper():
        forms += tuple(normalize(russian_adjective_nominative(word, feminine=f))
                       for f in (False, True))
    return forms


def match_phrase(phrases: Phrases, tokens: list[Token], index: int, language: str, *,
                 case_sensitive_short: bool = True) -> tuple[Entry, str, int] | None:
    """The longest phrase of ``phrases`` starting at token ``index`` (last word inflected)."""
    best: tuple[Entry, str, int] | None = None
    if not phrases.may_start(tokens[index].text):
        return None
    for form in first_word_forms(tokens[index].text, language):
        for words, entry, spelling in phrases.starting_with(form):
            last = _phrase_end(words, tokens, index, language)
            if last is None or (best and last <= best[2]):
                continue
            if case_sensitive_short and not _case_ok(spelling, tokens[index].text):
                continue
            best = (entry, spelling, last)
    return best


def _phrase_end(words: tuple[str, ...], tokens: list[Token], index: int,
                language: str) -> int | None:
    position = index
    for number, word in enumerate(words):
        if position >= len(tokens) or (tokens[position].kind == "p"
                                       and tokens[position].text != word):
            return None
        if number == 0:
            position += 1
            continue
        is_last = number == len(words) - 1
        candidates = word_forms(tokens[position].text, language) if is_last else [
            normalize(tokens[position].text)]
        if word not in candidates:
            return None
        position += 1
    return position - 1


def _case_ok(spelling: str, surface: str) -> bool:
    """Acronyms (UN, US, ООН) and places must be capitalised in the text as listed."""
    head = spelling.split()[0]
    if head.isupper() and len(head) <= 5:
        return surface.split("-")[0] == head
    return surface[:1].isupper() or not spelling[:1].isupper()


def group(hits: list[Hit], tokens: list[Token], text: str) -> list[Entity]:
    """Entities keyed by ``Hit.key``; the first surface's name is the canonical name."""
    by_key: dict[str, Entity] = {}
    seen: set[tuple[str, int]] = set()
    for hit in sorted(hits, key=lambda h: h.first):
        entity = by_key.setdefault(hit.key, Entity(hit.name, [], hit.kind))
        mention = hit.mention(tokens, text)
        if (hit.key, mention.start) not in seen:
            seen.add((hit.key, mention.start))
            entity.mentions.append(mention)
    return list(by_key.values())


def block(hits: list[Hit]) -> set[int]:
    """The token indices the hits cover, for later finders to skip."""
    return {i for hit in hits for i in range(hit.first, hit.last + 1)}
