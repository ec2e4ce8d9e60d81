# SPDX-License-Identifier: GPL-3.0-or-later
"""The plain, frozen data a report is drawn from; core fills it, reports never query.

These are not a second declaration of the entities: the records are declared once in
caseapp.domain.records, and core/report_data.py maps them into these report-shaped
*entries* — already chosen for one report: titles of articles are in the
report language, enum fields hold the stored enum *values* ("detained",
"pretrial", …) which reports/vocab.py words per language, and facts cite their
sources through ``sources``: 0-based indexes into the ``sources`` tuple of the
PersonFile they belong to (printed as [1], [2], …). Fields named ``private_notes``,
``contacts``, ``address``, ``relatives``, ``birth_date`` and the volunteers' names
are what the "for public distribution" option removes (see reports/redact.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from caseapp.domain.codes import PenaltyRange
from caseapp.domain.errors import Invalid
from caseapp.domain.names import script_of
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import Term, expected_release
from caseapp.i18n import _

#: ``date`` for the annotations of a class that has a field called ``date``, which hides it.
Day = date
REPORT_LANGUAGES = ("kk", "ru", "en")
_SCRIPT_OF_LANGUAGE = {"kk": "cyrillic", "ru": "cyrillic", "en": "latin"}
#: Kinds of alias that never head a report.
_NOT_HEADLINES = frozenset({"nickname", "former"})


@dataclass(frozen=True)
class ReportOptions:
    """How to draw a report; ``generated_on`` is printed and fixes the PDF dates."""

    generated_on: date
    language: str = "en"
    public: bool = False
    organisation: str = ""
    operator: str = ""

    def __post_init__(self) -> None:
        if self.language not in REPORT_LANGUAGES:
            raise Invalid(_("Report language must be one of kk, ru, en, not “{language}”")
                          .format(language=self.language), field="language")


@dataclass(frozen=True)
class Alias:
    """Another spelling of a name; ``script`` is "cyrillic"/"latin" as names.script_of."""

    text: str
    script: str = ""
    language: str = ""
    kind: str = "official"


@dataclass(frozen=True)
class PersonRef:
    """A name as it should appear in a report: the display name plus its aliases."""

    display_name: str
    aliases: tuple[Alias, ...] = ()

    def name_in(self, language: str) -> str:
        """The alias for this language, else the display name or an alias in its script.

        Only a full name heads a report: a nickname, a former name or a bare surname
        ("Садықов" beside "Айдос Садықов") is never chosen over the display name.
        """
        full = [a for a in self.aliases if a.text and self._is_full(a)]
        for alias in full:
            if alias.language == language:
                return alias.text
        script = _SCRIPT_OF_LANGUAGE.get(language, "")
        if script_of(self.display_name) == script:
            return self.display_name
        for alias in full:
            if alias.script == script:
                return alias.text
        return self.display_name

    def _is_full(self, alias: Alias) -> bool:
        words = min(len(self.display_name.split()), 2)
        return alias.kind not in _NOT_HEADLINES and len(alias.text.split()) >= words

    def other_names(self, language: str) -> tuple[str, ...]:
        """Every other spelling, without repeats, in the order given."""
        shown = self.name_in(language)
        names = [self.display_name, *(a.text for a in self.aliases)]
        return tuple(dict.fromkeys(n for n in names if n and n != shown))


@dataclass(frozen=True)
class Relative:
    """A family member; private: never printed in a public report."""

    name: str
    relation: str = ""
    contact: str = ""


@dataclass(frozen=True)
class PersonInfo(PersonRef):
    """Identity block of a person; ``photo`` is the picture's bytes (JPEG, PNG…) or None."""

    uid: str = ""
    status: str = "unknown"
    birth_date: PartialDate | None = None
    gender: str = "unknown"
    citizenship: str = ""
    photo: bytes | None = None
    contacts: str = ""
    address: str = ""
    relatives: tuple[Relative, ...] = ()
    private_notes: str = ""


@dataclass(frozen=True)
class DetentionEntry:
    """One period in custody; ``end`` None means it is still going on."""

    facility: str = ""
    facility_kind: str = "other"
    city: str = ""
    kind: str = "pretrial"
    start: PartialDate | None = None
    end: PartialDate | None = None
    private_notes: str = ""
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChargeEntry:
    """An article ("174.2") with its title in the report language and, where the code
    states one, the range of its sanction."""

    article: str = ""
    title: str = ""
    wording: str = ""
    sources: tuple[int, ...] = ()
    penalty: PenaltyRange | None = None


@dataclass(frozen=True)
class CaseEntry:
    """A criminal case; ``pace_criteria`` holds PACE_CRITERIA field names that are met."""

    case_number: str = ""
    title: str = ""
    status: str = "investigation"
    court: str = ""
    opened: PartialDate | None = None
    charges: tuple[ChargeEntry, ...] = ()
    pace_criteria: tuple[str, ...] = ()
    pace_note: str = ""
    private_notes: str = ""
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class HearingEntry:
    """A court hearing; past when ``date`` is before the report date."""

    date: date | None = None
    time: time | None = None
    court: str = ""
    kind: str = "trial"
    case_number: str = ""
    judge: str = ""
    outcome: str = ""
    defendants: tuple[PersonRef, ...] = ()
    lawyers: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    private_notes: str = ""
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class SentenceEntry:
    """A sentence; the expected release is computed by domain.terms unless given."""

    date: Day | None = None
    court: str = ""
    case_number: str = ""
    kind: str = "prison"
    years: int = 0
    months: int = 0
    days: int = 0
    credited_days: int = 0
    term_start: Day | None = None
    release_override: Day | None = None
    fine: str = ""
    private_notes: str = ""
    sources: tuple[int, ...] = ()

    @property
    def term(self) -> Term:
        return Term(self.years, self.months, self.days)

    @property
    def expected_release(self) -> Day | None:
        if self.release_override or self.term_start is None:
            return self.release_override
        return expected_release(self.term_start, self.term, self.credited_days)


@dataclass(frozen=True)
class ActionEntry:
    """A campaign action; ``responsible`` is a volunteer's name (private)."""

    date: PartialDate | None = None
    kind: str = "letter"
    title: str = ""
    status: str = "planned"
    outcome: str = ""
    responsible: str = ""
    private_notes: str = ""
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class SourceRef:
    """A numbered reference; facts point at it by its index in PersonFile.sources."""

    title: str = ""
    publisher: str = ""
    published: PartialDate | None = None
    url: str = ""
    kind: str = "news"


@dataclass(frozen=True)
class DeadlineEntry:
    """A procedural deadline (caseapp.domain.deadlines): its kind, the day it falls on,
    the article of its rule and whether that rule's figure was checked, and its state."""

    kind: str
    due: Day
    article: str = ""
    checked: bool = True
    state: str = "open"


@dataclass(frozen=True)
class PersonFile:
    """Everything known about one person, as one report section draws it."""

    identity: PersonInfo
    detentions: tuple[DetentionEntry, ...] = ()
    cases: tuple[CaseEntry, ...] = ()
    hearings: tuple[HearingEntry, ...] = ()
    sentences: tuple[SentenceEntry, ...] = ()
    actions: tuple[ActionEntry, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    deadlines: tuple[DeadlineEntry, ...] = ()


@dataclass(frozen=True)
class DossierData:
    """Input of reports.dossier.build."""

    options: ReportOptions
    person: PersonFile


@dataclass(frozen=True)
class BriefData:
    """Input of reports.brief.build. The persons were chosen by ``status`` (a stored
    PersonStatus value) or by ``tag``, which the cover words in the report's language;
    ``scope`` says it in free words when neither does."""

    options: ReportOptions
    persons: tuple[PersonFile, ...]
    title: str = ""
    scope: str = ""
    status: str = ""
    tag: str = ""


@dataclass(frozen=True)
class HearingScheduleData:
    """Input of reports.hearing_schedule.build: upcoming hearings plus past ones to check.

    The report keeps hearings from ``generated_on`` up to ``days`` later, and lists
    earlier ones with an empty ``outcome`` as "outcome missing"; the rest is ignored.
    """

    options: ReportOptions
    hearings: tuple[HearingEntry, ...]
    days: int = 14
