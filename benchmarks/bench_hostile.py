# SPDX-License-Identifier: GPL-3.0-or-later
"""Worst-case input (issue 9): no input may cost over 1 s per 100 kB of text.

* Article extraction (``importer.extract``, what pasting or importing an article runs):
  100 kB and 1 MB runs of one piece (stops, "!?", one letter, NUL, combining marks), and
  100 kB of the shapes the fuzz suite and tests/importer/test_robustness.py found the
  slowest (an initial, a quoted capital or a day number every two to four characters,
  tags, entities, direction marks). Each against a plain article of the same size
  (the corpus articles joined), the two timed in turns in the same run: seconds per
  100 kB, also as CPU seconds (less disturbed by other work on a shared machine), and
  the ratio.
* Reports: each report in kk, ru and en with a 5,000-letter word in every name against
  the same report with the sample names.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.bench_importer import plain_text
from benchmarks.timing import report, timings
from caseapp.importer import extract
from caseapp.reports import brief, dossier, hearing_schedule, samples
from caseapp.reports.hostile import LONG_WORDS, hostile_copy

LIMIT = 1.0  #: seconds per 100 kB (issue 9)
#: The issue's runs, at 100 kB and 1 MB.
RUNS = (".", "!?", "a", "\x00", "a\u0301", "\u0301")
#: The slowest shapes found, at 100 kB.
SHAPES = ("A.", "«А» ", "1.", "И. ", "Аб ", "Ов ", "• Иван Петров — 5 лет;\n", "<p>",
          "&amp;", "\u200f", "Ә", "مرحبا ")
NAME_FIELDS = frozenset({"text", "display_name"})
REPORTS: dict[str, tuple[Callable[[Any, Path], None], Callable[[str], Any]]] = {
    "dossier": (dossier.build, lambda language: samples.dossier(language)),
    "brief (3 persons)": (brief.build, lambda language: samples.brief(language, count=3)),
    "hearing schedule": (hearing_schedule.build,
                         lambda language: samples.schedule(language, count=3)),
}


def run_of(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def seconds(text: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one extraction of ``text``."""
    wall, cpu = time.perf_counter(), time.process_time()
    extract(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def best_pair(text: str, plain: str, repeat: int) -> tuple[tuple[float, float], ...]:
    """The best (wall, CPU) of ``text`` and of ``plain``, timed in turns so that both
    meet the same load of a shared machine."""
    pairs = [(seconds(text), seconds(plain)) for _ in range(repeat)]
    return tuple((min(p[i][0] for p in pairs), min(p[i][1] for p in pairs)) for i in (0, 1))


def measure_runs(pieces: tuple[str, ...], size: int, repeat: int) -> list[tuple[str, float]]:
    """Prints a line per piece; returns (piece, wall seconds per 100 kB)."""
    per, plain = 100_000 / size, plain_text(size)
    found = []
    for piece in pieces:
        (wall, cpu), (plain_wall, plain_cpu) = best_pair(run_of(piece, size), plain, repeat)
        flag = "  OVER 1 s" if wall * per > LIMIT else ""
        print(f"  {piece!r:<26} {size // 1000:>5} kB  {wall * per:5.2f} s per 100 kB "
              f"(CPU {cpu * per:5.2f} s)  plain article {plain_wall * per:5.2f} s  ratio "
              f"{wall / plain_wall:4.2f}x (CPU {cpu / plain_cpu:4.2f}x){flag}")
        found.append((piece, wall * per))
    return found


def measure_reports(folder: Path) -> None:
    out = folder / "report.pdf"
    for name, (build, sample) in REPORTS.items():
        for language in ("kk", "ru", "en"):
            plain = sample(language)
            word = LONG_WORDS[language]
            long_names = hostile_copy(plain, lambda field, text, w=word: (
                f"{text} {w}" if text and field in NAME_FIELDS else text))
            print(report(f"{name} {language}, 5,000-letter names",
                         timings(partial(build, long_names, out), repeat=3),
                         timings(partial(build, plain, out), repeat=3)))


def main() -> None:
    print("article extraction against a plain article of the same size timed in turns, "
          "best of 3 (1 MB: one run each):")
    found = measure_runs(RUNS + SHAPES, 100_000, repeat=3)
    found += measure_runs(RUNS, 1_000_000, repeat=1)
    piece, worst = max(found, key=lambda item: item[1])
    print(f"  slowest: {piece!r} at {worst:.2f} s per 100 kB "
          f"({'within' if worst <= LIMIT else 'OVER'} the 1 s limit)")
    print("reports (the baseline is the same report with the sample names):")
    with tempfile.TemporaryDirectory() as folder:
        measure_reports(Path(folder))


if __name__ == "__main__":
    main()
