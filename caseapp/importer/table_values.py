# SPDX-License-Identifier: GPL-3.0-or-later
"""Spreadsheet cells read as values: partial and free-form dates in kk/ru/en, Excel serial
dates, times, and the words lists use for gender, status and kinds.

Every reader raises Invalid with a reason for a cell it cannot read; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from caseapp.domain import enums
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import _
from caseapp.importer.date_words import YEAR_WORDS, month_of

#: Excel's day 0 (its serial 60 is the 29 February 1900 that never was; later serials
#: count from here).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: Serial numbers read as dates: 1927-05-18 to 2119-01-05 (four digits are years).
_SERIAL = re.compile(r"[1-7]\d{4}(?:\.\d+)?")
_ISO_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?")
_TOKEN = re.compile(r"\d+|[^\W\d_]+\.?", re.UNICODE)
_TIME = re.compile(r"(\d{1,2})[:.h](\d{2})(?::(\d{2}))?")
_FILLER = frozenset({",", "г.", "гг.", "of", "the", "күні", "айы", "ж.", "жыл."})


def cell_text(cell: object) -> str:
    """A cell as one line of NFC text (numbers without a trailing ".0")."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return " ".join(unicodedata.normalize("NFC", str(cell)).split())


def read_date(cell: object) -> PartialDate | None:
    """A date cell: a workbook date, an Excel serial, "12.03.2024", "2024-03",
    "март 2024 г.", "2019 жылғы 25 тамыз", "11 апреля 1931 г.", "March 12, 2024"."""
    if isinstance(cell, dt.datetime):
        return PartialDate.from_date(cell.date())
    if isinstance(cell, dt.date):
        return PartialDate.from_date(cell)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _number_date(cell)
    text = cell_text(cell)
    if not text:
        return None
    return _text_date(text)


def _number_date(number: float) -> PartialDate:
    if 1000 <= number <= 2999 and float(number).is_integer():
        return PartialDate(int(number))
    if 10000 <= number < 80000:
        return PartialDate.from_date(_EXCEL_EPOCH + dt.timedelta(days=int(number)))
    raise Invalid(_("“{text}” is not a date").format(text=cell_text(number)))


def _text_date(text: str) -> PartialDate:
    stamp = _ISO_STAMP.fullmatch(text)
    if stamp:
        text = stamp.group(1)
    if _SERIAL.fullmatch(text):
        return _number_date(float(text))
    try:
        return PartialDate.parse(text)
    except Invalid:
        pass
    found = _worded_date(text)
    if found is None:
        raise Invalid(_("“{text}” is not a date; write 12.03.2024, 03.2024, 2024 or "
                        "“12 марта 2024”").format(text=text))
    return found


def _worded_date(text: str) -> PartialDate | None:
    """Day, month word and year in any order, with year words ("г.", "жылғы") around them."""
    day = month = year = None
    for token in _TOKEN.findall(text.replace("ё", "е")):
        lowered = token.casefold()
        if token.isdigit():
            number = int(token)
            if len(token) == 4 and year is None:
                year = number
            elif len(token) <= 2 and day is None and 1 <= number <= 31:
                day = number
            else:
                return None
        elif (found := _month(token)) is not None and month is None:
            month = found
        elif not (YEAR_WORDS.match(lowered.rstrip(".")) or lowered in _FILLER):
            return None
    if year is None or (day is not None and month is None):
        return None
    try:
        return PartialDate(year, month, day if month else None)
    except Invalid:
        return None


def _month(word: str) -> int | None:
    bare = word.rstrip(".")
    for language in ("kk", "ru"):
        found = month_of(bare, language, capital_ok=True)
        if found is not None:
            return found
    return month_of(bare[:1].upper() + bare[1:].lower(), "en", capital_ok=True)


def read_full_date(cell: object) -> dt.date | None:
    """A date that must name its day (a hearing's)."""
    partial = read_date(cell)
    if partial is None:
        return None
    if partial.precision != "day":
        raise Invalid(_("“{text}” needs the day too").format(text=cell_text(cell)))
    return partial.first_day()


def read_time(cell: object) -> dt.time | None:
    """"10:00", "9.30", "14h15", a workbook time or a fraction of a day."""
    if isinstance(cell, dt.datetime):
        return cell.time()
    if isinstance(cell, dt.time):
        return cell
    if isinstance(cell, float) and 0 <= cell < 1:
        minutes = round(cell * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    text = cell_text(cell)
    if not text:
        return None
    match = _TIME.fullmatch(text)
    try:
        if match:
            return dt.time(int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))
    except ValueError:
        pass
    raise Invalid(_("“{text}” is not a time; write 10:00").format(text=text))


#: Words (or their beginnings, ending in "*") for vocabulary values, kk, ru and en.
_GENDER = {
    "male": ("м", "муж*", "мужчина", "ер", "ер адам", "еркек", "male", "m", "man"),
    "female": ("ж", "жен*", "женщина", "әйел", "қыз", "female", "f", "woman"),
}
_STATUS = {
    "detained": ("задерж*", "арестован*", "под стражей", "в сизо", "в изоляторе",
                 "қамау*", "ұсталған*", "тұтқында*", "detained", "arrested", "in custody"),
    "house_arrest": ("домашний арест", "под домашним арестом", "үй қамағы*",
                     "house arrest", "under house arrest"),
    "sentenced": ("осужд*", "приговор*", "отбывает*", "в колонии", "сотталған*",
                  "жаза өтеуде*", "sentenced", "convicted", "serving*"),
    "released": ("освобожд*", "отпущен*", "вышел на свободу", "вышла на свободу",
                 "босатыл*", "released", "freed"),
    "at_large": ("на свободе", "не задержан*", "бостандықта", "at large", "free"),
    "in_exile": ("в эмиграции", "в изгнании", "эмигрировал*", "уехал*", "за рубежом",
                 "эмиграция*", "шетелде", "in exile", "exiled", "emigrated", "abroad"),
    "deceased": ("умер*", "погиб*", "скончал*", "қайтыс бол*", "қаза тап*", "deceased",
                 "died", "dead"),
    "unknown": ("неизвест*", "нет данных", "белгісіз", "unknown", "n/a", "?"),
}
_CASE_STATUS = {
    "investigation": ("следствие", "расследование", "тергеу*", "investigation"),
    "trial": ("суд", "судебное разбирательство", "сот*", "trial", "in court"),
    "appeal": ("апелляция", "апелляци*", "appeal"),
    "sentenced": ("приговор*", "осужд*", "үкім*", "sentenced", "convicted"),
    "closed": ("закрыто", "прекращено", "тоқтатыл*", "closed", "dropped"),
    "acquitted": ("оправдан*", "ақталды*", "acquitted"),
}
_FACILITY_KIND = {
    "police": ("полиция", "отдел полиции", "увд", "ровд", "полиция бөлімі", "police*"),
    "temporary": ("ивс", "изолятор временного содержания", "уақытша ұстау*", "temporary*"),
    "pretrial": ("сизо", "следственный изолятор", "тергеу изоляторы", "pre trial*",
                 "pretrial*", "remand*"),
    "colony": ("колония", "ик", "ик *", "исправительная колония", "түзеу мекемесі",
               "колония*", "colony", "penal colony", "prison"),
    "psychiatric": ("психиатр*", "психбольница", "психиатриялық*", "psychiatric*"),
}
_DETENTION_KIND = {
    "police": ("задержание", "полиция", "police*"),
    "administrative": ("административный арест", "адм арест", "әкімшілік*",
                       "administrative*"),
    "pretrial": ("сизо", "арест", "содержание под стражей", "стража", "қамауға алу",
                 "pre trial*", "pretrial*", "remand*", "custody"),
    "house_arrest": ("домашний арест", "үй қамағы*", "house arrest"),
    "colony": ("колония", "лишение свободы", "бас бостандығынан айыру", "colony", "prison*"),
    "psychiatric": ("психиатр*", "принудительное лечение", "psychiatric*"),
}
_HEARING_KIND = {
    "preliminary": ("предварительное*", "алдын ала*", "preliminary*"),
    "trial": ("судебное заседание", "заседание", "рассмотрение по существу", "сот отырысы",
              "trial", "hearing"),
    "verdict": ("приговор*", "оглашение приговора", "үкім*", "verdict*", "sentencing"),
    "appeal": ("апелляция", "апелляци*", "appeal*"),
    "cassation": ("кассация", "кассаци*", "cassation*"),
    "parole": ("удо", "условно досрочное*", "шартты түрде мерзімінен бұрын*", "parole*"),
}
VOCABULARIES: dict[str, tuple[type[enums.Labelled], dict[str, tuple[str, ...]]]] = {
    "gender": (enums.Gender, _GENDER),
    "status": (enums.PersonStatus, _STATUS),
    "case_status": (enums.CaseStatus, _CASE_STATUS),
    "facility_kind": (enums.FacilityKind, _FACILITY_KIND),
    "detention_kind": (enums.DetentionKind, _DETENTION_KIND),
    "hearing_kind": (enums.HearingKind, _HEARING_KIND),
}
_WORD_KEY = re.compile(r"[^\w?/]+")


def word_key(text: str) -> str:
    return _WORD_KEY.sub(" ", cell_text(text).casefold().replace("ё", "е")).strip()


def read_word(vocabulary: str, cell: object) -> str | None:
    """The stored value a cell's word names in a vocabulary ("Задержана" → "detained")."""
    text = cell_text(cell)
    found = _word_value(vocabulary, word_key(text))
    if found == "":
        enum = VOCABULARIES[vocabulary][0]
        raise Invalid(_("“{text}” is not one of: {choices}").format(
            text=text, choices=", ".join(member.value for member in enum)))
    return found


@lru_cache(maxsize=4096)
def _word_value(vocabulary: str, key: str) -> str | None:
    """The value, None for an empty cell, "" for a word of no value. Cached: a list
    repeats a handful of status and gender words thousands of times."""
    if not key:
        return None
    enum, words = VOCABULARIES[vocabulary]
    for value, forms in words.items():
        if any(_word_matches(key, form) for form in forms):
            return value
    try:
        return enum.parse(key).value
    except Invalid:
        return ""


def _word_matches(key: str, form: str) -> bool:
    if form.endswith("*"):
        return key.startswith(word_key(form[:-1]))
    return key == word_key(form)
