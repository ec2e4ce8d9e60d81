# SPDX-License-Identifier: GPL-3.0-or-later
"""The reports' own text blocks and tables (reports/textblock.py, linebreak.py, grid.py):
lines break where reportlab's Paragraph would break them, blocks and tables split
between lines, and markup they do not read goes to a Paragraph."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import pdf_text
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from caseapp.reports.blocks import data_table
from caseapp.reports.common import make_context
from caseapp.reports.samples import options
from caseapp.reports.styles import register_fonts, stylesheet
from caseapp.reports.textblock import TextBlock, text_block


def _words(block: TextBlock) -> list[str]:
    return ["".join(piece for piece, _run, _width in pieces) for pieces, _w in block.lines or ()]


def test_lines_break_at_spaces_as_a_paragraphs_do() -> None:
    style = stylesheet().body
    text = "Ерлан Құдайбергенов was detained on 14\u00a0March\u00a02024 in Almaty " * 6
    block = TextBlock(text, style)
    paragraph = Paragraph(text, style)
    block.wrap(250, 1000)
    paragraph.wrap(250, 1000)
    assert _words(block) == [" ".join(words) for _space, words in paragraph.blPara.lines]
    assert all("14\u00a0March\u00a02024" in line or "14" not in line for line in _words(block))


def test_a_word_wider_than_the_line_is_cut_where_the_line_ends() -> None:
    block = TextBlock("short " + "x" * 400 + " end", stylesheet().cell)
    block.wrap(100, 1000)
    lines = _words(block)
    assert lines[0] == "short" and lines[-1].endswith(" end")
    assert "".join(lines[1:]).replace(" end", "") == "x" * 400


def test_a_block_splits_between_lines_and_keeps_them() -> None:
    block = TextBlock("word " * 80, stylesheet().body)
    _width, height = block.wrap(200, 1000)
    assert height < 200  # a short block splits like any other
    head, tail = block.split(200, height / 2)
    assert _words(head) + _words(tail) == _words(block)
    assert head.wrap(200, 1000)[1] + tail.wrap(200, 1000)[1] == height


def test_markup_it_does_not_read_goes_to_a_paragraph() -> None:
    style = stylesheet().body
    assert isinstance(text_block("<b>bold</b> and <i>italic</i><br/>next", style), TextBlock)
    assert isinstance(text_block('<font name="Courier">mono</font>', style), Paragraph)
    assert isinstance(text_block("<u>underlined</u>", style), Paragraph)
    centred = ParagraphStyle("centred", parent=style, alignment=TA_CENTER)
    assert isinstance(text_block("centred text", centred), Paragraph)


def test_a_long_table_repeats_its_head_and_keeps_every_row(tmp_path: Path) -> None:
    register_fonts()
    ctx = make_context(options("en"))
    rows = [[f"Row {n}", "A court far away " * (1 + n % 3), f"{n}"] for n in range(150)]
    out = tmp_path / "t.pdf"
    doc = SimpleDocTemplate(str(out))
    doc.build([data_table(["Name", "Court", "Number"], rows, (0.2, 0.6, 0.2), ctx)])
    text = pdf_text(out)
    assert text.count("Name Court Number") > 2
    assert all(f"Row {n} " in text for n in range(150))


def test_a_table_row_taller_than_a_page_continues_on_the_next(tmp_path: Path) -> None:
    register_fonts()
    ctx = make_context(options("en"))
    long_text = " ".join(f"word{n}" for n in range(3000))
    out = tmp_path / "t.pdf"
    SimpleDocTemplate(str(out)).build([data_table(["Name", "Note"], [["Tall", long_text]],
                                                  (0.3, 0.7), ctx)])
    text = pdf_text(out)
    assert "word0 " in text and "word2999" in text and text.count("Name Note") > 1


def _word_boxes(flowable: Flowable, out: Path) -> list[tuple[str, float, float]]:
    """Each word of ``flowable`` drawn alone on a page, with where pdftotext finds it."""
    SimpleDocTemplate(str(out)).build([flowable])
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<', html)
    return [(word, float(x), float(y)) for x, y, word in found]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("bullet", ["", "✓"])
def test_a_block_draws_its_lines_where_it_laid_them_out(tmp_path: Path, bullet: str) -> None:
    """Written as PDF operators by the block itself (reports/pdftext.py): every word of
    every line, in order, each line starting at the left edge, one leading below the
    last; a bullet where Paragraph puts its bullet, the first line after it."""
    register_fonts()
    style = stylesheet().body
    markup = ("Ерлан Құдайбергенов was detained on 14\u00a0March\u00a02024 in Almaty "
              '(<font color="#B00020">ә ғ қ ң ө ұ ү һ і</font>), see '
              '<a href="https://example.org/a" color="#2B4C7E">the court record</a>. ') * 4
    block = text_block(markup, style, bullet)
    assert isinstance(block, TextBlock)
    drawn = _word_boxes(block, tmp_path / "b.pdf")
    expected = " ".join(_words(block)).replace("\u00a0", " ").split()
    assert [word for word, _x, _y in drawn] == ([bullet] if bullet else []) + expected
    text = drawn[1:] if bullet else drawn
    line_starts = [(x, y) for (_w, x, y), (_v, _x, previous)
                   in zip(text, [("", 0, -1.0), *text[:-1]], strict=True) if y != previous]
    assert len(line_starts) == len(block.lines or ()) > 3
    left = 72 + 6  # SimpleDocTemplate's margin and its frame's padding
    assert all(abs(x - left) < 0.01 for x, _y in line_starts[1 if bullet else 0:])
    assert all(abs(below - above - style.leading) < 0.01
               for (_x, above), (_x2, below) in zip(line_starts[:-1], line_starts[1:], strict=True))
    if bullet:
        plain = Paragraph("Ерлан Құдайбергенов", style, bulletText=bullet)
        assert [(x, round(y, 2)) for _w, x, y in drawn[:2]] == [
            (x, round(y, 2)) for _w, x, y in _word_boxes(plain, tmp_path / "p.pdf")[:2]]
