# SPDX-License-Identifier: GPL-3.0-or-later
"""Procedural deadlines against worked examples written from the codes' text
(docs/deadlines.md): the appeal window, the pre-trial limit, parole shares, term ends."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from caseapp.domain import deadlines, records
from caseapp.domain.deadlines import Facts, derive, parole_date, parse_rules, rules_for, window_end
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import Term

KZ = rules_for("KZ")


def _kz() -> deadlines.Rules:
    assert KZ is not None
    return KZ


def test_the_kazakh_rules_cite_an_article_and_say_what_was_checked() -> None:
    rules = _kz()
    by_kind = {rule.kind: rule for rule in rules.rules}
    assert set(by_kind) == {"appeal", "cassation", "detention_limit", "parole", "sentence_end"}
    for kind in ("appeal", "cassation", "detention_limit", "parole"):
        assert by_kind[kind].article.startswith(("УПК РК", "УК РК")), kind
        assert by_kind[kind].source
    assert by_kind["appeal"].period == Term(days=15) and not by_kind["appeal"].checked
    limit = by_kind["detention_limit"]
    assert limit.period == Term(months=2) and limit.checked
    assert by_kind["cassation"].period is None  # no figure found: no deadline computed
    assert by_kind["parole"].shares == {"minor": Fraction(1, 3), "medium": Fraction(1, 3),
                                        "grave": Fraction(1, 2),
                                        "especially_grave": Fraction(2, 3)}


def test_no_rules_for_a_jurisdiction_caseapp_has_none_for() -> None:
    assert rules_for("RU") is None
    assert rules_for("../KZ") is None
    assert rules_for("kz") is KZ


@pytest.mark.parametrize("verdict, end", [
    (date(2024, 3, 1), date(2024, 3, 16)),    # art. 416: 15 days, the verdict's day not counted
    (date(2024, 2, 20), date(2024, 3, 6)),    # over the end of a leap February
    (date(2023, 12, 25), date(2024, 1, 9)),   # over the new year
])
def test_appeal_window_after_a_verdict(verdict: date, end: date) -> None:
    sentence = records.Sentence(uid="s1", person_id=1, date=verdict, kind="fine")
    found = list(deadlines.sentence_deadlines(sentence, _kz()))
    assert [(d.kind, d.due) for d in found] == [("appeal", end)]


@pytest.mark.parametrize("start, limit", [
    (date(2024, 1, 10), date(2024, 3, 10)),   # art. 151 ч. 1: two months
    (date(2023, 12, 31), date(2024, 2, 29)),  # into a shorter month: its last day
    (date(2024, 11, 15), date(2025, 1, 15)),
])
def test_pretrial_detention_reaches_its_two_month_limit(start: date, limit: date) -> None:
    rule = _kz().rule("detention_limit")
    assert rule is not None
    detention = records.Detention(uid="d1", person_id=1, kind="pretrial",
                                  start=PartialDate.from_date(start))
    assert [d.due for d in deadlines.detention_deadlines(detention, rule)] == [limit]


def test_detentions_without_a_limit_to_watch() -> None:
    rule = _kz().rule("detention_limit")
    assert rule is not None
    ended = records.Detention(uid="d", kind="pretrial", start=PartialDate(2024, 1, 10),
                              end=PartialDate(2024, 2, 1))
    month_only = records.Detention(uid="d", kind="pretrial", start=PartialDate(2024, 1))
    house = records.Detention(uid="d", kind="house_arrest", start=PartialDate(2024, 1, 10))
    for detention in (ended, month_only, house):
        assert list(deadlines.detention_deadlines(detention, rule)) == []
    longer = records.Detention(uid="d", kind="pretrial", start=PartialDate(2024, 1, 10),
                               end=PartialDate(2024, 5, 2))
    assert len(list(deadlines.detention_deadlines(longer, rule))) == 1


@pytest.mark.parametrize("start, term, share, credited, eligible", [
    # grave (1/2): six years from 1 Jan 2020 are 2192 days, half of them 1096
    (date(2020, 1, 1), Term(years=6), Fraction(1, 2), 0, date(2023, 1, 1)),
    # medium (1/3): three years from 1 Mar 2021 are 1096 days; a third, rounded up, 366
    (date(2021, 3, 1), Term(years=3), Fraction(1, 3), 0, date(2022, 3, 2)),
    # especially grave (2/3): 12 years are 4383 days, two thirds 2922 (1 Jun 2023), less
    # 100 pre-trial days credited
    (date(2015, 6, 1), Term(years=12), Fraction(2, 3), 100, date(2023, 2, 21)),
])
def test_parole_eligibility_by_share(start: date, term: Term, share: Fraction, credited: int,
                                     eligible: date) -> None:
    assert parole_date(start, term, share, credited) == eligible


@pytest.mark.parametrize("months, gravity", [
    (24, "minor"), (25, "medium"), (60, "medium"), (61, "grave"), (144, "grave"),
    (145, "especially_grave"), (None, None)])
def test_gravity_by_the_articles_maximum(months: int | None, gravity: str | None) -> None:
    assert _kz().gravity(months) == gravity


def test_a_prison_sentence_gives_appeal_parole_and_term_end() -> None:
    sentence = records.Sentence(uid="abc", person_id=7, case_id=3, date=date(2020, 1, 1),
                                kind="prison", years=6)
    facts = Facts(sentences=(sentence,), jurisdictions={3: "KZ"},
                  maximum_months={(7, 3): 120})   # grave: half the term
    found = {d.kind: d for d in derive(facts)}
    assert found["appeal"].due == date(2020, 1, 16)
    assert found["parole"].due == date(2023, 1, 1)
    assert found["sentence_end"].due == date(2026, 1, 1)
    assert found["parole"].key == "parole:abc" and found["parole"].person_id == 7


def test_no_parole_without_a_known_gravity_and_no_rules_elsewhere() -> None:
    sentence = records.Sentence(uid="abc", person_id=7, case_id=3, date=date(2020, 1, 1),
                                kind="prison", years=6)
    kinds = [d.kind for d in derive(Facts(sentences=(sentence,), jurisdictions={3: "KZ"}))]
    assert kinds == ["appeal", "sentence_end"]
    assert derive(Facts(sentences=(sentence,), jurisdictions={3: "BY"})) == []


def test_a_verdict_hearing_gives_the_case_an_appeal_window_unless_a_sentence_does() -> None:
    hearing = records.Hearing(uid="h1", case_id=3, date=date(2024, 3, 1), kind="verdict")
    alone = derive(Facts(verdict_hearings=(hearing,)))
    assert [(d.key, d.due, d.person_id) for d in alone] == [
        ("appeal:h1", date(2024, 3, 16), None)]
    sentence = records.Sentence(uid="s1", person_id=7, case_id=3, date=date(2024, 3, 1))
    both = derive(Facts(sentences=(sentence,), verdict_hearings=(hearing,)))
    assert [d.key for d in both] == ["appeal:s1"]


def test_marks_and_windows() -> None:
    sentence = records.Sentence(uid="s1", person_id=7, date=date(2024, 3, 1))
    found = derive(Facts(sentences=(sentence,)))
    marked = deadlines.with_marks(found, {"appeal:s1": "done"})
    assert not marked[0].is_open
    assert deadlines.between(marked, date(2024, 3, 1), date(2024, 3, 31)) == []
    assert deadlines.between(marked, date(2024, 3, 1), date(2024, 3, 31), open_only=False)


@pytest.mark.parametrize("today, text", [
    (date(2024, 3, 13), "appeal window closes in 3 days"),
    (date(2024, 3, 15), "appeal window closes in 1 day"),
    (date(2024, 3, 16), "appeal window closes today"),
    (date(2024, 3, 18), "appeal window closed 2 days ago"),
])
def test_what_a_deadline_says(today: date, text: str) -> None:
    sentence = records.Sentence(uid="s1", person_id=7, date=date(2024, 3, 1))
    assert derive(Facts(sentences=(sentence,)))[0].describe(today) == text


def test_window_end_counts_calendar_months_and_days() -> None:
    assert window_end(date(2024, 1, 31), Term(months=1)) == date(2024, 2, 29)
    assert window_end(date(2024, 1, 31), Term(days=15)) == date(2024, 2, 15)


def test_a_malformed_rules_file_is_refused_by_name() -> None:
    with pytest.raises(Invalid, match="KZ.json"):
        parse_rules('{"jurisdiction": "KZ", "rules": [{"kind": "appeal"}]}', "KZ.json")
    with pytest.raises(Invalid, match="XX.json"):
        parse_rules("not json", "XX.json")
    negative = ('{"jurisdiction": "KZ", "rules": [{"id": "a", "kind": "appeal", "from": "verdict",'
                ' "period": {"days": -1}, "checked": false}]}')
    with pytest.raises(Invalid, match="YY.json.*negative"):
        parse_rules(negative, "YY.json")


@pytest.mark.parametrize("language, days_left, text", [
    ("ru", 3, "истекает срок апелляции через 3 дня"),
    ("ru", 5, "истекает срок апелляции через 5 дней"),
    ("ru", -1, "срок апелляции истёк 1 день назад"),
    ("kk", 3, "3 күннен кейін: апелляциялық шағым беру мерзімі аяқталады"),
    ("kk", 0, "бүгін: апелляциялық шағым беру мерзімі аяқталады"),
])
def test_what_a_deadline_says_in_kazakh_and_russian(language: str, days_left: int,
                                                     text: str) -> None:
    from datetime import timedelta

    from caseapp.i18n import translation

    catalog = translation(language)
    sentence = records.Sentence(uid="s1", person_id=7, date=date(2024, 3, 1))
    deadline = derive(Facts(sentences=(sentence,)))[0]
    today = deadline.due - timedelta(days=days_left)
    assert deadline.describe(today, catalog.ngettext, catalog.gettext) == text
