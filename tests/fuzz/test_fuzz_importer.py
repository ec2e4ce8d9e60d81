# SPDX-License-Identifier: GPL-3.0-or-later
"""Pasted articles, fuzzed: extract, parse_pasted and the HTML path never crash, every
offset they give points at the text they name, and the draft serialises.

Each input of 10 kB or more also reports its CPU time per 100 kB to hypothesis
(``target``), which steers generation towards slow inputs; `make test-slow` prints the
slowest found (hypothesis's statistics), and benchmarks/bench_hostile.py measures the
kinds found there.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import currently_in_test_context, example, given, target
from hypothesis import strategies as st

from caseapp.importer import extract, parse_pasted, strip_html
from caseapp.importer.extract import LANGUAGES
from fuzz import strategies as hostile
from fuzz.profiles import SLOW, examples, ran_input

#: The longest run of one piece: 1 MB in `make test-slow`, 20 kB in `make test`.
MAX_RUN = 1_000_000 if SLOW else 20_000
LARGE = 1_000_000 if SLOW else 100_000
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_PUBLISHED = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


def check_offsets(text: str, draft: dict) -> None:
    """Every mention, date and quote lies inside ``text`` and says what is there."""
    entities = draft["persons"] + draft["places"] + draft["organizations"]
    for mention in (m for entity in entities for m in entity["mentions"]):
        assert text[mention["start"]:mention["end"]] == mention["text"], mention
    for found in draft["dates"]:
        assert text[found["start"]:found["end"]] == found["text"], found
        assert _ISO.fullmatch(found["value"]), found
        date.fromisoformat(found["value"] + "-01" * (2 - found["value"].count("-")))
    for event in draft["events"]:
        quote = event["quote"]
        assert 0 <= quote["start"] <= quote["end"] <= len(text), event
    assert draft["language"] in ("", "kk", "ru", "en")
    json.dumps(draft, ensure_ascii=False)


def timed_per_100_kb(work: Callable[[], object], text: str) -> float:
    """Seconds per 100 kB of ``work``; from 10 kB on (below, a pause of the shared machine
    outweighs the work) it steers hypothesis towards slow inputs."""
    started = time.process_time()
    work()
    per_100_kb = (time.process_time() - started) * 100_000 / max(len(text), 1)
    if len(text) >= 10_000 and currently_in_test_context():
        target(per_100_kb, label="CPU seconds per 100 kB")
    return per_100_kb


@given(hostile.articles(max_run=10_000), _PUBLISHED, st.sampled_from(LANGUAGES))
@examples(quick=30, slow=400)
def test_extract_any_article(text: str, published: date | None, language: str) -> None:
    ran_input()
    timed_per_100_kb(lambda: check_offsets(
        text, extract(text, language=language, published=published).to_json()), text)


@given(hostile.articles(max_run=10_000) | hostile.html_pages(), _PUBLISHED)
@examples(quick=15, slow=400)
def test_parse_pasted_any_paste(text: str, published: date | None) -> None:
    ran_input()
    result = parse_pasted(text, published=published)
    check_offsets(result.text, result.draft.to_json())
    assert result.importer and all(isinstance(w, str) for w in result.warnings)


@given(hostile.html_pages())
@examples(quick=20, slow=500)
def test_html_path_strips_any_tag_soup(html: str) -> None:
    ran_input()
    text = strip_html(html)
    assert "\xa0" not in text and "\n\n" not in text and text == text.strip()
    result = parse_pasted(html)
    assert result.importer == "html" and result.text == text
    check_offsets(result.text, result.draft.to_json())


@given(hostile.runs(MAX_RUN))
@example("• Иван Петров — 5 лет, 12 мая 2024;\n" * 600)  # persons and dates, 21 kB
@examples(quick=5, slow=60)
def test_a_run_of_one_piece_up_to_a_megabyte(text: str) -> None:
    ran_input()
    timed_per_100_kb(lambda: check_offsets(text, extract(text).to_json()), text)


@pytest.mark.parametrize("piece", [".", "!?", "…", "a", "Ә", "\x00", "\u200f", "\u202e",
                                   "a\u0301", "\u0301", "1.", "A.", "<p>", "&amp;"])
def test_a_megabyte_of_one_piece_is_read_in_linear_time(piece: str) -> None:
    # 100 kB in `make test`, 1 MB in `make test-slow`. A quadratic step would take
    # minutes at these sizes; linear ones stay near the plain article's second per 100 kB
    # (the bound is loose for a machine shared with other work).
    text = (piece * (LARGE // len(piece) + 1))[:LARGE]
    per_100_kb = timed_per_100_kb(lambda: check_offsets(text, extract(text).to_json()), text)
    assert per_100_kb < 5.0, piece
