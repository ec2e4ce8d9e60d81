# SPDX-License-Identifier: GPL-3.0-or-later
"""The importers every paste can fall back on: HTML copied from a browser (reduced to its
text first) and plain text of any outlet (the rule-based extractor, ``extract``).

Their warnings are the checks a volunteer cannot see in the draft itself: an empty text,
a missing publication date (so "вчера" and years stay unresolved), a language forced
against the script, a draft with no person in it.
"""

from __future__ import annotations

from datetime import date

from caseapp.i18n import _
from caseapp.importer.base import ImportResult
from caseapp.importer.extract import extract
from caseapp.importer.htmltext import looks_like_html, strip_html
from caseapp.importer.model import Extraction
from caseapp.importer.text import language_of


class GenericImporter:
    """Any text: the rule-based extractor."""

    label = "generic"
    priority = 0

    def detect(self, text: str) -> bool:
        return True

    def parse(self, text: str, *, published: date | None = None,
              language: str = "auto") -> ImportResult:
        draft = extract(text, language=language, published=published)
        return ImportResult(draft, _warnings(text, draft, published, language), self.label,
                            text)


class HtmlImporter:
    """HTML pasted from a browser: tags, scripts and page chrome dropped, entities decoded;
    the draft's offsets refer to the stripped text, returned in ``ImportResult.text``."""

    label = "html"
    priority = 10

    def detect(self, text: str) -> bool:
        return looks_like_html(text)

    def parse(self, text: str, *, published: date | None = None,
              language: str = "auto") -> ImportResult:
        plain = strip_html(text)
        result = GenericImporter().parse(plain, published=published, language=language)
        result.importer = self.label
        result.warnings.insert(0, _("The pasted HTML was reduced to its text; quotes and "
                                    "offsets refer to that text."))
        return result


def _warnings(text: str, draft: Extraction, published: date | None,
              language: str) -> list[str]:
    if not text.strip():
        return [_("The text is empty.")]
    out = []
    if published is None:
        out.append(_("No publication date: relative dates (вчера, кеше, yesterday) are left "
                     "out and years missing from dates are not filled in."))
    detected = language_of(text[:20_000])
    if language != "auto" and detected and (detected == "en") != (language == "en"):
        out.append(_("The language was set to {language} but the text is written in another "
                     "script ({detected}).").format(language=language, detected=detected))
    if not draft.persons:
        out.append(_("No person was found; check that the whole article was pasted."))
    return out
