# SPDX-License-Identifier: GPL-3.0-or-later
"""The extraction pipeline: organisations, then places, persons, dates, events and roles.

Order matters: names of organisations hide the places and given names inside them, and
places hide the person a street is named after (Сәтбаев көшесі, улица Курмангазы).
"""

from __future__ import annotations

from datetime import date

from caseapp.importer import dates as date_finder
from caseapp.importer import events as event_finder
from caseapp.importer import orgs, persons, places
from caseapp.importer.doc import Doc, build
from caseapp.importer.model import Extraction, Mention, Person
from caseapp.importer.role_classifier import NEVER_TARGET, classify, side_role
from caseapp.importer.roles import context_roles, speakers
from caseapp.importer.spans import block, group
from caseapp.importer.term_lists import name_lists

LANGUAGES = ("auto", "kk", "ru", "en")


def extract(text: str, *, language: str = "auto", published: date | None = None) -> Extraction:
    """Persons, dates, places, organisations and events of one article (plain text).

    Offsets refer to ``text`` exactly as given; pass HTML through strip_html() first.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    doc = build(text or "", language, published)
    org_hits = orgs.find(doc)
    hiding = [h for h in org_hits if h.kind not in ("court", "state")]
    place_hits = places.find(doc, block(hiding))
    drafts = persons.find(doc, block(org_hits) | block(place_hits))
    found_dates = date_finder.find(doc)
    people = [_person(doc, d) for d in drafts]
    spans = {d.name: d.spans for d in drafts}
    roles = {name: side_role(name, role)
             for name, role in context_roles(doc, spans, org_hits,
                                             {d.name: d.gender for d in drafts}).items()}
    place_entities = group(place_hits, doc.tokens, doc.text)
    quoted = speakers(doc, spans)
    events = event_finder.find(doc, event_finder.Context(
        _by_sentence(doc, spans), _main_person(drafts, roles), found_dates,
        [(m.start, e.name) for e in place_entities for m in e.mentions], roles,
        quoted, [(first, name) for name, ranges in spans.items() for first, _ in ranges],
        [(h.first, h.name) for h in org_hits if h.kind == "court"]))
    decisions = classify(roles, events, {n for names in quoted.values() for n in names},
                         name_lists(doc, spans))
    for person in people:
        person.role, person.target = decisions[person.name].role, decisions[person.name].target
    return Extraction(doc.language, people, found_dates, place_entities,
                      group(org_hits, doc.tokens, doc.text), events)


def _person(doc: Doc, draft: persons.Draft) -> Person:
    mentions = []
    for first, last in draft.spans:
        start, end = doc.tokens[first].start, doc.tokens[last].end
        mentions.append(Mention(doc.text[start:end], start, end, partial=first == last))
    return Person(draft.name, mentions, None, draft.gender, partial_name=draft.partial)


def _by_sentence(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for name, ranges in spans.items():
        for first, _ in ranges:
            names = out.setdefault(doc.sentence[first], [])
            if name not in names:
                names.append(name)
    return out


def _main_person(drafts: list[persons.Draft], roles: dict[str, str | None]) -> str | None:
    """The person the story is about: most mentions, earliest on a tie; never a lawyer,
    judge or official (a head of state named throughout a protest story is no protester)."""
    eligible = [d for d in drafts if roles.get(d.name) not in NEVER_TARGET]
    if not eligible:
        return None
    return max(eligible, key=lambda d: (len(d.spans), -d.spans[0][0])).name
