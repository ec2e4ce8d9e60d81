# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders one case's details as simple rich text for the read-only pane.

Every value a volunteer typed or an article supplied goes through ``html.escape``
before it reaches the document; only our own markup is trusted. Party names link to
the person ("person:<id>"), which the pane opens on the Persons page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QObject

from caseapp.domain import enums, records
from caseapp.domain.views import CaseDetails, ChargeLine, HearingRow
from caseapp.i18n import _

from caseapp.gui.common.formatting import format_date, format_partial, format_time
from caseapp.gui.persons.detail_html import STYLE, label_of

__all__ = ["STYLE", "CaseRenderer", "PERSON_LINK"]

PERSON_LINK = "person:"


class CaseRenderer(QObject):
    """Builds the pane's HTML; ``muted`` is the colour for secondary text."""

    def __init__(self, muted: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._muted = muted

    def render(self, details: CaseDetails, tags: Sequence[str]) -> str:
        case = details.case
        assert isinstance(case, records.Case)
        parts = [self._heading(case), self._parties(details), self._charges(details.charges),
                 self._pace(case), self._hearings(details.hearings), self._tags(tags),
                 self._notes(case)]
        return "".join(part for part in parts if part)

    # -- sections

    def _heading(self, case: records.Case) -> str:
        title = escape(case.case_number or self.tr("(no number)"))
        if case.title:
            title += f" — {escape(case.title)}"
        facts = [escape(label_of(enums.CaseStatus, case.status))]
        if case.opened:
            facts.append(self.tr("opened {date}").format(
                date=escape(format_partial(case.opened.iso()))))
        if case.jurisdiction:
            facts.append(escape(case.jurisdiction))
        return f"<h1>{title}</h1><p>{' · '.join(facts)}</p>"

    def _parties(self, details: CaseDetails) -> str:
        rows = [[f'<a href="{PERSON_LINK}{p.person_id}">{escape(p.name)}</a>',
                 self._muted_text(label_of(enums.PartyRole, p.role))] for p in details.parties]
        return self._section(self.tr("Parties"), _table(rows)) if rows else ""

    def _charges(self, charges: Sequence[ChargeLine]) -> str:
        items = [self._charge(charge) for charge in charges]
        return self._section(self.tr("Charges"), f"<ul>{''.join(items)}</ul>") if items else ""

    def _charge(self, charge: ChargeLine) -> str:
        reference = self.tr("Art. {article}").format(article=charge.article or "?")
        text = f"{escape(charge.person)} — {escape(reference)}"
        if charge.title:
            text += f" — {escape(charge.title)}"
        if charge.wording:
            text += f"<br>{self._muted_text('“' + charge.wording + '”')}"
        return f"<li>{text}</li>"

    def _pace(self, case: records.Case) -> str:
        met = [_(label) for name, label in enums.PACE_CRITERIA if getattr(case, name)]
        if not met and not case.pace_note.strip():
            return ""
        body = "".join(f"<li>{escape(label)}</li>" for label in met)
        listing = f"<ul>{body}</ul>" if met else self._muted_text(self.tr("No criterion marked"))
        note = f"<p>{escape(case.pace_note.strip())}</p>" if case.pace_note.strip() else ""
        return self._section(self.tr("PACE Resolution 1900 criteria met"), listing + note)

    def _hearings(self, hearings: Sequence[HearingRow]) -> str:
        header = [self.tr("Date"), self.tr("Court"), self.tr("Kind"), self.tr("Outcome")]
        rows = [[_unbroken(format_date(h.date)) + " " + _unbroken(format_time(h.time)),
                 escape(h.court), escape(label_of(enums.HearingKind, h.kind)),
                 escape(h.outcome) or self._muted_text(self.tr("not recorded"))]
                for h in hearings]
        return self._section(self.tr("Hearings"), _table(rows, header)) if rows else ""

    def _tags(self, tags: Sequence[str]) -> str:
        if not tags:
            return ""
        return self._section(self.tr("Tags"), f"<p>{escape(', '.join(tags))}</p>")

    def _notes(self, case: records.Case) -> str:
        if not case.notes.strip():
            return ""
        body = escape(case.notes.strip()).replace("\n", "<br>")
        return self._section(self.tr("Notes"), f"<p>{body}</p>")

    # -- pieces

    def _section(self, title: str, body: str) -> str:
        return f"<h2>{escape(title)}</h2>{body}"

    def _muted_text(self, text: str) -> str:
        return f'<span style="color:{self._muted}">{escape(text)}</span>'


def _unbroken(text: str) -> str:
    return escape(text).replace(" ", "&nbsp;")


def _table(rows: Iterable[Sequence[str]], header: Sequence[str] = ()) -> str:
    """Cells are already escaped (or our own markup); header texts are escaped here."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f'<table cellspacing="0">{f"<tr>{head}</tr>" if head else ""}{body}</table>'
