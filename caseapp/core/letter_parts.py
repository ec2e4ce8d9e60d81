# SPDX-License-Identifier: GPL-3.0-or-later
"""The pieces of a letter taken from a person's records and the shipped letter data.

core/data/letters.json ships, per language, the templates of each kind, the built-in
addressees (Prosecutor General, Ombudsman, UN procedures) and the words a letter is
assembled with (how an article is cited, the closing, the facility head's title).
``facts`` turns a person's records into the placeholders' values in one language;
``recipient`` builds the address block of an addressee.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from caseapp.domain import records
from caseapp.domain.errors import Invalid
from caseapp.domain.letters import Recipient
from caseapp.i18n import _
from caseapp.reports import data as rd
from caseapp.reports.labels import NBSP, Labels
from caseapp.store.reports import PersonBundle

LETTERS_FILE = Path(__file__).with_name("data") / "letters.json"


@lru_cache(maxsize=1)
def shipped() -> dict[str, Any]:
    """The shipped letter data (read once per process)."""
    return json.loads(LETTERS_FILE.read_text("utf-8"))


def words(language: str) -> dict[str, Any]:
    return shipped()["formats"][language]


def shipped_template(kind: str, language: str) -> tuple[str, str]:
    """(subject, body) of a shipped template."""
    found = shipped()["templates"][kind][language]
    return found["subject"], found["body"]


def default_language(target: str) -> str:
    """The language a built-in addressee is written to unless the volunteer says otherwise."""
    return shipped()["addressees"].get(target, {}).get("language", "ru")


@dataclass
class Facts:
    """The values of the placeholders in one language, and the facility and court."""

    values: dict[str, str] = field(default_factory=dict)
    facility: records.Facility | None = None
    sources: tuple[str, ...] = ()


def facts(found: PersonBundle, *, language: str, case_id: int | None, today: date,
          organisation: str) -> Facts:
    labels = Labels(language)
    held = _held_now(found)
    case = _case(found, case_id)
    result = Facts(facility=held[1] if held else None, sources=_sources(found, labels))
    result.values = {
        "person": rd.PersonRef(found.person.display_name, _aliases(found)).name_in(language),
        "articles": _articles(found, case, language),
        "facility": held[1].name if held and held[1] else "",
        "detained_since": _plain(labels.partial(held[0].start)) if held else "",
        "case_number": case.case_number if case else "",
        "court": _court(found, case),
        "date": _plain(labels.day(today)),
        "organisation": organisation,
    }
    return result


def _aliases(found: PersonBundle) -> tuple[rd.Alias, ...]:
    return tuple(rd.Alias(a.text, a.script, a.language, a.kind) for a in found.aliases)


def _plain(text: str) -> str:
    """Report dates bind their words with no-break spaces; a letter's text is edited."""
    return text.replace(NBSP, " ")


def _held_now(found: PersonBundle) -> tuple[records.Detention, records.Facility | None] | None:
    """The newest detention without an end (where the person is held now)."""
    open_ones = [(d, f) for d, f in found.detentions if d.end is None]
    return open_ones[-1] if open_ones else None


def _case(found: PersonBundle, case_id: int | None) -> records.Case | None:
    if case_id is not None:
        chosen = next((c for c in found.cases if c.id == case_id), None)
        if chosen is None:
            raise Invalid(_("The person is not a party to that case"), field="case")
        return chosen
    return found.cases[-1] if found.cases else None


def _articles(found: PersonBundle, case: records.Case | None, language: str) -> str:
    said = words(language)
    cited = [_article(charge, article, said, language) for charge, article in found.charges
             if article is not None and (case is None or charge.case_id == case.id)]
    return "; ".join(dict.fromkeys(cited))


def _article(charge: records.Charge, article: records.CodeArticle, said: dict[str, Any],
             language: str) -> str:
    part = charge.part or article.part
    pattern = said["article_part"] if part else said["article"]
    code = said["codes"].get(f"{article.country} {article.code}", "")
    text = pattern.format(article=article.article, part=part, code=code,
                          title=article.title(language))
    return " ".join(text.split())


def _court(found: PersonBundle, case: records.Case | None) -> str:
    courts = [h.court for h in found.hearings if h.court and (case is None or h.case_id == case.id)]
    courts += [s.court for s in found.sentences if s.court]
    return courts[-1] if courts else ""


def _sources(found: PersonBundle, labels: Labels) -> tuple[str, ...]:
    return tuple(_source_line(source, labels) for _pk, source in sorted(found.sources.items()))


def _source_line(source: records.Source, labels: Labels) -> str:
    parts = [source.title, source.publisher, _plain(labels.partial(source.published)),
             source.url]
    return ", ".join(p for p in parts if p)


def recipient(target: str, entry: records.Addressee | None, found: Facts,
              language: str) -> Recipient:
    """The address block of a built-in addressee (``target``) or an addressee book entry."""
    if entry is not None:
        return _book_recipient(entry)
    said = words(language)
    if target in ("facility", "detainee"):
        return _at_facility(target, found, said)
    if target == "court":
        return _court_recipient(found, said)
    shipped_one = shipped()["addressees"][target]
    spelled = shipped_one.get(language) or shipped_one["en"]
    title_lines = tuple(spelled["title"].split("\n"))
    return Recipient(title_lines[0], title_lines + (spelled["address"],), spelled["email"],
                     spelled["salutation"])


def _book_recipient(entry: records.Addressee) -> Recipient:
    lines = tuple(line for line in (entry.title, entry.name, *entry.postal_address.split("\n"))
                  if line.strip())
    return Recipient(entry.name, lines, entry.email, entry.salutation)


def _at_facility(target: str, found: Facts, said: dict[str, Any]) -> Recipient:
    facility = found.facility
    person = found.values["person"]
    if facility is None:
        raise Invalid(_("{person} is not held anywhere according to the records (no open "
                        "detention with a facility); choose another addressee")
                      .format(person=person), field="to")
    address = tuple(line for line in facility.postal_address.split("\n") if line.strip())
    address = address or tuple(p for p in (facility.city,) if p)
    if target == "detainee":
        salutation = said["detainee_salutation"].format(person=person)
        return Recipient(person, (person, facility.name, *address), "", salutation)
    head = said["facility_to"].format(facility=facility.name)
    return Recipient(head, (head, *address), "", said["facility_salutation"])


def _court_recipient(found: Facts, said: dict[str, Any]) -> Recipient:
    court = found.values["court"]
    if not court:
        raise Invalid(_("No hearing or sentence of the person names a court; choose another "
                        "addressee"), field="to")
    head = said["court_to"].format(court=court)
    return Recipient(head, (head,), "", said["court_salutation"])
