#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the gold annotations of the blind3 article set against their texts.

Why it exists: a blind set is scored once, so a typo in its gold (a mention
that is not in the text, an event naming a person who is not listed) would
silently cost the importer points.  This script is stdlib only and is not a
pytest test; run it as ``python3 check_gold.py [DIR]`` and it exits 1 on any
problem, printing each one with its file.
"""
from __future__ import annotations

import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

TOP_KEYS = {"source_url", "language", "published", "synthetic", "persons",
            "dates", "places", "organizations", "events"}
ROLES = {"detainee", "lawyer", "relative", "activist", "judge", "official",
         "journalist", "other"}
KINDS = {"detention", "charge", "hearing", "sentence", "release", "protest",
         "statement", "other"}
LANGS = {"kk", "ru", "en"}
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
FILE_NAME = re.compile(r"^(\d{3})_(kk|ru|en)\.json$")
MIN_WORDS, MAX_WORDS = 250, 700


def valid_iso(value: object) -> bool:
    """True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date."""
    if not isinstance(value, str):
        return False
    parts = value.split("-")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    padded = parts + ["01"] * (3 - len(parts))
    try:
        datetime.date(*(int(p) for p in padded))
    except ValueError:
        return False
    return True


def occurs_bounded(text: str, needle: str) -> bool:
    """True if needle occurs in text with no letter directly before or after."""
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            return True
        start = text.find(needle, start + 1)
    return False


class Checker:
    """Collects problems for one article pair."""

    def __init__(self, json_path: Path) -> None:
        self.json_path = json_path
        self.problems: list[str] = []

    def fail(self, message: str) -> None:
        self.problems.append(f"{self.json_path.name}: {message}")

    def run(self) -> list[str]:
        match = FILE_NAME.match(self.json_path.name)
        if not match:
            self.fail("file name is not NNN_lang.json")
            return self.problems
        txt_path = self.json_path.with_suffix(".txt")
        if not txt_path.exists():
            self.fail("no matching .txt")
            return self.problems
        text = txt_path.read_text(encoding="utf-8")
        gold = json.loads(self.json_path.read_text(encoding="utf-8"))
        self.check_text(text, match.group(2))
        self.check_top(gold, match.group(2))
        if not self.problems:
            self.check_entities(gold, text)
            self.check_events(gold)
        return self.problems

    def check_text(self, text: str, lang: str) -> None:
        if unicodedata.normalize("NFC", text) != text:
            self.fail("text is not NFC")
        lines = text.strip().split("\n")
        if len(lines) < 2 or not lines[0].strip():
            self.fail("needs a headline line and a body")
        words = len(re.findall(r"\w+(?:[-'’]\w+)*", text))
        if not MIN_WORDS <= words <= MAX_WORDS:
            self.fail(f"{words} words, expected {MIN_WORDS}-{MAX_WORDS}")
        kazakh_letters = sum(ch in KAZAKH_ONLY for ch in text)
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
        latin = sum(ch.isascii() and ch.isalpha() for ch in text)
        if lang == "kk" and kazakh_letters < 30:
            self.fail("kk text has too few Kazakh letters")
        if lang == "ru" and (kazakh_letters > 0 or cyrillic < latin * 5):
            self.fail("ru text has Kazakh letters or too much Latin")
        if lang == "en" and latin < cyrillic * 20:
            self.fail("en text has too much Cyrillic")

    def check_top(self, gold: dict[str, Any], lang: str) -> None:
        if set(gold) != TOP_KEYS:
            self.fail(f"top keys differ: {sorted(set(gold) ^ TOP_KEYS)}")
            return
        if gold["language"] != lang or lang not in LANGS:
            self.fail(f"language {gold['language']!r} does not match file name")
        published = gold["published"]
        if not (isinstance(published, str) and len(published) == 10
                and valid_iso(published) and "2016" <= published[:4] <= "2026"):
            self.fail(f"published {published!r} is not a day in 2016-2026")
        if gold["synthetic"] is not True or gold["source_url"] is not None:
            self.fail("synthetic must be true and source_url null")

    def check_entities(self, gold: dict[str, Any], text: str) -> None:
        for person in gold["persons"]:
            self.check_named(person, {"name", "mentions", "role"}, "person", text)
            if person.get("role") not in ROLES:
                self.fail(f"person {person.get('name')!r} has role {person.get('role')!r}")
        for kind in ("places", "organizations"):
            for item in gold[kind]:
                self.check_named(item, {"name", "mentions"}, kind, text)
        for date in gold["dates"]:
            self.check_date(date, text)
        for kind in ("persons", "places", "organizations"):
            names = [item["name"] for item in gold[kind]]
            if len(names) != len(set(names)):
                self.fail(f"duplicate names in {kind}")

    def check_named(self, item: dict[str, Any], keys: set[str], kind: str, text: str) -> None:
        if set(item) != keys:
            self.fail(f"{kind} keys {sorted(item)} != {sorted(keys)}")
            return
        mentions = item["mentions"]
        if not item["name"] or not mentions or len(mentions) != len(set(mentions)):
            self.fail(f"{kind} {item['name']!r}: empty name or empty/duplicate mentions")
        for mention in mentions:
            if not occurs_bounded(text, mention):
                self.fail(f"{kind} {item['name']!r}: mention {mention!r} not in text")
            if mention.endswith("'s") or mention.endswith("’s"):
                self.fail(f"{kind} {item['name']!r}: mention {mention!r} keeps 's")

    def check_date(self, date: dict[str, Any], text: str) -> None:
        if set(date) != {"surface", "iso", "what"}:
            self.fail(f"date keys {sorted(date)}")
            return
        if not occurs_bounded(text, date["surface"]):
            self.fail(f"date surface {date['surface']!r} not in text")
        if not valid_iso(date["iso"]):
            self.fail(f"date iso {date['iso']!r} invalid")
        if not isinstance(date["what"], str) or not date["what"]:
            self.fail(f"date {date['surface']!r} has no 'what'")

    def check_events(self, gold: dict[str, Any]) -> None:
        persons = {p["name"] for p in gold["persons"]}
        places = {p["name"] for p in gold["places"]}
        date_values = {d["iso"] for d in gold["dates"]}
        for event in gold["events"]:
            if set(event) != {"kind", "date_iso", "place", "persons"}:
                self.fail(f"event keys {sorted(event)}")
                continue
            if event["kind"] not in KINDS:
                self.fail(f"event kind {event['kind']!r}")
            date_iso = event["date_iso"]
            if date_iso is not None and not valid_iso(date_iso):
                self.fail(f"event date {date_iso!r} invalid")
            if date_iso is not None and date_iso not in date_values:
                self.fail(f"event date {date_iso!r} has no date surface")
            if event["place"] is not None and event["place"] not in places:
                self.fail(f"event place {event['place']!r} not in places")
            for name in event["persons"]:
                if name not in persons:
                    self.fail(f"event person {name!r} not in persons")


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    json_paths = sorted(folder.glob("*.json"))
    problems: list[str] = []
    for json_path in json_paths:
        problems.extend(Checker(json_path).run())
    stray = [p.name for p in folder.glob("*.txt") if not p.with_suffix(".json").exists()]
    problems.extend(f"{name}: no matching .json" for name in stray)
    for problem in problems:
        print(problem)
    print(f"{len(json_paths)} articles checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
