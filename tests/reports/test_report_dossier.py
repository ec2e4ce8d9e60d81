# SPDX-License-Identifier: GPL-3.0-or-later
"""The person dossier read back from the PDF: content, order, escaping, layout, safety."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from conftest import metadata, outline_titles, pdf_text

from caseapp import i18n
from caseapp.domain.errors import Cancelled
from caseapp.domain.partial_date import PartialDate
from caseapp.reports import dossier, samples
from caseapp.reports.data import (
    CaseEntry,
    ChargeEntry,
    DossierData,
    HearingEntry,
    PersonFile,
    PersonInfo,
    SourceRef,
)

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


def minimal(language: str = "en", **identity: object) -> DossierData:
    person = PersonInfo("Test Person", **identity)
    return DossierData(samples.options(language), PersonFile(person))


def test_dossier_has_every_section_in_reading_order(out: Path) -> None:
    dossier.build(samples.dossier("en"), out)
    text = pdf_text(out)
    headings = ["Identity", "Detention timeline", "Cases and charges", "Hearings", "Sentence",
                "PACE Resolution 1900 criteria met", "Campaign actions", "Private notes", "Sources"]
    assert outline_titles(out) == ["Yerlan Kudaibergenov", *headings]
    position = 0
    for title in headings:
        position = text.index(title, position)
    assert "Yerlan Kudaibergenov" in text and "Ерлан Құдайбергенов" in text
    assert "Detained since 14 March 2024" in text
    assert "charged under article 405.2, 274.2 of the Criminal Code" in text.replace(
        "Charged", "charged")
    assert "Participation in the activities of an association banned by a court" in text
    assert "expected release 14 March 2029" in text


def test_hearings_are_chronological_upcoming_marked_and_missing_outcomes_flagged(out: Path) -> None:
    dossier.build(samples.dossier("en"), out)
    text = pdf_text(out)
    start = text.index("Hearings Date")
    section = text[start:text.index("Sentence Date", start)]
    assert section.index("12 July 2024") < section.index("10 March 2025") \
        < section.index("16 March 2025")
    assert "Outcome missing" in section and "upcoming" in section


def test_sources_are_numbered_and_cited(out: Path) -> None:
    dossier.build(samples.dossier("en"), out)
    text = pdf_text(out)
    assert "[1] Activist detained after online post. Fictional Daily" in text
    assert "[3] Жұмыс тобына өтініш" in text
    assert "SIZO No. 1 (LA-155/18) [1]" in text


def test_outline_and_metadata(out: Path) -> None:
    dossier.build(samples.dossier("ru"), out)
    titles = outline_titles(out)
    assert titles[0] == "Ерлан Кудайбергенов"
    assert {"Личные данные", "Судебные заседания", "Источники"} <= set(titles)
    meta = metadata(out)
    assert meta["/Title"] == "Досье: Ерлан Кудайбергенов"
    assert meta["/Author"] == samples.ORGANISATION
    assert "Ерлан Кудайбергенов" in meta["/Subject"]
    assert meta["/CreationDate"].startswith("D:20250314")


@pytest.mark.parametrize("language, labels", [
    ("kk", ("Жеке деректер", "Сот отырыстары", "Дереккөздер", "Бет 1 / 2", "2025 жылғы 14 наурыз")),
    ("ru", ("Личные данные", "Судебные заседания", "Источники", "Стр. 1 из 2", "14 марта 2025 г.")),
    ("en", ("Identity", "Hearings", "Sources", "Page 1 of 2", "Generated 14 March 2025"))])
def test_labels_footer_and_dates_in_the_report_language(out: Path, language: str,
                                                        labels: tuple[str, ...]) -> None:
    dossier.build(samples.dossier(language), out)
    text = pdf_text(out)
    for label in labels:
        assert label in text


def test_a_kazakh_dossier_from_a_russian_window_is_kazakh(out: Path) -> None:
    """The report's language comes from its options, not from the interface language."""
    i18n.set_language("ru")
    try:
        dossier.build(samples.dossier("kk"), out)
    finally:
        i18n.set_language("en")
    text = pdf_text(out)
    assert "Жеке деректер" in text and "Қамауда ұстау хронологиясы" in text
    assert "Личные данные" not in text and "Identity" not in text


def test_every_kazakh_letter_is_extractable(out: Path) -> None:
    data = minimal("kk", private_notes=KAZAKH_LETTERS, citizenship="Қазақстан")
    dossier.build(data, out)
    text = pdf_text(out)
    for letter in KAZAKH_LETTERS:
        assert letter in text, letter
    assert "\u25a0" not in text and "\ufffd" not in text


def test_markup_characters_are_printed_not_parsed(out: Path) -> None:
    nasty = "A <b & <i>ali</i> > B &amp; <br/> <b"
    data = minimal(private_notes=nasty, citizenship="<font name='x'>", contacts="5 < 6 && 7 > 3")
    dossier.build(data, out)
    text = pdf_text(out)
    assert nasty in text
    assert "<font name='x'>" in text and "5 < 6 && 7 > 3" in text


def test_long_unbroken_words_and_urls_wrap(out: Path) -> None:
    word = "Ы" * 400
    link = "https://example.org/" + "a" * 600 + "?q=" + "b" * 300
    source = SourceRef(title="T" * 300, url=link)
    case = CaseEntry(case_number="9" * 200, charges=(ChargeEntry(article="1" * 120, title=word),))
    hearing = HearingEntry(date=date(2025, 3, 20), time=time(9), court=word, outcome=word)
    file = PersonFile(PersonInfo(word, private_notes=word * 20), cases=(case,),
                      hearings=(hearing,), sources=(source,))
    dossier.build(DossierData(samples.options("ru"), file), out)
    text = pdf_text(out).replace(" ", "")
    assert word in text and link in text


def test_empty_sections_are_left_out(out: Path) -> None:
    dossier.build(minimal(), out)
    text = pdf_text(out)
    for absent in ("Detention timeline", "Cases and charges", "Hearings", "Sentence", "PACE",
                   "Campaign actions", "Sources", "Private notes", "Date of birth"):
        assert absent not in text
    assert "Identity" in text and "Test Person" in text


def test_same_data_gives_the_same_bytes(tmp_path: Path) -> None:
    photo = samples.silhouette()
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    dossier.build(samples.dossier("kk", photo=photo), first)
    dossier.build(samples.dossier("kk", photo=photo), second)
    assert first.read_bytes() == second.read_bytes()


def test_missing_or_broken_photo_is_skipped(out: Path) -> None:
    for picture in (b"not an image", b"", None):
        dossier.build(samples.dossier("en", photo=picture), out)
        assert "Yerlan Kudaibergenov" in pdf_text(out)


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "cancelled.pdf"
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        dossier.build(samples.dossier("en"), target, abort=stop)
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_rendering_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    stop = threading.Event()

    def progress(fraction: float, message: str) -> None:
        if fraction > 0.5:
            stop.set()
    with pytest.raises(Cancelled):
        dossier.build(samples.dossier("en"), target, progress=progress, abort=stop)
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert target.read_bytes() == b"old"


def test_progress_rises_to_one(out: Path) -> None:
    seen: list[float] = []
    dossier.build(samples.dossier("en"), out, progress=lambda f, m: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3


def test_partial_birth_date_and_approximate_days(out: Path) -> None:
    from caseapp.reports.data import DetentionEntry
    detention = DetentionEntry(facility="IVS", start=PartialDate(2024, 3))
    file = PersonFile(PersonInfo("P", birth_date=PartialDate(1980)), detentions=(detention,))
    dossier.build(DossierData(samples.options("en"), file), out)
    text = pdf_text(out)
    assert "Date of birth 1980" in text and "Detained since March 2024 (≈" in text


def test_person_with_no_name_or_unknown_values_still_builds(out: Path) -> None:
    file = PersonFile(replace(PersonInfo(""), status="weird_status", gender="x"))
    dossier.build(DossierData(samples.options("kk"), file), out)
    assert "weird status" in pdf_text(out)
