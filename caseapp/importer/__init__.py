# SPDX-License-Identifier: GPL-3.0-or-later
"""Article import, the pure part: text in, a reviewable draft out (never writes).

``extract`` finds persons, dates, places, organisations and events in kk/ru/en news;
``matching.rank_candidates`` proposes known persons for each extracted name;
``strip_html`` turns pasted HTML into the plain text to extract from.
"""

from __future__ import annotations

from caseapp.importer.extract import extract
from caseapp.importer.htmltext import strip_html
from caseapp.importer.model import DateMention, Entity, Event, Extraction, Mention, Person

__all__ = [
           "DateMention",
           "Entity",
           "Event",
           "Extraction",
           "Mention",
           "Person",
           "extract",
           "strip_html",
]
