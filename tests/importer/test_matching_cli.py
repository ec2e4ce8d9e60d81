# SPDX-License-Identifier: GPL-3.0-or-later
"""Identity matching across scripts, and the `extract` command without a database."""

from __future__ import annotations

import argparse
import io
import json
import sys

import pytest

from caseapp.cli import extract_cmd
from caseapp.importer.matching import KnownPerson, rank_candidates

KNOWN = [
    KnownPerson("p1", "Ерболат Жақсылықов", ["Yerbolat Zhaksylykov"]),
    KnownPerson("p4", "Дәурен Қасымжанов", []),
    KnownPerson("p6", "Сауле Касымжанова", []),
    KnownPerson("p9", "Асылбек Осмоналиев", []),
]


@pytest.mark.parametrize("name, uid, reason", [
    ("Yerbolat Zhaksylykov", "p1", "same alias"),
    ("Ерболат Жаксылыков", "p1", "same transliteration key"),
    ("Erbolat Zhaksylyqov", "p1", "same transliteration key"),
    ("Dauren Kassymzhanov", "p4", "same transliteration key"),
    ("Д. Қасымжанов", "p4", "fuzzy"),
])
def test_same_person_across_scripts(name, uid, reason):
    best = rank_candidates(name, KNOWN)[0]
    assert (best.uid, best.reason) == (uid, reason)
    assert 78 <= best.score <= 100


def test_different_people_are_not_proposed():
    assert [c.uid for c in rank_candidates("Zhyldyz Osmonalieva", KNOWN)] == []
    assert "p4" not in [c.uid for c in rank_candidates("Сауле Касымжанова", KNOWN)][:1]
    assert rank_candidates("", KNOWN) == []


def test_extract_command_prints_the_contract(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Заголовок\nКеше Ерболат Жақсылықов ұсталды.", encoding="utf-8")
    parser = argparse.ArgumentParser()
    extract_cmd.register(parser.add_subparsers())
    args = parser.parse_args(["extract", "--published", "2024-03-14", str(article)])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"language", "persons", "dates", "places", "organizations", "events"}
    assert data["dates"][0]["value"] == "2024-03-13"


def test_extract_command_reads_stdin_and_html(monkeypatch, capsys):
    html = "<p>Title</p><p>Police detained Irina Kovalchuk.</p>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html.encode())))
    assert extract_cmd.main(["--format", "text", "-"]) == 0
    assert "Irina Kovalchuk" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["missing.txt"], ["--published", "yesterday", "x.txt"]])
def test_extract_command_errors_are_one_line(argv, capsys):
    assert extract_cmd.main(argv) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_binary_input_is_refused(tmp_path, capsys):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\xff\x10" * 100)
    assert extract_cmd.main([str(junk)]) == 1
    assert "not text" in capsys.readouterr().err
