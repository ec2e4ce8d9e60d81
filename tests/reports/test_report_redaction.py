# SPDX-License-Identifier: GPL-3.0-or-later
"""The "for public distribution" option: removed values are nowhere in the file."""

from __future__ import annotations

import zlib
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from conftest import metadata, pdf_text

from caseapp.domain.partial_date import PartialDate
from caseapp.reports import brief, dossier, hearing_schedule, samples
from caseapp.reports.data import (
    ActionEntry,
    BriefData,
    CaseEntry,
    DetentionEntry,
    DossierData,
    HearingEntry,
    HearingScheduleData,
    PersonFile,
    PersonInfo,
    Relative,
    ReportOptions,
    SentenceEntry,
)

SECRETS = ("SecretContact77", "SecretStreet88", "SecretRelativeName", "SecretRelativePhone",
           "SecretNotePerson", "SecretNoteCase", "SecretNoteDetention", "SecretNoteHearing",
           "SecretNoteSentence", "SecretNoteAction", "SecretObserver", "SecretResponsible",
           "SecretOperator", "1977")


def secret_file() -> PersonFile:
    identity = PersonInfo(
        "Public Name", contacts="SecretContact77", address="SecretStreet88",
        birth_date=PartialDate(1977, 5, 6), private_notes="SecretNotePerson",
        relatives=(Relative("SecretRelativeName", "brother", "SecretRelativePhone"),))
    hearing = HearingEntry(date=date(2025, 3, 20), time=time(10), court="Public Court",
                         observers=("SecretObserver",), private_notes="SecretNoteHearing",
                         defendants=(identity,))
    return PersonFile(
        identity, detentions=(DetentionEntry(facility="Public SIZO", start=PartialDate(2024, 1, 2),
                                           private_notes="SecretNoteDetention"),),
        cases=(CaseEntry(case_number="C-1", private_notes="SecretNoteCase"),),
        hearings=(hearing,),
        sentences=(SentenceEntry(date=date(2024, 6, 1), years=3,
                                 private_notes="SecretNoteSentence"),),
        actions=(ActionEntry(title="Public letter", responsible="SecretResponsible",
                           private_notes="SecretNoteAction"),))


def secret_options(public: bool) -> ReportOptions:
    return ReportOptions(generated_on=date(2025, 3, 14), language="en", public=public,
                         operator="SecretOperator")


def build_each(kind: str, public: bool, out: Path) -> None:
    file, options = secret_file(), secret_options(public)
    if kind == "dossier":
        dossier.build(DossierData(options, file), out)
    elif kind == "brief":
        brief.build(BriefData(options, (file,), title="Brief"), out)
    else:
        hearing_schedule.build(HearingScheduleData(options, file.hearings), out)


def raw_content(path: Path) -> str:
    """The file bytes plus every inflated stream, as text, to search for leaked values."""
    data = path.read_bytes()
    parts = [data.decode("latin-1")]
    for chunk in data.split(b"stream\r\n")[1:] + data.split(b"stream\n")[1:]:
        try:
            parts.append(zlib.decompress(chunk.split(b"endstream")[0]).decode("latin-1"))
        except zlib.error:
            continue
    return "\n".join(parts)


@pytest.mark.parametrize("kind", ["dossier", "brief", "schedule"])
def test_public_reports_hold_no_private_value(kind: str, out: Path) -> None:
    build_each(kind, True, out)
    text, raw, meta = pdf_text(out), raw_content(out), " ".join(metadata(out).values())
    for secret in SECRETS:
        assert secret not in text, secret
        assert secret not in raw, secret
        assert secret not in meta, secret
    assert "Prepared for public distribution" in text
    assert "Public Court" in text


def test_private_reports_keep_them(out: Path) -> None:
    build_each("dossier", False, out)
    text = pdf_text(out)
    for secret in SECRETS:
        if secret not in ("SecretOperator", "SecretObserver"):
            assert secret in text, secret
    assert "Confidential" in text


def test_public_samples_lose_contacts_but_keep_the_story(out: Path) -> None:
    data = samples.dossier("ru", public=True)
    dossier.build(data, out)
    text = pdf_text(out)
    assert data.person.identity.contacts not in text
    assert "Сәуле Ахметова" not in text and "Дата рождения" not in text
    assert "Судебные заседания" in text and "Источники" in text


def test_redaction_does_not_touch_the_input() -> None:
    from caseapp.reports.redact import redact
    data = DossierData(secret_options(True), secret_file())
    cleaned = redact(data)
    assert data.person.identity.contacts == "SecretContact77"
    assert cleaned.person.identity.contacts == "" and cleaned.options.operator == ""
    assert redact(replace(data, options=secret_options(False))).person is data.person
