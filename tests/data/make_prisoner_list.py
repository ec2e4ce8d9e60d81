# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/table_import/prisoner_list.csv: about a thousand fictional prisoners in
the style of the lists Memorial, Viasna and OVD-Info publish (a title row, Russian headings,
names in Cyrillic, Kazakh, Latin and Chinese script, dates written every way), with a few
duplicate persons and unreadable cells, and expected.json: which lines must be reported.

Every name is made up from common name parts. Run from the repository root:
    .venv/bin/python tests/data/make_prisoner_list.py
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

OUT = Path(__file__).parent / "table_import"
HEADINGS = ["№", "ФИО", "Имя латиницей", "Дата рождения", "Пол", "Регион", "Статья УК",
            "Дата задержания", "Место содержания", "Статус", "Источник", "Примечание"]
RU_FAMILY = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев",
             "Козлов", "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев",
             "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв"]
KK_FAMILY = ["Қуанышбаев", "Жақсылықов", "Әбдіқадыров", "Сейітов", "Нұрғалиев", "Төлеубаев",
             "Оспанов", "Серікбаев", "Мұхамеджанов", "Бекболатов", "Ермеков", "Құрманғалиев",
             "Жұмабаев", "Әлиев", "Тұрсынов", "Есенов"]
MALE = ["Иван", "Пётр", "Алексей", "Дмитрий", "Сергей", "Ерлан", "Дәурен", "Нұрлан",
        "Бауыржан", "Асхат", "Марат", "Ғалым", "Серік", "Тимур"]
FEMALE = ["Анна", "Мария", "Елена", "Ольга", "Айгүл", "Әлия", "Гүлнар", "Мәдина", "Жанар",
          "Динара", "Сәуле", "Ирина"]
PATRONYMIC = ["Иванович", "Петрович", "Сергеевич", "Ерланұлы", "Нұрланұлы", "Маратович", ""]
CHINESE = ["阿卜杜拉·买买提", "艾力·吐尔逊", "古丽·阿不都", "努尔·艾合买提", "米娜瓦尔·依明",
           "阿依古丽•哈斯木", "热依拉·达吾提", "伊力哈木·土赫提"]
REGIONS = ["Алматы", "Астана", "Шымкент", "Жаңаөзен", "Ақтөбе", "Минск", "Гомель", "Урумчи"]
ARTICLES = ["ст. 174 ч. 2 УК РК", "274", "ст. 405 УК РК", "342 ч.2 УК РБ", "ст. 207.3 УК РФ"]
FACILITIES = ["СИЗО ЛА-155/18", "ИК-2 Алматы", "СИЗО-1 Минск", "ИВС Шымкент", ""]
STATUSES = ["задержан", "осуждён", "под домашним арестом", "освобождён", "в эмиграции",
            "сотталған", "Detained"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан"]
LATIN = str.maketrans({"ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
                       "һ": "h", "і": "i"})
CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m",
                     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                     "", "y", "", "e", "yu", "ya"], strict=True))
#: Unreadable birth dates a list really holds, each an error of its row.
BAD_DATES = ["весной 1980", "н/д", "31.02.1990", "около 1975", "19??"]


def latin(name: str) -> str:
    lowered = name.lower().translate(LATIN)
    return " ".join(w.capitalize() for w in "".join(CYRILLIC.get(c, c) for c in lowered).split())


def written_date(rng: random.Random, year: int) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{year}", f"{year}-{month:02d}",
                       f"{day} {RU_MONTHS[month - 1]} {year} г.",
                       f"{year} жылғы {day} {KK_MONTHS[month - 1]}"])


def person(rng: random.Random, used: set[str]) -> tuple[str, str, str]:
    """(name, its Latin spelling or "", gender word), a name not used before."""
    while True:
        if rng.random() < 0.04:
            name, alias, gender = rng.choice(CHINESE), "", rng.choice(["м", "ж"])
        else:
            female = rng.random() < 0.3
            family = rng.choice(KK_FAMILY if rng.random() < 0.5 else RU_FAMILY)
            family = family + "а" if female else family
            given = rng.choice(FEMALE if female else MALE)
            patronymic = "" if female else rng.choice(PATRONYMIC)
            name = " ".join(p for p in (family, given, patronymic) if p)
            alias = latin(f"{given} {family}") if rng.random() < 0.5 else ""
            gender = rng.choice(["ж", "жен.", "әйел", "F"] if female else ["м", "муж.", "ер", "M"])
        if name not in used:
            used.add(name)
            return name, alias, gender


def rows(rng: random.Random) -> tuple[list[list[str]], dict]:
    used: set[str] = set()
    out: list[list[str]] = []
    expected: dict = {"bad": [], "duplicates": []}
    for number in range(1, 1001):
        name, alias, gender = person(rng, used)
        year = rng.randint(1950, 2004)
        born = written_date(rng, year)
        line = number + 2  # a title row, then the headings
        if number % 199 == 0:
            born = BAD_DATES[number // 199 - 1]
            expected["bad"].append([line, "Дата рождения"])
        out.append([str(number), name, alias, born, gender, rng.choice(REGIONS),
                    rng.choice(ARTICLES), written_date(rng, rng.randint(2019, 2024)),
                    rng.choice(FACILITIES), rng.choice(STATUSES),
                    f"https://example.org/prisoners/{number}",
                    rng.choice(["", "", "журналист", "активист", "блогер"])])
    for first in (10, 250, 600, 900):
        copy = list(out[first - 1])
        copy[0] = str(len(out) + 1)
        out.append(copy)
        expected["duplicates"].append([len(out) + 2, first + 2])
    return out, expected


def main() -> None:
    data, expected = rows(random.Random(2024))
    OUT.mkdir(exist_ok=True)
    with open(OUT / "prisoner_list.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["Список политических заключённых (по состоянию на 01.11.2024)"])
        writer.writerow(HEADINGS)
        writer.writerows(data)
    (OUT / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")


if __name__ == "__main__":
    main()
