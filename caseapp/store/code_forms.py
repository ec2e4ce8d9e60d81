# SPDX-License-Identifier: GPL-3.0-or-later
"""Search-key forms of the shipped codes' title words, computed ahead of time.

Every article's search key holds each title word in four forms (domain/codes.py:
search_key): as written, with Kazakh letters folded to Russian ones, in Latin, and its
spelling-variant key. Computing them for the ~6,000 distinct words of the shipped codes
takes about a second, so a new database would wait for it; this file ships them instead
(``store/data/code-word-forms.json``) and loading only looks them up.

The file must match the shipped titles and the current spelling rules:
tests/store/test_codes.py recomputes it and fails when it is stale. Write it anew after
changing a code file or caseapp.domain.names with

    python -m caseapp.store.code_forms
"""

from __future__ import annotations

import json
from pathlib import Path

from caseapp.domain import codes, names

FORMS_FILE = Path(__file__).with_name("data") / "code-word-forms.json"


def encode(forms: tuple[str, ...]) -> str:
    """``fold|latin|key``, each part left empty where it repeats the one before it
    (most words fold to themselves and have a key equal to their Latin form)."""
    parts, before = [], forms[0]
    for form in forms[1:]:
        parts.append("" if form == before else form)
        before = form
    return "|".join(parts).rstrip("|")


def decode(word: str, text: str) -> tuple[str, ...]:
    forms = [word]
    for part in (text.split("|") + ["", "", ""])[:3]:
        forms.append(part or forms[-1])
    return tuple(forms)


def build(files: list | None = None) -> dict[str, str]:
    """Every word of every shipped title, with its encoded forms, sorted."""
    from caseapp.store import code_data  # code_data imports this module

    words: set[str] = set()
    for file in code_data.code_files() if files is None else files:
        for entry in file.articles:
            for title in code_data.TITLES:
                words.update(names.words(entry.get(title, "")))
    return {word: encode(codes.word_forms(word)) for word in sorted(words)}


def load(path: Path = FORMS_FILE) -> dict[str, tuple[str, ...]]:
    """The shipped forms by word; none if the file is missing or unreadable (the keys are
    then computed, only slower)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {word: decode(word, text) for word, text in stored.items()}


def write(path: Path = FORMS_FILE) -> int:
    built = build()
    lines = ",\n".join(json.dumps(word, ensure_ascii=False) + ": " +
                       json.dumps(text, ensure_ascii=False) for word, text in built.items())
    path.write_text("{\n" + lines + "\n}\n", encoding="utf-8")
    return len(built)


if __name__ == "__main__":
    print(f"{write()} words written to {FORMS_FILE}")
