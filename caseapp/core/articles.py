# SPDX-License-Identifier: GPL-3.0-or-later
"""Paste an article: a reviewable draft with identity candidates, then one undoable import.

The importer (pure) finds persons, dates, places and events. Here the draft gets
ranked candidates from the database for every person (a close match, also across
scripts, is proposed as a link for the volunteer to confirm), and ``apply`` stores
the article as a source and creates or links what the volunteer accepted, each
record with a citation (quote and offsets), as a single undo step. What becomes a
record and what is only reported: ``article_events``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp import importer
from caseapp.core import commands
from caseapp.core.article_apply import ApplyContext, apply_person, apply_statuses
from caseapp.core.article_draft import ArticleDraft, PersonProposal, draft_from_json
from caseapp.core.article_events import apply_events
from caseapp.core.manager import Manager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import _
from caseapp.importer.article_text import MAX_BYTES, article_text
from caseapp.importer.matching import KnownPerson, rank_candidates
from caseapp.importer.model import Person as ExtractedPerson
from caseapp.store import persons as person_store
from caseapp.store import sources as source_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal

__all__ = ["ArticleDraft", "Articles", "ImportReport", "LINK_PROPOSAL_SCORE", "PersonProposal"]

#: A candidate scoring this or more, and the only one that does, is proposed as a link
#: (marked for the volunteer to confirm). On the dev and held-out articles every name
#: pair scoring 90 or more is one person's name in two spellings or scripts
#: ("Alexander Lukashenko"/"Александр Лукашенко" 90, "Нұрлан Әбдірахманов"/"Нурлан
#: Абдрахманов" 97, equal transliteration keys 95), and the closest different persons
#: score 88.9 ("Toktogul uulu"/"Toktosun uulu") and 88.2 (see docs/importer.md).
LINK_PROPOSAL_SCORE = 90.0


@dataclass
class ImportReport:
    """What an apply did, for the CLI output and the GUI's summary."""

    source_uid: str = ""
    duplicate: bool = False
    created: list[tuple[str, str]] = field(default_factory=list)
    linked: list[tuple[str, str, str]] = field(default_factory=list)
    unlinked_candidates: list[tuple[str, list]] = field(default_factory=list)
    records: int = 0


#: The longest title an imported article gets from its first line.
TITLE_LIMIT = 200


def headline(text: str, limit: int = TITLE_LIMIT) -> str:
    """The article's first line as its title; a longer one ends at the last whole word
    that fits, with an ellipsis (a source title is never cut inside a word)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= limit:
        return first
    cut = first[:limit].rstrip()
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut[:limit - 1]).rstrip(" ,;:-–—") + "…"


class Articles(Manager):
    """Commands: apply (one "Import Article" step); reads: load_file, draft, edited_draft,
    auto_link."""

    def load_file(self, path: Path) -> str:
        """The text of an article file (.txt or .html) chosen by the volunteer."""
        with Path(path).open("rb") as handle:
            return article_text(handle.read(MAX_BYTES + 1), str(path))

    def draft(self, text: str, *, published: date | None = None, language: str = "auto",
              title: str | None = None) -> ArticleDraft:
        """Extract and rank candidates; nothing is written."""
        extraction = importer.extract(text, language=language, published=published)
        draft = ArticleDraft(text, title or headline(text), extraction.language, published,
                             extraction)
        draft.persons = [self._proposal(p) for p in extraction.persons]
        draft.duplicate_source_id = source_store.source_by_hash(draft.content_hash)
        return draft

    def _proposal(self, person: ExtractedPerson) -> PersonProposal:
        ids = person_store.candidate_ids(person.name)
        known = [KnownPerson(uid, name, aliases) for _pk, uid, name, aliases
                 in person_store.names_of(ids)]
        return PersonProposal(person.name, person.role, list(person.mentions),
                              rank_candidates(person.name, known, limit=5),
                              decision="reject" if person.partial_name else "new",
                              target=person.target, partial_name=person.partial_name)

    def edited_draft(self, data: Any, text: str) -> ArticleDraft:
        """A draft edited outside (``--draft FILE``: JSON as ``draft_to_json`` writes it)."""
        draft = draft_from_json(data, text)
        draft.duplicate_source_id = source_store.source_by_hash(draft.content_hash)
        return draft

    def auto_link(self, draft: ArticleDraft, links: dict[str, str]) -> None:
        """Apply --link NAME=UID choices; else link a single exact-name match, or propose
        a link to the one candidate scoring LINK_PROPOSAL_SCORE or more (to confirm).
        A surname or given name alone is never linked without the volunteer."""
        for proposal in draft.persons:
            chosen = links.get(proposal.name) or links.get(proposal.key)
            if chosen:
                proposal.decision, proposal.link_uid = "link", chosen
                proposal.link_reason, proposal.confirm = _("chosen by the volunteer"), False
            elif not proposal.name_is_partial:
                self._link_by_name(proposal)

    def _link_by_name(self, proposal: PersonProposal) -> None:
        exact = person_store.exact_name_matches(proposal.name)
        if len(exact) == 1:
            proposal.decision = "link"
            proposal.link_uid = person_store.names_of(exact)[0][1]
            proposal.link_reason = _("the only person with this exact name")
            return
        close = [c for c in proposal.candidates if c.score >= LINK_PROPOSAL_SCORE]
        if len(close) == 1:
            proposal.decision, proposal.link_uid, proposal.confirm = "link", close[0].uid, True
            proposal.link_reason = _("a close match (score {score}): check it").format(
                score=round(close[0].score))

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
        context = ApplyContext(self.book, journal, draft.text, source, draft.language,
                               draft.published)
        for proposal in draft.persons:
            if proposal.decision != "reject":
                apply_person(context, proposal, report)
        apply_events(context, draft.extraction.events)
        apply_statuses(context)
