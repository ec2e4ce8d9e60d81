# SPDX-License-Identifier: GPL-3.0-or-later
"""Decomposed text (a letter followed by combining marks, as some editors and web pages
write "й" or "ё"): a letter keeps its marks in one word, so a page of them is a few
tokens, not one token a character (the slowest input per 100 kB before, issue 9)."""

from __future__ import annotations

from caseapp.importer import extract
from caseapp.importer.text import tokenize


def test_a_letter_and_its_combining_marks_are_one_word() -> None:
    text = "Ерла\u0306н Қуа-ны\u0306ш a\u0301\u0301, Ё\u0308"
    assert [t.text for t in tokenize(text)] == [
        "Ерла\u0306н", "Қуа-ны\u0306ш", "a\u0301\u0301", ",", "Ё\u0308"]


def test_a_page_of_decomposed_letters_is_one_token() -> None:
    text = "a\u0301" * 50_000
    assert len(tokenize(text)) == 1
    assert extract(text).persons == []
