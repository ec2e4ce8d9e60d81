# SPDX-License-Identifier: GPL-3.0-or-later
"""One analysed article: tokens with their paragraph language and sentence, built once."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from caseapp.importer.text import (
    Token,
    is_sentence_start,
    language_of,
    paragraph_spans,
    sentence_spans,
    tokenize,
)


@dataclass
class Doc:
    """The article as finders see it.

    ``lang[i]`` is the language of token i's paragraph; ``sentence[i]`` the index of its
    sentence in ``sentences``; ``title_end`` the offset where the headline stops.
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

    def starts_sentence(self, index: int) -> bool:
        return is_sentence_start(self.tokens, index, self.text)

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
    return doc


def _token_languages(doc: Doc, paragraphs: list[tuple[int, int]], forced: bool) -> list[str]:
    languages = []
    for start, end in paragraphs:
        guess = language_of(doc.text[start:end])
        if not guess or (forced and not _script_differs(guess, doc.language)):
            guess = doc.language
        languages.append(guess)
    starts = [s for s, _ in paragraphs]
    return [languages[max(0, bisect_right(starts, t.start) - 1)] if languages else doc.language
            for t in doc.tokens]


def _script_differs(guess: str, article: str) -> bool:
    return (guess == "en") != (article == "en")
