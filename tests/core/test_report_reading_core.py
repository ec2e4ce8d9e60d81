# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 11: the dossier of an imported person reads right in the report's language.

English articles are imported into a Casebook as a volunteer would (draft, auto-link,
apply); their persons' dossiers are printed in Kazakh and Russian and read back. No
English the application generates may appear: every English message the reports and
the records they print can say (the report catalog, enum labels, case titles) is looked
for, once the text the articles themselves brought in (names, courts, titles, notes) is
taken out of the page.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader

from caseapp.core.case_stage import case_stage
from caseapp.core.case_titles import in_language
from caseapp.domain import records
from caseapp.i18n_build import po_path
from caseapp.store import reports as report_store

DATA = Path(__file__).resolve().parents[1] / "importer" / "data"
TODAY = date(2026, 1, 1)
ARTICLES = ("903_en", "911_en", "924_en")


def _import(book, stem: str) -> None:
    path = DATA / f"{stem}.txt"
    published = date.fromisoformat(json.loads(path.with_suffix(".json").read_text("utf-8"))
                                   ["published"])
    draft = book.articles.draft(path.read_text("utf-8"), published=published)
    book.articles.auto_link(draft, {})
    book.articles.apply(draft)


def _text(path: Path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def generated_english() -> list[str]:
    """The English phrases caseapp itself may print in a report: each report message
    and enum label cut at its placeholders, the pieces of two words or more, or of one
    word of five letters or more (shorter ones are names' and courts' words too)."""
    catalog = read_po(po_path("kk").open("rb"))
    pieces: set[str] = set()
    for message in catalog:
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        if not msgid or not _printed_by_reports(message.context, message.locations):
            continue
        for piece in re.split(r"\{[^}]*\}", msgid):
            piece = piece.strip(" .,:;—()·")
            if len(piece.split()) >= 2 or len(piece) >= 5:
                pieces.add(piece)
    return sorted(pieces)


def _printed_by_reports(context: str | None, locations: list) -> bool:
    files = {path for path, _line in locations}
    return bool(context and context.startswith("report")) or any(
        path.endswith(("domain/enums.py", "core/case_titles.py")) for path in files)


def _without_imported_text(book, text: str, person_id: int) -> str:
    """The page text less every string the import stored (it is the article's, not ours)."""
    with book.bound():
        found = report_store.bundle(person_id)
    for value in sorted((v for v in _stored_strings(found) if v), key=len, reverse=True):
        text = text.replace(re.sub(r"\s+", " ", value.strip()), " ")
    return text


def _stored_strings(found: report_store.PersonBundle) -> list[str]:
    return [found.person.display_name, found.person.notes, found.person.citizenship,
              *(a.text for a in found.aliases), *(s.title for s in found.sources.values()),
              *(s.publisher for s in found.sources.values()),
              *(c.case_number for c in found.cases), *(c.wording for c, _a in found.charges),
              *(h.court for h in found.hearings), *(h.outcome for h in found.hearings),
              *(s.court for s in found.sentences), *(s.note for s in found.sentences),
              *(f.name for _d, f in found.detentions if f),
              *(f.city for _d, f in found.detentions if f),
              *(p.display_name for parties in found.parties.values() for _r, p, _a in parties)]


@pytest.fixture
def imported(book):
    for stem in ARTICLES:
        _import(book, stem)
    return book


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_dossier_of_an_imported_person_has_no_generated_english(imported, tmp_path, language):
    english = generated_english()
    assert "Case of" in english and "Person dossier" in english and "investigation" in english
    persons = (imported.reports.persons_with_status("sentenced")
               + imported.reports.persons_with_status("detained"))
    assert len(persons) >= 3
    for person_id in persons:
        out = tmp_path / f"{person_id}-{language}.pdf"
        options = imported.reports.options(language=language, generated_on=TODAY)
        imported.reports.dossier(person_id, out, options)
        page = _without_imported_text(imported, _text(out), person_id)
        found = [p for p in english if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", page)]
        assert not found, (person_id, found, page)


def test_a_sentenced_persons_case_is_not_under_investigation(imported, tmp_path):
    poet = imported.persons.resolve("Aidos Sadykov")
    out = tmp_path / "kk.pdf"
    imported.reports.dossier(poet, out, imported.reports.options(language="kk",
                                                                  generated_on=TODAY))
    text = _text(out)
    assert "Aidos Sadykov ісі" in text and "Case of" not in text
    assert "Сатысы: үкім шығарылды" in text and "тергеу" not in text  # sentenced


def test_a_case_title_caseapp_made_is_said_in_the_reports_language():
    names = {"Rakhat Zhumabayev": "Рахат Жұмабаев"}.get
    assert in_language("Case of Rakhat Zhumabayev", "kk", lambda n: names(n, n)) \
        == "Рахат Жұмабаев ісі"
    assert in_language("Case of Rakhat Zhumabayev and 1 other", "ru", lambda n: n) \
        == "Дело: Rakhat Zhumabayev и ещё 1"
    assert in_language("Рахат Жұмабаев және тағы 5 адамның ісі", "en", lambda n: n) \
        == "Case of Рахат Жұмабаев and 5 others"
    assert in_language("Pickets of 2019", "kk", lambda n: n) == "Pickets of 2019"


def test_a_case_stage_follows_its_latest_past_event():
    case = records.Case(id=7, status="investigation")
    hearing = records.Hearing(case_id=7, date=date(2025, 5, 1), kind="trial")
    appeal = records.Hearing(case_id=7, date=date(2025, 9, 1), kind="appeal")
    later = records.Hearing(case_id=7, date=date(2027, 1, 1), kind="appeal")
    verdict = records.Sentence(case_id=7, date=date(2025, 6, 1))
    assert case_stage(case, [], [], TODAY) == "investigation"
    assert case_stage(case, [hearing, later], [], TODAY) == "trial"
    assert case_stage(case, [hearing], [verdict], TODAY) == "sentenced"
    assert case_stage(case, [hearing, appeal], [verdict], TODAY) == "appeal"
    closed = records.Case(id=7, status="closed")
    assert case_stage(closed, [hearing], [verdict], TODAY) == "closed"
    other = records.Sentence(case_id=8, date=date(2025, 6, 1))
    assert case_stage(case, [], [other], TODAY) == "investigation"


def test_a_brief_by_status_names_it_in_the_reports_language(demo_book, demo_today, tmp_path):
    ids = demo_book.reports.persons_with_status("detained")
    out = tmp_path / "brief.pdf"
    demo_book.reports.brief(ids, out, demo_book.reports.options(language="kk",
                                                                generated_on=demo_today),
                            status="detained")
    cover = PdfReader(str(out)).pages[0].extract_text()
    assert "Мәртебесі: қамауда" in cover.replace("\u00a0", " ") and "detained" not in cover


def test_a_long_first_line_becomes_a_title_cut_at_a_word(book):
    words = [f"слово{n}" for n in range(60)]
    draft = book.articles.draft(" ".join(words) + "\nПолиция задержала активиста.",
                                published=TODAY)
    assert len(draft.title) <= 200 and draft.title.endswith("…")
    assert draft.title[:-1].split() == words[:len(draft.title[:-1].split())]
