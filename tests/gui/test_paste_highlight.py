# SPDX-License-Identifier: GPL-3.0-or-later
"""Highlights land on the right characters whatever the text holds (emoji, Windows line breaks)."""

from __future__ import annotations

from caseapp.gui.articles.article_view import DATE, PERSON, ArticleView
from caseapp.gui.articles.offsets import DocumentOffsets


def test_offsets_count_emoji_twice_and_crlf_once():
    text = "a😀b\r\nc"
    offsets = DocumentOffsets(text)
    assert [offsets.position(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 4, 5, 6]


def test_highlights_after_emoji_and_crlf(qtbot):
    text = "Title 😀\r\nДәурен Сапарбаев 5 наурызда ұсталды 🙂\r\nАйгүл"
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(text)
    name = text.index("Дәурен")
    day = text.index("5 наурызда")
    last = text.index("Айгүл")
    view.set_highlights({PERSON: [(name, name + 16), (last, last + 5)],
                         DATE: [(day, day + 10)]})
    assert view.highlighted(PERSON) == ["Дәурен Сапарбаев", "Айгүл"]
    assert view.highlighted(DATE) == ["5 наурызда"]


def test_out_of_range_spans_are_clamped(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article("short")
    view.set_highlights({PERSON: [(2, 99)]})
    assert view.highlighted(PERSON) == ["ort"]
