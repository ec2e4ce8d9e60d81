# SPDX-License-Identifier: GPL-3.0-or-later
"""Word stems that signal events and roles in Kazakh, Russian and English.

A stem matches a token that starts with it (lower case). Multi-word cues are tuples of
stems matched on consecutive tokens. Kept as tables so reviewers can extend them.
"""

from __future__ import annotations

EVENT_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "detention": (
        ("ұсталды",), ("ұсталған",), ("ұсталып",), ("қамалды",), ("қамауға", "алынды"),
        ("қамауға", "алынған"), ("изоляторында", "отыр"), ("задержал",), ("задержан",),
        ("арестован",), ("находится", "в", "следственном"), ("провёл", "в", "сизо"),
        ("провел", "в", "сизо"), ("detained",), ("arrested",), ("in", "custody", "since"),
        ("in", "detention",), ("көлікке", "отырғызып"), ("held", "in", "custody"),
    ),
    "charge": (
        ("күдік",), ("айып", "тағыл"), ("айыпталу",), ("вменяют",), ("подозрева",),
        ("обвиня",), ("обвинени",), ("accused",), ("charged",), ("charge",), ("faces", "up"),
        ("investigated",),
    ),
    "hearing": (
        ("шешім", "шығарды"), ("отырысы",), ("санкция", "берді"), ("қаралады",), ("қаралатын",),
        ("продлил",), ("рассмотрит",), ("рассмотрел",), ("отклонила",), ("отклонил",),
        ("под", "стражу"), ("заседани",), ("ordered",), ("upheld",), ("be", "heard"),
        ("granted", "parole"), ("hearing",), ("апелляциялық", "шағым"), ("ruled",),
    ),
    "sentence": (
        ("үкім",), ("приговор",), ("sentence",), ("жазасын", "өтеп"), ("кесті",), ("сотталған",), ("сотталды",), ("сотталып",),
        ("айыруға",), ("приговорён",), ("приговорен",), ("приговорил",), ("виновн",),
        ("назначил",), ("штрафовал",), ("арестовал", "на"), ("sentenced",),
        ("sentence", "handed"), ("received", "three"), ("тәулікке", "әкімшілік"),
        ("years", "of", "restricted"), ("сотталу",), ("суток",), ("тәулікке",), ("serving",), ("отбывает",),
    ),
    "release": (
        ("босатылған",), ("босатылды",), ("босауы",), ("босады",), ("на", "свободу"),
        ("освободили",), ("освобожден",), ("освобождён",), ("released",), ("freed",),
        ("walked", "out"),
    ),
    "protest": (
        ("акция",), ("акцияс",), ("пикет",), ("шеру",), ("митинг",), ("наразылық",),
        ("протест",), ("picket",), ("protest",), ("rally",), ("stood", "in", "silence"),
        ("gathered",), ("жиналды",), ("demonstration",), ("protesters",), ("rallies",),
        ("pickets",), ("протестующ",),
    ),
    "statement": (
        ("шақырды",), ("талап", "етті"), ("мәлімдеді",), ("призвал",), ("потребовал",),
        ("включило",), ("called", "on"), ("called", "for"), ("urged",), ("concluded",),
        ("demanded",), ("пікір",), ("мнени",), ("opinion",), ("письмо",), ("letter",),
        ("хат", "жолда"), ("шағым", "жолда"),
    ),
}
#: Kinds whose subject is the accused, so a sentence naming only a judge or lawyer
#: ("Судья … оны кесті") still concerns the main person of the story.
ABOUT_DETAINEE = frozenset({"detention", "charge", "hearing", "sentence", "release", "statement"})

ROLE_CUES: dict[str, tuple[str, ...]] = {
    "lawyer": ("адвокат", "қорғаушы", "защитник", "lawyer", "attorney", "юрист"),
    "judge": ("судья", "судьясы", "judge"),
    "official": ("прокурор", "гособвинитель", "айыптаушы", "prosecutor", "әкім", "аким",
                 "заместитель", "баспасөз", "хатшысы", "spokes", "official", "тергеуші",
                 "следовател", "minister", "министр"),
    "relative": ("жұбайы", "әйелі", "күйеуі", "анасы", "әкесі", "ұлы", "қызы", "супруг",
                 "муж", "жена", "мать", "отец", "сын", "дочь", "wife", "husband", "mother",
                 "father", "son", "daughter", "brother", "sister", "ағасы", "інісі", "брат",
                 "сестра", "әпкесі", "апасы", "қарындасы", "бауыры", "sister", "nephew",
                 "niece", "сыны", "дочери"),
    "journalist": ("журналист", "тілші", "редактор", "reporter", "journalist", "editor",
                   "blogger", "блогер", "медиаюрист"),
    "activist": ("белсенді", "активист", "activist", "правозащитни", "құқық", "human"),
}
DETAINEE_KINDS = frozenset({"detention", "charge", "sentence", "release"})
#: Kinds whose undated telling takes the latest day named before it in the paragraph.
NARRATIVE_KINDS = frozenset({"detention", "release", "protest", "hearing", "sentence"})
#: Kinds whose undated telling falls back to the news day ("вчера", "on Monday").
NEWS_DAY_KINDS = frozenset({"detention", "release", "protest"})
#: Words opening a relative clause: an event cued after one has no date of the main clause.
RELATIVE_CLAUSE = frozenset("которую который которого которой которые которых who whom whose "
                            "which".split())
#: Words before an end date ("до 22 апреля", "until"), not the event's own date.
UNTIL = frozenset("до until till дейін по".split())
#: Pronouns that open a sentence about the person just named.
PRONOUNS = frozenset("ол олар он она они he she they".split())


def role_of(word: str) -> str | None:
    """The role a lower-case word names ("адвокаты" → lawyer); short stems match whole words."""
    for role, stems in ROLE_CUES.items():
        if any(word.startswith(stem) and (len(stem) > 4 or len(word) <= len(stem) + 2)
               for stem in stems):
            return role
    return None
