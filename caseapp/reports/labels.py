# SPDX-License-Identifier: GPL-3.0-or-later
"""Report wording, dates and terms in kk, ru and en, chosen per report.

A report's language is independent of the volunteer's UI language, so these
strings do not go through gettext: each key holds its (en, ru, kk) triple, and
``Labels(language)`` answers in one of them.
"""

from __future__ import annotations

from datetime import date, time

from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import Term
from caseapp.reports import vocab

_INDEX = {"en": 0, "ru": 1, "kk": 2}
#: Dates keep "25 August" and "2019 г." together when a narrow column wraps them.
NBSP = "\u00a0"

TEXT: dict[str, tuple[str, str, str]] = {
    "dossier": ("Person dossier", "Досье", "Жеке досье"),
    "brief": ("Campaign brief", "Информационная справка", "Науқан бойынша анықтама"),
    "schedule": ("Hearing schedule", "График судебных заседаний", "Сот отырыстарының кестесі"),
    "summary": ("Summary", "Кратко", "Қысқаша"),
    "identity": ("Identity", "Личные данные", "Жеке деректер"),
    "name": ("Name", "Имя", "Аты-жөні"),
    "also_written": ("Also written", "Другие написания", "Басқа жазылуы"),
    "birth_date": ("Date of birth", "Дата рождения", "Туған күні"),
    "gender": ("Gender", "Пол", "Жынысы"),
    "citizenship": ("Citizenship", "Гражданство", "Азаматтығы"),
    "status": ("Status", "Статус", "Мәртебесі"),
    "contacts": ("Contacts", "Контакты", "Байланыс"),
    "address": ("Address", "Адрес", "Мекенжайы"),
    "relatives": ("Relatives", "Родственники", "Туыстары"),
    "private_notes": ("Private notes", "Служебные заметки", "Қызметтік жазбалар"),
    "detentions": ("Detention timeline", "Хронология содержания под стражей",
                   "Қамауда ұстау хронологиясы"),
    "facility": ("Facility", "Учреждение", "Мекеме"),
    "kind": ("Type", "Вид", "Түрі"),
    "from": ("From", "С", "Басталуы"),
    "to": ("To", "По", "Аяқталуы"),
    "days_held": ("Days held", "Дней", "Күн саны"),
    "ongoing": ("ongoing", "по настоящее время", "қазіргі уақытқа дейін"),
    "cases": ("Cases and charges", "Уголовные дела и обвинения", "Қылмыстық істер мен айыптар"),
    "case": ("Case", "Дело", "Іс"),
    "stage": ("Stage", "Стадия", "Сатысы"),
    "opened": ("Opened", "Возбуждено", "Қозғалған күні"),
    "article": ("Article", "Статья", "Бап"),
    "charge": ("Charge", "Обвинение", "Айып"),
    "criminal_code": ("Criminal Code", "УК", "ҚК"),
    "hearings": ("Hearings", "Судебные заседания", "Сот отырыстары"),
    "upcoming": ("Upcoming", "Предстоящие", "Алдағы"),
    "upcoming_mark": ("upcoming", "предстоит", "алда"),
    "past": ("Past", "Прошедшие", "Өткен"),
    "date": ("Date", "Дата", "Күні"),
    "time": ("Time", "Время", "Уақыты"),
    "court": ("Court", "Суд", "Сот"),
    "judge": ("Judge", "Судья", "Судья"),
    "outcome": ("Outcome", "Результат", "Нәтижесі"),
    "defendants": ("Defendants", "Подсудимые", "Сотталушылар"),
    "lawyers": ("Lawyers", "Адвокаты", "Адвокаттар"),
    "observers": ("Observers", "Наблюдатели", "Бақылаушылар"),
    "outcome_missing": ("Outcome missing", "Результат не внесён", "Нәтижесі енгізілмеген"),
    "sentences": ("Sentence", "Приговор", "Үкім"),
    "term": ("Term", "Срок", "Мерзімі"),
    "term_start": ("Term counted from", "Начало срока", "Мерзімнің басталуы"),
    "credited": ("Credited days", "Зачтено дней", "Есепке алынған күндер"),
    "expected_release": ("Expected release", "Ожидаемое освобождение",
                         "Босатылуы күтілетін күн"),
    "fine": ("Fine", "Штраф", "Айыппұл"),
    "pace": ("PACE Resolution 1900 criteria met", "Критерии резолюции ПАСЕ 1900",
             "ЕКПА 1900 қарарының өлшемдері"),
    "actions": ("Campaign actions", "Действия кампании", "Науқан әрекеттері"),
    "action": ("Action", "Действие", "Әрекет"),
    "responsible": ("Responsible", "Ответственный", "Жауапты"),
    "sources": ("Sources", "Источники", "Дереккөздер"),
    "persons": ("Persons", "Персоналии", "Тұлғалар"),
    "person_count": ("Persons in this brief: {n}", "Лиц в справке: {n}",
                     "Анықтамадағы тұлғалар саны: {n}"),
    "next_hearing": ("Next hearing", "Следующее заседание", "Келесі отырыс"),
    "articles": ("Articles", "Статьи", "Баптар"),
    "prepared_by": ("Prepared by", "Подготовил(а)", "Дайындаған"),
    "generated": ("Generated {date}", "Сформировано {date}", "Жасалған күні: {date}"),
    "page": ("Page {n} of ", "Стр. {n} из ", "Бет {n} / "),
    "confidential": ("Confidential — for legal and advocacy use only; do not forward",
                     "Конфиденциально — только для юридической и правозащитной работы",
                     "Құпия — тек заңгерлік және құқық қорғау жұмысына арналған"),
    "public": ("Prepared for public distribution", "Подготовлено для публичного распространения",
               "Көпшілікке таратуға арналған"),
    "window": ("Hearings from {start} to {end}", "Заседания с {start} по {end}",
               "Отырыстар: {start} – {end}"),
    "no_hearings": ("No hearings are scheduled in this period.",
                    "В этот период заседаний не назначено.",
                    "Бұл кезеңде сот отырыстары белгіленбеген."),
    "missing_intro": ("Past hearings whose outcome has not been recorded yet:",
                      "Прошедшие заседания, результат которых ещё не внесён:",
                      "Нәтижесі әлі енгізілмеген өткен отырыстар:"),
    "s_detained_since": ("Detained since {date} ({days} days)", "Под стражей с {date} ({days} дн.)",
                         "Қамауға алынған күні: {date} ({days} күн)"),
    "s_held_at": ("held at {place}", "место содержания: {place}", "ұсталатын орны: {place}"),
    "s_charged": ("charged under article {articles} of the Criminal Code",
                  "обвиняется по ст. {articles} УК", "айып тағылған баптар: ҚК {articles}"),
    "s_sentenced": ("Sentenced on {date}: {term}", "Приговор от {date}: {term}",
                    "Үкім ({date}): {term}"),
    "s_release": ("expected release {date}", "ожидаемое освобождение — {date}",
                  "босатылуы күтілетін күн: {date}"),
    "s_next": ("Next hearing: {date}, {court}", "Следующее заседание: {date}, {court}",
               "Келесі отырыс: {date}, {court}"),
    "s_status": ("Current status: {status}", "Текущий статус: {status}",
                 "Қазіргі мәртебесі: {status}"),
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
}
_RU_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря")

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
}

_TERM_UNITS = {
    "en": (("year", "years"), ("month", "months"), ("day", "days")),
    "ru": (("год", "года", "лет"), ("месяц", "месяца", "месяцев"), ("день", "дня", "дней")),
    "kk": (("жыл",), ("ай",), ("күн",)),
}


class Labels:
    """The words of one report language: ``labels["status"]``, dates, terms, enums."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._index = _INDEX[language]

    def __getitem__(self, key: str) -> str:
        return TEXT[key][self._index]

    def format(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def enum(self, kind: str, value: str) -> str:
        """The label of a stored enum value ("detained") in this language."""
        return vocab.label(kind, value, self._index)

    def day(self, value: date | None) -> str:
        """25 August 2019 · 25 августа 2019 г. · 2019 жылғы 25 тамыз."""
        if value is None:
            return ""
        return format_day(value.year, value.month, value.day, self.language)

    def weekday_and_day(self, value: date) -> str:
        """Monday, 17 March 2025 · понедельник, 17 марта 2025 г. · 2025 жылғы 17 наурыз, дүйсенбі."""
        weekday = _WEEKDAYS[self.language][value.weekday()]
        if self.language == "kk":
            return f"{self.day(value)}, {weekday}"
        return f"{weekday}, {self.day(value)}"

    def partial(self, value: PartialDate | None) -> str:
        """A date known to the day, the month or only the year."""
        if value is None:
            return ""
        if value.day and value.month:
            return format_day(value.year, value.month, value.day, self.language)
        if value.month:
            return format_month(value.year, value.month, self.language)
        return format_year(value.year, self.language)

    def clock(self, value: time | None) -> str:
        return value.strftime("%H:%M") if value else ""

    def term(self, term: Term) -> str:
        return format_term(term, self.language)


def format_day(year: int, month: int, day: int, language: str) -> str:
    if language == "ru":
        return f"{day}{NBSP}{_RU_GENITIVE[month - 1]} {year}{NBSP}г."
    if language == "kk":
        return f"{year}{NBSP}жылғы {day}{NBSP}{_MONTHS['kk'][month - 1]}"
    return f"{day}{NBSP}{_MONTHS['en'][month - 1]} {year}"


def format_month(year: int, month: int, language: str) -> str:
    if language == "ru":
        return f"{_MONTHS['ru'][month - 1]} {year}{NBSP}г."
    if language == "kk":
        return f"{year}{NBSP}жылғы {_MONTHS['kk'][month - 1]}"
    return f"{_MONTHS['en'][month - 1]} {year}"


def format_year(year: int, language: str) -> str:
    return {"ru": f"{year}{NBSP}г.", "kk": f"{year}{NBSP}ж."}.get(language, str(year))


def format_term(term: Term, language: str) -> str:
    """7 years, 6 months · 7 лет 6 месяцев · 7 жыл 6 ай."""
    amounts = (term.years, term.months, term.days)
    parts = [f"{n} {_plural(forms, n, language)}"
             for n, forms in zip(amounts, _TERM_UNITS[language]) if n]
    return (", " if language == "en" else " ").join(parts)


def _plural(forms: tuple[str, ...], n: int, language: str) -> str:
    if language == "en":
        return forms[0] if n == 1 else forms[1]
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        return forms[1] if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else forms[2]
    return forms[0]
