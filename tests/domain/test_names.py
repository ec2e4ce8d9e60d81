# SPDX-License-Identifier: GPL-3.0-or-later
"""Name keys: one person found in Kazakh, Russian and Latin spellings."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from caseapp.domain import names

KAZAKH_CAPITALS = "ӘҒҚҢӨҰҮҺІ"
KAZAKH_SMALL = "әғқңөұүһі"
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


class TestNormalize:
    def test_nfd_input_becomes_nfc(self) -> None:
        typed = nfd("Йошкар Ёлкин Әлия")
        assert typed != unicodedata.normalize("NFC", typed)  # really decomposed
        assert names.normalize(typed) == "йошкар елкин әлия"
        assert names.normalize(typed) == names.normalize("Йошкар Ёлкин Әлия")

    def test_yo_is_folded_to_ye(self) -> None:
        assert names.normalize("Семён Пётр ЁЛКИН") == "семен петр елкин"

    def test_kazakh_capitals_casefold_to_kazakh_small_letters(self) -> None:
        assert names.normalize(KAZAKH_CAPITALS) == KAZAKH_SMALL
        assert names.normalize("ҚУАНЫШБАЕВ ӘЛИЯ") == "қуанышбаев әлия"

    def test_spaces_collapse_and_strip(self) -> None:
        assert names.normalize("  Ерлан \t\n Қуанышбаев  ") == "ерлан қуанышбаев"
        assert names.normalize("") == "" and names.normalize(None) == ""  # type: ignore[arg-type]

    def test_normalize_spacing_keeps_case(self) -> None:
        assert names.normalize_spacing(nfd(" Ерлан   Ёлкин ")) == "Ерлан Ёлкин"


class TestFoldAndRomanize:
    def test_fold_kazakh_replaces_the_nine_letters(self) -> None:
        assert names.fold_kazakh("әғқңөұүһі") == "агкноуухи"
        assert names.fold_kazakh("Әлия Қасымова") == "алия касымова"
        assert names.fold_kazakh_spelling("Ерлан Қуанышбаев") == "Ерлан Куанышбаев"

    @pytest.mark.parametrize("cyrillic, latin", [
        ("Ерлан Қуанышбаев", "erlan kuanyshbaev"),
        ("Жақсылықов", "zhaksylykov"),
        ("Әбдіқадырова", "abdikadyrova"),
        ("Щукин", "shchukin"),
        ("Хабибуллин", "khabibullin"),
        ("Цой Чингиз", "tsoy chingiz"),
        ("Юлия Ямалова", "yuliya yamalova"),
        ("Подъячев Ильич", "podyachev ilich"),
        ("Семён", "semen"),
    ])
    def test_romanize(self, cyrillic: str, latin: str) -> None:
        assert names.romanize(cyrillic) == latin

    def test_romanize_passes_latin_through_without_accents(self) -> None:
        assert names.romanize("Kuanyshbaev") == "kuanyshbaev"
        assert names.romanize("Zoë Müller-Öztürk") == "zoe muller-ozturk"

    def test_latin_spelling_is_readable(self) -> None:
        assert names.latin_spelling("Ерлан Қуанышбаев") == "Yerlan Kuanyshbaev"
        assert names.latin_spelling("Ёлкин Евгений") == "Yelkin Yevgeniy"


class TestMatchKey:
    @pytest.mark.parametrize("spelling", [
        "Қуанышбаев", "Куанышбаев", "kuanyshbaev", "KUANYSHBAYEV", "Kuanyshbayev",
        "Quanyshbaev", nfd("Қуанышбаев"), "  КУАНЫШБАЕВ ",
    ])
    def test_every_spelling_of_kuanyshbaev_gives_one_key(self, spelling: str) -> None:
        assert names.match_key(spelling) == names.match_key("Қуанышбаев") == "kuanishbaev"

    @pytest.mark.parametrize("first, second", [
        ("Жақсылықов", "Zhaksylyqov"),
        ("Әбдіқадырова", "Abdikadyrova"),
        ("Kassymzhanov", "Касымжанов"),
        ("Ерлан Қуанышбаев", "Yerlan Kuanyshbayev"),
        ("Ержан", "Yerzhan"),
        ("Жасұлан", "Jasulan"),
        ("Қайрат", "Qairat"),
        ("Айгүл", "Aigul"),
        ("Ғалымжан", "Galymzhan"),
        ("Нұрсұлтан", "Nursultan"),
        ("Мухтар Аблязов", "Mukhtar Ablyazov"),
        ("Евгений", "Yevgeniy"),
        ("Сергеев", "Sergeyev"),
        ("Алиев", "Aliyev"),
        ("Алиев", "Aliev"),
        ("Әлиев", "Aliyev"),
        ("Дмитриев", "Dmitriyev"),
        ("Досаев", "Dosayev"),
        ("Соловьёв", "Solovyov"),
        ("Ильин", "Il'in"),
        ("Шәріпов", "Şäripov"),
        ("Қасымжанов", "Qasymjanov"),
        ("Төлегенов", "Tölegenov"),
    ])
    def test_cross_script_pairs_share_a_key(self, first: str, second: str) -> None:
        assert names.match_key(first) == names.match_key(second)

    @pytest.mark.parametrize("first, second", [
        ("Қуанышбаев", "Касымжанов"),
        ("Ерлан", "Арлан"),
        ("Алия", "Алина"),
        ("Жақсылықов", "Жаксыбеков"),
        ("Нурлан Иванов", "Нурлан Ивашов"),
        ("Әбдіқадырова", "Әбдіқадыров"),
    ])
    def test_different_people_get_different_keys(self, first: str, second: str) -> None:
        assert names.match_key(first) != names.match_key(second)

    def test_key_has_letters_only(self) -> None:
        assert names.match_key("Қуанышбаев-2, Ерлан (Q.)") == "kuanishbaev erlan k"
        assert names.match_key("") == "" and names.match_key("123 ___ !!") == ""


class TestSearchTerms:
    def test_terms_hold_every_form(self) -> None:
        terms = names.search_terms("Қуанышбаев")
        assert {"қуанышбаев", "куанышбаев", "kuanyshbaev", "kuanishbaev"} <= terms

    def test_words_split_on_punctuation(self) -> None:
        assert names.words("2019-07510 «Қуаныш»/Ерлан") == ["2019", "07510", "қуаныш", "ерлан"]


class TestLanguageGuess:
    @pytest.mark.parametrize("text, script, language", [
        ("Ерлан Қуанышбаев", "cyrillic", "kk"), ("Ерлан Куанышбаев", "cyrillic", "ru"),
        ("Yerlan Kuanyshbaev", "latin", "en"), ("Ерлан Kuanyshbaev", "mixed", ""),
        ("123", "other", ""),
    ])
    def test_script_and_language(self, text: str, script: str, language: str) -> None:
        assert names.script_of(text) == script
        assert names.language_of_name(text) == language

    def test_kazakh_letter_ratio(self) -> None:
        assert names.kazakh_letter_ratio("Қазақстан Республикасы") > 6
        assert names.kazakh_letter_ratio("Республика Казахстан") == 0
        assert names.kazakh_letter_ratio("") == 0.0


cyrillic_words = st.text(alphabet=RUSSIAN + RUSSIAN.upper() + KAZAKH_SMALL + KAZAKH_CAPITALS,
                         min_size=1, max_size=20)
cyrillic_names = st.lists(cyrillic_words, min_size=1, max_size=3).map(" ".join)


@given(st.text())
@example("Aliyev")
@example("\u0130\u01f0 ß ﬁ")
def test_match_key_never_raises_and_gives_clean_words(text: str) -> None:
    key = names.match_key(text)
    assert key == key.strip()
    assert "  " not in key
    assert not any(unicodedata.category(ch) == "Nd" or ch == "_" for ch in key)
    assert key == names.match_key(key)  # a key is its own key


@given(cyrillic_names)
def test_latin_and_russian_spellings_of_a_cyrillic_name_share_its_key(name: str) -> None:
    key = names.match_key(name)
    assert names.match_key(names.latin_spelling(name)) == key
    assert names.match_key(names.latin_spelling(name).upper()) == key
    assert names.match_key(names.fold_kazakh_spelling(name)) == key
    assert names.match_key(nfd(name)) == key


@given(st.text())
@example("ǰ")
@example(nfd("Ё"))
def test_normalize_is_idempotent(text: str) -> None:
    once = names.normalize(text)
    assert names.normalize(once) == once
    assert names.normalize(text.upper()) == names.normalize(once.upper())


@given(st.text())
def test_search_terms_never_raise(text: str) -> None:
    terms = names.search_terms(text)
    assert "" not in terms
    assert all(names.normalize(word) in terms for word in names.words(text))


@pytest.mark.parametrize("text", ["ииев", "aiiev", "Гулийев", "iiyev", "Kqhan"])
def test_a_key_is_its_own_key_even_for_odd_spellings(text: str) -> None:
    key = names.match_key(text)
    assert names.match_key(key) == key
