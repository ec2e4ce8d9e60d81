# SPDX-License-Identifier: GPL-3.0-or-later
"""Event and date faults found on articles the importer had not seen (blind2, heldout),
one test per kind of fault: relative times of day and counted spans, dates that ran into
the next line or a count, a date opening a sentence, interview lines, verdict words,
terms told after an unnamed verdict, since-dates, Kazakh quotatives and agent nouns,
list lines without bullets, dates describing a case."""

from __future__ import annotations

from datetime import date

from caseapp.importer import extract

_PUBLISHED = date(2022, 5, 20)


def _dates(text: str, published: date = _PUBLISHED) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract(text, published=published).dates]


def _events(text: str, published: date = _PUBLISHED) -> list[tuple[str, str | None, list[str]]]:
    return [(e.kind, e.date, e.persons) for e in extract(text, published=published).events]


def _kinds(text: str, published: date) -> set[str]:
    return {kind for kind, _, _ in _events(text, published)}


def test_same_time_phrases_count_from_the_day_named_before():
    assert ("that night", "2022-05-13") in _dates(
        "Title\nPolice held him on May 13 and released him that night.")
    assert ("в ту же ночь", "2022-05-13") in _dates(
        "Заголовок\nЕго задержали 13 мая и отпустили в ту же ночь.")
    assert ("сол түні", "2022-05-13") in _dates(
        "Тақырып\nОны 13 мамырда ұстады, сол түні босатты.")


def test_same_time_after_a_month_is_that_month():
    assert ("В тот же вечер", "2016-05") in _dates(
        "Заголовок\nВ мае 2016 года его задержали на митинге. В тот же вечер отпустили.")


def test_same_time_prefers_the_day_over_a_background_month():
    found = _dates("Заголовок\nВчера президент помиловал журналиста, которого в январе 2024 "
                   "года осудили. Он вышел на свободу в тот же вечер.")
    assert ("в тот же вечер", "2022-05-19") in found


def test_parts_of_the_publication_day():
    assert ("this morning", "2022-05-20") in _dates("Title\nHe was taken to court this morning.")
    assert ("last night", "2022-05-19") in _dates("Title\nHe was detained last night.")


def test_counted_spans_later():
    assert ("Three days later", "2022-05-16") in _dates(
        "Title\nOn May 13 the court freed him. Three days later he was detained again.")
    assert ("через два дня", "2023-11-16") in _dates(
        "Заголовок\nЕго задержали 14 ноября 2023 года, а через два дня отправили под "
        "домашний арест.")
    assert ("екі күннен кейін", "2024-12-07") in _dates(
        "Тақырып\nОл 2024 жылдың 5 желтоқсанында ұсталып, екі күннен кейін босатылды.")
    assert ("Four months later", "2023-09") in _dates(
        "Title\nShe was detained in May 2023. Four months later she was convicted.")


def test_a_date_stops_at_a_count_and_at_a_line_break():
    found = _dates("Title\nIn a trial that ended on January 31, 22 other defendants received "
                   "terms.\nВ 2020 года\n13 сентября суд огласил приговор.", date(2023, 2, 1))
    assert ("January 31", "2023-01-31") in found
    assert not any(value == "2023-01-22" for _, value in found)
    assert ("13 сентября", "2022-09-13") in found


def test_kazakh_month_with_attributive_suffix_and_that_year():
    assert ("2011 жылғы 16 желтоқсандағы", "2011-12-16") in _dates(
        "Тақырып\n2011 жылғы 16 желтоқсандағы оқиғалар еске алынды.")
    found = _dates("Title\nShe was detained in 2021 and moved to house arrest in December "
                   "of that year.", date(2023, 3, 6))
    assert [value for text, value in found if text.startswith("December")] == ["2021-12"]
    assert ("last summer", "2021") in _dates(
        "Title\nA court sentenced nine residents over last summer's protests.")


def test_a_date_opening_the_sentence_dates_its_undated_events():
    events = _events("Title\nIn May 2016, during a rally against the land reform, Serik Abenov "
                     "was detained on the square, held for four hours and released.")
    assert ("detention", "2016-05", ["Serik Abenov"]) in events
    assert ("release", "2016-05", ["Serik Abenov"]) in events


def test_a_later_step_is_not_dated_by_the_opening_date():
    events = _events("Заголовок\nВ июле 2024 года Айжан Курманову задержали, а затем суд "
                     "приговорил её к двум годам лишения свободы.")
    assert ("detention", "2024-07", ["Айжан Курманова"]) in events
    assert not any(kind == "sentence" and value == "2024-07" for kind, value, _ in events)


def test_interview_lines_are_paragraphs_of_their_own():
    text = ("Title\nThe court sentenced activist Yerzhan Bakytzhanuly on June 20.\n"
            "— Was he in custody?\n— He was detained on November 28 and held for 72 hours.\n"
            "— What comes next?\n— He was fined twice after that for solitary pickets.")
    events = _events(text, date(2025, 6, 24))
    assert not any(value == "2024-11-28" for kind, value, _ in events if kind == "sentence")


def test_english_verdict_word_and_quashing():
    events = _events("Title\nThe Aktobe City Court delivered its verdict in the case of activist "
                     "Yerzhan Bakytzhanuly on June 20.", date(2025, 6, 24))
    assert ("sentence", "2025-06-20", ["Yerzhan Bakytzhanuly"]) in events
    assert "sentence" not in _kinds("Title\nHuman Rights Watch urged the authorities on Friday "
                                    "to quash the verdict against Daler Saidov.", date(2025, 3, 14))


def test_terms_told_after_an_unnamed_verdict_are_that_verdict():
    text = ("Title\nA court in Gomel sentenced four rights defenders. The Gomel Regional Court "
            "announced the verdict on March 3. Ales Mikhnevich received the longest term. He "
            "was sentenced to seven years.\nValiantsin Dzemchuk got five years.")
    sentences = [e for e in _events(text, date(2023, 3, 6)) if e[0] == "sentence"]
    assert [value for _, value, _ in sentences] == ["2023-03-03"]
    assert {"Ales Mikhnevich", "Valiantsin Dzemchuk"} <= set(sentences[0][2])


def test_terms_of_other_cases_do_not_join_a_named_verdict():
    text = ("Тақырып\nЖурналист Жанар Мұхамбетова 2024 жылғы 3 сәуірде 7 жылға сотталған.\n"
            "Жаңаөзен тұрғыны Қуаныш Базарбаев 8 жылға сотталған.")
    events = _events(text, date(2025, 12, 10))
    assert ("sentence", "2024-04-03", ["Жанар Мұхамбетова"]) in events
    assert ("sentence", None, ["Қуаныш Базарбаев"]) in events


def test_a_since_date_dates_no_event_beside_it():
    events = _events("Заголовок\nНурсултана Бекенова этапировали в Павлодар, и с прошлой весны "
                     "от него нет вестей.", date(2026, 1, 19))
    assert not any(value == "2025" for _, value, _ in events)


def test_a_kazakh_protest_noun_is_no_crowd():
    events = _events("Тақырып\nБелсенді Данияр Орын бүгін сотталды. 2019 жылғы 9 маусымда ол "
                     "Алматыда наразылыққа шыққан.", date(2023, 4, 12))
    assert ("protest", "2019-06-09", ["Данияр Орын"]) in events


def test_kazakh_agent_nouns_and_quotative_accusations():
    assert "sentence" not in _kinds("Тақырып\nТергеу нұсқасы бойынша, сотталушылар 5 қаңтарда "
                                    "әкімдік ғимаратына шабуыл жасаған.", date(2022, 11, 30))
    events = _events("Тақырып\nБішкектің Свердлов аудандық соты жұма күні журналист Элдияр "
                     "Тоқтоғұл уулуды жаппай тәртіпсіздікке шақырды деп тапты.", date(2025, 2, 17))
    assert ("sentence", "2025-02-14", ["Элдияр Тоқтоғұл уулу"]) in events
    assert not any(kind == "statement" for kind, _, _ in events)


def test_kazakh_detention_verbs():
    events = _events("Тақырып\nПолиция белсенді Ерасыл Орынбасарды 3 желтоқсанда алып кетті.",
                     date(2024, 12, 5))
    assert ("detention", "2024-12-03", ["Ерасыл Орынбасар"]) in events


def test_list_lines_without_bullets_join_the_verdict_before_them():
    text = ("Заголовок\n13 сентября Гомельский областной суд огласил приговор. Процесс шёл с "
            "16 июня в закрытом режиме. Сроки распределились так:\n"
            "Алесь Ковалевич — 6 лет колонии;\nСергей Левчук — 5 лет колонии;\n"
            "Денис Шпак — 4 года колонии.")
    sentence = next(e for e in extract(text, published=date(2021, 9, 14)).events
                    if e.kind == "sentence")
    assert sentence.date == "2021-09-13"
    assert {"Алесь Ковалевич", "Сергей Левчук", "Денис Шпак"} <= set(sentence.persons)
    assert sentence.person_terms["Денис Шпак"].startswith("4 года")


def test_a_date_after_a_case_noun_describes_the_case():
    events = _events("Заголовок\n13 сентября суд огласил Алесю Ковалевичу приговор по делу о "
                     "беспорядках 10 августа 2020 года.", date(2021, 9, 14))
    assert ("sentence", "2021-09-13", ["Алесь Ковалевич"]) in events


def test_a_kazakh_verdict_left_to_a_later_day_is_no_verdict():
    assert "sentence" not in _kinds("Тақырып\nРысбековтің ісі 17 қарашада қаралып, үкім 22 "
                                    "желтоқсанға қалдырылды.", date(2025, 12, 10))


def test_an_english_trial_that_began_is_a_hearing():
    events = _events("Title\nThe court announced the verdict on Ales Mikhnevich on March 3 after "
                     "a closed trial that began in January.", date(2023, 3, 6))
    assert ("hearing", "2023-01", ["Ales Mikhnevich"]) in events
