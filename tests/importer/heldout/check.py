#!/usr/bin/env python3
"""Sanity checks for the held-out gold files (same schema as ../shared/corpus).

For every NNN_lang.txt / NNN_lang.json pair in this folder:
- every persons/places/organizations mention and every dates[].surface occurs in the
  text at least once with non-letter characters (or text edges) on both sides;
- event persons are listed persons, event places are listed places;
- ISO values, roles, kinds, language and published are well-formed;
- the text is 900-2,200 characters and its first line (the title) is non-empty.
Exit status 1 on any problem.
"""
import json
import re
import sys
from pathlib import Path

ROLES = {"detainee", "lawyer", "relative", "activist", "judge", "official", "journalist", "other"}
KINDS = {"detention", "charge", "hearing", "sentence", "release", "protest", "statement", "other"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def bounded(text: str, s: str) -> bool:
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            return True
        start = i + 1


def check(txt: Path) -> list[str]:
    gold_path = txt.with_suffix(".json")
    if not gold_path.exists():
        return [f"{txt.name}: no gold json"]
    text = txt.read_text(encoding="utf-8")
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    errs = (_header_problems(txt, text, g) + _entity_problems(text, g)
            + _date_problems(text, g) + _event_problems(g))
    return [f"{txt.name}: {e}" for e in errs]


def _header_problems(txt: Path, text: str, g: dict) -> list[str]:
    errs = []
    lang = txt.stem.split("_")[1]
    if g.get("language") != lang:
        errs.append(f"language {g.get('language')} != {lang}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", g.get("published") or ""):
        errs.append("bad published")
    if g.get("source_url") is not None or g.get("synthetic") is not True:
        errs.append("source_url must be null and synthetic true")
    n = len(text.rstrip("\n"))
    if not 900 <= n <= 2200:
        errs.append(f"length {n} outside 900-2200")
    if not text.split("\n", 1)[0].strip():
        errs.append("empty title line")
    return errs


def _entity_problems(text: str, g: dict) -> list[str]:
    errs = []
    for key in ("persons", "places", "organizations"):
        names = [e["name"] for e in g[key]]
        if len(names) != len(set(names)):
            errs.append(f"duplicate {key} names")
        for e in g[key]:
            errs += _mention_problems(text, key, e)
            if key == "persons" and e["role"] not in ROLES:
                errs.append(f"person {e['name']}: bad role {e['role']}")
    return errs


def _mention_problems(text: str, key: str, entity: dict) -> list[str]:
    errs = []
    if len(entity["mentions"]) != len(set(entity["mentions"])):
        errs.append(f"{key} {entity['name']}: duplicate mentions")
    for m in entity["mentions"]:
        if not bounded(text, m):
            errs.append(f"{key} {entity['name']}: mention {m!r} not found with word boundaries")
    return errs


def _date_problems(text: str, g: dict) -> list[str]:
    errs = []
    for d in g["dates"]:
        if not bounded(text, d["surface"]):
            errs.append(f"date surface {d['surface']!r} not found with word boundaries")
        if not ISO.match(d["iso"]):
            errs.append(f"date {d['surface']!r}: bad iso {d['iso']}")
        if d["what"].lower().startswith("relative") != d["what"].startswith("relative:"):
            errs.append(f"date {d['surface']!r}: 'what' should start with 'relative:'")
    return errs


def _event_problems(g: dict) -> list[str]:
    errs = []
    persons = {p["name"] for p in g["persons"]}
    places = {p["name"] for p in g["places"]}
    for ev in g["events"]:
        if ev["kind"] not in KINDS:
            errs.append(f"event bad kind {ev['kind']}")
        if ev["date_iso"] is not None and not ISO.match(ev["date_iso"]):
            errs.append(f"event bad date {ev['date_iso']}")
        if ev["place"] is not None and ev["place"] not in places:
            errs.append(f"event place {ev['place']!r} not in places")
        errs += [f"event person {p!r} not in persons" for p in ev["persons"] if p not in persons]
    return errs


def main() -> int:
    here = Path(__file__).resolve().parent
    files = sorted(here.glob("*.txt"))
    problems = [e for f in files for e in check(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} articles checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
