# SPDX-License-Identifier: GPL-3.0-or-later
"""One analysed article: tokens with their language (paragraph or quotation) and sentence,
built once."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from caseapp.importer.text import (
    Token,
    is_sentence_start,
    language_of,
    paragraph_spans,
    sentence_spans,
    tokenize,
)

#: A quotation on one line; long enough ones get their own language.
_QUOTE = re.compile(r"«[^«»\n]{1,3000}»|“[^“”\n]{1,3000}”|\"[^\"\n]{1,3000}\"")
_MIN_LETTERS = 20
_NEWLINE = re.compile("\n")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


@dataclass
class Doc:
    """The article as finders see it.

    ``lang[i]`` is the language of token i's paragraph; ``sentence[i]`` the index of its
    sentence in ``sentences``; ``title_end`` the offset where the headline stops;
    ``aside[i]`` is 1 when token i stands in parentheses or in a quoted speech of six words
    or more (descriptions and quotations, not the narrative).
    """

    text: str
    language: str
    published: date | None
    tokens: list[Token] = field(default_factory=list)
    lang: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence: list[int] = field(default_factory=list)
    title_end: int = 0
    starts: list[int] = field(default_factory=list)
    aside: bytearray = field(default_factory=bytearray)
    newlines: list[int] = field(default_factory=list)
    #: per-sentence answers computed once (sentence number → bool), by question
    sentence_flags: dict[str, dict[int, bool]] = field(default_factory=dict)

    def starts_sentence(self, index: int) -> bool:
        return is_sentence_start(self.tokens, index, self.text)

    def line_start(self, offset: int) -> int:
        """Offset where the line holding ``offset`` starts (bisect, not a backward scan)."""
        position = bisect_left(self.newlines, offset)
        return self.newlines[position - 1] + 1 if position else 0

    def line_end(self, offset: int) -> int:
        position = bisect_left(self.newlines, offset)
        return self.newlines[position] if position < len(self.newlines) else len(self.text)

    def sentence_tokens(self, number: int) -> range:
        """Token indices of sentence ``number``."""
        start, end = self.sentences[number]
        return range(bisect_right(self.starts, start - 1), bisect_right(self.starts, end - 1))


def build(text: str, language: str, published: date | None) -> Doc:
    """Tokenise ``text`` and label every token with its paragraph language and sentence."""
    paragraphs = paragraph_spans(text)
    article_language = language if language in ("kk", "ru", "en") else language_of(text) or "en"
    doc = Doc(text, article_language, published, tokenize(text))
    doc.title_end = paragraphs[0][1] if paragraphs else 0
    doc.lang = _token_languages(doc, paragraphs, forced=language in ("kk", "ru", "en"))
    doc.sentences = sentence_spans(text)
    starts = [s for s, _ in doc.sentences]
    doc.sentence = [max(0, bisect_right(starts, t.start) - 1) for t in doc.tokens]
    doc.starts = [t.start for t in doc.tokens]
    doc.newlines = [m.start() for m in _NEWLINE.finditer(text)]
    doc.aside = _asides(doc)
    return doc


def _asides(doc: Doc) -> bytearray:
    """Tokens in parentheses (depth reset at each line) or inside a long quotation."""
    out, depth = bytearray(len(doc.tokens)), 0
    for index, token in enumerate(doc.tokens):
        if index and "\n" in doc.text[doc.tokens[index - 1].end:token.start]:
            depth = 0
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            out[index] = 1
    for match in _QUOTE.finditer(doc.text):
        first = bisect_right(doc.starts, match.start())
        last = bisect_right(doc.starts, match.end() - 1)
        if _words_at_least(doc.tokens, first, last, 6):
            out[first:last] = b"\x01" * (last - first)
    return out


def _words_at_least(tokens: list[Token], first: int, last: int, count: int) -> bool:
    for index in range(first, last):
        count -= tokens[index].kind == "w"
        if count <= 0:
            return True
    return False


def _token_languages(doc: Doc, paragraphs: list[tuple[int, int]], forced: bool) -> list[str]:
    """Language per token: its paragraph's, or its quotation's when a quote long enough to
    tell is in another language; a Cyrillic word inside English text reads as kk/ru."""
    segments: list[tuple[int, str, str]] = []  # (start, language, Cyrillic language)
    for start, end in paragraphs:
        segments += _segments(doc.text, start, end, doc.language, forced)
    starts = [s for s, _, _ in segments]
    out = []
    for token in doc.tokens:
        if not segments:
            out.append(doc.language)
            continue
        _, language, cyrillic = segments[max(0, bisect_right(starts, token.start) - 1)]
        if language == "en" and token.kind == "w" and not token.text[0].isascii():
            language = cyrillic
        out.append(language)
    return out


def _segments(text: str, start: int, end: int, article: str,
              forced: bool) -> list[tuple[int, str, str]]:
    quotes = [m.span() for m in _QUOTE.finditer(text, start, end)]
    outside = "".join(text[a:b] for a, b in _gaps(quotes, start, end))
    paragraph = _guess(outside if _letters(outside) >= _MIN_LETTERS else text[start:end],
                       article, forced)
    out = [(start, paragraph, _cyrillic_language(text[start:end]))]
    for first, last in quotes:
        quoted = text[first:last]
        language = _guess(quoted, paragraph, forced) if _letters(quoted) >= _MIN_LETTERS \
            else paragraph
        out += [(first, language, _cyrillic_language(quoted)), (last, paragraph, out[0][2])]
    return out


def _guess(text: str, fallback: str, forced: bool) -> str:
    guess = language_of(text)
    if not guess or (forced and not _script_differs(guess, fallback)):
        return fallback
    return guess


@lru_cache(maxsize=1024)
def _cyrillic_language(text: str) -> str:
    """kk or ru for the Cyrillic words of ``text`` alone (cached: a page of one short
    quotation repeated asks thousands of times)."""
    return language_of(" ".join(_CYRILLIC_WORD.findall(text))) or "ru"


def _gaps(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    out, position = [], start
    for first, last in spans:
        out.append((position, first))
        position = last
    out.append((position, end))
    return out


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _script_differs(guess: str, article: str) -> bool:
    return (guess == "en") != (article == "en")
