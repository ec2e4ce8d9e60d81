# SPDX-License-Identifier: GPL-3.0-or-later
"""Word stems that signal events, roles, speech and modality in Kazakh, Russian and English.

A Cyrillic stem matches a token that starts with it (lower case); an English stem matches
the word itself or with an inflection ending (-s, -ed, -ing), so "freedom" is not "freed".
Multi-word cues are tuples of stems matched on consecutive tokens. Kept as tables so
reviewers can extend them without touching the rules.
"""

from __future__ import annotations

from functools import lru_cache

EVENT_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "detention": (
        ("ұсталды",), ("ұсталған",), ("ұсталып",), ("ұстады",), ("ұстаған",),
        ("қамалды",), ("қамауға", "алынды"), ("қамауға", "алынған"), ("қамауға", "алды"),
        ("тұтқындал",), ("тұтқындады",), ("қамауға", "алын"), ("қамауда", "отыр"),
        ("ұстап", "әкет"), ("ұстап", "алды"),
        ("изоляторында", "отыр"), ("абақтысында",), ("абақтыда", "отыр"), ("задержал",),
        ("задержан",), ("задержива",),
        ("арестован",), ("находится", "в", "следственном"), ("провёл", "в", "сизо"),
        ("провел", "в", "сизо"), ("провели", "в", "сизо"), ("доставлен",), ("detained",),
        ("arrested",), ("in", "custody", "since"), ("in", "detention"), ("been", "held"),
        ("held", "since"), ("taken", "from"), ("taken", "into", "custody"),
        ("көлікке", "отырғызып"), ("held", "in", "custody"), ("арестовали",),
        ("сағаттай", "ұстап"), ("сағат", "бойы", "ұстап"), ("полиция", "оны", "ұстап"),
        ("қамады",), ("алып", "кетті"), ("алып", "кеткен"),
    ),
    "charge": (
        ("күдік",), ("айып", "тағыл"), ("айыпталуда",), ("айыпталды",), ("айыпталған",),
        ("айыпталып",), ("айыбы", "тағыл"), ("айыбын", "тақ"), ("айып", "тақ"), ("айыптады",),
        ("айыптап",), ("айыптауда",), ("айыпталуы",),
        ("вменяют",), ("подозрева",), ("обвиня",), ("обвинил",), ("обвинена",), ("обвинены",),
        ("обвинён",), ("обвинение", "в"), ("обвинения", "в"),
        ("предъявил",), ("предъявлен",),
        ("accused",), ("charged",), ("charge",), ("faces", "up"), ("investigated",),
        ("suspected",),
    ),
    "hearing": (
        ("шешім", "шығарды"), ("отырыс",), ("санкция", "берді"), ("қаралады",), ("қаралатын",),
        ("қаралуы",), ("қарады",), ("қарайды",), ("қарамақ",), ("қарауы",), ("сот", "басталады"),
        ("сот", "басталды"), ("процесі", "басталады"), ("процесі", "басталды"), ("шегерілді",),
        ("жарыссөз",), ("куәгер",),
        ("апелляциялық", "шағым", "қара"), ("продлил",), ("рассмотрит",), ("рассмотрени",),
        ("процесс", "начн"), ("рассмотрел",),
        ("отклонила",), ("отклонил",), ("под", "стражу"), ("заседани",), ("отложил",),
        ("прения",), ("прениях",), ("допрашивал",), ("допросил",), ("санкционировал",),
        ("процесс", "начал"), ("огласил", "заключение"), ("ordered",), ("upheld",),
        ("be", "heard"), ("heard", "the", "case"), ("heard", "his"), ("heard", "her"),
        ("granted", "parole"), ("hearing",), ("ruled",), ("extended",),
        ("adjourned",), ("postponed",), ("remanded",), ("trial", "opened"),
        ("trial", "began"), ("trial", "started"), ("trial", "that", "began"),
    ),
    "sentence": (
        ("үкім",), ("приговор",), ("sentence",), ("жазасын", "өтеп"), ("кесті",),
        ("сотталған",), ("сотталды",), ("сотталып",), ("айыруға",), ("жаза", "тағайында"),
        ("айыппұл",), ("бостандығынан", "айыр"), ("бостандығын", "шектеу"), ("приговорён",),
        ("приговорен",), ("приговорил",), ("виновн",),
        ("назначил",), ("штрафовал",), ("оштраф",), ("осудил",), ("осуждена",), ("осуждены",),
        ("осуждённая",), ("осужденная",),
        ("арестовал", "на"), ("арестовал", "активист"), ("sentenced",),
        ("sentence", "handed"), ("received", "three"), ("тәулікке", "әкімшілік"),
        ("years", "of", "restricted"), ("сотталу",), ("суток",), ("тәулікке",), ("serving",),
        ("отбывает",), ("convicted",), ("fined",), ("in", "jail"),
        ("handed", "down"), ("fine", "of"), ("verdict",), ("to", "jail", "for"),
        ("деп", "тапты"), ("деп", "таныды"), ("деп", "танып"), ("деп", "танылды"),
    ),
    "release": (
        ("босатылған",), ("босатылды",), ("босатыл",), ("босауы",), ("босады",),
        ("на", "свободу"), ("освободили",), ("освобожден",), ("освобождён",), ("отпустили",),
        ("released",), ("freed",), ("walked", "out"), ("бостандыққа", "шық"),
        ("түрмеден", "шық"), ("қамаудан", "шық"), ("босатты",), ("босатып",),
        ("колониядан", "шық"), ("вышел", "на", "свободу"), ("вышла", "на", "свободу"),
    ),
    "protest": (
        ("акция",), ("акцияс",), ("акции",), ("пикет",), ("шеру",), ("митинг",),
        ("наразылық",), ("ереуіл",), ("протест",), ("забастов",), ("picket",), ("protest",),
        ("rally",), ("stood", "in", "silence"), ("stood", "outside"), ("gathered",),
        ("жиналды",), ("жиналған",), ("demonstration",), ("protesters",), ("rallies",),
        ("pickets",), ("протестующ",), ("on", "strike"), ("marched",), ("перекры",),
        ("жолды", "жап"), ("blocked", "the", "road"), ("blocked", "a", "road"),
    ),
    "statement": (
        ("шақырды",), ("талап", "етті"), ("мәлімдеді",), ("мәлімдеме",), ("үндеу",),
        ("призвал",), ("призыва",), ("потребовал",), ("требуем",), ("требует",),
        ("заявлени",), ("включило",), ("called", "on"), ("called", "for"), ("urged",),
        ("concluded",), ("demanded",), ("пікір",), ("мнени",), ("opinion",), ("письмо",),
        ("letter",), ("хат", "жолда"), ("шағым", "жолда"), ("in", "a", "statement"),
        ("should", "quash"), ("should", "release"), ("should", "free"), ("should", "drop"),
        ("обратил",), ("жүгінді",),
    ),
    "other": (
        ("обыск",), ("тінту",), ("тінтті",), ("домашний", "арест"), ("үйқамақ",),
        ("house", "arrest"), ("searched",), ("searches",), ("summoned",), ("вызывали",),
        ("вызвали", "в"), ("transferred",), ("перевели",), ("перевёл",), ("перевел",),
        ("этапирова",), ("ауыстырылды",), ("помиловал",), ("помилован",),
        ("помиловани",), ("pardoned",), ("pardons",), ("кешірім", "жасады"),
        ("рақымшылық", "жасады"), ("amnestied",), ("амнистирова",),
    ),
}
#: Kinds whose subject is the accused, so a sentence naming only a judge or lawyer
#: ("Судья … оны кесті") still concerns the main person of the story.
ABOUT_DETAINEE = frozenset({"detention", "charge", "hearing", "sentence", "release", "statement",
                            "other"})
#: Kinds that make their persons detainees (court staff and lawyers keep their role).
DETAINEE_KINDS = frozenset({"detention", "charge", "sentence", "release"})
#: Kinds whose undated telling takes the latest day named before it in the paragraph.
NARRATIVE_KINDS = frozenset({"detention", "release", "protest", "hearing", "sentence", "other"})
#: Kinds whose undated telling falls back to the news day ("вчера", "on Monday").
NEWS_DAY_KINDS = frozenset({"detention", "release", "protest"})
#: Kinds a wish, request, condition or negation cancels ("прокурор просил 5 лет",
#: "if released", "No one was detained", "не собирается выходить на пикеты").
FACTUAL_KINDS = frozenset({"detention", "sentence", "release", "other", "protest"})
#: Words of a request, hope, plan, condition or negation in the clause of a cue.
MODALITY = frozenset("попросил попросила просил просила запросил запросила просит просят "
                     "надеется надеются надеемся требуем требуют собирается собираются "
                     "намерен намерена request requested asked sought seeks hopes hope if "
                     "unless would could сұраған сұрады сұрайды үміттенеді талап мүмкін может "
                     "могут might грозит грозить faces ықтимал отказался отказалась отказались "
                     "refused declined refuses".split())
#: Negations right before a cue ("No one was detained", "without charge", "не задержан").
NEGATION = frozenset("no not never without не ни без".split())
#: Words that put off, uphold or appeal a verdict: the clause's "приговор" / "sentence" is
#: then a hearing about it, not a new sentence.
POSTPONED = frozenset("отложил отложила отложен отложено перенес перенёс перенесли postponed "
                      "adjourned delayed шегерілді шегерді кейінге қалдырылды қалдырды "
                      "upheld uphold upholds "
                      "оставил оставила оставили күшінде обжалует обжалуем обжаловать appeal "
                      "appealed appeals".split())
#: Verbs after a Kazakh quotative "деп" that make the words before it an accusation, not
#: an event ("… тәртіпсіздікке шақырды деп тапты": found guilty of calling for riots).
ACCUSED_OF = ("тап", "таны", "айыпта", "күдікт", "кінәла")
#: Verbs of quashing right before a verdict ("to quash the verdict", "отменить приговор"):
#: the verdict is their object, not a new sentence.
QUASH = frozenset("quash overturn annul отменить отмены отменили бұзуды бұзу".split())
#: Words of a protest that was called off or only planned ("never took place", "не
#: состоялся", "өтпеді", "отменили"): no protest happened.
CALLED_OFF = frozenset("never cancelled canceled отменили отменён отменен отменена "
                       "өтпеді өтпей болмады тоқтатылды".split())
#: Words of an expert examination: a court ordering one holds no hearing or verdict.
EXAMINATION = ("экспертиз", "сараптам", "examination", "psychiatric", "психиатр")
#: Words of extradition: an arrest "for 40 days" pending it is a detention, not a sentence.
EXTRADITION = ("экстрадиц", "extradit", "выдач", "экстрадиция")
#: Words after a Kazakh verb that negate it ("полиция оны ұстаған жоқ").
NEGATION_AFTER = frozenset("жоқ емес".split())
#: Words that make a cue the reason for another one in its clause ("за участие в митинге",
#: "jailed for a protest"): with one date in the clause, it belongs to the other cue.
REASON = frozenset("за for over үшін".split())
#: Cues of a state rather than a happening ("serving", "в СИЗО провёл", "жазасын өтеп"):
#: dated only by their own clause, never by an earlier day.
STATE_CUES = frozenset({("жазасын", "өтеп"), ("serving",), ("отбывает",),
                        ("изоляторында", "отыр"), ("абақтысында",), ("абақтыда", "отыр"),
                        ("провёл", "в", "сизо"),
                        ("провел", "в", "сизо"), ("провели", "в", "сизо"),
                        ("in", "custody", "since"), ("in", "detention"), ("been", "held"),
                        ("held", "in", "custody"), ("находится", "в", "следственном")})
#: Words opening a relative clause: an event cued after one has no date of the main clause.
RELATIVE_CLAUSE = frozenset("которую который которого которой которые которых котором who "
                            "whom whose which".split())
#: Words that open a new clause even without a comma ("… custody while he is investigated").
CLAUSE_WORDS = frozenset("while whereas пока".split())
#: Words of a wish to free someone: a statement with one demands its persons' release.
RELEASE_WISH = ("босату", "освобод", "release", "free")
#: Words before an end date ("до 22 апреля", "until"), not the event's own date.
UNTIL = frozenset("до until till дейін по".split())
#: Pronouns and plural references that open a sentence about persons just named.
PRONOUNS = frozenset("ол олар он она они им их его её ее he she they them his her".split())
#: Words that open a sentence about a group just named ("The four were arrested", "The
#: defendants", "Осужденные", "Сотталғандар").
GROUP_WORDS = frozenset("two three four five six seven eight defendants осужденные "
                        "обвиняемые задержанные сотталғандар айыпталушылар".split())
#: Speech verbs: a person right before one ("X said", "X сообщила", "X айтты") is a source.
SPEECH = ("said", "says", "told", "added", "confirmed", "wrote", "сказал", "сообщил",
          "заявил", "рассказал", "отметил", "пояснил", "добавил", "написал", "считает",
          "уточнил", "айтты", "деді", "дейді", "хабарлады", "жазды", "мәлімдеді")

ROLE_CUES: dict[str, tuple[str, ...]] = {
    "lawyer": ("адвокат", "қорғаушы", "защитник", "lawyer", "attorney", "юрист", "заңгер",
               "advocate"),
    "judge": ("судья", "судьясы", "judge"),
    "official": ("прокурор", "гособвинитель", "айыптаушы", "prosecutor", "әкім", "аким",
                 "заместитель", "баспасөз", "хатшысы", "spokes", "official", "тергеуші",
                 "следовател", "minister", "министр", "депутат", "deputy", "senator", "сенатор",
                 "орынбасар", "президент", "president", "премьер", "prime", "пресс-секретар",
                 "спикер", "speaker", "губернатор", "governor", "mayor", "мэр", "ombudsman",
                 "омбудсмен", "уполномоченн", "investigator", "полицейск", "policeman"),
    "relative": ("жұбайы", "әйелі", "күйеуі", "анасы", "әкесі", "ұлы", "қызы", "супруг",
                 "муж", "жена", "мать", "отец", "сын", "дочь", "wife", "husband", "mother",
                 "father", "son", "daughter", "brother", "sister", "ағасы", "інісі", "брат",
                 "сестра", "әпкесі", "апасы", "қарындасы", "бауыры", "nephew",
                 "niece", "сыны", "дочери"),
    "journalist": ("журналист", "тілші", "редактор", "reporter", "journalist", "editor",
                   "blogger", "блогер", "медиаюрист", "автор", "author", "correspondent",
                   "корреспондент", "оператор"),
    "activist": ("белсенді", "активист", "activist", "правозащитни", "құқық", "human",
                 "researcher", "defender", "expert", "эксперт", "сарапшы", "analyst",
                 "аналитик", "сарапшысы"),
}
STRONG_ROLES = ("judge", "lawyer", "official", "relative")


@lru_cache(maxsize=65536)
def role_of(word: str) -> str | None:
    """The role a lower-case word names ("адвокаты" → lawyer). Cyrillic stems take case
    endings (short ones at most two letters); English ones only a plural or "-'s", so "song"
    is no "son" (long English stems such as "spokes" stay prefixes)."""
    for role, stems in ROLE_CUES.items():
        if any(_role_word(word, stem) for stem in stems):
            return role
    return None


def _role_word(word: str, stem: str) -> bool:
    if stem.isascii() and len(stem) < 6:
        return word in (stem, stem + "s", stem + "'s", stem + "’s")
    return word.startswith(stem) and (len(stem) > 4 or len(word) <= len(stem) + 2)


#: Words of a change to an existing sentence, by kind of change.
SENTENCE_CHANGES = (
    ("parole", ("условно-досрочн", "удо", "parole", "шартты түрде", "мерзімінен бұрын")),
    ("pardon", ("помилова", "помилован", "pardon", "кешірім", "рақымшылық", "амнист",
                "amnesty", "amnestied")),
    ("commutation", ("заменил", "заменили", "смягчил", "смягчили", "commuted", "commute",
                     "reduced his sentence", "reduced her sentence", "жеңілдет", "ауыстырды")),
)


def sentence_change(text: str) -> str | None:
    """"parole", "pardon" or "commutation" when the (lower-case) clause speaks of one
    ("Amnesty International" is a name, not an amnesty)."""
    for name in _NAMES_WITH_CHANGE_WORDS:
        text = text.replace(name, "")
    return next((change for change, words in SENTENCE_CHANGES
                 if any(word in text for word in words)), None)


_NAMES_WITH_CHANGE_WORDS = ("amnesty international", "международная амнистия",
                            "амнести интернешнл", "«amnesty")
#: Kinds a change to a sentence can be told by.
CHANGE_KINDS = frozenset({"sentence", "hearing", "release", "other"})
