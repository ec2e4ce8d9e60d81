# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the development corpus and the shared scorer live, and how to read gold files."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus"
SCORER = HERE.parents[2] / "shared" / "tools" / "score_extraction.py"
OWN = HERE / "data"


def articles(directory: Path) -> list[tuple[str, dict]]:
    """(text, gold) for every NNN_lang.txt with its .json in ``directory``."""
    out = []
    for txt in sorted(directory.glob("*.txt")):
        gold = txt.with_suffix(".json")
        if gold.exists():
            out.append((txt.read_text(encoding="utf-8"), json.loads(gold.read_text("utf-8"))))
    return out


