# SPDX-License-Identifier: GPL-3.0-or-later
"""Article import, the pure part: text in, a reviewable draft out (never writes).

``parse_pasted`` tries the importers (base.py, house style G) and returns an ImportResult
(draft + warnings); ``extract`` is the rule-based extractor behind the generic importer,
finding persons, dates, places, organisations and events in kk/ru/en news;
``matching.rank_candidates`` proposes known persons for each extracted name;
``strip_html`` turns pasted HTML into the plain text to extract from.
"""

from __future__ import annotations

from caseapp.importer.base import Importer, ImportResult, parse_pasted
from caseapp.importer.extract import extract
from caseapp.importer.htmltext import strip_html
from caseapp.importer.model import DateMention, Entity, Event, Extraction, Mention, Person

__all__ = [
    "DateMention",
    "Entity",
    "Event",
    "Extraction",
    "ImportResult",
    "Importer",
    "Mention",
    "Person",
    "extract",
    "parse_pasted",
    "strip_html",
]
