# SPDX-License-Identifier: GPL-3.0-or-later
"""The write half of an article import: one import's context, its persons and their status.

Only what the article says for sure becomes a record (issue 10). Persons are linked or
created as the volunteer decided; a bare surname or given name never becomes a display
name or an alias. Events are written by ``article_events``; each writes down what it
tells about a person's status, and ``apply_statuses`` sets each target's status from
the newest of them, citing the sentence it comes from.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from caseapp import i18n
from caseapp.core.persons import AliasInput, alias_record
from caseapp.domain import names, records
from caseapp.domain.errors import Invalid, NotFound
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import _
from caseapp.store import persons as person_store
from caseapp.store import rows

if TYPE_CHECKING:
    from caseapp.core.article_draft import PersonProposal
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal

#: Statuses an import may replace; a later article cannot undo a release or a death.
REPLACEABLE = frozenset({"unknown", "at_large", "detained", "house_arrest"})
#: Of two status facts on one day, the later step wins: detained < sentenced < released.
STATUS_RANK = {"detained": 0, "house_arrest": 0, "sentenced": 1, "released": 2}


@dataclass(frozen=True)
class StatusFact:
    """What one event says about a person's status, and the words that say it."""

    when: str | None
    status: str
    quote: tuple[int, int]

    def order(self) -> tuple[date, int]:
        partial = parse_partial(self.when)
        return (partial.last_day() if partial else date.min, STATUS_RANK[self.status])


@dataclass
class ApplyContext:
    """The open command of one import and what it resolved so far.

    ``person_ids`` maps each accepted proposal's ``key`` to the person's id;
    ``target_keys`` are the keys on the target side (after the volunteer's edits);
    ``mentions`` holds each accepted key's mention spans in the text.
    """

    book: Casebook
    journal: Journal
    text: str
    source: records.Source
    language: str = "en"
    published: date | None = None
    person_ids: dict[str, int] = field(default_factory=dict)
    target_keys: set[str] = field(default_factory=set)
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    status_facts: dict[int, list[StatusFact]] = field(default_factory=dict)

    @cached_property
    def catalog(self) -> gettext.NullTranslations:
        """Words stored in records (titles, notes) go in the article's language."""
        language = self.language if self.language in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
        return i18n.translation(language)

    def words(self, message: str) -> str:
        """``message`` (marked with N_) in the article's language."""
        return self.catalog.gettext(message)

    def cite(self, record: records.Record, start: int, end: int) -> None:
        start, end = max(0, start), min(len(self.text), max(start, end))
        self.journal.insert(records.Citation(
            source_id=self.source.pk, target_table=rows.table_of(type(record)),
            target_uid=record.uid, quote=self.text[start:end].strip()[:1000],
            start=start, end=end))

    def persons_of(self, keys: list[str], *, targets_only: bool) -> list[tuple[str, int]]:
        """(key, id) of the accepted persons among ``keys``, each once."""
        found = {key: self.person_ids[key] for key in keys if key in self.person_ids
                 and (key in self.target_keys or not targets_only)}
        return list(found.items())

    def note_status(self, person_id: int, when: str | None, status: str,
                    quote: tuple[int, int]) -> None:
        self.status_facts.setdefault(person_id, []).append(StatusFact(when, status, quote))

    def is_past(self, day: PartialDate | None) -> bool:
        """True when ``day`` ended by publication (or, without one, by today)."""
        return day is not None and day.last_day() < (self.published or date.today())


def parse_partial(value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(value) if value else None
    except (Invalid, ValueError):
        return None


def apply_person(ctx: ApplyContext, proposal: PersonProposal, report: Any) -> None:
    """Link to the chosen person (adding this spelling as an alias) or create a new one."""
    if proposal.decision == "link" and proposal.link_uid:
        person = _linked(ctx, proposal)
        report.linked.append((proposal.name, person.uid, proposal.link_reason))
    else:
        person = _created(ctx, proposal)
        report.created.append((proposal.name, person.uid))
        if proposal.candidates:
            report.unlinked_candidates.append((proposal.name, proposal.candidates))
    ctx.person_ids[proposal.key] = person.pk
    ctx.mentions[proposal.key] = [(m.start, m.end) for m in proposal.mentions]
    if proposal.target:
        ctx.target_keys.add(proposal.key)
    first = proposal.mentions[0] if proposal.mentions else None
    if first is not None:
        ctx.cite(person, *sentence_around(ctx.text, first.start, first.end))


def _created(ctx: ApplyContext, proposal: PersonProposal) -> records.Person:
    if proposal.name_is_partial:
        raise Invalid(_("“{name}” is a surname or a given name alone: give the full name, "
                        "link it to a person or reject it").format(name=proposal.name),
                      field="persons")
    return ctx.book.persons.insert(ctx.journal, records.Person(
        display_name=names.normalize_spacing(proposal.name), status="unknown"))


def _linked(ctx: ApplyContext, proposal: PersonProposal) -> records.Person:
    person_id = rows.id_for_uid("person", proposal.link_uid or "")
    if person_id is None or rows.get(records.Person, person_id).deleted_at:
        raise NotFound(_("No person has uid {uid} (or it is in the trash)").format(
            uid=proposal.link_uid))
    known = person_store.alias_keys(person_id)
    if not proposal.name_is_partial and names.normalize(proposal.name) not in known:
        kind = "official" if names.language_of_name(proposal.name) == "kk" else "transliteration"
        ctx.journal.insert(alias_record(person_id, AliasInput(proposal.name, kind)))
    return rows.get(records.Person, person_id)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(mark, 0, start) for mark in (".", "\n", "!", "?"))
    rights = [i for i in (text.find(mark, end) for mark in (".", "\n", "!", "?")) if i != -1]
    return left + 1, (min(rights) + 1 if rights else len(text))


def apply_statuses(ctx: ApplyContext) -> None:
    """Each person's status from the newest fact the article gives, with that sentence cited."""
    for person_id, facts in ctx.status_facts.items():
        newest = max(reversed(facts), key=StatusFact.order)  # on a tie, the later telling
        person = rows.get(records.Person, person_id)
        if person.status == newest.status or not _may_replace(person.status, newest.status):
            continue
        updated = ctx.journal.update(records.Person, person_id, status=newest.status)
        ctx.cite(updated, *newest.quote)


def _may_replace(current: str, new: str) -> bool:
    return current in REPLACEABLE or (current == "sentenced" and new == "released")
