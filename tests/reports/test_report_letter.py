# SPDX-License-Identifier: GPL-3.0-or-later
"""The printed letter: its text can be extracted, its fonts are embedded, nothing is lost."""

from __future__ import annotations

from datetime import date

from fuzz.pdf_checks import font_names, pdffonts_unembedded, unembedded_fonts
from pypdf import PdfReader

from caseapp.domain.letters import Letter, Recipient
from caseapp.reports import letter as letter_report

LONG = "\n\n".join(f"Абзац {n}: Қазақстан әділ сот, ғұмыр, өңір, құқық, һәм, ұлы, үміт, іс."
                   for n in range(60))


def a_letter(text: str = "Құрметті мекеме бастығы!\n\nЕрлан Қуанышбаев <b>& co</b>") -> Letter:
    recipient = Recipient("Бастыққа", ("СИЗО ЛА-155/18 мекемесінің бастығына",
                                       "050000, Алматы, ул. Жангельдина, 1"),
                          "head@example.org", "Құрметті мекеме бастығы!")
    return Letter("release", "kk", "facility", recipient, "2024 жылғы 15 наурыз",
                  "Бостандыққа шығару туралы өтініш", text)


def test_the_letter_text_is_extractable(tmp_path) -> None:
    out = tmp_path / "letter.pdf"
    letter_report.build(a_letter(), out, organisation="Freedom Bureau",
                        generated_on=date(2024, 3, 15))
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    for expected in ("FREEDOM BUREAU", "СИЗО ЛА-155/18 мекемесінің бастығына",
                     "head@example.org", "2024 жылғы 15 наурыз",
                     "Бостандыққа шығару туралы өтініш", "Ерлан Қуанышбаев <b>& co</b>"):
        assert expected in text
    assert "Confidential" not in text


def test_every_font_is_embedded(tmp_path) -> None:
    out = tmp_path / "letter.pdf"
    letter_report.build(a_letter(LONG), out, organisation="Freedom Bureau")
    assert unembedded_fonts(out) == []
    assert pdffonts_unembedded(out) in ([], None)
    names = font_names(out)
    assert names and all("DejaVu" in name for name in names), names


def test_a_long_letter_runs_over_pages_with_numbers(tmp_path) -> None:
    out = tmp_path / "letter.pdf"
    letter_report.build(a_letter(LONG), out)
    pages = PdfReader(out).pages
    assert len(pages) > 1
    assert "Абзац 59" in pages[-1].extract_text()
    assert "2" in pages[1].extract_text().split("\n")
    assert "1" not in pages[0].extract_text().split("\n")
