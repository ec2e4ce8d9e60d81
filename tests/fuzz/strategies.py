# SPDX-License-Identifier: GPL-3.0-or-later
"""What hostile or merely messy input looks like, as hypothesis strategies.

Pasted articles, names, dates and search queries all draw on the same pieces: mixed
scripts (Latin, Cyrillic with the Kazakh letters, Arabic and Hebrew written right to
left, CJK), direction marks and overrides, joiners, combining marks, NUL and other
control characters, every kind of space, the punctuation the importer reads, reportlab
and HTML markup, and long runs of one character or one short piece.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from caseapp.reports.hostile import LONG_WORDS, MARKUP

_SCRIPTS = ("aAzZqwxy" "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁЖИОУЯ" "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
            "مرحبا" "שלום" "中文字")
_DIGITS = "0123456789" "٠١٢٣٤٥٦٧٨٩" "۲۰" "①⑷²"
_MARKS = ("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction
          "\u200b\u200c\u200d\u2060\ufeff"  # zero-width, joiners, BOM
          "\u0300\u0301\u0306\u0308\u0327\u20dd")  # combining marks
_CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85"
_SPACES = " \t\n\r\xa0\u2028\u2029\u3000\u2009"
_PUNCTUATION = ".!?…,;:«»\"'„“”‘’-–—()[]{}<>&/\\№%#@*•"
#: Every character above, one by one.
HOSTILE_CHARS = sorted(set(_SCRIPTS + _DIGITS + _MARKS + _CONTROLS + _SPACES + _PUNCTUATION
                           + "🙂🇰🇿"))
#: Words and pieces the importer reacts to: names, roles, courts, months, years, date
#: forms, abbreviations and initials, list bullets, HTML and reportlab markup.
WORDS = ["Иван", "Петров", "Ерлан", "Құдайбергенов", "Әлия", "Aliya", "Nurlan", "Zhunisov",
         "судья", "адвокат", "activist", "белсенді", "журналист", "суд", "Court", "сот",
         "задержан", "арестован", "sentenced", "ұсталды", "приговорил", "лет", "years", "жыл",
         "12", "мая", "2024", "March", "наурыз", "жылы", "года", "12.03.2024", "2024-03-12",
         "и", "мен", "and", "в", "in", "г.", "ул.", "Mr.", "И.", "А.", "№", "ст.", "174",
         "«", "»", "—", "•", "\n", ". ", ", ", "<p>", "</p>", "<b>", "&amp;", "&#0;",
         "<script>", "</script>", "<!--", "-->", *MARKUP]
#: Pieces whose long runs once cost quadratic time somewhere, or stress one stage.
RUN_PIECES = [".", "!?", "…", ",", " ", "\n", "«", "\"", "-", "—", "1", "12 ", "1.1.", "A",
              "Ә", "Аб ", "A.", "А. ", "Ов ", "«А» ", "в ", "12 мая ", "Иван Петров ",
              "• Иван Петров — 5 лет;\n", "\x00", "\u200f", "\u202e", "a\u0301", "\u0301",
              "<p>", "&amp;", "Ә\u0306", "مرحبا ", "🙂"]
_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
_OWN = Path(__file__).resolve().parents[1] / "importer" / "data"


def _articles() -> list[str]:
    folder = _CORPUS if _CORPUS.exists() else _OWN
    return [path.read_text("utf-8") for path in sorted(folder.glob("*.txt"))]


ARTICLES = _articles()

hostile_chars = st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=400)
any_text = st.text(max_size=400)
word_soup = st.lists(st.sampled_from(WORDS) | st.sampled_from(HOSTILE_CHARS),
                     max_size=80).map(" ".join)


def runs(max_length: int) -> st.SearchStrategy[str]:
    """A run of one piece (a character, a word, a markup tag …) up to ``max_length``."""
    piece = st.sampled_from(RUN_PIECES) | st.sampled_from(HOSTILE_CHARS) | st.text(
        min_size=1, max_size=3)
    return st.builds(lambda p, n: (p * (n // len(p) + 1))[:n], piece,
                     st.integers(min_value=1, max_value=max_length))


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A real article with hostile pieces inserted at random places."""
    text = draw(st.sampled_from(ARTICLES)) if ARTICLES else ""
    for _ in range(draw(st.integers(0, 12))):
        position = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(WORDS) | hostile_chars | runs(200))
        text = text[:position] + piece + text[position:]
    return text


def articles(max_run: int) -> st.SearchStrategy[str]:
    """Anything pasted: junk, word soup, a run, a mutated article, or several glued."""
    one = hostile_chars | any_text | word_soup | runs(max_run) | mutated_articles()
    return one | st.lists(one, min_size=2, max_size=4).map("".join)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Tag soup: blocks, skipped elements, entities, comments, unclosed and stray tags."""
    parts = draw(st.lists(
        st.sampled_from(["<p>", "</p>", "<div>", "<br>", "<li>", "<h1>", "</h1>", "<script>",
                         "</script>", "<style>", "<nav>", "</nav>", "<a href='x'>", "</a>",
                         "<!-- x -->", "<![CDATA[", "&nbsp;", "&amp;", "&#0;", "&#x110000;",
                         "&bogus;", "<", ">", "<p", "<body>", "<html>", "<svg>", "</svg>"])
        | word_soup | hostile_chars, max_size=60))
    return "<html><body>" + "".join(parts)


#: A name as a volunteer or an import might give it, at its worst (markup and the
#: 5,000-letter words first: hypothesis starts from, and shrinks towards, the first).
names = (st.sampled_from([*MARKUP, *LONG_WORDS.values()]) | st.sampled_from(WORDS)
         | hostile_chars | word_soup
         | st.lists(st.sampled_from(WORDS) | st.sampled_from(list(MARKUP)), min_size=1,
                    max_size=6).map(" ".join))
