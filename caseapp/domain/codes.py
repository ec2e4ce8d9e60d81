# SPDX-License-Identifier: GPL-3.0-or-later
"""Articles of the shipped criminal and administrative codes: search keys and penalties.

Volunteers look an article up by its number ("274", "207.3", "361-1", "ст. 274") or by
words of its title in any script ("заведомо ложн", "жалған ақпарат", "false information").
SQLite's LIKE and lower() fold ASCII only, so every article stores one search key that
caseapp computes itself: its number as ``№207.3`` (a hyphenated suffix written with a dot,
so "361-1" and "361.1" are one key) followed by every normalised form of every title word
(NFC and casefold, Kazakh letters folded to Russian ones, a Latin transliteration and its
spelling-variant key, as caseapp.domain.names makes them for names), each preceded by a
space. A query word then matches a key word that starts with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from caseapp.domain import names
from caseapp.domain.terms import Term
from caseapp.i18n import N_, _, ngettext

#: The codes caseapp ships, by the ``code`` column's value.
CODE_KINDS = ("criminal", "administrative")
#: Words that may stand before an article number and say nothing else.
_NUMBER_WORDS = {"ст", "ст.", "статья", "статьи", "бап", "баптың", "art", "art.", "article", "№"}
_NUMBER = re.compile(r"(\d+(?:[.\-]\d+)*)")
#: How a sanction's range reads (translated when described, in the reader's language).
TERM_RANGE = N_("imprisonment {low} to {high}")
TERM_UP_TO = N_("imprisonment up to {high}")
FINE_RANGE = N_("fine {low} to {high} {unit}")
FINE_UP_TO = N_("fine up to {high} {unit}")
#: Fine units as the codes state them.
FINE_UNITS = {
    "MRP": N_("MCI"),  # Kazakhstan's monthly calculation index (МРП / АЕК)
    "RUB": N_("roubles"),
    "BV": N_("base units"),  # Belarus's базовая величина
}


def number_key(article: str) -> str:
    """One spelling of an article number: "361-1", "361.1" and " 361 . 1" → "361.1"."""
    found = _NUMBER.search(article.replace(" ", ""))
    return found.group(1).replace("-", ".") if found else ""


def search_key(article: str, *titles: str) -> str:
    """The stored key: `` №<number> <form> <form> … `` (leading and trailing space)."""
    forms: set[str] = set()
    for title in titles:
        for word in names.words(title):
            forms.update(_word_forms(word))
    forms.discard("")
    return f" №{number_key(article)} {' '.join(sorted(forms))} "


#: Forms computed ahead of time for the shipped titles' words (store/code_forms.py).
_PRECOMPUTED: dict[str, tuple[str, ...]] = {}


def precomputed_forms(forms: Mapping[str, tuple[str, ...]]) -> None:
    """Take forms computed ahead of time, so loading the codes need not compute them."""
    _PRECOMPUTED.update(forms)
    _word_forms.cache_clear()


def word_forms(word: str) -> tuple[str, ...]:
    """A title word as typed, folded to Russian letters, in Latin, and its variant key."""
    return (word, names.fold_kazakh(word), names.romanize(word), names.match_key(word))


@lru_cache(maxsize=16384)
def _word_forms(word: str) -> tuple[str, ...]:
    """A title word's forms; precomputed for the shipped titles, otherwise computed once
    and cached, since titles share most of their words."""
    return _PRECOMPUTED.get(word) or word_forms(word)


class ArticleQuery(NamedTuple):
    """What a volunteer typed, split: an article number (or "") and title words."""

    number: str
    words: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not self.number and not self.words


def parse_query(text: str) -> ArticleQuery:
    """Split "ст. 274 ложн" into the number "274" and the words ("ложн",)."""
    number, words = "", []
    for token in names.normalize(text).replace("№", " ").split():
        found = _NUMBER.fullmatch(token.strip(".,;:()"))
        if found and not number:
            number = found.group(1).replace("-", ".")
        elif token not in _NUMBER_WORDS:
            words.extend(names.words(token))
    return ArticleQuery(number, tuple(w for w in words if not w.isdigit()))


class ArticleRow(NamedTuple):
    """One article as the pickers and the CLI list it, title in the asked language."""

    id: int
    country: str
    code: str
    article: str
    part: str
    title: str

    def reference(self) -> str:
        return f"{self.article}.{self.part}" if self.part else self.article

    def label(self, administrative: str = "") -> str:
        """"KZ 274 — Title"; ``administrative`` is the prefix of the administrative code
        ("Adm. {article}") in the caller's language."""
        number = self.reference()
        if self.code == "administrative":
            number = (administrative or _("Adm. {article}")).format(article=number)
        head = f"{self.country} {number}"
        return f"{head} — {self.title}" if self.title else head


@dataclass(frozen=True)
class PenaltyRange:
    """What an article's sanction allows, where the code states it as a range: the term
    of deprivation of liberty in months and the fine in ``fine_unit`` (see FINE_UNITS).
    A missing bound is None (an article may set only a maximum)."""

    term_min_months: int | None = None
    term_max_months: int | None = None
    fine_min: int | None = None
    fine_max: int | None = None
    fine_unit: str = ""

    @property
    def is_empty(self) -> bool:
        return self.term_max_months is None and self.fine_max is None

    def describe(self, gettext: Callable[[str], str] = _,
                 plural: Callable[[str, str, int], str] = ngettext) -> str:
        """"imprisonment 2 years to 7 years; fine up to 7,000 MCI" in the language of
        ``gettext``/``plural`` (the interface's, or a report catalog's)."""
        parts = [text for text in (self._term(gettext, plural), self._fine(gettext)) if text]
        return "; ".join(parts)

    def _term(self, gettext: Callable[[str], str], plural: Callable[[str, str, int], str]) -> str:
        if self.term_max_months is None:
            return ""
        high = _months_text(self.term_max_months, plural)
        if self.term_min_months:
            low = _months_text(self.term_min_months, plural)
            return gettext(TERM_RANGE).format(low=low, high=high)
        return gettext(TERM_UP_TO).format(high=high)

    def _fine(self, gettext: Callable[[str], str]) -> str:
        if self.fine_max is None:
            return ""
        unit = gettext(FINE_UNITS.get(self.fine_unit, self.fine_unit))
        high = f"{self.fine_max:,}".replace(",", "\u00a0")
        if self.fine_min:
            low = f"{self.fine_min:,}".replace(",", "\u00a0")
            return gettext(FINE_RANGE).format(low=low, high=high, unit=unit)
        return gettext(FINE_UP_TO).format(high=high, unit=unit)


def _months_text(months: int, plural: Callable[[str, str, int], str]) -> str:
    return Term(years=months // 12, months=months % 12).describe(plural)
