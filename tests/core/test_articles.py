# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing articles: cross-language identity, duplicates, undo, citations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from caseapp.domain import names, records

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
#: Articles sharing persons across kk, ru and en (corpus README, "Cross-language person links").
SHARED_STORY = ("101_kk", "102_kk", "106_ru", "111_en", "113_en")
CONFIRMED_REASONS = {"same alias", "same transliteration key"}

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")

KK_TEXT = ("Атырауда белсенді Ерболат Жақсылықов ұсталды.\n"
           "12.03.2024 күні полиция Ерболат Жақсылықовты ұстады. "
           "Оның адвокаты Гүлнар Әбдіқадырова шағым түсірді.")
#: The same story where the court remands him for two months (custody of a known kind).
REMAND_TEXT = KK_TEXT.replace("Оның адвокаты", "Келесі күні Атырау қалалық соты оны екі айға "
                              "тергеу изоляторына қамауға алды. Оның адвокаты")


def _article(stem: str) -> tuple[str, date]:
    gold = json.loads((CORPUS / f"{stem}.json").read_text("utf-8"))
    return (CORPUS / f"{stem}.txt").read_text("utf-8"), date.fromisoformat(gold["published"])


def _import_confirming(book, text: str, published: date) -> None:
    """Import like a volunteer who accepts key-equal candidates and rejects fuzzy ones."""
    draft = book.articles.draft(text, published=published)
    links = {p.name: p.candidates[0].uid for p in draft.persons
             if p.candidates and p.candidates[0].reason in CONFIRMED_REASONS}
    book.articles.auto_link(draft, links)
    book.articles.apply(draft)


def _people_keyed(book, key: str) -> list[records.Person]:
    ids = book.persons.ids(text=key)
    return [book.get(records.Person, pk) for pk in ids]


@needs_corpus
def test_shared_persons_end_as_one_record_with_every_spelling(book):
    for stem in SHARED_STORY:
        _import_confirming(book, *_article(stem))
    matches = [p for p in _people_keyed(book, "Zhaksylykov")
               if names.match_key(p.display_name).endswith("zhaksilikov")
               and names.match_key(p.display_name).startswith("erbolat")]
    assert len(matches) == 1
    spellings = {a.text for a in book.persons.details(matches[0].id).aliases}
    assert {"Ерболат Жақсылықов", "Ерболат Жаксылыков"} <= spellings
    assert any(names.script_of(s) == "latin" for s in spellings)


@needs_corpus
def test_same_article_twice_creates_nothing_new(book):
    text, published = _article("106_ru")
    _import_confirming(book, text, published)
    before = book.persons.ids()
    draft = book.articles.draft(text, published=published)
    report, changes = book.articles.apply(draft)
    assert report.duplicate and not changes.tables
    assert book.persons.ids() == before


def test_undo_removes_the_whole_import(book):
    draft = book.articles.draft(KK_TEXT, published=date(2024, 3, 14))
    report, changes = book.articles.apply(draft)
    assert report.created and book.persons.ids()
    assert book.undo.undo_name() == "Import Article"
    book.undo_step()
    assert book.persons.ids() == []
    assert book.sources.ids() == []


def test_import_stores_source_and_cites_every_person(book):
    draft = book.articles.draft(KK_TEXT, published=date(2024, 3, 14))
    report, _changes = book.articles.apply(draft)
    source_id = book.sources.target_id("source", report.source_uid)
    source = book.get(records.Source, source_id)
    assert source.full_text == KK_TEXT and source.language == "kk" and source.content_hash
    cited = {c.target_uid for c in book.sources.citations(source_id=source_id)}
    for _name, uid in report.created:
        assert uid in cited
    for citation in book.sources.citations(source_id=source_id):
        assert citation.quote in KK_TEXT


def test_exact_name_is_linked_and_a_cross_script_match_is_proposed_to_confirm(book):
    existing, _ = book.persons.add(records.Person(display_name="Гүлнар Әбдіқадырова"))
    russian, _ = book.persons.add(records.Person(display_name="Ерболат Жаксылыков"))
    draft = book.articles.draft(KK_TEXT, published=date(2024, 3, 14))
    book.articles.auto_link(draft, {})
    by_name = {p.name: p for p in draft.persons}
    assert (by_name["Гүлнар Әбдіқадырова"].decision, by_name["Гүлнар Әбдіқадырова"].confirm) == (
        "link", False)
    proposed = by_name["Ерболат Жақсылықов"]
    assert (proposed.decision, proposed.link_uid, proposed.confirm) == ("link", russian.uid, True)
    report, _changes = book.articles.apply(draft)
    assert {uid for _name, uid, _reason in report.linked} == {existing.uid, russian.uid}
    assert report.created == []


def test_a_fuzzy_match_below_the_threshold_is_not_proposed(book):
    book.persons.add(records.Person(display_name="Ерболат Жақсыбеков"))
    draft = book.articles.draft(KK_TEXT, published=date(2024, 3, 14))
    book.articles.auto_link(draft, {})
    proposal = next(p for p in draft.persons if p.name == "Ерболат Жақсылықов")
    assert proposal.candidates and proposal.candidates[0].score < 90
    assert proposal.decision == "new"


def test_a_detention_of_known_kind_becomes_custody_with_its_end(book):
    draft = book.articles.draft(REMAND_TEXT, published=date(2024, 3, 14))
    book.articles.apply(draft)
    person_id = book.persons.resolve("Ерболат Жақсылықов")
    details = book.persons.details(person_id)
    assert [(d.kind, d.start, d.end) for d in details.detentions] == [
        ("pretrial", "2024-03-13", "2024-05-13")]
    assert details.person.status == "detained"


def test_a_detention_of_unknown_kind_is_only_reported_and_cited(book):
    draft = book.articles.draft(KK_TEXT, published=date(2024, 3, 14))
    report, _changes = book.articles.apply(draft)
    person_id = book.persons.resolve("Ерболат Жақсылықов")
    details = book.persons.details(person_id)
    assert details.detentions == ()
    assert [(e.kind, e.date) for e in details.events] == [("detention", "2024-03-12")]
    source_id = book.sources.target_id("source", report.source_uid)
    cited = {c.target_table for c in book.sources.citations(source_id=source_id)}
    assert "reported_event" in cited


def test_edited_name_keeps_the_events_of_the_article(book):
    draft = book.articles.draft(REMAND_TEXT, published=date(2024, 3, 14))
    proposal = next(p for p in draft.persons if p.name == "Ерболат Жақсылықов")
    proposal.name = "Ерболат Жақсылықов (белсенді)"
    book.articles.apply(draft)
    person_id = book.persons.resolve("Ерболат Жақсылықов (белсенді)")
    assert book.persons.details(person_id).detentions


def test_applying_the_same_draft_twice_stores_one_source(book):
    draft = book.articles.draft(KK_TEXT, published=date(2024, 3, 14))
    book.articles.apply(draft)
    report, changes = book.articles.apply(draft)
    assert report.duplicate and not changes.tables
    assert len(book.sources.ids()) == 1


def test_linking_to_a_trashed_person_is_refused(book):
    from caseapp.domain.errors import NotFound

    gone, _ = book.persons.add(records.Person(display_name="Ерболат Жаксылыков"))
    book.trash.delete(records.Person, gone.id)
    draft = book.articles.draft(KK_TEXT, published=date(2024, 3, 14))
    book.articles.auto_link(draft, {"Ерболат Жақсылықов": gone.uid})
    with pytest.raises(NotFound):
        book.articles.apply(draft)
    assert book.sources.ids() == []
