# SPDX-License-Identifier: GPL-3.0-or-later
"""Long paragraphs become pieces and long table cells continuation rows, read as one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from caseapp.reports import hearing_schedule, samples
from caseapp.reports.blocks import Bookmarked
from caseapp.reports.data import HearingEntry, HearingScheduleData
from caseapp.reports.pieces import HALF_PAGE, all_pieces, pieces, spread_rows
from caseapp.reports.styles import stylesheet

WIDTH = 400.0


def text_of(paragraph: Paragraph) -> str:
    return "".join(getattr(frag, "text", "") for frag in paragraph.frags)


def test_a_short_paragraph_stays_itself() -> None:
    paragraph = Paragraph("Almaty City Court", stylesheet().body)
    assert pieces(paragraph, WIDTH) == [paragraph]


def test_a_long_text_is_cut_at_spaces_into_pieces_at_most_half_a_page_tall() -> None:
    style = stylesheet().body
    words = " ".join(f"word{i}" for i in range(3000))
    made = pieces(Paragraph(words, style), WIDTH)
    assert len(made) > 3
    assert " ".join(text_of(p) for p in made).split() == words.split()
    for piece in made:
        _, height = piece.wrap(WIDTH, 10_000)
        assert height <= HALF_PAGE + style.leading


def test_pieces_read_as_one_paragraph() -> None:
    style = stylesheet().reference
    made = pieces(Paragraph("<b>[1]</b> " + "source " * 2000, style), WIDTH)
    first, middle, last = made[0], made[1], made[-1]
    assert first.style.firstLineIndent == style.firstLineIndent and first.style.spaceAfter == 0
    assert middle.style.firstLineIndent == 0 and middle.style.spaceBefore == 0
    assert middle.style.spaceAfter == 0 and last.style.spaceAfter == style.spaceAfter
    assert first.frags[0].fontName.endswith("-Bold")


def test_a_word_longer_than_a_piece_is_cut_and_loses_nothing() -> None:
    word = "Қ" * 9000
    made = pieces(Paragraph(word, stylesheet().cell), 60)
    assert len(made) > 10 and "".join(text_of(p) for p in made) == word


def test_line_breaks_count_as_lines() -> None:
    made = pieces(Paragraph("line<br/>" * 400, stylesheet().body), WIDTH)
    assert len(made) > 10


def test_a_bookmark_stays_on_the_first_piece() -> None:
    heading = Bookmarked("name " * 3000, stylesheet().h1)
    heading.outline_entry = ("name", "s-person", 0)
    made = all_pieces([heading], WIDTH)
    assert isinstance(made[1], Bookmarked)
    assert made[0].outline_entry == ("name", "s-person", 0)
    assert getattr(made[1], "outline_entry", None) is None


def test_long_cells_continue_on_rows_below_their_own() -> None:
    style = stylesheet().cell
    short, long = Paragraph("short", style), Paragraph("text " * 3000, style)
    rows, spans = spread_rows([[short, long], [short, short]], [100, 300])
    assert spans[0][0] == 0 and spans[0][1] > 1 and spans[1] == (spans[0][1] + 1,) * 2
    assert rows[0][0] is short and rows[1][0] == "" and rows[-1] == [short, short]


def _schedule_seconds(outcome_size: int, tmp_path: Path) -> float:
    text = ("The court extended the detention by two months. " * outcome_size)[:outcome_size]
    hearing = HearingEntry(date=samples.TODAY, court=text)
    data = HearingScheduleData(samples.options("en"), (hearing,))
    started = time.perf_counter()
    hearing_schedule.build(data, tmp_path / "schedule.pdf")
    return time.perf_counter() - started


@pytest.mark.slow
def test_time_grows_linearly_with_a_long_table_cell(tmp_path: Path) -> None:
    small = min(_schedule_seconds(20_000, tmp_path) for _ in range(2))
    large = min(_schedule_seconds(80_000, tmp_path) for _ in range(2))
    assert large < 8 * small  # quadratic (one cell re-wrapped on every page) was 16x
