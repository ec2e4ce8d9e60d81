# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp deadlines --days N [--format json]` and `caseapp deadline-mark KEY STATE`."""

from __future__ import annotations

import json
from datetime import date, timedelta


def _sentenced_days_ago(run, days: int) -> None:
    verdict = (date.today() - timedelta(days=days)).strftime("%d.%m.%Y")
    assert run("person", "add", "Ерлан Қуанышбаев")[0] == 0
    assert run("sentence", "add", "Ерлан Қуанышбаев", "--date", verdict, "--kind", "fine")[0] == 0


def test_deadlines_lists_the_appeal_window_as_text(run) -> None:
    _sentenced_days_ago(run, 12)   # 15 days from the verdict: 3 left
    code, text, _err = run("deadlines", "--days", "10")
    assert code == 0
    assert "appeal window closes in 3 days *" in text
    assert "Ерлан Қуанышбаев" in text
    assert "1 deadline in the next 10 days" in text
    assert "not checked" in text   # art. 416's figure is marked unchecked in KZ.json
    assert run("deadlines", "--days", "2")[1].startswith("due")  # outside: headers only


def test_deadlines_as_json_and_marked_done(run) -> None:
    _sentenced_days_ago(run, 12)
    listed = json.loads(run("deadlines", "--format", "json")[1])
    assert [(d["kind"], d["days_left"], d["state"], d["article"]) for d in listed] == [
        ("appeal", 3, "open", "УПК РК ст. 416")]
    short = listed[0]["key"][:len("appeal:") + 8]
    code, text, _err = run("deadline-mark", short, "done", "--note", "filed")
    assert (code, text.strip()) == (0, f"Marked {short} done")
    assert json.loads(run("deadlines", "--format", "json")[1]) == []
    every = json.loads(run("deadlines", "--all", "--format", "json")[1])
    assert [d["state"] for d in every] == ["done"]


def test_bad_input_is_one_line_without_a_traceback(run) -> None:
    _sentenced_days_ago(run, 12)
    code, _out, err = run("deadline-mark", "appeal:nothing", "done")
    assert code == 1 and err.startswith("caseapp: error: No deadline has the key")
    key = json.loads(run("deadlines", "--format", "json")[1])[0]["key"]
    code, _out, err = run("deadline-mark", key, "finished")
    assert code == 1 and "not one of" in err
    code, _out, err = run("deadlines", "--days", "-1")
    assert code == 1 and "--days" in err
