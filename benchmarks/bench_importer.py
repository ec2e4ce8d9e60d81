# SPDX-License-Identifier: GPL-3.0-or-later
"""Article extraction speed: each corpus article in-process, next to a plain regex
tokenisation of the same text in the same run (the floor any extractor pays); the time of
each pipeline stage; then long texts (100 kB, 1 MB, and 5 MB with ``--large``) to show the
time grows linearly, and 100 kB runs of one piece (punctuation, capitals, dates) that once
took quadratic time."""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.timing import percentile, report, timings
from caseapp.importer import dates as date_finder
from caseapp.importer import extract, orgs, persons, places
from caseapp.importer.doc import build
from caseapp.importer.spans import block

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
OWN = Path(__file__).resolve().parents[1] / "tests" / "importer" / "data"
_WORDS = re.compile(r"\w+|[^\w\s]")


def _articles() -> list[tuple[str, str, date | None]]:
    found = []
    for directory in (CORPUS, OWN):
        for txt in sorted(directory.glob("*.txt")):
            gold = txt.with_suffix(".json")
            published = (json.loads(gold.read_text("utf-8")).get("published")
                         if gold.exists() else None)
            found.append((txt.name, txt.read_text("utf-8"),
                          date.fromisoformat(published) if published else None))
    return found


def plain_text(size: int) -> str:
    """``size`` characters of the articles joined (repeated as needed)."""
    joined = "\n".join(text for _, text, _ in _articles())
    return (joined * (size // len(joined) + 1))[:size]


def run(repeat: int = 20) -> list[tuple[str, float, float]]:
    """(label, median ms, p95 ms) of extraction over all articles, then of tokenisation."""
    measured, baseline = [], []
    for _name, text, published in _articles():
        measured += timings(lambda t=text, p=published: extract(t, published=p), repeat)
        baseline += timings(lambda t=text: _WORDS.findall(t), repeat)
    return [(label, statistics.median(v) * 1000, percentile(v, 0.95) * 1000)
            for label, v in (("extract", measured), ("regex tokenise", baseline))]


def run_main() -> None:
    articles = _articles()
    if not articles:
        print("no articles found")
        return
    measured, baseline = [], []
    for _name, text, published in articles:
        measured += timings(lambda t=text, p=published: extract(t, published=p), repeat=20)
        baseline += timings(lambda t=text: _WORDS.findall(t), repeat=20)
    print(report(f"extract ({len(articles)} articles)", measured, baseline))
    sizes = [100_000, 1_000_000] + ([5_000_000] if "--large" in sys.argv else [])
    for size in sizes:
        big = plain_text(size)
        start = time.perf_counter()
        extract(big, published=date(2025, 1, 1))
        seconds = time.perf_counter() - start
        print(f"{size // 1000:>5} kB article: {seconds:6.2f} s "
              f"({seconds * 100_000 / size:.3f} s per 100 kB)")


_RUNS = (".", "!?", "«А» ", "A.", "Аб ", "в ", "12 мая ", "on March ", "Иван Петров ",
         "• Иван Петров — 5 лет;\n")


def stage_times(articles: list[tuple[str, str, date | None]]) -> dict[str, float]:
    """Milliseconds per article spent in each stage (median over the articles)."""
    spent: dict[str, list[float]] = {}
    for _name, text, published in articles:
        clock = time.perf_counter()
        marks = []
        doc = build(text, "auto", published)
        marks.append(("tokens, sentences, languages", time.perf_counter()))
        org_hits = orgs.find(doc)
        marks.append(("organisations", time.perf_counter()))
        hiding = [h for h in org_hits if h.kind not in ("court", "state")]
        place_hits = places.find(doc, block(hiding))
        marks.append(("places", time.perf_counter()))
        persons.find(doc, block(org_hits) | block(place_hits))
        marks.append(("persons", time.perf_counter()))
        date_finder.find(doc)
        marks.append(("dates", time.perf_counter()))
        whole = time.perf_counter()
        extract(text, published=published)
        total = time.perf_counter() - whole
        for label, mark in marks:
            spent.setdefault(label, []).append((mark - clock) * 1000)
            clock = mark
        done = sum(v[-1] for v in spent.values())
        spent.setdefault("events and roles (the rest)", []).append(max(0.0, total * 1000 - done))
    return {label: statistics.median(values) for label, values in spent.items()}


def main() -> None:
    run_main()
    articles = _articles()
    print("per stage, median ms per article:")
    for label, milliseconds in stage_times(articles).items():
        print(f"  {label:<32} {milliseconds:7.2f} ms")
    for piece in _RUNS:
        text = (piece * (100_000 // len(piece) + 1))[:100_000]
        start = time.perf_counter()
        extract(text, published=date(2025, 1, 1))
        print(f"  100 kB of {piece!r:<28} {time.perf_counter() - start:6.2f} s")


if __name__ == "__main__":
    main()
