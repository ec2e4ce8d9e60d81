# SPDX-License-Identifier: GPL-3.0-or-later
"""The "for public distribution" option: strip what the volunteer holds back.

Redaction happens on the data, before anything is drawn, so the removed values can
reach neither the page nor the PDF metadata. Removed: relatives, contacts and home
addresses, birth dates, every private note, and volunteers' names (the operator,
who is responsible for an action, who observes a hearing). Facility names and
courts stay: they are public institutions a campaign writes to.
"""

from __future__ import annotations

from dataclasses import replace
from typing import overload

from caseapp.reports.data import (
    ActionEntry,
    BriefData,
    CaseEntry,
    DossierData,
    HearingEntry,
    HearingScheduleData,
    PersonFile,
    PersonInfo,
    ReportOptions,
)

Data = DossierData | BriefData | HearingScheduleData

#: The same policy for record columns (``caseapp table export --public``): per table,
#: the columns that never leave in public output. Persons who are in cases only as a
#: relative are left out of public lists altogether.
PRIVATE_COLUMNS: dict[str, frozenset[str]] = {
    "person": frozenset({"birth_date", "contacts", "notes", "photo"}),
    "case_file": frozenset({"notes"}),
    "hearing": frozenset({"observers", "notes"}),
    "action": frozenset({"responsible", "notes"}),
    "detention": frozenset({"note"}),
    "sentence": frozenset({"note"}),
}


@overload
def redact(data: DossierData) -> DossierData: ...
@overload
def redact(data: BriefData) -> BriefData: ...
@overload
def redact(data: HearingScheduleData) -> HearingScheduleData: ...


def redact(data: Data) -> Data:
    """``data`` itself when the report is not public, else a copy without private values."""
    if not data.options.public:
        return data
    options = public_options(data.options)
    if isinstance(data, DossierData):
        return replace(data, options=options, person=redact_person(data.person))
    if isinstance(data, BriefData):
        return replace(data, options=options, persons=tuple(map(redact_person, data.persons)))
    return replace(data, options=options, hearings=tuple(map(redact_hearing, data.hearings)))


def public_options(options: ReportOptions) -> ReportOptions:
    return replace(options, operator="")


def redact_person(file: PersonFile) -> PersonFile:
    return replace(
        file, identity=redact_identity(file.identity),
        detentions=tuple(replace(d, private_notes="") for d in file.detentions),
        cases=tuple(redact_case(c) for c in file.cases),
        hearings=tuple(map(redact_hearing, file.hearings)),
        sentences=tuple(replace(s, private_notes="") for s in file.sentences),
        actions=tuple(redact_action(a) for a in file.actions))


def redact_identity(identity: PersonInfo) -> PersonInfo:
    return replace(identity, birth_date=None, contacts="", address="", relatives=(),
                   private_notes="")


def redact_case(case: CaseEntry) -> CaseEntry:
    return replace(case, private_notes="")


def redact_hearing(hearing: HearingEntry) -> HearingEntry:
    return replace(hearing, private_notes="", observers=())


def redact_action(action: ActionEntry) -> ActionEntry:
    return replace(action, private_notes="", responsible="")


