# SPDX-License-Identifier: GPL-3.0-or-later
"""Rules a record must satisfy before it is stored; each failure names its field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from caseapp.domain import enums, records
from caseapp.domain.errors import Invalid
from caseapp.domain.terms import Term
from caseapp.i18n import _

#: (record class, field) → the enum its value must belong to.
ENUM_FIELDS: dict[tuple[type, str], type[enums.Labelled]] = {
    (records.Person, "status"): enums.PersonStatus,
    (records.Person, "gender"): enums.Gender,
    (records.PersonName, "kind"): enums.NameKind,
    (records.Case, "status"): enums.CaseStatus,
    (records.CaseParty, "role"): enums.PartyRole,
    (records.Facility, "kind"): enums.FacilityKind,
    (records.Detention, "kind"): enums.DetentionKind,
    (records.Hearing, "kind"): enums.HearingKind,
    (records.Sentence, "kind"): enums.SentenceKind,
    (records.Action, "kind"): enums.ActionKind,
    (records.Action, "status"): enums.ActionStatus,
    (records.Source, "kind"): enums.SourceKind,
    (records.ReportedEvent, "kind"): enums.ReportedEventKind,
    (records.Addressee, "language"): enums.LetterLanguage,
    (records.LetterTemplate, "kind"): enums.LetterKind,
    (records.LetterTemplate, "language"): enums.LetterLanguage,
}

#: Fields that may not be blank, per record class.
REQUIRED: dict[type, tuple[str, ...]] = {
    records.Person: ("display_name",),
    records.PersonName: ("text",),
    records.Facility: ("name",),
    records.Hearing: ("date",),
    records.Action: ("title",),
    records.ReportedEvent: ("title",),
    records.Tag: ("name",),
    records.Organization: ("name",),
    records.CodeArticle: ("article",),
    records.Addressee: ("name",),
    records.LetterTemplate: ("body",),
}

Rule = Callable[[Any], None]


def validate(record: records.Record) -> None:
    """Raise Invalid (with ``field``) for the rules ``record`` breaks, all of them at once."""
    problems = list(_required(record)) + list(_enums(record))
    for rule in EXTRA_RULES.get(type(record), ()):
        try:
            rule(record)
        except Invalid as exc:
            problems.append(exc)
    if problems:
        raise Invalid.combined(problems)


def _required(record: records.Record) -> Iterator[Invalid]:
    for name in REQUIRED.get(type(record), ()):
        value = getattr(record, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            yield Invalid(_("“{field}” must not be empty").format(field=name), field=name)


def _enums(record: records.Record) -> Iterator[Invalid]:
    for (cls, name), enum in ENUM_FIELDS.items():
        if isinstance(record, cls) and getattr(record, name) not in enum._value2member_map_:
            yield Invalid(_("“{value}” is not a valid {field}").format(
                value=getattr(record, name), field=name), field=name)


def _case_has_identity(case: records.Case) -> None:
    if not (case.case_number.strip() or case.title.strip()):
        raise Invalid(_("A case needs a case number or a title"), field="case_number")


def _detention_order(detention: records.Detention) -> None:
    if detention.start and detention.end and detention.end.last_day() < detention.start.first_day():
        raise Invalid(_("The detention ends before it starts"), field="end")


def _sentence_term(sentence: records.Sentence) -> None:
    Term(sentence.years, sentence.months, sentence.days)
    if sentence.credited_days < 0:
        raise Invalid(_("Credited days cannot be negative"), field="credited_days")


def _source_has_content(source: records.Source) -> None:
    if not (source.title.strip() or source.url.strip() or source.full_text.strip()):
        raise Invalid(_("A source needs a title, a URL or its text"), field="title")


def _citation_offsets(citation: records.Citation) -> None:
    if citation.start is not None and citation.end is not None and citation.end < citation.start:
        raise Invalid(_("A quote cannot end before it starts"), field="end")


EXTRA_RULES: dict[type, tuple[Rule, ...]] = {
    records.Case: (_case_has_identity,),
    records.Detention: (_detention_order,),
    records.Sentence: (_sentence_term,),
    records.Source: (_source_has_content,),
    records.Citation: (_citation_offsets,),
}
