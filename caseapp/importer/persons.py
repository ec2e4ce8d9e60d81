# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons: full names, initials, patronymics and surname-first order, then the later
bare-surname and first-name mentions, grouped under one nominative name.

A person needs evidence: a known given name next to a capitalised word, initials, or a
surname-shaped word (-ов, -ева, -ұлы …). A lone capitalised word at a sentence start is
never enough, so headline and title words ("Detain", "Надежда") are not people.
"""

from __future__ import annotations

from caseapp.domain.names import match_key, romanize
from caseapp.importer.doc import Doc
from caseapp.importer.event_words import role_of
from caseapp.importer.lexicon import public_figures
from caseapp.importer.morphology import is_patronymic, is_surname_shaped, patronymic_nominative
from caseapp.importer.name_context import feminine_patronymic, masculine_role_before
from caseapp.importer.person_drafts import Draft, Drafts, name_key
from caseapp.importer.person_forms import (
    MALE_PARTICLES,
    FirstName,
    bare_surname_readings,
    first_name,
    kazakh_surname,
    looks_like_name_word,
    masculine_given_nominative,
    name_shaped,
    particle_nominative,
    patronymic_of_a_given_name,
    strong_surname,
    surname_nominative,
    unknown_given,
)

__all__ = ["Draft", "find"]


def find(doc: Doc, blocked: set[int]) -> list[Draft]:
    """All persons of the article, in order of first mention."""
    drafts = Drafts()
    used: set[int] = set(blocked)
    _full_names(doc, used, drafts)
    _other_mentions(doc, used, drafts)
    for draft in drafts:
        draft.spans.sort()
    return sorted(drafts, key=lambda d: d.spans[0][0])


def _adjacent(doc: Doc, left: int, right: int) -> bool:
    """Tokens ``left`` and ``right`` are neighbours separated by spaces only (same line)."""
    if right >= len(doc.tokens):
        return False
    gap = doc.text[doc.tokens[left].end:doc.tokens[right].start]
    return right == left + 1 and gap.isspace() and "\n" not in gap


def _name_word(doc: Doc, index: int, used: set[int]) -> bool:
    return (index < len(doc.tokens) and index not in used and doc.tokens[index].kind == "w"
            and looks_like_name_word(doc.tokens[index].text))


def _full_names(doc: Doc, used: set[int], drafts: Drafts) -> None:
    index = 0
    while index < len(doc.tokens):
        taken = 0
        if index not in used and doc.tokens[index].is_cap:  # every name opens capitalised
            taken = _initials_first(doc, index, used, drafts)
            if not taken and _name_word(doc, index, used):  # the other forms open with one
                taken = (_surname_first(doc, index, used, drafts)
                         or _official_order(doc, index, used, drafts)
                         or _given_first(doc, index, used, drafts)
                         or _unknown_given(doc, index, used, drafts)
                         or _after_role_word(doc, index, used, drafts)
                         or _listed_or_before_role(doc, index, used, drafts))
        if taken:
            used.update(range(index, index + taken))
        index += max(taken, 1)


def _initials_at(doc: Doc, index: int) -> int:
    """How many tokens of initials ("Г", ".", "М", ".") start at ``index``."""
    count = 0
    while index + count + 1 < len(doc.tokens) and count < 4:
        token, dot = doc.tokens[index + count], doc.tokens[index + count + 1]
        if len(token.text) == 1 and token.text.isupper() and dot.text == ".":
            count += 2
        else:
            break
    return count


def _initials_first(doc: Doc, index: int, used: set[int], drafts: Drafts) -> int:
    count = _initials_at(doc, index)
    surname = index + count
    if not count or not _name_word(doc, surname, used) or first_name(
            doc.tokens[surname].text, doc.lang[surname]):
        return 0
    if doc.tokens[surname].start - doc.tokens[surname - 1].end > 1:
        return 0
    initials = "".join(t.text for t in doc.tokens[index:surname])
    word = surname_nominative(doc.tokens[surname].text, doc.lang[surname], gender=None,
                              oblique=False)
    _attach_initials(drafts, initials, word, (index, surname))
    return count + 1


def _surname_first(doc: Doc, index: int, used: set[int], drafts: Drafts) -> int:
    """"Абдикадырова Г.М.", "Жақсылықов Е.", "Кенжебаев Марат Ильясович"."""
    if not _name_word(doc, index, used) or not is_surname_shaped(doc.tokens[index].text):
        return 0
    count = _initials_at(doc, index + 1)
    language = doc.lang[index]
    if count and doc.tokens[index + 1].start - doc.tokens[index].end == 1:
        initials = "".join(t.text for t in doc.tokens[index + 1:index + 1 + count])
        word = surname_nominative(doc.tokens[index].text, language, gender=None, oblique=False)
        _attach_initials(drafts, initials, word, (index, index + count))
        return count + 1
    given = first_name(doc.tokens[index + 1].text, language) \
        if _adjacent(doc, index, index + 1) and _name_word(doc, index + 1, used) else None
    if not given or not is_surname_shaped(doc.tokens[index].text, strong=True) \
            or _surname_follows(doc, index + 1, used):
        return 0
    patronymic = index + 2 if _adjacent(doc, index + 1, index + 2) and is_patronymic(
        doc.tokens[index + 2].text) else 0
    last = patronymic or index + 1
    _add_full(doc, drafts, given, patronymic, index, (index, last))
    return last - index + 1


_KAZAKH_PATRONYMIC = ("ұлы", "қызы", "улы", "кызы")


def _official_order(doc: Doc, index: int, used: set[int], drafts: Drafts) -> int:
    """"Орынбасар Ерасыл Қайратұлын": surname, given name and a -ұлы/-қызы patronymic, the
    order of Kazakh court papers, even when the surname is also a given name."""
    given_at, patronymic_at = index + 1, index + 2
    if not (_name_word(doc, index, used) and _adjacent(doc, index, given_at)
            and _name_word(doc, given_at, used) and _adjacent(doc, given_at, patronymic_at)
            and _name_word(doc, patronymic_at, used)):
        return 0
    word = doc.tokens[index].text
    if role_of(word.lower()) and not first_name(word, doc.lang[index]):
        return 0  # "Әкім Ерлан Қайратұлы"; but "Орынбасар" is a name as well as a deputy
    last_word = doc.tokens[patronymic_at].text.lower()
    if not any(part in last_word for part in _KAZAKH_PATRONYMIC):
        return 0  # a cheap test first: most word triples are no name
    given = first_name(doc.tokens[given_at].text, doc.lang[given_at])
    if given is None or not kazakh_surname(doc.tokens[patronymic_at].text).endswith(
            _KAZAKH_PATRONYMIC):
        return 0
    _add_full(doc, drafts, given, 0, index, (index, patronymic_at))
    return 3


def _surname_follows(doc: Doc, given: int, used: set[int]) -> bool:
    """"Защитник Мамырова Айжан Сарсенова": the given name pairs with the word after it."""
    after = given + 1
    return _adjacent(doc, given, after) and _name_word(doc, after, used) \
        and not is_patronymic(doc.tokens[after].text) \
        and strong_surname(doc.tokens[after].text, doc.lang[after])


def _particle(doc: Doc, index: int) -> bool:
    """A Kyrgyz/Kazakh patronymic particle written apart: "Шаршенбек уулу", "Ахмет кызы",
    also with a Kazakh case ending ("Асанбек уулуды")."""
    return _adjacent(doc, index - 1, index) and particle_nominative(
        doc.tokens[index].text, doc.lang[index]) is not None \
        and not is_surname_shaped(doc.tokens[index - 1].text, strong=True)  # "… ова ұлының"


def _particle_word(doc: Doc, index: int) -> str | None:
    """The nominative of the particle at ``index`` ("уулуды" → "уулу"), read in the particle's
    own language: in "Azamat Шаршенбек уулуды" it is Kazakh though the name starts in English."""
    if not _particle(doc, index):
        return None
    return particle_nominative(doc.tokens[index].text, doc.lang[index])


def _given_first(doc: Doc, index: int, used: set[int], drafts: Drafts) -> int:
    """"Ерболат Жақсылықовқа", "Марат Ильясович Кенжебаев", "Ерболат Серикович"."""
    if not _name_word(doc, index, used):
        return 0
    given = first_name(doc.tokens[index].text, doc.lang[index])
    if not given or not _adjacent(doc, index, index + 1) or not _name_word(doc, index + 1, used):
        return 0
    second = doc.tokens[index + 1].text
    if is_patronymic(second):
        third = index + 2
        if _adjacent(doc, index + 1, third) and _name_word(doc, third, used) \
                and not first_name(doc.tokens[third].text, doc.lang[third]):
            _add_full(doc, drafts, given, index + 1, third, (index, third))
            return 3
        if patronymic_of_a_given_name(second) or feminine_patronymic(second):
            # "Ерболат Серикович", "Нину Павловну"; but "Сергей Мацкевич"
            _add_full(doc, drafts, given, index + 1, 0, (index, index + 1))  # is a surname
            return 2
    if _particle(doc, index + 2):
        if given.gender == "f" and _particle_word(doc, index + 2) in MALE_PARTICLES:
            given = FirstName(masculine_given_nominative(doc.tokens[index].text), "m", True)
        _add_full(doc, drafts, given, 0, index + 1, (index, index + 2))
        return 3
    _add_full(doc, drafts, given, 0, index + 1, (index, index + 1))
    return 2


def _unknown_given(doc: Doc, index: int, used: set[int], drafts: Drafts) -> int:
    """A capitalised word the name list lacks before a clear surname ("Aruzhan Sadykova",
    "Серикжану Мамырову", "Ерсін Құдайбергеновті"), read in the surname's case."""
    word = doc.tokens[index].text
    if not _name_word(doc, index, used) or not _adjacent(doc, index, index + 1) \
            or not _name_word(doc, index + 1, used) or role_of(word.lower()) \
            or is_surname_shaped(word, strong=True) or not _may_open_name(doc, index):
        return 0
    surname, language = doc.tokens[index + 1].text, doc.lang[index + 1]
    particle = _particle_word(doc, index + 2)
    if not particle and not strong_surname(surname, language):
        return 0
    given = unknown_given(word, surname, language)
    if language == "ru" and (particle in MALE_PARTICLES
                             or masculine_role_before(doc, index, surname)):
        given = FirstName(masculine_given_nominative(word), "m", True)
    last = index + 2 if particle else index + 1
    _add_full(doc, drafts, given, 0, index + 1, (index, last))
    return last - index + 1


def _may_open_name(doc: Doc, index: int) -> bool:
    """An unknown word may open a name mid-sentence or after a colon ("Автор: X Y"); at a
    sentence start, where nouns stand before surnames ("Дело Касымжанова"), only a word
    built like a Central Asian given name ("Ақмаржан", "Нұрлыбек", "Бақытгүл")."""
    if not doc.starts_sentence(index) or name_shaped(doc.tokens[index].text):
        return True
    return index > 0 and doc.tokens[index - 1].text == ":"


#: Role words a name may follow when no list knows it: "activist X Y", "белсенді X Y".
_FALLBACK_ROLES = frozenset({"activist", "journalist", "lawyer", "relative"})


def _after_role_word(doc: Doc, index: int, used: set[int], drafts: Drafts) -> int:
    """"activist Tynchtyk Sheraly", "defender Baktygul Sheraly kyzy", "белсенді Ырысбек
    Сатыбалды": two capitalised name-shaped words right after a role word are a name even
    when no list knows the given name and the surname has no surname ending."""
    if index < 1 or role_of(doc.tokens[index - 1].text.lower()) not in _FALLBACK_ROLES \
            or not _adjacent(doc, index - 1, index) or not _name_word(doc, index, used) \
            or not _adjacent(doc, index, index + 1) or not _name_word(doc, index + 1, used) \
            or role_of(doc.tokens[index].text.lower()) \
            or first_name(doc.tokens[index + 1].text, doc.lang[index + 1]):
        return 0  # "Жена Мацкевича Оксана Мацкевич": the name starts at the given name
    word, surname, language = (doc.tokens[index].text, doc.tokens[index + 1].text,
                               doc.lang[index + 1])
    given = unknown_given(word, surname, language)
    if _particle(doc, index + 2):
        _add_full(doc, drafts, given, 0, index + 1, (index, index + 2))
        return 3
    _add_full(doc, drafts, given, 0, index + 1, (index, index + 1))
    return 2


def _listed_or_before_role(doc: Doc, index: int, used: set[int], drafts: Drafts) -> int:
    """Two capitalised words no given-name list knows that are a name all the same: a
    listed head of state ("President Emomali Rahmon"), or a surname-shaped pair before a
    comma and a role word ("Galiya Yermekova, his lawyer, said", "Ырысбек Сатыбалдиев,
    адвокат активиста")."""
    if not _name_word(doc, index, used) or not _adjacent(doc, index, index + 1) \
            or not _name_word(doc, index + 1, used):
        return 0
    word, surname = doc.tokens[index].text, doc.tokens[index + 1].text
    if name_key(f"{word} {surname}") not in public_figures() and not (
            is_surname_shaped(surname) and _role_after_comma(doc, index + 2)):
        return 0
    _add_full(doc, drafts, unknown_given(word, surname, doc.lang[index]), 0, index + 1,
              (index, index + 1))
    return 2


def _role_after_comma(doc: Doc, index: int) -> bool:
    """A comma at ``index``, then a role word within the next three words."""
    if index >= len(doc.tokens) or doc.tokens[index].text != ",":
        return False
    words = [t.text.lower() for t in doc.tokens[index + 1:index + 5] if t.kind == "w"][:3]
    return any(role_of(w) for w in words)


def _add_full(doc: Doc, drafts: Drafts, given: FirstName, patronymic: int,
              surname: int, span: tuple[int, int]) -> None:
    language = doc.lang[span[0]]
    surname_word = surname_nominative(doc.tokens[surname].text, language, gender=given.gender,
                                      oblique=given.oblique) if surname else ""
    particle = _particle_word(doc, surname + 1) if surname and span[1] == surname + 1 else None
    if particle:
        surname_word += " " + particle  # "Шаршенбек уулу"
    patronymic_word = patronymic_nominative(doc.tokens[patronymic].text) if patronymic else ""
    draft = Draft(given.nominative, patronymic_word, surname_word, "", given.gender, [span],
                  language)
    for other in drafts.candidates(draft):
        if _same_person(other, draft):
            other.spans.append(span)
            other.surname = other.surname or draft.surname
            if language == doc.language != other.language and draft.surname:
                other.first, other.surname, other.language = draft.first, draft.surname, language
            drafts.register(other)
            return
    drafts.append(draft)


def _same_person(known: Draft, new: Draft) -> bool:
    if known.first_key and known.first_key != new.first_key:
        return False
    if not new.surname or not known.surname:
        return bool(known.first_key) and _first_unique(known, new)
    return known.surname_key == new.surname_key


def _first_unique(known: Draft, new: Draft) -> bool:
    return not new.surname and known.first_key == new.first_key


def _initial_fits(initials: str, first: str) -> bool:
    letter = initials[:1]
    return bool(first) and (romanize(letter)[:1] == romanize(first)[:1]
                            or match_key(letter)[:1] == match_key(first)[:1])


def _attach_initials(drafts: Drafts, initials: str, surname: str,
                     span: tuple[int, int]) -> None:
    key = name_key(surname)
    for draft in drafts.with_surnames({key}):
        if _initial_fits(initials, draft.first) or draft.initials == initials:
            draft.spans.append(span)
            return
    drafts.append(Draft("", "", surname, initials, None, [span]))


def _other_mentions(doc: Doc, used: set[int], drafts: Drafts) -> None:
    """Bare surnames, bare given names, and persons known only by one of them."""
    for index, token in enumerate(doc.tokens):
        if not _name_word(doc, index, used):
            continue
        if _particle(doc, index + 1):
            particle = particle_nominative(doc.tokens[index + 1].text, doc.lang[index + 1])
            target = _by_key(drafts, {name_key(f"{token.text} {particle}")})
            if target is not None:
                target.spans.append((index, index + 1))
                used.update((index, index + 1))
            continue
        target = _by_surname(doc, index, drafts) or _by_first_name(doc, index, drafts)
        if target is None:
            target = _new_single(doc, index, drafts)
        if target is not None:
            target.spans.append((index, index))
            used.add(index)


def _by_surname(doc: Doc, index: int, drafts: Drafts) -> Draft | None:
    return _by_key(drafts, {name_key(r) for r in bare_surname_readings(doc.tokens[index].text,
                                                                 doc.lang[index])})


def _by_key(drafts: Drafts, readings: set[str]) -> Draft | None:
    matches = [d for d in drafts.with_surnames(readings) if d.surname_key in readings]
    return max(matches, key=lambda d: (len(d.spans), -d.spans[0][0])) if matches else None


def _by_first_name(doc: Doc, index: int, drafts: Drafts) -> Draft | None:
    given = first_name(doc.tokens[index].text, doc.lang[index])
    if not given:
        return None
    only = drafts.only_with_first(name_key(given.nominative))
    return only if only is not None and only.first_key == name_key(given.nominative) else None


#: Given names that are also common words ("адам" human, "еркін" free, "азамат" citizen,
#: "бақыт" happiness, "надежда" hope): alone, without a surname, they are not a person.
COMMON_NOUN_NAMES = frozenset(
    "адам еркін азамат бақыт бейбіт жеңіс әділет нұр ерік мейір ақниет тыныштық дала "
    "надежда вера любовь роза мир слава победа заря ляззат сезім үміт".split())


def _new_single(doc: Doc, index: int, drafts: Drafts) -> Draft | None:
    """A person named by a given name alone ("son Alikhan") or a surname alone."""
    token, language = doc.tokens[index], doc.lang[index]
    if doc.starts_sentence(index) or index < 1:
        return None
    given = first_name(token.text, language)
    if given and given.nominative.lower() in COMMON_NOUN_NAMES:
        return None  # "Адам құқықтары", "Еркін сөз": a word first, a name only with a surname
    if given and not (index + 1 < len(doc.tokens) and doc.tokens[index + 1].is_cap):
        draft = Draft(given.nominative, "", "", "", given.gender, [])
    elif is_surname_shaped(token.text, strong=True):
        readings = bare_surname_readings(token.text, language)
        draft = Draft("", "", readings[0] if language == "kk" else _ru_bare(readings), "", None, [])
    else:
        return None
    drafts.append(draft)
    return draft


def _ru_bare(readings: list[str]) -> str:
    return next((r for r in readings if is_surname_shaped(r, strong=True)), readings[0])
