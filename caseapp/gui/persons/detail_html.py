# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders one person's details as simple rich text for the read-only pane.

Every value that a volunteer typed or an article supplied goes through
``html.escape`` before it reaches the document; only our own markup is trusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from caseapp.domain import enums, records
from caseapp.domain.views import CaseView, PersonDetails, SentenceView

from caseapp.gui.common.formatting import format_date, format_partial
from caseapp.gui.custody.detail_base import DetailRenderer, enum_label, section, table, unbroken
from caseapp.gui.persons.status_style import STATUS_COLORS, status_label

STYLE = """
h1 { font-size: x-large; font-weight: 600; margin: 0 0 2px 0; }
h2 { font-size: medium; font-weight: 600; margin: 16px 0 4px 0; }
p { margin: 2px 0; }
td, th { padding: 2px 14px 2px 0; vertical-align: top; }
th { font-weight: 600; text-align: left; }
ul { margin: 0 0 4px 18px; }
"""


class PersonRenderer(DetailRenderer):
    """Builds the pane's HTML; ``muted`` is the colour for secondary text."""

    def render(self, details: PersonDetails) -> str:
        person = details.person
        assert isinstance(person, records.Person)
        parts = [self._heading(person), self._names(details.aliases), self._cases(details.cases),
                 self._detentions(details), self.hearings(details.hearings),
                 self._sentences(details), self._actions(details), self._events(details),
                 self.tags(details.tags), self.notes(person.notes)]
        return "".join(part for part in parts if part)

    # -- sections

    def _heading(self, person: records.Person) -> str:
        color = STATUS_COLORS.get(person.status, "#9e9e9e")
        facts = [f'<span style="color:{color}">●</span> {escape(status_label(person.status))}']
        if person.birth_date:
            facts.append(self.tr("born {date}").format(date=escape(format_partial(
                person.birth_date.iso()))))
        if person.gender not in ("", "unknown"):
            facts.append(escape(enum_label(enums.Gender, person.gender)))
        if person.citizenship:
            facts.append(self.tr("citizen of {country}").format(country=escape(person.citizenship)))
        return f"<h1>{escape(person.display_name)}</h1><p>{' · '.join(facts)}</p>"

    def _names(self, aliases: Sequence[object]) -> str:
        rows = [[escape(a.text), self.muted_text(" · ".join(
                    filter(None, (self._script(a.script), enum_label(enums.NameKind, a.kind)))))]
                for a in aliases if isinstance(a, records.PersonName)]
        return section(self.tr("Names"), table(rows)) if rows else ""

    def _cases(self, cases: Sequence[CaseView]) -> str:
        blocks = [self._case(case) for case in cases]
        return section(self.tr("Cases"), "".join(blocks)) if blocks else ""

    def _case(self, case: CaseView) -> str:
        number = case.case_number or self.tr("(no number)")
        title = f"<b>{escape(number)}</b>"
        if case.title:
            title += f" — {escape(case.title)}"
        roles = " · ".join((enum_label(enums.PartyRole, case.role),
                            enum_label(enums.CaseStatus, case.status)))
        charges = [self._charge(c.article, c.part, c.title, c.wording) for c in case.charges]
        listing = f"<ul>{''.join(charges)}</ul>" if charges else ""
        return f"<p>{title} {self.muted_text(roles)}</p>{listing}"

    def _charge(self, article: str, part: str, title: str, wording: str) -> str:
        if part:
            ref = self.tr("Art. {article} part {part}").format(article=article, part=part)
        else:
            ref = self.tr("Art. {article}").format(article=article)
        text = escape(ref) + (f" — {escape(title)}" if title else "")
        if wording:
            text += f"<br>{self.muted_text('“' + wording + '”')}"
        return f"<li>{text}</li>"

    def _detentions(self, details: PersonDetails) -> str:
        header = [self.tr("Facility"), self.tr("Kind"), self.tr("From"), self.tr("Until"),
                  self.tr("Days held")]
        rows = [[escape(d.facility), escape(enum_label(enums.DetentionKind, d.kind)),
                 unbroken(format_partial(d.start)),
                 unbroken(format_partial(d.end)) if d.end else escape(self.tr("now")),
                 "" if d.days is None else str(d.days)] for d in details.detentions]
        return section(self.tr("Detentions"), table(rows, header)) if rows else ""

    def _sentences(self, details: PersonDetails) -> str:
        blocks = [self._sentence(sentence) for sentence in details.sentences]
        return section(self.tr("Sentences"), "".join(blocks)) if blocks else ""

    def _sentence(self, sentence: SentenceView) -> str:
        """A paragraph rather than a table row: six columns do not fit a narrow pane."""
        headline = " ".join(filter(None, (sentence.term,
                                          enum_label(enums.SentenceKind, sentence.kind))))
        day = format_date(sentence.date).replace(" ", "\u00a0")
        facts = [fact for fact in (sentence.court, day) if fact]
        if sentence.credited_days:
            facts.append(self.tr("pre-trial days credited: {days}").format(
                days=sentence.credited_days))
        text = f"<b>{escape(headline)}</b> {self.muted_text(' · '.join(facts))}"
        if sentence.expected_release:
            text += "<br>{} <b>{}</b>".format(escape(self.tr("Expected release:")),
                                              escape(format_date(sentence.expected_release)))
        if sentence.note:
            text += "<br>" + self.muted_text(sentence.note).replace("\n", "<br>")
        return f"<p>{text}</p>"

    def _actions(self, details: PersonDetails) -> str:
        header = [self.tr("Date"), self.tr("Kind"), self.tr("Action"), self.tr("Status")]
        rows = [[unbroken(format_partial(a.date)), escape(enum_label(enums.ActionKind, a.kind)),
                 escape(a.title), escape(enum_label(enums.ActionStatus, a.status))]
                for a in details.actions]
        return section(self.tr("Campaign actions"), table(rows, header)) if rows else ""

    def _events(self, details: PersonDetails) -> str:
        """What sources report about the person that is no record of its own."""
        header = [self.tr("Date"), self.tr("Event"), self.tr("Source")]
        rows = [[unbroken(format_partial(e.date)), escape(e.title), self.muted_text(e.source)]
                for e in details.events]
        return section(self.tr("Reported in sources"), table(rows, header)) if rows else ""

    # -- pieces

    def _script(self, script: str) -> str:
        names = {"cyrillic": self.tr("Cyrillic"), "latin": self.tr("Latin"),
                 "mixed": self.tr("mixed scripts")}
        return names.get(script, "")
