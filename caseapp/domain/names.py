# SPDX-License-Identifier: GPL-3.0-or-later
"""Name keys that let one person be found in Kazakh, Russian and Latin spellings.

SQLite's LIKE, lower() and NOCASE only know ASCII, so caseapp stores its own keys:

* ``normalize``   NFC, casefold, ё→е, single spaces: what the volunteer typed, comparable.
* ``fold_kazakh`` Kazakh letters to their Russian neighbours (қ→к, ә→а, і→и, …).
* ``romanize``    Cyrillic (after folding) to a plain Latin transliteration.
* ``match_key``   romanized, then spelling variants merged (dzh/j→zh, q→k, kh→h,
                  yev→ev, y→i, doubled letters) so "Қуанышбаев", "Kuanyshbayev" and
                  "KUANYSHBAEV" all give ``kuanishbaev``.
"""

from __future__ import annotations

import re
import unicodedata

KAZAKH_LETTERS = "әғқңөұүһі"
_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}
#: Kazakh Latin (2021) and Turkic letters, spelled as the romanisation spells their Cyrillic.
_LATIN_LETTERS = {"ş": "sh", "ç": "ch", "ğ": "g", "ı": "y", "ñ": "n", "ä": "a", "ö": "o",
                  "ü": "u", "ū": "u", "ý": "y"}
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`](?=\w)")
_VARIANTS = (
    (re.compile(r"dzh|dj|j"), "zh"),
    (re.compile(r"q"), "k"),
    (re.compile(r"kh|x"), "h"),
    (re.compile(r"\bye"), "e"),
    (re.compile(r"i?yev|iev"), "ev"),  # Aliyev, Aliev, Алиев alike
    (re.compile(r"yo"), "e"),  # Solovyov, Соловьёв alike
    (re.compile(r"(?<=[aeiou])yev"), "ev"),
    (re.compile(r"w"), "v"),
    (re.compile(r"iy\b|yi\b|ii\b"), "i"),
    (re.compile(r"y"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)
_NON_LETTER = re.compile(r"[^\w]+|[\d_]+")
_TOKEN = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFC, casefold, ё→е, whitespace collapsed: the form to compare typed text."""
    folded = unicodedata.normalize("NFC", text or "").casefold().replace("ё", "е")
    return _SPACES.sub(" ", folded).strip()


def normalize_spacing(text: str) -> str:
    """NFC and single spaces, case kept: the form a name is stored in."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def fold_kazakh_spelling(text: str) -> str:
    """The Russian spelling of a Kazakh name, case kept (Қуанышбаев → Куанышбаев)."""
    return normalize_spacing(text).translate(_KAZAKH_TO_RUSSIAN)


def latin_spelling(text: str) -> str:
    """A readable Latin spelling of a Cyrillic name (Ерлан Қуанышбаев → Yerlan Kuanyshbaev)."""
    latin = (_latin_word(word) for word in normalize_spacing(text).split(" "))
    return " ".join(word for word in latin if word)  # a lone combining mark leaves nothing


def _latin_word(word: str) -> str:
    latin = romanize(word)
    if latin.startswith("e") and word[:1] in "ЕеЁё":
        latin = "y" + latin
    return latin[:1].upper() + latin[1:]


def fold_kazakh(text: str) -> str:
    """Replace the nine Kazakh letters by the Russian letters readers substitute."""
    return normalize(text).translate(_KAZAKH_TO_RUSSIAN)


def romanize(text: str) -> str:
    """Plain Latin transliteration of Cyrillic (Kazakh folded first); Latin passes through."""
    folded = "".join(_LATIN_LETTERS.get(ch, ch) for ch in fold_kazakh(text))
    return "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in _strip_marks(folded))


def match_key(text: str) -> str:
    """One key for all scripts: romanized, letters only, spelling variants merged."""
    words = _NON_LETTER.sub(" ", _APOSTROPHES.sub("", romanize(text))).split()
    return " ".join(_merge_variants(word) for word in words)


def _merge_variants(word: str) -> str:
    """Apply the variant rules until nothing changes, so that a key is its own key.

    One pass can leave a new match behind ("ииев" → "iev"); later passes only shorten.
    """
    while True:
        merged = word
        for pattern, replacement in _VARIANTS:
            merged = pattern.sub(replacement, merged)
        if merged == word:
            return merged
        word = merged


def _strip_marks(text: str) -> str:
    """Drop combining accents from Latin letters (é→e), keep Cyrillic letters whole."""
    return "".join(ch if _is_cyrillic(ch) else _without_marks(ch) for ch in text)


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _without_marks(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def words(text: str) -> list[str]:
    """The letter-and-digit runs of normalised text (hyphens, slashes, apostrophes split)."""
    return _TOKEN.findall(normalize(text))


def search_terms(text: str) -> set[str]:
    """Every form a word of ``text`` is indexed under, so any spelling finds it."""
    terms: set[str] = set()
    for word in words(text):
        terms.update({word, fold_kazakh(word), romanize(word), match_key(word)})
    terms.discard("")
    return terms


def kazakh_letter_ratio(text: str) -> float:
    """Kazakh-specific letters per 100 Cyrillic letters (kk text ≈ 13–21, ru < 6)."""
    lowered = normalize(text)
    cyrillic = sum(1 for ch in lowered if "а" <= ch <= "я" or ch in KAZAKH_LETTERS)
    kazakh = sum(1 for ch in lowered if ch in KAZAKH_LETTERS)
    return 100.0 * kazakh / cyrillic if cyrillic else 0.0


def script_of(text: str) -> str:
    """"cyrillic", "latin", "mixed" or "other" by the letters the text holds."""
    cyr = any("\u0400" <= ch <= "\u04ff" for ch in text)
    lat = any(ch.isascii() and ch.isalpha() for ch in text)
    if cyr and lat:
        return "mixed"
    return "cyrillic" if cyr else "latin" if lat else "other"


def language_of_name(text: str) -> str:
    """A best guess of the spelling's language: kk if it uses Kazakh letters."""
    script = script_of(text)
    if script == "cyrillic":
        return "kk" if any(ch in KAZAKH_LETTERS for ch in normalize(text)) else "ru"
    return "en" if script == "latin" else ""
