# SPDX-License-Identifier: GPL-3.0-or-later
"""The reviewable draft of an article import, and its JSON form for scripts.

``ArticleDraft`` is what the review shows and what ``articles.apply`` stores: the
article, one ``PersonProposal`` per person found (what to do with them) and the
events. Everything in it may be edited before the import: a person's name, role and
decision, and every event (kind, date, place, persons…), dropped or added.

``caseapp import-article FILE --write-draft D.json`` writes the draft as JSON and
``--draft D.json`` reads an edited one back (``draft_to_json``/``draft_from_json``),
so a script can do what a volunteer does in the review. A draft read back is checked
field by field; a mistake is refused with a message naming where it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from caseapp.core.article_json import (
    FORMAT,
    VERSION,
    candidate_from_json,
    event_from_json,
    event_to_json,
    extraction_parts,
    list_field,
    mention_from_json,
    proposal_flags,
    text_field,
)
from caseapp.core.sources import content_hash
from caseapp.domain.errors import Invalid
from caseapp.i18n import _
from caseapp.importer.model import Extraction

#: What the volunteer may decide for a person found in the article.
DECISIONS = ("new", "link", "reject")


@dataclass
class PersonProposal:
    """One extracted person and what the volunteer decided: new, link or reject.

    ``target`` (on the target side of repression: detained, charged, sentenced) follows
    the role: only such persons get charges, custody, sentences or a status. A
    ``partial_name`` (a surname or given name alone) never becomes a display name or an
    alias; such a proposal starts rejected. ``confirm`` marks a link the import
    proposes itself (a high-scoring match, also across scripts) for the volunteer to check.
    """

    name: str
    role: str | None
    mentions: list
    candidates: list
    decision: str = "new"  #: "new", "link" or "reject"
    link_uid: str | None = None
    link_reason: str = ""
    #: The name as extracted; events refer to the person by it even after ``name`` is edited.
    key: str = ""
    target: bool = False
    partial_name: bool = False
    confirm: bool = False

    def __post_init__(self) -> None:
        self.key = self.key or self.name

    @property
    def name_is_partial(self) -> bool:
        """Still the bare surname or given name the article gave (not corrected)."""
        return self.partial_name and self.name == self.key


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


def draft_to_json(draft: ArticleDraft) -> dict[str, Any]:
    """The draft as plain JSON values (offsets refer to the article's text)."""
    extraction = draft.extraction.to_json()
    return {
        "format": FORMAT, "version": VERSION, "content_hash": draft.content_hash,
        "title": draft.title, "language": draft.language,
        "published": draft.published.isoformat() if draft.published else None,
        "persons": [_proposal_to_json(p) for p in draft.persons],
        "events": [event_to_json(e) for e in draft.extraction.events],
        "dates": extraction["dates"], "places": extraction["places"],
        "organizations": extraction["organizations"], "warnings": extraction["warnings"],
    }


def _proposal_to_json(proposal: PersonProposal) -> dict[str, Any]:
    return {"key": proposal.key, "name": proposal.name, "role": proposal.role,
            "target": proposal.target, "partial_name": proposal.partial_name,
            "decision": proposal.decision, "link_uid": proposal.link_uid,
            "link_reason": proposal.link_reason, "confirm": proposal.confirm,
            "mentions": [m.to_json() for m in proposal.mentions],
            "candidates": [{"uid": c.uid, "display_name": c.display_name, "score": c.score,
                            "reason": c.reason} for c in proposal.candidates]}


def draft_from_json(data: Any, text: str) -> ArticleDraft:
    """An edited draft for ``text``; Invalid names the first field that is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise Invalid(_("This is not a caseapp article draft (no “format”: “{format}”)").format(
            format=FORMAT), field="format")
    if data.get("content_hash") not in (None, content_hash(text)):
        raise Invalid(_("This draft was made from another text than the article given"),
                      field="content_hash")
    persons = [_proposal_from_json(item, f"persons[{i}]")
               for i, item in enumerate(list_field(data, "persons", "draft"))]
    keys = {p.key for p in persons}
    events = [event_from_json(item, f"events[{i}]", keys, len(text))
              for i, item in enumerate(list_field(data, "events", "draft"))]
    dates, places, organizations = extraction_parts(data)
    language = text_field(data, "language", "draft") or "en"
    extraction = Extraction(language, [], dates, places, organizations, events,
                            [str(w) for w in list_field(data, "warnings", "draft")])
    return ArticleDraft(text, text_field(data, "title", "draft"), language,
                        _published(data.get("published")), extraction, persons)


def _proposal_from_json(item: Any, where: str) -> PersonProposal:
    if not isinstance(item, dict):
        raise Invalid(_("{where} must be an object").format(where=where), field=where)
    name = " ".join(text_field(item, "name", where).split())
    if not name:
        raise Invalid(_("{where}.name must not be empty").format(where=where), field=where)
    decision = item.get("decision") or "new"
    if decision not in DECISIONS:
        raise Invalid(_("{where}.decision must be one of: {choices}").format(
            where=where, choices=", ".join(DECISIONS)), field=where)
    target, partial, confirm = proposal_flags(item, where)
    proposal = PersonProposal(
        name, text_field(item, "role", where) or None,
        [mention_from_json(m, where) for m in list_field(item, "mentions", where)],
        [candidate_from_json(c, where) for c in list_field(item, "candidates", where)], decision,
        text_field(item, "link_uid", where) or None, str(item.get("link_reason") or ""),
        text_field(item, "key", where) or name, target, partial, confirm)
    if decision == "link" and not proposal.link_uid:
        raise Invalid(_("{where}: a link needs “link_uid”").format(where=where), field=where)
    return proposal


def _published(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        raise Invalid(_("“published” must be YYYY-MM-DD, got “{value}”").format(value=value),
                      field="published") from None
