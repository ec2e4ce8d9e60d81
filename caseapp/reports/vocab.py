# SPDX-License-Identifier: GPL-3.0-or-later
"""The data model's enum values as report wording in en, ru and kk.

domain/enums.py labels follow the UI language through gettext; a report chooses
its own language, so the same values are spelled out here, keyed by enum kind.
An unknown value prints as itself with underscores turned into spaces.
"""

from __future__ import annotations

VOCAB: dict[str, dict[str, tuple[str, str, str]]] = {
    "status": {
        "at_large": ("at large", "на свободе", "бостандықта"),
        "detained": ("in detention", "под стражей", "қамауда"),
        "house_arrest": ("under house arrest", "под домашним арестом", "үй қамағында"),
        "sentenced": ("sentenced", "осуждён(а)", "сотталған"),
        "released": ("released", "освобождён(а)", "босатылған"),
        "in_exile": ("in exile", "в вынужденной эмиграции", "мәжбүрлі эмиграцияда"),
        "deceased": ("deceased", "скончался(лась)", "қайтыс болған"),
        "unknown": ("unknown", "неизвестно", "белгісіз"),
    },
    "gender": {
        "female": ("female", "женский", "әйел"),
        "male": ("male", "мужской", "ер"),
        "other": ("other", "другой", "басқа"),
        "unknown": ("not stated", "не указан", "көрсетілмеген"),
    },
    "facility": {
        "police": ("police station", "отдел полиции", "полиция бөлімі"),
        "temporary": ("temporary detention (IVS)", "изолятор временного содержания (ИВС)",
                      "уақытша ұстау изоляторы (УҰИ)"),
        "pretrial": ("pre-trial centre (SIZO)", "следственный изолятор (СИЗО)",
                     "тергеу изоляторы (ТИ)"),
        "colony": ("penal colony", "исправительная колония", "түзеу колониясы"),
        "psychiatric": ("psychiatric hospital", "психиатрическая больница",
                        "психиатриялық аурухана"),
        "other": ("other", "другое", "басқа"),
    },
    "detention": {
        "administrative": ("administrative arrest", "административный арест",
                           "әкімшілік қамақ"),
        "pretrial": ("pre-trial detention", "содержание под стражей", "күзетпен ұстау"),
        "house_arrest": ("house arrest", "домашний арест", "үй қамағы"),
        "colony": ("serving sentence", "отбывание наказания", "жаза өтеу"),
        "psychiatric": ("psychiatric confinement", "принудительная госпитализация",
                        "мәжбүрлі емдеуге жатқызу"),
    },
    "case": {
        "investigation": ("investigation", "следствие", "тергеу"),
        "trial": ("trial", "судебное рассмотрение", "сот талқылауы"),
        "appeal": ("appeal", "апелляция", "апелляция"),
        "sentenced": ("sentenced", "приговор вынесен", "үкім шығарылды"),
        "closed": ("closed", "прекращено", "тоқтатылды"),
        "acquitted": ("acquitted", "оправдательный приговор", "ақталды"),
    },
    "hearing": {
        "preliminary": ("preliminary hearing", "предварительное слушание", "алдын ала тыңдау"),
        "trial": ("trial hearing", "судебное заседание", "сот отырысы"),
        "verdict": ("verdict", "оглашение приговора", "үкім жариялау"),
        "appeal": ("appeal", "апелляция", "апелляция"),
        "cassation": ("cassation", "кассация", "кассация"),
        "parole": ("parole hearing", "рассмотрение УДО", "ШМБ қарау"),
    },
    "sentence": {
        "prison": ("imprisonment", "лишение свободы", "бас бостандығынан айыру"),
        "restricted_freedom": ("restricted freedom", "ограничение свободы",
                               "бас бостандығын шектеу"),
        "suspended": ("suspended sentence", "условное осуждение", "шартты түрде соттау"),
        "fine": ("fine", "штраф", "айыппұл"),
        "administrative_arrest": ("administrative arrest", "административный арест",
                                  "әкімшілік қамақ"),
        "compulsory_treatment": ("compulsory treatment", "принудительное лечение",
                                 "мәжбүрлеп емдеу"),
        "other": ("other", "иное", "басқа"),
    },
    "action": {
        "letter": ("letter", "письмо", "хат"),
        "petition": ("petition", "петиция", "петиция"),
        "picket": ("picket", "пикет", "пикет"),
        "statement": ("statement", "заявление", "мәлімдеме"),
        "un_osce_appeal": ("UN/OSCE appeal", "обращение в ООН/ОБСЕ", "БҰҰ/ЕҚЫҰ-ға өтініш"),
        "embassy_contact": ("embassy contact", "контакт с посольством", "елшілікпен байланыс"),
        "media": ("media", "СМИ", "БАҚ"),
        "visit": ("visit", "посещение", "бару"),
        "other": ("other", "иное", "басқа"),
    },
    "action_status": {
        "planned": ("planned", "запланировано", "жоспарланған"),
        "done": ("done", "выполнено", "орындалды"),
        "cancelled": ("cancelled", "отменено", "тоқтатылды"),
    },
    "source": {
        "news": ("news article", "новостная статья", "жаңалық мақаласы"),
        "court_document": ("court document", "судебный документ", "сот құжаты"),
        "statement": ("statement", "заявление", "мәлімдеме"),
        "interview": ("interview", "интервью", "сұхбат"),
        "social": ("social media post", "публикация в соцсетях", "әлеуметтік желідегі жазба"),
        "other": ("other", "иное", "басқа"),
    },
    "pace": {
        "pace_fundamental_rights": (
            "detention violates a fundamental right (ECHR art. 9–11)",
            "лишение свободы нарушает основное право (ст. 9–11 ЕКПЧ)",
            "бас бостандығынан айыру негізгі құқықты бұзады (АҚЕК 9–11-баптары)"),
        "pace_political_reasons": (
            "detention imposed for purely political reasons",
            "лишение свободы применено исключительно по политическим мотивам",
            "бас бостандығынан айыру тек саяси себептермен қолданылған"),
        "pace_disproportionate": (
            "length or conditions clearly disproportionate",
            "срок или условия содержания явно несоразмерны",
            "мерзімі немесе ұстау жағдайлары айқын тепе-тең емес"),
        "pace_discriminatory": (
            "detained in a discriminatory manner compared to others",
            "лишение свободы дискриминационно по сравнению с другими лицами",
            "басқалармен салыстырғанда кемсітушілікпен қамауға алынған"),
        "pace_unfair_proceedings": (
            "proceedings clearly unfair, linked to political motives",
            "разбирательство явно несправедливо и связано с политическими мотивами",
            "іс жүргізу айқын әділетсіз және саяси себептермен байланысты"),
    },
}


def label(kind: str, value: str, index: int) -> str:
    """The wording of ``value`` of enum ``kind`` for language column ``index``."""
    entry = VOCAB.get(kind, {}).get(value)
    return entry[index] if entry else value.replace("_", " ")
