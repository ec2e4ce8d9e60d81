#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sanity checks for the blind2 gold files, reusing ../heldout/check.py.

Every check of the held-out checker applies (mentions and date surfaces found with word
boundaries, event persons and places listed, ISO values, roles, kinds, language, published,
non-empty title) except its length limit: blind2 articles may run to 2,500 characters
(900-2,500 instead of 900-2,200). Exit status 1 on any problem.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
MIN_CHARS, MAX_CHARS = 900, 2500


def load_heldout_checker() -> ModuleType:
    """Import ../heldout/check.py as a module without making tests/ a package path."""
    path = HERE.parent / "heldout" / "check.py"
    spec = importlib.util.spec_from_file_location("heldout_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def length_problem(txt: Path) -> list[str]:
    """The blind2 length rule in place of the held-out one."""
    n = len(txt.read_text(encoding="utf-8").rstrip("\n"))
    if MIN_CHARS <= n <= MAX_CHARS:
        return []
    return [f"{txt.name}: length {n} outside {MIN_CHARS}-{MAX_CHARS}"]


def problems_of(txt: Path, heldout: ModuleType) -> list[str]:
    """Held-out problems without its 900-2200 length message, plus the blind2 length rule."""
    kept = [p for p in heldout.check(txt) if ": length " not in p]
    return kept + length_problem(txt)


def main() -> int:
    heldout = load_heldout_checker()
    files = sorted(HERE.glob("*.txt"))
    problems = [p for f in files for p in problems_of(f, heldout)]
    summary = f"{len(files)} articles checked, {len(problems)} problem(s)"
    print("\n".join([*problems, summary]))
    return int(bool(problems))


if __name__ == "__main__":
    sys.exit(main())
