# SPDX-License-Identifier: GPL-3.0-or-later
"""Spreadsheet import through the core: dry run, one undoable command, re-import creates
nothing, duplicates inside a file, uid matching, names in any script, every entity."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from caseapp.domain import records
from caseapp.domain.errors import Cancelled, Invalid, NotFound
from caseapp.domain.queries import PersonQuery
from caseapp.domain.table_import import ImportOptions

PERSONS = """Список на 01.03.2024;;;;;
ФИО;Дата рождения;Пол;Статус;Город;Хобби
Иванов Иван Иванович;12.03.1980;муж;задержан;Алматы;шахматы
Қуанышбаев Ерлан;2019 жылғы 25 тамыз;ер;сотталған;Астана;
;;;;;
穆罕默德·阿卜杜拉;11 апреля 1931 г.;м;умер;;
Әли • Мұхаммед;45363;ж;освобождена;;
Иванов Иван Иванович;1980;м;под стражей;;
Плохая Дата;32.13.2020;м;задержан;;
"""


def _file(tmp_path: Path, text: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _run(book, path: Path, entity: str = "persons", *, dry_run: bool = False,
         keep: bool = False, extra: dict | None = None, **kwargs):
    sheet = book.table_import.read(path)
    mapping = {**book.table_import.guess(entity, sheet.headings), **(extra or {})}
    return book.table_import.run(sheet, ImportOptions(entity, mapping, keep), dry_run=dry_run,
                                 **kwargs)


def _names(book) -> list[str]:
    return sorted(r.display_name for r in book.persons.rows(
        book.persons.ids(PersonQuery())))


def test_dry_run_reports_and_writes_nothing(book, tmp_path):
    report, changes = _run(book, _file(tmp_path, PERSONS), dry_run=True)
    assert (report.rows, report.created, report.skipped) == (6, 4, 2)
    assert [(e.line, e.column) for e in report.errors] == [(8, "ФИО"), (9, "Дата рождения")]
    assert "line 3" in report.errors[0].reason
    assert report.unmapped == ["Хобби"]
    assert not changes.tables and _names(book) == []


def test_import_is_one_undo_step_and_reimport_creates_nothing(book, tmp_path):
    path = _file(tmp_path, PERSONS)
    report, changes = _run(book, path)
    assert report.created == 4 and changes.step == "Import Persons"
    assert _names(book) == sorted(["Иванов Иван Иванович", "Қуанышбаев Ерлан",
                                   "穆罕默德·阿卜杜拉", "Әли • Мұхаммед"])
    again, changes = _run(book, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert not changes.tables
    assert book.undo_step().step == "Import Persons"
    assert _names(book) == []


def test_values_are_read_and_searchable(book, tmp_path):
    _run(book, _file(tmp_path, PERSONS), keep=True)
    found = {r.display_name: book.get(records.Person, r.id)
             for r in book.persons.rows(book.persons.ids(PersonQuery()))}
    ivanov = found["Иванов Иван Иванович"]
    assert (str(ivanov.birth_date), ivanov.gender, ivanov.status) == ("1980-03-12", "male",
                                                                      "detained")
    assert ivanov.notes == "Город: Алматы\nХобби: шахматы"
    assert found["Қуанышбаев Ерлан"].birth_date.iso() == "2019-08-25"
    assert found["穆罕默德·阿卜杜拉"].status == "deceased"
    assert found["Әли • Мұхаммед"].birth_date.iso() == "2024-03-12"
    assert [h.label for h in book.search("Kuanyshbaev")] == ["Қуанышбаев Ерлан"]
    assert [h.label for h in book.search("阿卜杜拉")] == ["穆罕默德·阿卜杜拉"]


def test_same_person_in_another_script_and_order_updates(book, tmp_path):
    _run(book, _file(tmp_path, PERSONS))
    later = "Full name,Year of birth,Status\nErlan Kuanyshbaev,,released\nIvan Ivanov,1979,\n"
    report, _ = _run(book, _file(tmp_path, later, "later.csv"))
    assert (report.updated, report.created) == (1, 1)  # another birth year: another person
    person = book.get(records.Person, book.persons.resolve("Kuanyshbaev"))
    assert person.status == "released" and person.display_name == "Қуанышбаев Ерлан"


def test_uid_column_matches_first(book, tmp_path):
    stored, _ = book.persons.add(records.Person(display_name="Old Name"))
    text = f"uid,ФИО,Статус\n{stored.uid},Совсем Другое Имя,задержан\n"
    report, _ = _run(book, _file(tmp_path, text))
    assert report.updated == 1
    assert book.get(records.Person, stored.id).status == "detained"


def test_cp1251_semicolons_crlf_and_kk_headings(book, tmp_path):
    text = "ФИО;Дата рождения;Пол\r\nИванов Иван;1980;муж\r\nПетрова Анна;03.1990;ж"
    report, _ = _run(book, _file(tmp_path, text, encoding="cp1251"))
    assert (report.created, report.errors) == (2, [])
    kazakh = "Аты-жөні,Туған күні,Жынысы\nСерікова Әйгерім,1991,әйел\n"
    report, _ = _run(book, _file(tmp_path, kazakh, "kk.csv"))
    assert (report.created, report.mapping["Жынысы"]) == (1, "gender")


def word(number: int) -> str:
    """A distinct made-up name word per number: syllables no spelling rule merges."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    parts = []
    for _ in range(3):
        number, rest = divmod(number, len(syllables))
        parts.append(syllables[rest])
    return "".join(parts).capitalize()


@pytest.mark.slow
def test_hundred_thousand_rows(book, tmp_path):
    lines = ["ФИО,Дата рождения,Статус"] + [
        f"{word(n)} Testov,{1950 + n % 50},задержан" for n in range(100_000)]
    path = _file(tmp_path, "\n".join(lines))
    report, _ = _run(book, path)
    assert report.created == 100_000 and not report.errors
    assert len(book.persons.ids(PersonQuery())) == 100_000
    again = _file(tmp_path, "\n".join(lines[:1001]), "again.csv")
    assert _run(book, again, dry_run=True)[0].unchanged == 1000  # matched among 100,000


def test_cancel_leaves_nothing(book, tmp_path):
    lines = ["ФИО"] + [f"{word(n)} Testov" for n in range(2000)]
    abort = threading.Event()
    abort.set()
    with pytest.raises(Cancelled):
        _run(book, _file(tmp_path, "\n".join(lines)), abort=abort)
    assert _names(book) == []


def test_saved_mapping(book, tmp_path):
    book.table_import.save_mapping("ours", "persons", {"Кто": "name"})
    assert book.table_import.saved_mapping("ours", "persons") == {"Кто": "name"}
    with pytest.raises(Invalid):
        book.table_import.saved_mapping("ours", "cases")
    with pytest.raises(NotFound):
        book.table_import.saved_mapping("theirs", "persons")


def test_facilities_cases_detentions_hearings(book, tmp_path):
    _run(book, _file(tmp_path, PERSONS))
    facilities = "Название,Вид,Город,Координаты\nСИЗО ЛА-155/18,СИЗО,Алматы,\"43.2, 76.9\"\n"
    assert _run(book, _file(tmp_path, facilities, "f.csv"), "facilities")[0].created == 1
    cases = ("Номер дела;ФИО;Статья;Стадия\n"
             "2024-001;Иванов Иван Иванович;ст. 174 ч.2;следствие\n"
             "2024-001;Қуанышбаев Ерлан;274;следствие\n"
             "2024-002;Никто Никтоев;274;суд\n")
    report, _ = _run(book, _file(tmp_path, cases, "c.csv"), "cases")
    assert (report.created, report.updated, report.skipped) == (1, 1, 1)
    assert "Никто Никтоев" in report.errors[0].reason
    case_id = book.cases.resolve("2024-001")
    assert len(book.cases.details(case_id).charges) == 2
    detentions = "ФИО,Учреждение,Дата ареста\nИванов Иван Иванович,СИЗО ЛА-155/18,05.2024\n"
    assert _run(book, _file(tmp_path, detentions, "d.csv"), "detentions")[0].created == 1
    hearings = "Номер дела,Суд,Дата,Время\n2024-001,Алмалинский суд,12.06.2024,10:30\n"
    assert _run(book, _file(tmp_path, hearings, "h.csv"), "hearings")[0].created == 1
    for name, entity in (("f.csv", "facilities"), ("c.csv", "cases"), ("d.csv", "detentions"),
                         ("h.csv", "hearings")):
        again = _run(book, tmp_path / name, entity)[0]
        assert again.created == 0 and again.updated == 0, entity
