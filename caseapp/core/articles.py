# SPDX-License-Identifier: GPL-3.0-or-later
"""Paste an article: a reviewable draft with identity candidates, then one undoable import.

The importer (pure) finds persons, dates, places and events. Here the draft gets
ranked candidates from the database for every person, and ``apply`` stores the
article as a source and creates or links what the volunteer accepted, each record
with a citation (quote and offsets), as a single undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp import importer
from caseapp.core import commands
from caseapp.core.article_apply import ApplyContext, apply_events, apply_person
from caseapp.core.manager import Manager
from caseapp.core.sources import content_hash
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import _
from caseapp.importer.article_text import MAX_BYTES, article_text
from caseapp.importer.matching import KnownPerson, rank_candidates
from caseapp.importer.model import Extraction, Person as ExtractedPerson
from caseapp.store import persons as person_store, sources as source_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal


@dataclass
class PersonProposal:
    """One extracted person and what the volunteer decided: new, link or reject."""

    name: str
    role: str | None
    mentions: list
    candidates: list
    decision: str = "new"  #: "new", "link" or "reject"
    link_uid: str | None = None
    link_reason: str = ""
    #: The name as extracted; events refer to the person by it even after ``name`` is edited.
    key: str = ""

    def __post_init__(self) -> None:
        self.key = self.key or self.name


@dataclass
class ArticleDraft:
    text: str
    title: str
    language: str
    published: date | None
    extraction: Extraction
    persons: list[PersonProposal] = field(default_factory=list)
    duplicate_source_id: int | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass
class ImportReport:
    """What an apply did, for the CLI output and the GUI's summary."""

    source_uid: str = ""
    duplicate: bool = False
    created: list[tuple[str, str]] = field(default_factory=list)
    linked: list[tuple[str, str, str]] = field(default_factory=list)
    unlinked_candidates: list[tuple[str, list]] = field(default_factory=list)
    records: int = 0


class Articles(Manager):
    """Commands: apply (one "Import Article" step); reads: load_file, draft, auto_link."""

    def load_file(self, path: Path) -> str:
        """The text of an article file (.txt or .html) chosen by the volunteer."""
        with Path(path).open("rb") as handle:
            return article_text(handle.read(MAX_BYTES + 1), str(path))

    def draft(self, text: str, *, published: date | None = None, language: str = "auto",
              title: str | None = None) -> ArticleDraft:
        """Extract and rank candidates; nothing is written."""
        extraction = importer.extract(text, language=language, published=published)
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
        draft = ArticleDraft(text, title or first_line[:200], extraction.language, published,
                             extraction)
        draft.persons = [self._proposal(p) for p in extraction.persons]
        draft.duplicate_source_id = source_store.source_by_hash(draft.content_hash)
        return draft

    def _proposal(self, person: ExtractedPerson) -> PersonProposal:
        ids = person_store.candidate_ids(person.name)
        known = [KnownPerson(uid, name, aliases) for _pk, uid, name, aliases
                 in person_store.names_of(ids)]
        return PersonProposal(person.name, person.role, list(person.mentions),
                              rank_candidates(person.name, known, limit=5))

    def auto_link(self, draft: ArticleDraft, links: dict[str, str]) -> None:
        """Apply --link NAME=UID choices; else link only a single exact-name match."""
        for proposal in draft.persons:
            if proposal.name in links:
                proposal.decision, proposal.link_uid = "link", links[proposal.name]
                proposal.link_reason = _("chosen by the volunteer")
                continue
            exact = person_store.exact_name_matches(proposal.name)
            if len(exact) == 1:
                proposal.decision = "link"
                proposal.link_uid = person_store.names_of(exact)[0][1]
                proposal.link_reason = _("the only person with this exact name")

    def apply(self, draft: ArticleDraft) -> tuple[ImportReport, Changes]:
        """Store the article and the accepted proposals as one undoable command.

        An article whose text is already stored (checked again here: the same draft may
        be applied twice) creates nothing and reports ``duplicate``.
        """
        draft.duplicate_source_id = source_store.source_by_hash(draft.content_hash)
        if draft.duplicate_source_id is not None:
            return ImportReport(duplicate=True), Changes()
        report = ImportReport()
        changes = commands.run(self.book, _("Import Article"),
                               lambda j: self._apply(j, draft, report))[1]
        report.records = len(changes.created)
        return report, changes

    def _apply(self, journal: Journal, draft: ArticleDraft, report: ImportReport) -> None:
        source = journal.insert(records.Source(
            kind="news", title=draft.title, language=draft.language, full_text=draft.text,
            published=PartialDate.from_date(draft.published) if draft.published else None,
            content_hash=draft.content_hash))
        report.source_uid = source.uid
        context = ApplyContext(self.book, journal, draft.text, source)
        for proposal in draft.persons:
            if proposal.decision != "reject":
                apply_person(context, proposal, report)
        apply_events(context, draft.extraction.events)
