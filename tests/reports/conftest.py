# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for the report tests: read a generated PDF back as text, outline and metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """All pages' text with whitespace (incl. no-break spaces) collapsed to single spaces."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def page_texts(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    return [re.sub(r"\s+", " ", (p.extract_text() or "").replace("\u00a0", " "))
            for p in reader.pages]


def outline_titles(path: Path) -> list[str]:
    """Every bookmark title, depth first."""
    def walk(items: list) -> list[str]:
        titles: list[str] = []
        for item in items:
            titles += walk(item) if isinstance(item, list) else [item.title]
        return titles
    return walk(PdfReader(str(path)).outline)


def metadata(path: Path) -> dict[str, str]:
    return {k: str(v) for k, v in (PdfReader(str(path)).metadata or {}).items()}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "report.pdf"
