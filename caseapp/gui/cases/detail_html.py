# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders one case's details as simple rich text for the read-only pane.

Every value a volunteer typed or an article supplied goes through ``html.escape``
before it reaches the document; only our own markup is trusted. Party names link to
the person (``open:person/<id>``), which the pane opens on the Persons page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from caseapp.domain import enums, records
from caseapp.domain.views import CaseDetails, ChargeLine
from caseapp.i18n import _

from caseapp.gui.common.formatting import format_partial
from caseapp.gui.custody.detail_base import (
    DetailRenderer,
    enum_label,
    record_link,
    section,
    table,
)


class CaseRenderer(DetailRenderer):
    """Builds the pane's HTML from a case's details and its tags."""

    def render(self, details: CaseDetails, tags: Sequence[str]) -> str:
        case = details.case
        assert isinstance(case, records.Case)
        parts = [self._heading(case), self._parties(details), self._charges(details.charges),
                 self._pace(case), self.hearings(details.hearings), self.tags(tags),
                 self.notes(case.notes)]
        return "".join(part for part in parts if part)

    # -- sections

    def _heading(self, case: records.Case) -> str:
        title = escape(case.case_number or self.tr("(no number)"))
        if case.title:
            title += f" — {escape(case.title)}"
        facts = [escape(enum_label(enums.CaseStatus, case.status))]
        if case.opened:
            facts.append(self.tr("opened {date}").format(
                date=escape(format_partial(case.opened.iso()))))
        if case.jurisdiction:
            facts.append(escape(case.jurisdiction))
        return f"<h1>{title}</h1><p>{' · '.join(facts)}</p>"

    def _parties(self, details: CaseDetails) -> str:
        rows = [[record_link("person", p.person_id, p.name),
                 self.muted_text(enum_label(enums.PartyRole, p.role))] for p in details.parties]
        return section(self.tr("Parties"), table(rows)) if rows else ""

    def _charges(self, charges: Sequence[ChargeLine]) -> str:
        items = [self._charge(charge) for charge in charges]
        return section(self.tr("Charges"), f"<ul>{''.join(items)}</ul>") if items else ""

    def _charge(self, charge: ChargeLine) -> str:
        reference = self.tr("Art. {article}").format(article=charge.article or "?")
        text = f"{escape(charge.person)} — {escape(reference)}"
        if charge.title:
            text += f" — {escape(charge.title)}"
        if charge.wording:
            text += f"<br>{self.muted_text('“' + charge.wording + '”')}"
        return f"<li>{text}</li>"

    def _pace(self, case: records.Case) -> str:
        met = [_(label) for name, label in enums.PACE_CRITERIA if getattr(case, name)]
        if not met and not case.pace_note.strip():
            return ""
        body = "".join(f"<li>{escape(label)}</li>" for label in met)
        listing = f"<ul>{body}</ul>" if met else self.muted_text(self.tr("No criterion marked"))
        note = f"<p>{escape(case.pace_note.strip())}</p>" if case.pace_note.strip() else ""
        return section(self.tr("PACE Resolution 1900 criteria met"), listing + note)
