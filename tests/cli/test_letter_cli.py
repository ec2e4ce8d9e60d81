# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp letter` and `caseapp addressee` on a copy of the demo database."""

from __future__ import annotations

import re

from pypdf import PdfReader


def a_detainee(demo_run) -> str:
    code, listed, _err = demo_run("person", "list", "--status", "detained")
    assert code == 0
    return re.split(r"\s{2,}", listed.splitlines()[1])[1]  # uid, NAME, status, …


def test_a_russian_letter_to_the_facility_head_is_printed_and_logged(demo_run, tmp_path) -> None:
    name = a_detainee(demo_run)
    out = tmp_path / "letter.pdf"
    code, said, err = demo_run("letter", name, "--to", "facility", "--template", "release",
                               "--lang", "ru", "-o", str(out))
    assert (code, err) == (0, "")
    text = PdfReader(out).pages[0].extract_text()
    assert "Начальнику учреждения" in text and "Уважаемый начальник учреждения!" in text
    assert "Logged as action" in said
    code, listed, _err = demo_run("action", "list", "--status", "sent")
    assert "Обращение об освобождении" in listed and "1 actions" in listed
    uid = said.split("(")[-1].split(")")[0]
    assert demo_run("action", "reply", uid, "--text", "Ответ получен")[0] == 0
    assert "1 actions" in demo_run("action", "list", "--status", "replied")[1]


def test_text_to_standard_output_and_no_log(demo_run) -> None:
    name = a_detainee(demo_run)
    code, said, err = demo_run("letter", name, "--template", "support", "-o", "-", "--no-log")
    assert code == 0 and "С теплом и поддержкой,\nFreedom Bureau" in said
    assert "Logged" not in err
    assert "0 actions" in demo_run("action", "list", "--status", "sent")[1]


def test_the_addressee_book_from_the_command_line(demo_run, tmp_path) -> None:
    code, said, _err = demo_run("addressee", "add", "Embassy of Norway", "--title", "Ambassador",
                                "--address", r"Astana\nKunayev 1", "--lang", "en",
                                "--salutation", "Your Excellency,")
    assert code == 0 and "Added addressee" in said
    assert "Embassy of Norway" in demo_run("addressee", "list")[1]
    out = tmp_path / "embassy.txt"
    name = a_detainee(demo_run)
    assert demo_run("letter", name, "--to", "Embassy of Norway", "--template", "access",
                    "-o", str(out))[0] == 0
    assert out.read_text("utf-8").startswith("Ambassador\nEmbassy of Norway\nAstana\nKunayev 1")
    assert demo_run("addressee", "remove", "embassy of norway")[0] == 0
    assert "0 addressees" in demo_run("addressee", "list")[1]


def test_mistakes_get_one_clear_line(demo_run, tmp_path) -> None:
    name = a_detainee(demo_run)
    code, _out, err = demo_run("letter", name, "--to", "nobody", "--template", "release",
                               "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "No addressee is called “nobody”" in err
    code, _out, err = demo_run("letter", name, "--to", "court", "--template", "release",
                               "-o", str(tmp_path / "x.doc"))
    assert code == 1 and "should end in .pdf or .txt" in err
    code, _out, err = demo_run("letter", name, "--template", "release", "-o", "-")
    assert code == 1 and "--to" in err
