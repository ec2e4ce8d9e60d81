# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp report …`, `caseapp extract` and `caseapp import-article` as subprocesses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import DB_NAME, assert_error, caseapp

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")


@pytest.fixture
def demo_home(tmp_path: Path, demo_db_template: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(demo_db_template, home / DB_NAME)
    return home


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_report_in_every_language(demo_home, tmp_path, language):
    dossier, brief, schedule = (tmp_path / f"{kind}-{language}.pdf"
                                for kind in ("dossier", "brief", "hearings"))
    runs = [caseapp(demo_home, "report", "dossier", "Ерлан Қуанышбаев", "--lang", language,
                    "-o", str(dossier)),
            caseapp(demo_home, "report", "brief", "--status", "detained", "--lang", language,
                    "-o", str(brief)),
            caseapp(demo_home, "report", "hearings", "--days", "14", "--lang", language,
                    "-o", str(schedule))]
    assert [run.code for run in runs] == [0, 0, 0], runs
    for pdf in (dossier, brief, schedule):
        assert pdf.read_bytes().startswith(b"%PDF")


def test_report_errors_are_one_line(demo_home, tmp_path):
    out = str(tmp_path / "x.pdf")
    assert_error(caseapp(demo_home, "report", "dossier", "nobody at all", "-o", out), "nobody")
    assert_error(caseapp(demo_home, "report", "dossier", "Ерлан Қуанышбаев", "--lang", "de",
                         "-o", out), "kk, ru or en")
    assert_error(caseapp(demo_home, "report", "brief", "--tag", "no-such-tag", "-o", out))
    assert not Path(out).exists()


def test_extract_prints_the_contract(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Алматыда белсенді Ерлан Қуанышбаев 25 тамызда ұсталды. Оның "
                       "әйелі күйеуінің бейбіт жиынға қатысқанын айтты.\n", "utf-8")
    run = caseapp(tmp_path / "home", "extract", "--published", "2019-08-26", str(article))
    assert run.code == 0, run
    data = json.loads(run.out)
    assert set(data) >= {"language", "persons", "dates", "places", "organizations", "events"}
    assert data["language"] == "kk"
    assert "Ерлан Қуанышбаев" in [p["name"] for p in data["persons"]]
    assert "2019-08-25" in [d["value"] for d in data["dates"]]


@needs_corpus
def test_import_article_twice_creates_nothing_new(demo_home):
    article = str(CORPUS / "106_ru.txt")
    first = caseapp(demo_home, "import-article", article, "--published", "2024-11-21", "--apply")
    assert first.code == 0 and "Created" in first.out, first
    before = caseapp(demo_home, "person", "list").out
    second = caseapp(demo_home, "import-article", article, "--published", "2024-11-21", "--apply")
    assert second.code == 0 and "imported before" in second.out
    assert caseapp(demo_home, "person", "list").out == before


@needs_corpus
def test_link_option_links_to_the_chosen_person(demo_home):
    added = caseapp(demo_home, "person", "add", "Ерболат Жақсылықов")
    uid = added.out.strip().rsplit("(", 1)[1].rstrip(")")
    run = caseapp(demo_home, "import-article", str(CORPUS / "106_ru.txt"), "--published",
                  "2024-11-21", "--apply", "--link", f"Ерболат Жаксылыков={uid}")
    assert run.code == 0, run
    assert f"Linked Ерболат Жаксылыков to {uid}" in run.out
    shown = caseapp(demo_home, "person", "show", uid).out
    assert "Ерболат Жаксылыков" in shown


def test_bad_link_is_a_usage_message(demo_home, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Ерлан Қуанышбаев ұсталды.", "utf-8")
    assert_error(caseapp(demo_home, "import-article", str(article), "--link", "no-equals-sign"),
                 "NAME=UID")
