# SPDX-License-Identifier: GPL-3.0-or-later
"""A letter as plain data (whom it is to, its text) and the placeholders templates use.

Templates are text with ``{placeholders}``. ``fill`` replaces each known one and refuses
an unknown one by name, so a volunteer's typo ("{persn}") is reported, never printed.
The letter's text is what the volunteer may still edit before it is printed or sent;
``Letter.plain_text`` is the e-mail form, reports/letter.py the printed one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from caseapp.domain.errors import Invalid
from caseapp.i18n import N_, _

#: What a template may contain, each with what it stands for (shown to volunteers).
PLACEHOLDERS: dict[str, str] = {
    "person": N_("the person's name, in the letter's language and script"),
    "articles": N_("the articles charged, with their titles"),
    "facility": N_("where the person is held now"),
    "detained_since": N_("since when the person is held"),
    "case_number": N_("the case number"),
    "court": N_("the court of the latest hearing or sentence"),
    "date": N_("the date of the letter"),
    "organisation": N_("the group's name (Settings)"),
}
#: Addressees every casebook has; an addressee book entry is named by its own name.
BUILT_IN_TARGETS: dict[str, str] = {
    "facility": N_("Head of the facility where the person is held"),
    "prosecutor-general": N_("Prosecutor General"),
    "ombudsman": N_("Commissioner for Human Rights (Ombudsman)"),
    "court": N_("Court of the latest hearing"),
    "un-wgad": N_("UN Working Group on Arbitrary Detention"),
    "un-hrd": N_("UN Special Rapporteur on human rights defenders"),
    "detainee": N_("The detainee, at the facility"),
}
_PLACEHOLDER = re.compile(r"\{([^{}\n]*)\}")


def placeholders_in(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)


def check_template(text: str, part: str) -> None:
    """Invalid naming the first unknown placeholder in ``text``; ``part`` is "subject" or
    "body" (the field the message belongs to)."""
    where = _("subject") if part == "subject" else _("body")
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            raise Invalid(_("The {where} has an unknown placeholder “{{{name}}}”; known ones: "
                            "{known}").format(where=where, name=name,
                                              known=", ".join(f"{{{k}}}" for k in PLACEHOLDERS)),
                          field=part)


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every known placeholder replaced (a missing value by "")."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


@dataclass(frozen=True)
class Recipient:
    """Whom a letter goes to: the address block's lines, e-mail and how to greet them.

    ``label`` is a short name for the campaign action ("Prosecutor General").
    """

    label: str
    lines: tuple[str, ...]
    email: str = ""
    salutation: str = ""


@dataclass(frozen=True)
class Letter:
    """One letter, ready to print or send; ``text`` runs from the salutation to the
    sources, ``gaps`` names the placeholders the records could not fill."""

    kind: str
    language: str
    target: str
    recipient: Recipient
    dated: str
    subject: str
    text: str
    gaps: tuple[str, ...] = ()

    def edited(self, *, subject: str, text: str) -> Letter:
        """The same letter with the volunteer's changes to its subject and text."""
        return replace(self, subject=subject.strip(), text=text.strip())

    def plain_text(self) -> str:
        """The letter for an e-mail: address block, date, subject, text."""
        head = "\n".join(self.recipient.lines)
        return f"{head}\n\n{self.dated}\n\n{self.subject}\n\n{self.text}\n"
