# SPDX-License-Identifier: GPL-3.0-or-later
"""A role for each person from the words around its mentions, from the organisation it
speaks for, and from the events it takes part in; and who in a sentence is merely quoted.

Where the role word stands depends on the language: Kazakh and English put the head noun
next to the name ("блогердің әпкесі Динара", "his wife, Ainur"), Russian puts it first
("Муж активистки Сергей Белов" is the husband, "адвокат журналиста Даурена" is the
journalist): a Russian name in the nominative agrees with the first role word before it.
"""

from __future__ import annotations

from collections import Counter

from caseapp.importer.doc import Doc
from caseapp.importer.event_words import SPEECH, STRONG_ROLES, role_of
from caseapp.importer.russian_cases import russian_cases_agree
from caseapp.importer.spans import Hit
from caseapp.importer.term_lists import term_beside

Spans = dict[str, list[tuple[int, int]]]
_STOP = frozenset(".;:!?()…")
_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
#: Kazakh object cases: a judge/lawyer/official word before such a name is the subject.
_OBJECT_CASES = ("ты", "ті", "ны", "ні", "ды", "ді", "қа", "ке", "ға", "ге", "на", "не", "мен",
                 "бен", "пен", "ұлын", "қызын", "улын", "кызын")
_AFFILIATION = frozenset("атынан өкілі от представитель представители сотрудник сотрудники "
                         "of at from for with member heads head leads director басшысы "
                         "руководитель директор лидер".split())
_ORG_ROLES = {"rights": "activist", "intl": "activist", "party": "activist",
              "media": "journalist", "state": "official"}
_SOURCE_BEFORE = ("said", "according", "словам", "айтуынша", "сөзінше", "пікірінше")


def speakers(doc: Doc, spans: Spans) -> dict[int, set[str]]:
    """Sentence → persons quoted in it ("X said", "X сообщила", "said X", "по словам X")."""
    out: dict[int, set[str]] = {}
    for name, ranges in spans.items():
        for first, last in ranges:
            if _speaks(doc, first, last):
                out.setdefault(doc.sentence[first], set()).add(name)
    return out


def _speaks(doc: Doc, first: int, last: int) -> bool:
    after = [t.text.lower() for t in doc.tokens[last + 1:last + 4] if t.kind == "w"][:2]
    before = _source_words_before(doc, first)
    return any(w.startswith(SPEECH) for w in after) or any(
        w.startswith(_SOURCE_BEFORE) for w in before + after[:1]) or _speech_verb_first(before)


def _speech_verb_first(before: list[str]) -> bool:
    """"— сказала Динара Абенова", "деді адвокат Ғалия Ермекова", "said lawyer X": a
    speech verb right before the name, or before its role word, makes it the speaker."""
    return bool(before) and (before[0].startswith(SPEECH) or len(before) > 1
                             and before[1].startswith(SPEECH) and role_of(before[0]) is not None)


def _source_words_before(doc: Doc, first: int) -> list[str]:
    """Up to four words before a mention within its clause part, commas allowed: "по
    словам его адвоката X", "According to his lawyer, X"."""
    words: list[str] = []
    for token in reversed(doc.tokens[max(0, first - 6):first]):
        if token.text in _STOP or token.text in "—–":
            break
        if token.kind == "w":
            words.append(token.text.lower())
    return words[:4]


def context_roles(doc: Doc, spans: Spans, orgs: list[Hit],
                  genders: dict[str, str | None] | None = None) -> dict[str, str | None]:
    """A role per person from its mentions' neighbourhoods; strong roles outvote weak ones."""
    near = _Near(doc, spans, orgs, genders or {})
    roles: dict[str, str | None] = {}
    for name, ranges in spans.items():
        votes = [r for span in ranges if (r := _mention_role(near, span, name))]
        strong = [r for r in votes if r in STRONG_ROLES]
        roles[name] = Counter(strong or votes).most_common(1)[0][0] if votes else None
    return roles


class _Near:
    """Who and what stands at each token: person mentions and organisation spans."""

    def __init__(self, doc: Doc, spans: Spans, orgs: list[Hit],
                 genders: dict[str, str | None]) -> None:
        self.doc = doc
        self.genders = genders
        self.org_kind = {i: hit.kind for hit in orgs for i in range(hit.first, hit.last + 1)}
        self.org_first = {i: hit.first for hit in orgs for i in range(hit.first, hit.last + 1)}
        self.owner = {i: (name, (start, end)) for name, ranges in spans.items()
                      for start, end in ranges for i in range(start, end + 1)}

    def nominative(self, span: tuple[int, int], name: str) -> bool:
        """The mention is the name itself, in any order ("Абдикадырова Г.М.")."""
        words = {t.text for t in self.doc.tokens[span[0]:span[1] + 1] if t.kind == "w"}
        return words <= set(name.replace(".", " ").split())


#: Words of custody in an apposition: "X, a lawyer held since October", "X, who is serving".
_CUSTODY_WORDS = ("held", "detained", "arrested", "jailed", "imprisoned", "sentenced",
                  "serving", "charged", "convicted", "received", "given", "задержан", "арестован",
                  "осужден", "осуждён", "отбывает", "получивш", "приговорен", "приговорён",
                  "ұсталған", "сотталған", "кесілген", "қамауда", "жазасын")


def _custody_apposition(doc: Doc, first: int, last: int) -> bool:
    """The comma phrase after a mention says the person is held or sentenced ("Ms X, a
    Semey lawyer held since October", "lawyer X, who is serving 16 years"): whatever the
    role words say, the person is a detainee."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].text != ",":
        return False
    if any(w.startswith(_SOURCE_BEFORE) for w in _source_words_before(doc, first)):
        return False  # "По словам адвоката X, задержанных доставили": X is the source
    if _held_after_apposition(doc, last):
        return True
    for index in range(last + 2, min(len(doc.tokens), last + 12)):
        token = doc.tokens[index]
        word = token.text.lower()
        if token.text in _STOP or token.text == "," or doc.sentence[index] != doc.sentence[last] \
                or word in _NOT_OWN_CUSTODY or word.startswith(SPEECH):
            return False
        if word.startswith(_CUSTODY_WORDS):
            return True
    return False


#: Auxiliaries that open the predicate after a closing apposition comma.
_AUXILIARIES = frozenset("was were is has had been был была было были".split())
#: Words between the auxiliary and the participle: "has been held", "was later jailed".
_FILLERS = frozenset("been later also then already уже позже также".split())


def _held_after_apposition(doc: Doc, last: int) -> bool:
    """"X, a lawyer who lost his license in 2021, was given four years", "X, адвокат, был
    осуждён": the apposition closes with a comma and the name's own predicate follows, an
    auxiliary and then a custody word ("has represented detained activists" is none)."""
    for index in range(last + 2, min(len(doc.tokens) - 1, last + 24)):
        token = doc.tokens[index]
        if token.text in _STOP or doc.sentence[index] != doc.sentence[last]:
            return False
        if token.text == "," and doc.tokens[index + 1].text.lower() in _AUXILIARIES:
            words = [t.text.lower() for t in doc.tokens[index + 2:index + 6] if t.kind == "w"]
            words = [w for w in words if w not in _FILLERS][:1]
            return bool(words) and words[0].startswith(_CUSTODY_WORDS)
    return False


#: Words after which custody is someone else's or denied: "who represents jailed X",
#: "said no one was detained", "her husband has been held".
_NOT_OWN_CUSTODY = frozenset("that no not never represents represent represented defends "
                             "defended defending representing whose "
                             "his her their its his he she they его её ее их он она они "
                             "оның олардың ол олар защищает "
                             "представляет".split())


def _mention_role(near: _Near, span: tuple[int, int], name: str) -> str | None:
    doc, (first, last) = near.doc, span
    if _custody_apposition(doc, first, last):
        return "detainee"
    nominative = near.nominative(span, name)
    found = [(i, r) for i in _words_before(near, first, name, nominative)
             if (r := _agreeing_role(doc, i, (first, last), nominative))
             and not _other_gender(doc, i, near.genders.get(name), nominative)]
    if found:
        index, role = found[-1] if doc.lang[first] == "ru" and nominative else found[0]
        return "detainee" if _detained_object(doc, index) else role
    if term_beside(doc, near.owner, first, last):
        return "detainee"  # "Алесь Ковалевич — 6 лет колонии;", "шесть лет — A, B и C"
    return (_apposition_before(near, first, name) or _apposition_after(doc, last)
            or _affiliation(near, span))


#: Verbs whose object is detained: "задержала депутата X", "police detained lawyer X".
_DETAINING = ("задержал", "арестовал", "detained", "arrested", "jailed")


def _detained_object(doc: Doc, role_index: int) -> bool:
    """The person's own role word is the object of a detention verb a few words before it
    ("полиция задержала у мэрии депутата городского совета Олега Бирюкова"); another role
    word or name in between is the object instead ("задержала мать активиста X")."""
    if doc.lang[role_index] == "kk":
        return False  # the Kazakh verb comes after its object
    for index in range(role_index - 1, max(-1, role_index - 5), -1):
        token = doc.tokens[index]
        word = token.text.lower()
        if token.kind != "w" or doc.sentence[index] != doc.sentence[role_index] \
                or token.is_cap or role_of(word):
            return False
        if word.startswith(_DETAINING):
            return True
    return False


def _words_before(near: _Near, first: int, name: str, nominative: bool) -> list[int]:
    """Up to four words right before a mention (nearest first) within its clause; an
    organisation counts as one word ("судья [Атырауского городского суда №2] Ерлан"), and a
    nominative Russian name looks past a genitive one ("Защитник Мамырова Айжан")."""
    doc, index = near.doc, first - 1
    out: list[int] = []
    if index > 0 and doc.tokens[index].text == ":":
        index -= 1  # "Автор: Айдай Токтосунова"
    while index >= 0 and len(out) < 4 and doc.sentence[index] == doc.sentence[first]:
        token = doc.tokens[index]
        other = near.owner.get(index)
        if token.kind == "p" and token.text not in "«»\"“”№":
            break
        if other and other[0] != name:
            if not (doc.lang[first] == "ru" and nominative
                    and not near.nominative(other[1], other[0])):
                break
            index = other[1][0] - 1
            continue
        if index in near.org_first:
            index = near.org_first[index] - 1
            continue
        out.append(index)
        index -= 1
    return out


def _agreeing_role(doc: Doc, index: int, span: tuple[int, int],
                   nominative: bool) -> str | None:
    """The role word at ``index`` if it can stand in apposition to the mention: before a
    name in an oblique case, a Kazakh judge/lawyer/official is the sentence's subject
    ("судьясы Жақсылықовты"), and a Russian role word must share the name's ending
    ("активистку Белову", not "Защитник Мамырова")."""
    role = _role_at(doc, index)
    if role is None or nominative:
        return role
    mention = span[0]
    if doc.lang[mention] == "kk" and role in STRONG_ROLES \
            and doc.tokens[span[1]].text.lower().endswith(_OBJECT_CASES):
        return None
    if doc.lang[mention] == "ru" and not russian_cases_agree(
            doc.tokens[index].text.lower(), doc.tokens[span[1]].text.lower()):
        return None
    return role


#: Russian role nouns that name a woman: they cannot stand in apposition to a man's name.
_FEMININE_ROLE_ENDINGS = ("ница", "ка", "жена", "мать", "сестра", "дочь", "супруга", "вдова")


def _other_gender(doc: Doc, index: int, gender: str | None, nominative: bool) -> bool:
    """"Жена Мацкевича": a feminine role word before a man's name in an oblique case is his
    wife, not him."""
    return (not nominative and gender == "m" and doc.lang[index] == "ru"
            and doc.tokens[index].text.lower().endswith(_FEMININE_ROLE_ENDINGS))


def _role_at(doc: Doc, index: int) -> str | None:
    word = doc.tokens[index].text.lower()
    if doc.lang[index] == "kk" and word.endswith(_GENITIVE):
        return None  # "блогердің әпкесі": the blogger's sister
    role = role_of(word)
    if role == "lawyer" and index and doc.tokens[index - 1].text.lower().startswith("құқық"):
        return "activist"  # "құқық қорғаушы": a rights defender, not a lawyer
    return role


def _apposition_before(near: _Near, first: int, name: str) -> str | None:
    """"A spokeswoman for the regional police, Dinara Yeskendirova", "Муж Тарасенко,
    Григорий Тарасенко" (another name may stand right before the comma, after its role)."""
    doc = near.doc
    if first < 2 or doc.tokens[first - 1].text != ",":
        return None
    index = first - 2
    other = near.owner.get(index)
    if other and other[0] != name:
        index = other[1][0] - 1
        if index < 0 or _role_at(doc, index) is None \
                or any(w.startswith(_SOURCE_BEFORE) for w in _source_words_before(doc, index)):
            return None  # "По словам адвоката Тимура Бекова, Серикову обвинили"
    for position in range(index, max(-1, first - 10), -1):
        token = doc.tokens[position]
        if token.text in _STOP or token.text == "," \
                or doc.sentence[position] != doc.sentence[first] \
                or near.owner.get(position, (name,))[0] != name:
            break
        role = _role_at(doc, position) or (
            _ORG_ROLES.get(near.org_kind.get(position, ""))
            if position in near.org_first and _affiliated(near, position) else None)
        if role:
            return role
    return None


def _apposition_after(doc: Doc, last: int) -> str | None:
    """"Sadykov, a poet", "Mira Ryskulova, senior Central Asia researcher"."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].text != ",":
        return None
    for index in range(last + 2, min(len(doc.tokens), last + 7)):
        if doc.tokens[index].text in _STOP or doc.sentence[index] != doc.sentence[last]:
            break
        role = "lawyer" if doc.tokens[index].text.lower() in _REPRESENTS else _role_at(doc, index)
        if role:
            return role
    return None


#: "X, who represents Y", "X, который защищает Y": the person is Y's lawyer.
_REPRESENTS = frozenset("represents represented defends defended представляет защищает "
                        "представляла представлял защищала защищал".split())


def _affiliation(near: _Near, span: tuple[int, int]) -> str | None:
    """"Представитель ГКНБ X", "X «Еркін сөз» қорының атынан", "X, who heads the Caspian
    Legal Initiative": the organisation's kind gives the role."""
    doc, (first, last) = near.doc, span
    window = [*range(max(0, first - 3), first), *range(last + 1, min(len(doc.tokens), last + 9))]
    for index in window:
        kind = near.org_kind.get(index)
        if kind in _ORG_ROLES and doc.sentence[index] == doc.sentence[first] \
                and _affiliated(near, index):
            return _ORG_ROLES[kind]
    return None


def _affiliated(near: _Near, index: int) -> bool:
    """An affiliation word within two words of the organisation's span."""
    doc, start = near.doc, near.org_first[index]
    end = index
    while end + 1 < len(doc.tokens) and near.org_first.get(end + 1) == start:
        end += 1
    around = [*range(start - 2, start), *range(end + 1, end + 3)]
    return any(0 <= j < len(doc.tokens) and doc.tokens[j].text.lower() in _AFFILIATION
               for j in around)
