# SPDX-License-Identifier: GPL-3.0-or-later
"""The fixed vocabularies of the data model, each value with a translatable label.

Values are stored as the English snake_case text; ``label()`` gives the volunteer's
language. Adding a member is safe; renaming one needs a schema upgrade step.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from caseapp.domain.errors import Invalid
from caseapp.i18n import N_, _


class Labelled(StrEnum):
    """A StrEnum whose members carry a label marked for translation."""

    _label: str

    def __new__(cls, value: str, label: str = "") -> Labelled:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label or value
        return member

    def label(self, gettext: Callable[[str], str] = _) -> str:
        """The label in the interface language, or through another catalog's ``gettext``."""
        return gettext(self._label)

    @classmethod
    def parse(cls, text: str) -> Labelled:
        """Accept the stored value or the English label, any case, '-' or ' ' for '_'."""
        key = _parse_key(text)
        for member in cls:
            if key in (member.value, _parse_key(member._label)):
                return member
        choices = ", ".join(m.value for m in cls)
        raise Invalid(_("“{text}” is not one of: {choices}").format(text=text, choices=choices))


def _parse_key(text: str) -> str:
    """Typed text and labels compared alike: "Pre-trial detention" → "pre_trial_detention"."""
    return (text or "").strip().casefold().replace("-", "_").replace(" ", "_")


class PersonStatus(Labelled):
    AT_LARGE = "at_large", N_("at large")
    DETAINED = "detained", N_("detained")
    HOUSE_ARREST = "house_arrest", N_("house arrest")
    SENTENCED = "sentenced", N_("sentenced")
    RELEASED = "released", N_("released")
    IN_EXILE = "in_exile", N_("in exile")
    DECEASED = "deceased", N_("deceased")
    UNKNOWN = "unknown", N_("unknown")


class Gender(Labelled):
    FEMALE = "female", N_("female")
    MALE = "male", N_("male")
    OTHER = "other", N_("other")
    UNKNOWN = "unknown", N_("unknown")


class NameKind(Labelled):
    OFFICIAL = "official", N_("official")
    TRANSLITERATION = "transliteration", N_("transliteration")
    FORMER = "former", N_("former")
    NICKNAME = "nickname", N_("nickname")


class CaseStatus(Labelled):
    INVESTIGATION = "investigation", N_("investigation")
    TRIAL = "trial", N_("trial")
    APPEAL = "appeal", N_("appeal")
    SENTENCED = "sentenced", N_("sentenced")
    CLOSED = "closed", N_("closed")
    ACQUITTED = "acquitted", N_("acquitted")


class PartyRole(Labelled):
    DEFENDANT = "defendant", N_("defendant")
    LAWYER = "lawyer", N_("lawyer")
    JUDGE = "judge", N_("judge")
    PROSECUTOR = "prosecutor", N_("prosecutor")
    RELATIVE = "relative", N_("relative")
    WITNESS = "witness", N_("witness")


class FacilityKind(Labelled):
    POLICE = "police", N_("police station")
    TEMPORARY = "temporary", N_("temporary detention (IVS)")
    PRETRIAL = "pretrial", N_("pre-trial centre (SIZO)")
    COLONY = "colony", N_("penal colony")
    PSYCHIATRIC = "psychiatric", N_("psychiatric hospital")
    OTHER = "other", N_("other")


class DetentionKind(Labelled):
    POLICE = "police", N_("police detention")
    ADMINISTRATIVE = "administrative", N_("administrative arrest")
    PRETRIAL = "pretrial", N_("pre-trial detention")
    HOUSE_ARREST = "house_arrest", N_("house arrest")
    COLONY = "colony", N_("colony")
    PSYCHIATRIC = "psychiatric", N_("psychiatric")


class HearingKind(Labelled):
    PRELIMINARY = "preliminary", N_("preliminary")
    TRIAL = "trial", N_("trial")
    VERDICT = "verdict", N_("verdict")
    APPEAL = "appeal", N_("appeal")
    CASSATION = "cassation", N_("cassation")
    PAROLE = "parole", N_("parole")


class SentenceKind(Labelled):
    PRISON = "prison", N_("imprisonment")
    RESTRICTED_FREEDOM = "restricted_freedom", N_("restricted freedom")
    SUSPENDED = "suspended", N_("suspended sentence")
    FINE = "fine", N_("fine")
    ADMINISTRATIVE_ARREST = "administrative_arrest", N_("administrative arrest")
    COMPULSORY_TREATMENT = "compulsory_treatment", N_("compulsory treatment")
    OTHER = "other", N_("other")


class ActionKind(Labelled):
    LETTER = "letter", N_("letter")
    PETITION = "petition", N_("petition")
    PICKET = "picket", N_("picket")
    STATEMENT = "statement", N_("statement")
    UN_OSCE_APPEAL = "un_osce_appeal", N_("UN/OSCE appeal")
    EMBASSY_CONTACT = "embassy_contact", N_("embassy contact")
    MEDIA = "media", N_("media")
    VISIT = "visit", N_("visit")
    OTHER = "other", N_("other")


class ReportedEventKind(Labelled):
    """What a source reports: the article importer's event kinds."""

    DETENTION = "detention", N_("detention")
    CHARGE = "charge", N_("charge")
    HEARING = "hearing", N_("hearing")
    SENTENCE = "sentence", N_("sentence")
    RELEASE = "release", N_("release")
    PROTEST = "protest", N_("protest")
    STATEMENT = "statement", N_("statement")
    OTHER = "other", N_("other event")


class ActionStatus(Labelled):
    PLANNED = "planned", N_("planned")
    DONE = "done", N_("done")
    CANCELLED = "cancelled", N_("cancelled")
    #: A letter that went out; its follow-up date says when to check for an answer.
    SENT = "sent", N_("sent")
    #: The addressee answered; the action's reply text holds what they said.
    REPLIED = "replied", N_("reply received")


class DeadlineKind(Labelled):
    """Procedural deadlines (caseapp.domain.deadlines); the label is what comes due."""

    APPEAL = "appeal", N_("appeal window closes")
    CASSATION = "cassation", N_("cassation window closes")
    DETENTION_LIMIT = "detention_limit", N_("pre-trial detention limit")
    PAROLE = "parole", N_("eligible for parole")
    SENTENCE_END = "sentence_end", N_("sentence ends")


class DeadlineState(Labelled):
    OPEN = "open", N_("open")
    DONE = "done", N_("done")
    NOT_APPLICABLE = "not_applicable", N_("not applicable")


class SourceKind(Labelled):
    NEWS = "news", N_("news article")
    COURT_DOCUMENT = "court_document", N_("court document")
    STATEMENT = "statement", N_("statement")
    INTERVIEW = "interview", N_("interview")
    SOCIAL = "social", N_("social media post")
    OTHER = "other", N_("other")


#: PACE Resolution 1900 (2012) criteria for a political prisoner, as five flags.
PACE_CRITERIA = (
    ("pace_fundamental_rights", N_("detention violates a fundamental right (ECHR art. 9–11)")),
    ("pace_political_reasons", N_("detention imposed for purely political reasons")),
    ("pace_disproportionate", N_("length or conditions clearly disproportionate")),
    ("pace_discriminatory", N_("detained in a discriminatory manner compared to others")),
    ("pace_unfair_proceedings", N_("proceedings clearly unfair, linked to political motives")),
)


class LetterKind(Labelled):
    """The kinds of letter template (core/data/letters.json has each in kk, ru, en)."""

    RELEASE = "release", N_("release appeal")
    HEALTH = "health", N_("concern over health or treatment")
    ACCESS = "access", N_("access of lawyer or family")
    SUPPORT = "support", N_("letter of support to the detainee")


class LetterLanguage(Labelled):
    KK = "kk", N_("Kazakh")
    RU = "ru", N_("Russian")
    EN = "en", N_("English")
