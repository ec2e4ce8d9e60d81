# SPDX-License-Identifier: GPL-3.0-or-later
"""A compact card about one candidate, so the volunteer can tell whether it is the same person.

It shows what helps decide a link: the status, the other names the person is known
by, the cases and charges, the last detention. Every value from the database goes
through ``html.escape``; only the card's own markup is trusted.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from caseapp.domain import enums, records
from caseapp.domain.views import CaseView, PersonDetails

from caseapp.gui.articles.labels import REASONS, label
from caseapp.gui.common.formatting import format_partial
from caseapp.gui.persons.status_style import STATUS_COLORS, status_label

STYLE = "h3 { margin: 0 0 2px 0; } p { margin: 3px 0; } ul { margin: 0 0 0 16px; }"


def _enum_label(enum: type[enums.Labelled], value: str) -> str:
    try:
        return enum(value).label()
    except ValueError:
        return value


class CandidateCard(QObject):
    """Builds the card's HTML; ``muted`` is the colour for secondary text."""

    def __init__(self, muted: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._muted = muted

    def render(self, details: PersonDetails, candidate: object) -> str:
        person = details.person
        assert isinstance(person, records.Person)
        parts = [self._heading(person, candidate), self._names(person, details.aliases),
                 self._cases(details.cases), self._custody(details)]
        return f"<style>{STYLE}</style>" + "".join(part for part in parts if part)

    def placeholder(self, text: str) -> str:
        return f'<p style="color:{self._muted}">{escape(text)}</p>'

    def _heading(self, person: records.Person, candidate: object) -> str:
        color = STATUS_COLORS.get(person.status, "#9e9e9e")
        facts = [f'<span style="color:{color}">●</span> {escape(status_label(person.status))}']
        if person.birth_date:
            facts.append(escape(self.tr("born {date}").format(
                date=format_partial(person.birth_date.iso()))))
        match = self.tr("match {score} of 100: {reason}").format(
            score=round(getattr(candidate, "score", 0)),
            reason=label(REASONS, getattr(candidate, "reason", "")))
        return (f"<h3>{escape(person.display_name)}</h3><p>{' · '.join(facts)}</p>"
                f"<p>{self._muted_text(match)}</p>")

    def _names(self, person: records.Person, aliases: tuple[object, ...]) -> str:
        others = [a.text for a in aliases
                  if isinstance(a, records.PersonName) and a.text != person.display_name]
        if not others:
            none = self.tr("No other names recorded")
            return f"<p>{self._muted_text(none)}</p>"
        return "<p><b>{}</b> {}</p>".format(escape(self.tr("Also known as:")),
                                             escape(", ".join(others)))

    def _cases(self, cases: tuple[CaseView, ...]) -> str:
        if not cases:
            none = self.tr("No cases recorded")
            return f"<p>{self._muted_text(none)}</p>"
        items = "".join(f"<li>{self._case(case)}</li>" for case in cases)
        label = self.tr("Cases:")
        return f"<p><b>{escape(label)}</b></p><ul>{items}</ul>"

    def _case(self, case: CaseView) -> str:
        title = " — ".join(filter(None, (case.case_number, case.title)))
        articles = ", ".join(self.tr("Art. {article}").format(article=c.article)
                             for c in case.charges if c.article)
        facts = " · ".join(filter(None, (_enum_label(enums.PartyRole, case.role),
                                         _enum_label(enums.CaseStatus, case.status), articles)))
        title = title or self.tr("(no number)")
        return f"{escape(title)}<br>{self._muted_text(facts)}"

    def _custody(self, details: PersonDetails) -> str:
        if not details.detentions:
            return ""
        last = details.detentions[-1]
        text = self.tr("{facility}, since {start}").format(
            facility=last.facility or _enum_label(enums.DetentionKind, last.kind),
            start=format_partial(last.start) or "?")
        if last.end:
            text = self.tr("{facility}, {start} – {end}").format(
                facility=last.facility or _enum_label(enums.DetentionKind, last.kind),
                start=format_partial(last.start) or "?", end=format_partial(last.end))
        return "<p><b>{}</b> {}</p>".format(escape(self.tr("Last detention:")), escape(text))

    def _muted_text(self, text: str) -> str:
        return f'<span style="color:{self._muted}">{escape(text)}</span>'
