# SPDX-License-Identifier: GPL-3.0-or-later
"""What caseapp reads from files, fuzzed: an article file's bytes, an article draft edited
by a script (``import-article --draft``) and the settings file. Each gives a value or a
caseapp error with a message (the CLI prints it on one line), never another exception."""

from __future__ import annotations

import copy
import itertools
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.core import settings
from caseapp.core.article_draft import ArticleDraft, draft_to_json
from caseapp.core.casebook import Casebook
from caseapp.domain.errors import CaseAppError
from caseapp.importer.article_text import article_text
from fuzz import strategies as hostile
from fuzz.profiles import examples, ran_input

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile.names | hostile.any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                               max_size=4),
    max_leaves=12)
_SUFFIX = itertools.count()


def _places(value: Any) -> list[tuple[Any, Any]]:
    """(container, key or index) of every value inside ``value``, itself excluded."""
    inner = value.items() if isinstance(value, dict) else enumerate(value) \
        if isinstance(value, list) else ()
    out = []
    for key, item in inner:
        out += [(value, key), *_places(item)]
    return out


@st.composite
def mutated(draw: st.DrawFn, original: Any) -> Any:
    """``original`` (JSON) with a few values replaced by any JSON value or removed."""
    value = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 6))):
        places = _places(value)
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        if draw(st.booleans()) and isinstance(container, dict):
            del container[key]
        else:
            container[key] = draw(json_values)
    return value


class Drafts(list[tuple[str, dict[str, Any]]]):
    """(text, draft JSON) pairs, shown briefly in hypothesis's report of a failure."""

    def __repr__(self) -> str:
        return f"<{len(self)} article drafts>"


@pytest.fixture(scope="module")
def drafts(fuzz_book: Casebook) -> Drafts:
    """The drafts of the first articles with persons and events."""
    found = Drafts()
    for text in hostile.ARTICLES:
        draft = fuzz_book.articles.draft(text)
        if draft.persons and draft.extraction.events and len(found) < 6:
            found.append((text, draft_to_json(draft)))
    return found


@given(st.binary(max_size=3000) | hostile.articles(max_run=2000).map(str.encode),
       st.sampled_from(["a.txt", "a.html", "A.HTM", "noname"]))
@examples(quick=40, slow=1200)
def test_any_bytes_as_an_article_file(raw: bytes, name: str) -> None:
    ran_input()
    try:
        text = article_text(raw, name)
    except CaseAppError as refused:
        assert name in str(refused)
        return
    assert isinstance(text, str)
    text.encode("utf-8")  # no lone surrogate, which the database and reportlab refuse


@given(st.data())
@examples(quick=15, slow=400)
def test_an_edited_draft_is_read_or_refused_with_a_message(
        fuzz_book: Casebook, drafts: Drafts, data: st.DataObject) -> None:
    ran_input()
    text, original = data.draw(st.sampled_from(drafts), label="article")
    # A new line at the end makes each a new article (an old one would import nothing);
    # the draft then carries no content hash, as a script's own draft may not.
    text = f"{text}\n{next(_SUFFIX)}"
    edited = data.draw(mutated({k: v for k, v in original.items() if k != "content_hash"}))
    try:
        draft = fuzz_book.articles.edited_draft(edited, text)
        assert isinstance(draft, ArticleDraft)
        fuzz_book.articles.apply(draft)
    except CaseAppError as refused:
        assert str(refused)


@given(json_values | st.dictionaries(st.sampled_from(
    ["ui_language", "report_language", "organisation", "operator", "backup_folder",
     "backups_to_keep", "recent_files", "other"]), json_values, max_size=6))
@examples(quick=20, slow=800)
def test_a_damaged_settings_file_gives_the_defaults_or_its_values(
        tmp_path_factory: pytest.TempPathFactory, stored: Any) -> None:
    ran_input()
    path: Path = tmp_path_factory.mktemp("settings") / "settings.json"
    path.write_text(json.dumps(stored), "utf-8")
    loaded = settings.load(path)
    defaults = settings.Settings()
    assert loaded == loaded.validated()
    assert all(type(getattr(loaded, f.name)) is type(getattr(defaults, f.name))
               for f in fields(settings.Settings))
    assert all(isinstance(entry, str) for entry in loaded.recent_files)
