# SPDX-License-Identifier: GPL-3.0-or-later
"""How a report words the data model's enum values, in the report's language.

Most values read in a report as the enum's own label (domain/enums.py). Where a report
says it differently from the window (a person "in detention" rather than "detained", a
hearing kind "parole hearing" rather than "parole"), the report's word is a message of
its own under a context "report …", so the window's label and the report's word are
translated separately. An unknown value prints as itself with underscores as spaces.
"""

from __future__ import annotations

from gettext import NullTranslations

from caseapp.domain import enums

#: The enum behind each kind of value a report shows.
ENUMS: dict[str, type[enums.Labelled]] = {
    "status": enums.PersonStatus, "gender": enums.Gender, "facility": enums.FacilityKind,
    "detention": enums.DetentionKind, "case": enums.CaseStatus, "hearing": enums.HearingKind,
    "sentence": enums.SentenceKind, "action": enums.ActionKind,
    "action_status": enums.ActionStatus, "source": enums.SourceKind,
    "deadline": enums.DeadlineKind, "deadline_state": enums.DeadlineState,
}
#: (kind, value) → the report's own word for it, in one language.
Words = dict[tuple[str, str], str]


def report_words(catalog: NullTranslations) -> Words:
    """Every value a report words differently from the window, translated by ``catalog``."""
    return {**_person_words(catalog), **_custody_words(catalog), **_case_words(catalog),
            **_campaign_words(catalog), **_pace_words(catalog)}


def word(catalog: NullTranslations, words: Words, kind: str, value: str) -> str:
    """The report's word for ``value`` of ``kind``: its own, else the enum's label."""
    if (kind, value) in words:
        return words[kind, value]
    member = _member(kind, value)
    return member.label(catalog.gettext) if member else value.replace("_", " ")


def _member(kind: str, value: str) -> enums.Labelled | None:
    return next((member for member in ENUMS.get(kind, ()) if member.value == value), None)


def _person_words(catalog: NullTranslations) -> Words:
    return {
        ("status", "detained"): catalog.pgettext("report person status", "in detention"),
        ("status", "house_arrest"): catalog.pgettext("report person status", "under house arrest"),
        ("status", "sentenced"): catalog.pgettext("report person status", "sentenced"),
        ("status", "in_exile"): catalog.pgettext("report person status", "in exile"),
        ("status", "deceased"): catalog.pgettext("report person status", "deceased"),
        ("gender", "other"): catalog.pgettext("report gender", "other"),
        ("gender", "unknown"): catalog.pgettext("report gender", "not stated"),
    }


def _custody_words(catalog: NullTranslations) -> Words:
    return {
        ("detention", "administrative"):
            catalog.pgettext("report detention kind", "administrative arrest"),
        ("detention", "colony"): catalog.pgettext("report detention kind", "serving sentence"),
        ("detention", "psychiatric"):
            catalog.pgettext("report detention kind", "psychiatric confinement"),
        ("sentence", "suspended"): catalog.pgettext("report sentence kind", "suspended sentence"),
        ("sentence", "administrative_arrest"):
            catalog.pgettext("report sentence kind", "administrative arrest"),
        ("sentence", "other"): catalog.pgettext("report sentence kind", "other"),
    }


def _case_words(catalog: NullTranslations) -> Words:
    return {
        ("case", "trial"): catalog.pgettext("report case status", "trial"),
        ("case", "sentenced"): catalog.pgettext("report case status", "sentenced"),
        ("case", "closed"): catalog.pgettext("report case status", "closed"),
        ("case", "acquitted"): catalog.pgettext("report case status", "acquitted"),
        ("hearing", "preliminary"): catalog.pgettext("report hearing kind", "preliminary hearing"),
        ("hearing", "trial"): catalog.pgettext("report hearing kind", "trial hearing"),
        ("hearing", "parole"): catalog.pgettext("report hearing kind", "parole hearing"),
    }


def _campaign_words(catalog: NullTranslations) -> Words:
    return {
        ("action", "other"): catalog.pgettext("report action kind", "other"),
        ("action_status", "done"): catalog.pgettext("report action status", "done"),
        ("action_status", "cancelled"): catalog.pgettext("report action status", "cancelled"),
        ("source", "social"): catalog.pgettext("report source kind", "social media post"),
        ("source", "other"): catalog.pgettext("report source kind", "other"),
    }


def _pace_words(catalog: NullTranslations) -> Words:
    """The PACE Resolution 1900 criteria as a report states them (domain: PACE_CRITERIA)."""
    return {
        ("pace", "pace_fundamental_rights"): catalog.pgettext(
            "report PACE criterion", "detention violates a fundamental right (ECHR art. 9–11)"),
        ("pace", "pace_political_reasons"): catalog.pgettext(
            "report PACE criterion", "detention imposed for purely political reasons"),
        ("pace", "pace_disproportionate"): catalog.pgettext(
            "report PACE criterion", "length or conditions clearly disproportionate"),
        ("pace", "pace_discriminatory"): catalog.pgettext(
            "report PACE criterion", "detained in a discriminatory manner compared to others"),
        ("pace", "pace_unfair_proceedings"): catalog.pgettext(
            "report PACE criterion", "proceedings clearly unfair, linked to political motives"),
    }
