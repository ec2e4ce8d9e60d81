# SPDX-License-Identifier: GPL-3.0-or-later
"""Paste import as house style G describes it: importers that recognise a kind of pasted
text and turn it into a reviewable draft, tried by priority, the generic one last.

An importer never writes: ``parse`` returns an ImportResult (the draft and the warnings a
volunteer should read before applying it). ``parse_pasted`` is the one entry point the GUI
and the command line need; a site-specific importer is one more class in
``default_importers`` with a higher priority and a narrow ``detect``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, runtime_checkable

from caseapp.importer.model import Extraction


@dataclass
class ImportResult:
    """A draft and what to tell the volunteer about it.

    ``text`` is the plain text the draft's offsets refer to (HTML already stripped);
    ``importer`` the label of the importer that produced the draft.
    """

    draft: Extraction
    warnings: list[str] = field(default_factory=list)
    importer: str = ""
    text: str = ""


@runtime_checkable
class Importer(Protocol):
    """One kind of pasted text: ``detect`` is cheap and conservative, ``parse`` does the work.

    Higher ``priority`` is tried first; the generic importer has the lowest and detects
    everything.
    """

    label: str
    priority: int

    def detect(self, text: str) -> bool:
        """True when this importer recognises ``text``."""
        ...

    def parse(self, text: str, *, published: date | None = None,
              language: str = "auto") -> ImportResult:
        """The draft of ``text``; may raise ValueError for an unknown language."""
        ...


def default_importers() -> list[Importer]:
    """The importers ``parse_pasted`` tries, generic last (imported here to avoid a cycle)."""
    from caseapp.importer.generic import GenericImporter, HtmlImporter

    return [HtmlImporter(), GenericImporter()]


def parse_pasted(text: str, *, published: date | None = None, language: str = "auto",
                 importers: Sequence[Importer] | None = None) -> ImportResult:
    """Try the importers by priority; the first that detects the text parses it. A failing
    specific importer falls back to the next one, with a warning saying so."""
    ordered = sorted(importers if importers is not None else default_importers(),
                     key=lambda importer: -importer.priority)
    notes: list[str] = []
    for importer in ordered:
        if not importer.detect(text):
            continue
        if importer is ordered[-1]:
            return _with_notes(importer.parse(text, published=published, language=language),
                               notes)
        try:
            return _with_notes(importer.parse(text, published=published, language=language),
                               notes)
        except (ValueError, LookupError) as error:
            notes.append(f"{importer.label}: {error}; tried the next importer")
    raise ValueError("no importer recognised the text")


def _with_notes(result: ImportResult, notes: list[str]) -> ImportResult:
    result.warnings[:0] = notes
    result.draft.warnings = list(result.warnings)
    return result
