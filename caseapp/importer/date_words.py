# SPDX-License-Identifier: GPL-3.0-or-later
"""Calendar words of Kazakh, Russian and English: months with their case forms, weekdays,
relative words, year words and the small words that join dates into ranges.

Kazakh months carry suffixes (тамызда, желтоқсанынан, қыркүйектің); Russian months decline
(августа, апреле); English months are capitalised. Each reader returns a number or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

_KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
              "қыркүйек", "қазан", "қараша", "желтоқсан")
_KK_MONTH_SUFFIX = re.compile(
    r"(?:ы|і|сы|сі)?(?:да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|дың|дің|тың|тің|ның|нің|"
    r"ға|ге|қа|ке|на|не|н)?")
_RU_MONTHS = re.compile(
    r"(?:(январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)|"
    r"(март|август)(?:а|е|у|ом)?|(ма)(?:й|я|е|ю|ем))")
_RU_STEMS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
             "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
_EN_MONTHS = {name: number for number, name in enumerate(
    "January February March April May June July August September October November December"
    .split(), start=1)}
_EN_MONTHS.update({"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
                   "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12})

WEEKDAYS = {
    "en": {n: i for i, n in enumerate(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())},
    "ru": {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
           "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6},
    "kk": {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
           "сенбі": 5, "жексенбі": 6},
}
#: Single words that name a day relative to publication: offset in days.
RELATIVE_DAYS = {
    "кеше": -1, "бүгін": 0, "ертең": 1, "вчера": -1, "сегодня": 0, "завтра": 1,
    "позавчера": -2, "послезавтра": 2, "yesterday": -1, "today": 0, "tomorrow": 1,
}
#: Word sequences naming the month or year relative to publication: (unit, offset).
RELATIVE_PHRASES = {
    ("в", "прошлом", "месяце"): ("month", -1), ("в", "этом", "месяце"): ("month", 0),
    ("в", "прошлом", "году"): ("year", -1), ("в", "этом", "году"): ("year", 0),
    ("last", "month"): ("month", -1), ("this", "month"): ("month", 0),
    ("last", "year"): ("year", -1), ("this", "year"): ("year", 0),
    ("өткен", "айда"): ("month", -1), ("осы", "айда"): ("month", 0),
    ("өткен", "жылы"): ("year", -1), ("былтыр",): ("year", -1), ("биыл",): ("year", 0),
    ("the", "same", "day"): ("same", 0), ("the", "same", "evening"): ("same", 0),
    ("the", "same", "morning"): ("same", 0), ("that", "same", "day"): ("same", 0),
    ("в", "тот", "же", "день"): ("same", 0), ("в", "тот", "же", "вечер"): ("same", 0),
    ("сол", "күні"): ("same", 0), ("the", "next", "day"): ("same", 1),
    ("the", "following", "day"): ("same", 1), ("a", "day", "later"): ("same", 1),
    ("на", "следующий", "день"): ("same", 1), ("на", "другой", "день"): ("same", 1),
    ("келесі", "күні"): ("same", 1), ("ертесі", "күні"): ("same", 1), ("ертесіне",): ("same", 1),
}
#: Words after a day and month that give them the year named last ("January 20 that year").
THAT_YEAR = {("that", "year"), ("the", "same", "year"), ("того", "же", "года"),
             ("сол", "жылдың"), ("сол", "жылғы"), ("сол", "жылы")}
YEAR_WORDS = re.compile(r"^(жыл|жылы|жылғы|жылдың|жылдан|жылға|жылда|года|году|год|г|year)$")
#: Words allowed between the parts of one date or range.
CONNECTORS = frozenset(
    ", – - — и в во по с со до and to between from until till through of the on in пен мен "
    "бен және аралығында жылы жылғы жылдың жылдан жыл года году год г күні айы айында "
    "айынан айынан бері since".split())
YEAR_BEFORE = frozenset("in since from by until till of в с со до к since by to and".split())


@lru_cache(maxsize=65536)
def month_of(word: str, language: str, *, capital_ok: bool) -> int | None:
    """The month a word names in ``language``, or None (Kazakh suffixes allowed)."""
    if language == "en":
        return _EN_MONTHS.get(word.rstrip("."))
    lowered = word.lower()
    if word[:1].isupper() and not capital_ok:
        return None
    found = kazakh_month(lowered) if language == "kk" else None
    if found is None:
        match = _RU_MONTHS.fullmatch(lowered)
        found = _RU_STEMS[next(g for g in match.groups() if g)] if match else None
    return found


def kazakh_month(lowered: str) -> int | None:
    for number, stem in enumerate(_KK_MONTHS, start=1):
        if lowered.startswith(stem) and _KK_MONTH_SUFFIX.fullmatch(lowered[len(stem):]):
            return number
    return None


def kazakh_month_bare(lowered: str) -> bool:
    """The month word has no case suffix ("наурыз", not "наурызда")."""
    return lowered in _KK_MONTHS


@lru_cache(maxsize=65536)
def weekday_of(word: str, language: str) -> int | None:
    table = WEEKDAYS.get(language, {})
    if language == "kk":
        lowered = word.lower()
        return next((n for w, n in table.items() if lowered.startswith(w)
                     and len(lowered) - len(w) <= 3), None)
    if language == "ru":
        return table.get(word.lower())
    return table.get(word)
