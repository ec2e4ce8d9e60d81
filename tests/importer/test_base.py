# SPDX-License-Identifier: GPL-3.0-or-later
"""House style G: importers tried by priority, the generic one last; drafts with warnings."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.importer import Importer, ImportResult, extract, parse_pasted
from caseapp.importer.generic import GenericImporter, HtmlImporter

TEXT = "Заголовок\nАдвокат Гульнар Абдикадырова вчера обжаловала арест Ерболата Жаксылыкова."


class _Outlet:
    """A site-specific importer: recognises its own marker, fails on request."""

    label = "outlet"
    priority = 20

    def __init__(self, *, fail: bool = False) -> None:
        self.fail = fail

    def detect(self, text: str) -> bool:
        return text.startswith("OUTLET")

    def parse(self, text: str, *, published: date | None = None,
              language: str = "auto") -> ImportResult:
        if self.fail:
            raise ValueError("layout changed")
        body = text.removeprefix("OUTLET\n")
        return ImportResult(extract(body, published=published, language=language), [],
                            self.label, body)


def test_the_importers_satisfy_the_protocol():
    for importer in (GenericImporter(), HtmlImporter(), _Outlet()):
        assert isinstance(importer, Importer)


def test_plain_text_goes_to_the_generic_importer_like_extract():
    result = parse_pasted(TEXT, published=date(2024, 11, 21))
    assert result.importer == "generic" and result.text == TEXT
    expected = extract(TEXT, published=date(2024, 11, 21)).to_json()
    assert {k: v for k, v in result.draft.to_json().items() if k != "warnings"} == \
        {k: v for k, v in expected.items() if k != "warnings"}
    assert result.warnings == []


def test_html_is_stripped_first_and_said_so():
    result = parse_pasted("<p>Заголовок</p><p>Ирина&nbsp;Ковальчук задержана.</p>")
    assert result.importer == "html"
    assert result.text == "Заголовок\nИрина Ковальчук задержана."
    assert [p.name for p in result.draft.persons] == ["Ирина Ковальчук"]
    assert any("HTML" in w for w in result.warnings)
    assert result.draft.warnings == result.warnings


def test_a_specific_importer_wins_by_priority_and_falls_back_when_it_fails():
    pasted = "OUTLET\n" + TEXT
    assert parse_pasted(pasted, importers=[GenericImporter(), _Outlet()]).importer == "outlet"
    result = parse_pasted(pasted, importers=[GenericImporter(), _Outlet(fail=True)])
    assert result.importer == "generic"
    assert result.warnings[0].startswith("outlet: layout changed")


def test_warnings_for_what_the_draft_cannot_show():
    assert parse_pasted("   ").warnings == ["The text is empty."]
    warnings = parse_pasted("Title\nNothing happened here.", language="kk").warnings
    assert any("publication date" in w for w in warnings)
    assert any("script" in w for w in warnings)
    assert any("No person" in w for w in warnings)


def test_an_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        parse_pasted(TEXT, language="de")
