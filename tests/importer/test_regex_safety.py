# SPDX-License-Identifier: GPL-3.0-or-later
"""No importer regular expression can backtrack catastrophically.

Checked on the structure of every compiled pattern, not on a clock: an unbounded
repeat that contains another unbounded repeat ("(a+)+", "(\\w+\\s?)*") is the shape
that takes exponential time on a near-miss input, unless every pass of the outer repeat
must consume a separator the inner repeat cannot match ("\\w+(?:-\\w+)*" is safe).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from re import _compiler as sre_compile  # Python ≥ 3.11, as pyproject requires
from re import _parser as sre_parse

import caseapp.importer

REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT,
           getattr(sre_parse, "POSSESSIVE_REPEAT", None)}
UNBOUNDED = sre_parse.MAXREPEAT


def _patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for info in pkgutil.walk_packages(caseapp.importer.__path__, "caseapp.importer."):
        module = importlib.import_module(info.name)
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, re.Pattern)]
    return found


def _inner_repeats(items):
    """Every unbounded repeat (its body) nested anywhere in ``items``."""
    for op, argument in items:
        if op in REPEATS:
            if argument[1] == UNBOUNDED:
                yield argument[2]
            yield from _inner_repeats(argument[2])
        elif op == sre_parse.SUBPATTERN:
            yield from _inner_repeats(argument[-1])
        elif op == sre_parse.BRANCH:
            for branch in argument[1]:
                yield from _inner_repeats(branch)


def _separators(body) -> list[str]:
    """Characters each pass of ``body`` must consume, found at its top level."""
    found = [chr(argument) for op, argument in body if op == sre_parse.LITERAL]
    for op, argument in body:
        if op == sre_parse.SUBPATTERN:
            found += _separators(argument[-1])
    return found


def _matches(body, char: str) -> bool:
    pattern = sre_compile.compile(body, body.state.flags)
    return pattern.fullmatch(char) is not None


def _risky_repeat(body) -> bool:
    inner = list(_inner_repeats(body))
    if not inner:
        return False
    separators = _separators(body)
    return not separators or any(_matches(r, c) for r in inner for c in separators)


def _nested_unbounded(items) -> bool:
    for op, argument in items:
        if op in REPEATS:
            if argument[1] == UNBOUNDED and _risky_repeat(argument[2]):
                return True
            if _nested_unbounded(argument[2]):
                return True
        elif op == sre_parse.SUBPATTERN and _nested_unbounded(argument[-1]):
            return True
        elif op == sre_parse.BRANCH and any(_nested_unbounded(b) for b in argument[1]):
            return True
    return False


def test_importer_has_compiled_patterns():
    assert len(_patterns()) > 10


def test_no_pattern_nests_unbounded_repeats():
    risky = [name for name, pattern in _patterns()
             if _nested_unbounded(sre_parse.parse(pattern.pattern, pattern.flags))]
    assert risky == []


def test_the_check_recognises_a_catastrophic_pattern():
    assert _nested_unbounded(sre_parse.parse(r"(\w+\s?)*$"))
    assert _nested_unbounded(sre_parse.parse(r"(?:a+-?)+b"))
    assert not _nested_unbounded(sre_parse.parse(r"\w+(?:\s\w+){0,3}"))
    assert not _nested_unbounded(sre_parse.parse(r"[^\W\d_]+(?:-[^\W\d_]+)*"))


_STOP_RUNS = [".", "!?", "?", "…", "?!.", ".\"", "!»"]


def test_a_run_of_stops_is_split_in_linear_time():
    """A run of 100,000 stops took 104 s (the sentence-end pattern retried the whole run
    from each of its characters); it is one pass now."""
    import time

    from caseapp.importer.text import sentence_spans

    for piece in _STOP_RUNS:
        text = (piece * 100_000)[:100_000]
        started = time.perf_counter()
        spans = sentence_spans(text + " end.")
        assert time.perf_counter() - started < 1.0, piece
        assert spans[-1][1] == len(text) + 5


def test_sentence_ends_are_still_found_after_a_run():
    from caseapp.importer.text import sentence_spans

    text = "Он задержан!!! Суд... назначил арест?! «Да.» Конец"
    pieces = [text[a:b] for a, b in sentence_spans(text)]
    assert pieces == ["Он задержан!!!", "Суд...", "назначил арест?!", "«Да.»", "Конец"]
