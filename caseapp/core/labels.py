# SPDX-License-Identifier: GPL-3.0-or-later
"""Translatable names of record kinds, used in undo step names and messages."""

from __future__ import annotations

from caseapp.domain import records
from caseapp.i18n import N_, _

RECORD_LABELS: dict[type, str] = {
    records.Person: N_("Person"), records.PersonName: N_("Name"),
    records.Case: N_("Case"), records.CaseParty: N_("Case Party"),
    records.CodeArticle: N_("Code Article"), records.Charge: N_("Charge"),
    records.Facility: N_("Facility"), records.Detention: N_("Detention"),
    records.Hearing: N_("Hearing"), records.Sentence: N_("Sentence"),
    records.Action: N_("Action"), records.Source: N_("Source"),
    records.Citation: N_("Citation"), records.Organization: N_("Organization"),
    records.Tag: N_("Tag"), records.ReportedEvent: N_("Reported Event"),
    records.Addressee: N_("Addressee"), records.LetterTemplate: N_("Letter Template"),
    records.DeadlineMark: N_("Deadline Mark"),
}


def record_label(cls: type) -> str:
    return _(RECORD_LABELS.get(cls, cls.__name__))
