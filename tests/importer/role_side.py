# SPDX-License-Identifier: GPL-3.0-or-later
"""The "role side" figure of issue 10, beside the shared scorer's table.

Of the persons an extraction found (paired with gold persons the way the scorer pairs
them: a shared mention or the same name), the share put on the right side of "target of
repression or not". Gold side: role "detainee" is the target side, every other role is
not. Predicted side: the person's ``target`` flag when the extraction gives one, else its
role being "detainee".

    python3 tests/importer/role_side.py CORPUS_DIR DETAILS.json   # reads --details output
    python3 tests/importer/role_side.py CORPUS_DIR                 # runs the extractor
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_extraction.py"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predicted_target(person: dict) -> bool:
    if "target" in person:
        return bool(person["target"])
    return person.get("role") == "detainee"


def article_sides(prediction: dict, gold: dict, found_match) -> tuple[int, int, list[str]]:
    """(right side, found persons, names put on the wrong side) for one article."""
    used: set[int] = set()
    right, found, wrong = 0, 0, []
    for person in prediction.get("persons") or []:
        for index, wanted in enumerate(gold.get("persons") or []):
            if index in used or not found_match(person, wanted):
                continue
            used.add(index)
            found += 1
            if predicted_target(person) == (wanted.get("role") == "detainee"):
                right += 1
            else:
                wrong.append(wanted["name"])
            break
    return right, found, wrong


def table(corpus: Path, predictions: dict[str, dict]) -> dict[str, tuple[int, int]]:
    """language (and "all") → (right, found) over every gold article with a prediction."""
    found_match = _scorer().found_match
    totals: dict[str, tuple[int, int]] = {}
    for txt in sorted(corpus.glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists() or txt.name not in predictions:
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        right, found, _wrong = article_sides(predictions[txt.name], gold, found_match)
        for language in (gold.get("language", "?"), "all"):
            old = totals.get(language, (0, 0))
            totals[language] = (old[0] + right, old[1] + found)
    return totals


def _from_details(path: Path) -> dict[str, dict]:
    return {item["article"]: item["prediction"]
            for item in json.loads(path.read_text("utf-8"))}


def _from_extractor(corpus: Path) -> dict[str, dict]:
    from caseapp.importer import extract

    out = {}
    for txt in sorted(corpus.glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if gold_path.exists():
            published = json.loads(gold_path.read_text("utf-8")).get("published")
            out[txt.name] = extract(txt.read_text("utf-8"), published=date.fromisoformat(
                published) if published else None).to_json()
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    corpus = Path(argv[0])
    predictions = _from_details(Path(argv[1])) if len(argv) > 1 else _from_extractor(corpus)
    totals = table(corpus, predictions)
    print(f"{'lang':8}{'role side':>12}{'found':>8}")
    for language in sorted(totals, key=lambda x: (x == "all", x)):
        right, found = totals[language]
        print(f"{language:8}{right / found if found else 1.0:>12.3f}{found:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
