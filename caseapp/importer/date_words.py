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
    r"ға|ге|қа|ке|на|не|н)?(?:ғы|гі)?")
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
    ("last", "summer"): ("year", -1), ("last", "autumn"): ("year", -1),
    ("last", "fall"): ("year", -1), ("прошлым", "летом"): ("year", -1),
    ("прошлой", "осенью"): ("year", -1), ("прошлой", "весной"): ("year", -1),
    ("прошлой", "весны"): ("year", -1), ("прошлого", "лета"): ("year", -1),
    ("the", "same", "day"): ("same", 0), ("the", "same", "evening"): ("same", 0),
    ("the", "same", "morning"): ("same", 0), ("that", "same", "day"): ("same", 0),
    ("в", "тот", "же", "день"): ("same", 0), ("в", "тот", "же", "вечер"): ("same", 0),
    ("сол", "күні"): ("same", 0), ("the", "next", "day"): ("same", 1),
    ("the", "following", "day"): ("same", 1), ("a", "day", "later"): ("same", 1),
    ("на", "следующий", "день"): ("same", 1), ("на", "другой", "день"): ("same", 1),
    ("келесі", "күні"): ("same", 1), ("ертесі", "күні"): ("same", 1), ("ертесіне",): ("same", 1),
    # the same part of the day as the day (or month) just named
    ("that", "day"): ("same", 0), ("that", "night"): ("same", 0), ("that", "evening"): ("same", 0),
    ("that", "morning"): ("same", 0), ("that", "afternoon"): ("same", 0),
    ("the", "same", "night"): ("same", 0), ("the", "same", "afternoon"): ("same", 0),
    ("later", "that", "day"): ("same", 0), ("in", "the", "evening"): ("same", 0),
    ("в", "ту", "же", "ночь"): ("same", 0), ("той", "же", "ночью"): ("same", 0),
    ("тем", "же", "вечером"): ("same", 0), ("в", "этот", "же", "день"): ("same", 0),
    ("в", "тот", "день"): ("same", 0), ("сол", "түні"): ("same", 0), ("сол", "кеште"): ("same", 0),
    ("сол", "күнгі"): ("same", 0),
    ("the", "day", "before"): ("same", -1), ("a", "day", "earlier"): ("same", -1),
    ("днем", "ранее"): ("same", -1), ("днём", "ранее"): ("same", -1),
    ("бір", "күн", "бұрын"): ("same", -1),
    # parts of the publication day
    ("this", "morning"): ("day", 0), ("this", "evening"): ("day", 0), ("tonight",): ("day", 0),
    ("earlier", "today"): ("day", 0), ("last", "night"): ("day", -1),
}
#: "three days later", "через два дня", "екі күннен кейін": a span counted from the day
#: (or month) named just before; units → (unit, size).
LATER_UNITS = {
    "day": ("day", 1), "days": ("day", 1), "week": ("day", 7), "weeks": ("day", 7),
    "month": ("month", 1), "months": ("month", 1), "день": ("day", 1), "дня": ("day", 1),
    "дней": ("day", 1), "неделю": ("day", 7), "недели": ("day", 7), "недель": ("day", 7),
    "месяц": ("month", 1), "месяца": ("month", 1), "месяцев": ("month", 1),
    "күннен": ("day", 1), "аптадан": ("day", 7), "айдан": ("month", 1),
}
#: Words after the unit ("later", "кейін") or before the number ("через", "спустя").
LATER_AFTER = frozenset("later кейін соң спустя".split())
LATER_BEFORE = frozenset("через спустя".split())
#: Counts written as words.
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "ten": 10, "один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "десять": 10, "бір": 1, "екі": 2, "үш": 3, "төрт": 4,
    "бес": 5, "алты": 6, "жеті": 7, "он": 10,
}
#: Words after a day and month that give them the year named last ("January 20 that year").
THAT_YEAR = {("that", "year"), ("the", "same", "year"), ("of", "that", "year"),
             ("того", "же", "года"),
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
