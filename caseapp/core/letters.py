# SPDX-License-Identifier: GPL-3.0-or-later
"""Urgent Action letters: compose one from a person's records, print it, log it.

``compose`` gathers the person's file (store.reports.bundle), picks the addressee (a
built-in one or an addressee book entry), fills the template of the chosen kind in the
letter's language and returns a domain Letter; nothing is written. ``log`` records the
letter as a campaign action (status "sent", a follow-up date, the text sent) in one
undoable step; ``write_pdf`` hands the letter to reports/letter.py, ``write_text``
writes the e-mail form. Templates are the shipped ones unless volunteers edited them.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from caseapp.core import commands, letter_parts
from caseapp.core.manager import Manager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.enums import LetterKind, LetterLanguage
from caseapp.domain.letters import BUILT_IN_TARGETS, Letter, check_template, fill, placeholders_in
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import N_, _, translation
from caseapp.store import letters as letter_store
from caseapp.store import reports as report_store

#: Days after sending when a letter's follow-up falls due (a reply or a reminder).
FOLLOW_UP_DAYS = 30


class TemplateText(NamedTuple):
    subject: str
    body: str
    edited: bool  #: the volunteers' copy, not the shipped text


class Letters(Manager):
    """Reads: targets, template, compose; commands: log, save_template, reset_template."""

    def targets(self) -> list[tuple[str, str]]:
        """(what ``compose`` takes as ``to``, label): built-in addressees, then the book."""
        built_in = [(key, _(label)) for key, label in BUILT_IN_TARGETS.items()]
        book = [(entry.name, " — ".join(p for p in (entry.name, entry.title) if p))
                for entry in letter_store.addressees()]
        return built_in + book

    def language_for(self, to: str) -> str:
        """The language ``to`` is written to unless the volunteer chooses another."""
        if to in BUILT_IN_TARGETS:
            return letter_parts.default_language(to)
        return self._entry(to).language

    def template(self, kind: str, language: str) -> TemplateText:
        kind, language = _kind(kind), _language(language)
        stored = letter_store.edited_template(kind, language)
        if stored is not None:
            return TemplateText(stored.subject, stored.body, True)
        return TemplateText(*letter_parts.shipped_template(kind, language), False)

    def save_template(self, *, kind: str, language: str, subject: str, body: str) -> Changes:
        """Keep the volunteers' copy of one template (the shipped text stays as it is)."""
        kind, language = _kind(kind), _language(language)
        check_template(subject, "subject")
        check_template(body, "body")
        values = {"subject": subject.strip(), "body": body.strip()}
        stored = letter_store.edited_template(kind, language)
        if stored is not None:
            return commands.edit(self.book, records.LetterTemplate, stored.pk, values,
                                 _("Edit Letter Template"))[1]
        template = records.LetterTemplate(kind=kind, language=language,
                                          subject=values["subject"], body=values["body"])
        return commands.add(self.book, template, _("Edit Letter Template"))[1]

    def reset_template(self, *, kind: str, language: str) -> Changes:
        """Go back to the shipped text (the edited copy is removed; Undo brings it back)."""
        stored = letter_store.edited_template(_kind(kind), _language(language))
        if stored is None:
            return Changes()
        return commands.run(self.book, _("Reset Letter Template"),
                            lambda journal: journal.set_raw("letter_template", stored.pk,
                                                            None))[1]

    def compose(self, person_id: int, *, to: str, kind: str, language: str | None = None,
                case_id: int | None = None, organisation: str = "",
                today: date | None = None) -> Letter:
        """The letter of ``kind`` about the person to ``to`` (a built-in target or an
        addressee book entry), in ``language`` (default: the addressee's)."""
        kind = _kind(kind)
        entry = None if to in BUILT_IN_TARGETS else self._entry(to)
        chosen = _language(language or self.language_for(to))
        found = letter_parts.facts(report_store.bundle(person_id), language=chosen,
                                   case_id=case_id, today=today or date.today(),
                                   organisation=organisation)
        recipient = letter_parts.recipient(to, entry, found, chosen)
        subject, body = self.template(kind, chosen)[:2]
        gaps = tuple(dict.fromkeys(name for name in placeholders_in(subject + body)
                                   if not found.values.get(name)))
        values = _with_gaps(found.values, chosen)
        text = _text(kind, recipient.salutation, fill(body, values), found, chosen)
        return Letter(kind, chosen, to if entry is None else entry.name, recipient,
                      found.values["date"], fill(subject, values), text, gaps)

    def log(self, letter: Letter, *, person_id: int, case_id: int | None = None,
            today: date | None = None) -> tuple[records.Action, Changes]:
        """Record a letter as sent: a campaign action for the person (and case), with the
        text sent and a follow-up date FOLLOW_UP_DAYS later, as one undoable step."""
        day = today or date.today()
        action = records.Action(
            kind="un_osce_appeal" if letter.target.startswith("un-") else "letter",
            title=_in(letter.language, N_("{subject} (to {addressee})")).format(
                subject=letter.subject, addressee=letter.recipient.label),
            date=PartialDate.from_date(day), status="sent", responsible=self.book.operator,
            follow_up_on=day + timedelta(days=FOLLOW_UP_DAYS), letter_text=letter.plain_text())
        cases = (case_id,) if case_id is not None else ()
        return commands.run(self.book, _("Log Letter"), lambda journal: self.book.actions.insert(
            journal, action, (person_id,), cases))

    def write_pdf(self, letter: Letter, out: Path, *, organisation: str = "",
                  today: date | None = None) -> Path:
        from caseapp.reports import letter as letter_report  # reportlab loads on first use

        letter_report.build(letter, Path(out), organisation=organisation,
                            generated_on=today or date.today())
        return Path(out)

    def write_text(self, letter: Letter, out: Path) -> Path:
        Path(out).write_text(letter.plain_text(), "utf-8")
        return Path(out)

    def _entry(self, name: str) -> records.Addressee:
        return self.book.get(records.Addressee, self.book.addressees.resolve(name))


def _kind(kind: str) -> str:
    return LetterKind.parse(kind).value


def _language(language: str) -> str:
    return LetterLanguage.parse(language).value


def _with_gaps(values: dict[str, str], language: str) -> dict[str, str]:
    """Empty values shown as a visible gap ("[not recorded]") for the volunteer to fill."""
    gap = letter_parts.words(language)["gap"]
    return {name: value or gap for name, value in values.items()}


def _text(kind: str, salutation: str, body: str, found: letter_parts.Facts,
          language: str) -> str:
    """Salutation, body, closing and signature, then the sources the group relies on."""
    said = letter_parts.words(language)
    closing = said["detainee_closing" if kind == "support" else "closing"]
    signature = "\n".join(p for p in (closing, found.values["organisation"]) if p)
    parts = [salutation, body, signature]
    if found.sources and kind != "support":
        listed = "\n".join(f"{n}. {line}" for n, line in enumerate(found.sources, 1))
        parts.append(f"{said['sources']}\n{listed}")
    return "\n\n".join(p for p in parts if p)


def _in(language: str, message: str) -> str:
    """``message`` in the letter's language: the action's title wraps the letter's own
    subject and addressee, so it reads in one language whatever the interface's is."""
    return translation(language).gettext(message)
