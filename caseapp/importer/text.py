# SPDX-License-Identifier: GPL-3.0-or-later
"""Tokens, sentences, paragraphs and languages of an article, all with offsets into the input.

Every later stage (names, dates, places, events) works on these tokens, so the text is
scanned by linear regular expressions once and never re-split.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from caseapp.domain.names import KAZAKH_LETTERS

# Letters with their combining marks (a decomposed "й" is "и" + U+0306: one word, not
# two tokens a letter, which made a page of them the slowest input), optionally joined by
# hyphens (Нью-Йорк, АҚШ-та); numbers with a glued suffix (15-інде, 13th); a run of four
# or more stops or of one punctuation mark as one token (a page of "!!!!" costs one token,
# not thousands); any other visible character on its own. Every repetition starts with
# a character the one before cannot match, so nothing backtracks.
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*"
_TOKEN = re.compile(rf"{_WORD}(?:-{_WORD})*|[0-9]+(?:-?[^\W\d_]+)?|[.!?…]{{4,}}"
                    r"|([^\w\s])\1{3,}|[^\w\s]")
# A run of stops is matched once, from its first character (the look-behind) and without
# giving characters back (possessive), so 100,000 dots cost one pass, not n² steps.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"»”']?(?=\s)|\n")
_ABBREVIATIONS = frozenset(
    "no nos г гг ст им т тт mr mrs ms dr st ул пр обл р-н ж жж б бб vs etc incl".split())
_KAZAKH = frozenset(KAZAKH_LETTERS + KAZAKH_LETTERS.upper())
_MAX_SENTENCE = 2000
_LOWER_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_KAZAKH_LETTER = re.compile("[" + KAZAKH_LETTERS + KAZAKH_LETTERS.upper() + "]")


class Token(NamedTuple):
    """One token: ``kind`` is "w" (word), "n" (number) or "p" (punctuation). A named tuple:
    millions are made for a long text, and a tuple is the cheapest object to build."""

    text: str
    start: int
    end: int
    kind: str
    position: int

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter (a possible name, place or sentence start)."""
        return self.kind == "w" and self.text[0].isupper()

    @property
    def is_acronym(self) -> bool:
        letters = [ch for ch in self.text.split("-")[0] if ch.isalpha()]
        return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text`` in order, with offsets."""
    tokens = []
    for index, match in enumerate(_TOKEN.finditer(text)):
        value = match.group()
        kind = "w" if value[0].isalpha() else "n" if "0" <= value[0] <= "9" else "p"
        tokens.append(Token(value, match.start(), match.end(), kind, index))
    return tokens


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a period after an initial or abbreviation is no end."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() != "\n" and _is_abbreviation(text, match.start()):
            continue
        end = match.end()
        spans += _bounded(text, start, end)
        start = end
    spans += _bounded(text, start, len(text))
    return spans


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The trimmed sentence, cut at spaces into pieces of at most _MAX_SENTENCE characters
    (a text without stops is still analysed in linear time)."""
    out = []
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        out += _bounded(text, start, cut)
        start = cut
    first, last = _trim(text, start, end)
    return out + ([(first, last)] if last > first else [])


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:dot]
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in _ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line; the first one is the headline."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append(_trim(text, start, end))
        start = end + 1
    return spans


def language_of(text: str) -> str:
    """kk, ru or en by script; Cyrillic is kk when Kazakh letters reach 8 per 100 Cyrillic
    letters (corpus: kk 13–21, ru < 6) or when they occur in ≥ 15 % of the lower-case words
    (Russian text has them only in names, so a short Kazakh clause still tells)."""
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if latin > cyrillic:
        return "en"
    if not cyrillic:
        return ""
    kazakh = len(_KAZAKH_LETTER.findall(text))
    if 100.0 * kazakh / cyrillic >= 8.0:
        return "kk"
    return "kk" if kazakh and _kazakh_word_share(text) >= 0.15 else "ru"


def _kazakh_word_share(text: str) -> float:
    words = [w for w in _LOWER_CYRILLIC_WORD.findall(text) if w[0].islower()]
    return sum(1 for w in words if _KAZAKH.intersection(w)) / len(words) if words else 0.0


def is_sentence_start(tokens: list[Token], index: int, text: str) -> bool:
    """True when nothing but quotes, dashes or spaces precede the token in its sentence."""
    position = index - 1
    while position >= 0 and tokens[position].kind == "p" and tokens[position].text in "«\"“„'–—-(":
        position -= 1
    if position < 0:
        return True
    previous = tokens[position]
    if previous.kind == "p" and previous.text in ".!?…:":
        return previous.text != "." or not _is_abbreviation(text, previous.start)
    return "\n" in text[previous.end:tokens[index].start]
