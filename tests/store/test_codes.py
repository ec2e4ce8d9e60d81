# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped codes: complete numbering, checked titles, search in any script, loading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import codes, records
from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.store import code_data, code_forms

DATA = Path(__file__).resolve().parent.parent / "data"
FILES = {file.key: file for file in code_data.code_files()}


def numbers(country: str, code: str = "criminal") -> set[str]:
    return {str(entry["article"]) for entry in FILES[(country, code)].articles}


def entry(country: str, article: str, code: str = "criminal") -> dict:
    return next(e for e in FILES[(country, code)].articles if e["article"] == article)


#: Repealed (утратила силу) in the adilet text, kept with their last titles for old charges.
KZ_REPEALED = {"47", "130", "197", "219", "235", "241", "373", "374"}


def test_kazakhstan_criminal_code_is_numbered_completely() -> None:
    found = numbers("KZ")
    assert len(found) == 497
    # repealed before the 2019-2020 redaction, so no title of them was read
    assert {str(n) for n in range(1, 468)} - found == {"108", "109", "215", "240", "393"}
    assert {e["article"] for e in FILES[("KZ", "criminal")].articles
            if e.get("repealed")} == KZ_REPEALED
    assert {"50-1", "67-1", "98-1", "98-2", "98-3", "108-1", "109-1", "188-1", "269-1",
            "301-1", "345-1", "370-2", "380-1", "380-2", "452-1"} <= found


def test_every_kazakh_criminal_article_has_a_checked_title() -> None:
    for found in FILES[("KZ", "criminal")].articles:
        assert found["title_ru"] and found["title_en"], found["article"]
        assert found["checked"] == (
            "kz-laws-ru" if found["article"] in KZ_REPEALED else "adilet"), found["article"]
        if found.get("term_min_months") is not None:
            assert found["term_min_months"] <= found["term_max_months"], found["article"]
        if found.get("fine_min") is not None:
            assert found["fine_min"] <= found["fine_max"], found["article"]
            assert found["fine_unit"] == "MRP"
        assert found.get("term_max_months", 0) <= 240, found["article"]


@pytest.mark.parametrize(("article", "title"), [
    ("174", "Разжигание социальной, национальной, родовой, расовой, сословной или религиозной "
            "розни"),
    ("179", "Пропаганда или публичные призывы к захвату или удержанию власти, а равно захват "
            "или удержание власти либо насильственное изменение конституционного строя "
            "Республики Казахстан"),
    ("256", "Пропаганда терроризма или публичные призывы к совершению акта терроризма"),
    ("258", "Финансирование террористической или экстремистской деятельности и иное "
            "пособничество терроризму либо экстремизму"),
    ("272", "Массовые беспорядки"),
    ("274", "Распространение заведомо ложной информации"),
    ("405", "Организация и участие в деятельности общественного или религиозного "
            "объединения либо иной организации после решения суда о запрете их "
            "деятельности или ликвидации в связи с осуществлением ими экстремизма или "
            "терроризма"),
])
def test_key_kazakh_articles_carry_the_checked_title(article: str, title: str) -> None:
    found = entry("KZ", article)
    assert (found["title_ru"], found["checked"]) == (title, "adilet")


@pytest.mark.parametrize(("article", "title"), [
    ("174", "Әлеуметтік, ұлттық, рулық, нәсілдік, тектік-топтық немесе діни алауыздықты "
            "қоздыру"),
    ("256", "Терроризмді насихаттау немесе терроризм актісін жасауға жария түрде шақыру"),
    ("272", "Жаппай тәртіпсіздік"),
    ("274", "Көрінеу жалған ақпарат тарату"),
])
def test_key_kazakh_articles_carry_the_kazakh_title(article: str, title: str) -> None:
    found = entry("KZ", article)
    assert (found["title_kk"], found["checked_kk"]) == (title, "kz-laws-kk")


def test_kazakh_titles_are_in_cyrillic_and_only_where_read() -> None:
    articles = FILES[("KZ", "criminal")].articles
    with_kk = [e for e in articles if e.get("title_kk")]
    assert len(with_kk) == 439
    for found in articles:
        assert bool(found.get("title_kk")) == (found.get("checked_kk") == "kz-laws-kk")
    for found in with_kk:
        assert not any("a" <= c.lower() <= "z" for c in found["title_kk"]), found["article"]
    # added after 2021 or renamed since: the 2022 Kazakh text has no current title for them
    assert not {"67-1", "108-1", "121-1", "146", "205", "377", "380"} & {
        e["article"] for e in with_kk}


def test_the_russian_code_has_every_article_of_its_2018_contents() -> None:
    found = numbers("RU")
    assert len(found) == 480
    assert {str(n) for n in range(1, 362)} - found == {
        "16", "52", "77", "129", "130", "152", "173", "182", "188", "200", "265", "298"}
    assert {"53.1", "104.5", "205.6", "207.3", "212.1", "280.3", "282.2", "284.1", "284.2",
            "330.2", "354.1"} <= found
    # added after 2018 and read in quotations (the others are listed as missing)
    assert {"207.1", "207.2", "275.1", "282.4", "284.3", "352.1"} <= found


@pytest.mark.parametrize(("country", "count"), [("KZ", 497), ("RU", 480), ("BY", 17)])
def test_counts_per_criminal_code_and_language(country: str, count: int) -> None:
    """Every listed article has a Russian and an English title; none is empty."""
    articles = FILES[(country, "criminal")].articles
    assert len(articles) == count
    for found in articles:
        assert found["title_ru"].strip() and found["title_en"].strip(), found["article"]
        assert found["title_ru"] == found["title_ru"].strip(), found["article"]
    with_kk = [e for e in articles if e.get("title_kk")]
    assert len(with_kk) == (439 if country == "KZ" else 0)
    assert all(e["title_kk"].strip() for e in with_kk)


def test_titles_changed_after_2018_are_the_current_ones() -> None:
    assert entry("RU", "330.1")["title_ru"] == (
        "Уклонение от исполнения обязанностей, предусмотренных законодательством Российской "
        "Федерации об иностранных агентах")
    assert entry("RU", "280.3")["title_ru"].endswith(
        "или исполнения государственными органами Российской Федерации своих полномочий в "
        "указанных целях")


def test_the_kazakh_administrative_code_has_every_article_of_its_2020_contents() -> None:
    articles = FILES[("KZ", "administrative")].articles
    titled = [e for e in articles if e.get("title_ru")]
    assert (len(articles), len(titled)) == (1037, 989)
    assert all(e["title_en"] and e["checked"] == "kz-laws-ru" for e in titled)
    assert {str(n) for n in range(73, 682)} - numbers("KZ", "administrative") == {
        "140", "144", "152", "183", "188", "215", "242", "254", "258", "263", "290", "291",
        "295", "459", "467", "500", "502", "520", "541", "574", "576", "604", "605", "609",
        "624", "629", "636"}
    assert entry("KZ", "488", "administrative")["title_ru"] == (
        "Нарушение законодательства Республики Казахстан о порядке организации и проведения "
        "мирных собраний")
    assert entry("KZ", "653", "administrative")["title_ru"] == "Проявление неуважения к суду"
    assert entry("KZ", "669", "administrative")["title_ru"].startswith(
        "Неисполнение приговора суда")


def test_the_kazakh_administrative_code_has_its_kazakh_titles() -> None:
    articles = FILES[("KZ", "administrative")].articles
    with_kk = [e for e in articles if e.get("title_kk")]
    assert len(with_kk) == 981
    assert all(e["checked_kk"] == "kz-laws-kk" for e in with_kk)
    assert entry("KZ", "488", "administrative")["title_kk"] == (
        "Қазақстан Республикасының бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы "
        "заңнамасын бұзу")
    # added in 2020: no Russian title read, Kazakh and English ones
    defamation = entry("KZ", "73-3", "administrative")
    assert (defamation.get("title_ru"), defamation["title_kk"], defamation["title_en"]) == (
        None, "Жала жабу", "Defamation")
    # renamed in 2020: the Kazakh title would not match the 2020 Russian one
    assert "title_kk" not in entry("KZ", "133", "administrative")
    assert entry("KZ", "274", "administrative").get("repealed") is True


@pytest.mark.parametrize(("country", "article", "title"), [
    ("RU", "207.3", "Публичное распространение заведомо ложной информации об использовании "
                    "Вооруженных Сил Российской Федерации"),
    ("RU", "280.3", "Публичные действия, направленные на дискредитацию использования "
                    "Вооруженных Сил Российской Федерации"),
    ("RU", "275", "Государственная измена"),
    ("RU", "282.2", "Организация деятельности экстремистской организации"),
    ("RU", "207.1", "Публичное распространение заведомо ложной информации об обстоятельствах, "
                    "представляющих угрозу жизни и безопасности граждан"),
    ("RU", "275.1", "Сотрудничество на конфиденциальной основе с иностранным государством"),
    ("BY", "361-1", "Создание экстремистского формирования либо участие в нем"),
    ("BY", "342", "Организация и подготовка действий, грубо нарушающих общественный порядок"),
    ("BY", "130", "Разжигание расовой, национальной, религиозной"),
    ("BY", "369", "Оскорбление представителя власти"),
    ("BY", "367", "Клевета в отношении Президента Республики Беларусь"),
    ("BY", "368", "Оскорбление Президента Республики Беларусь"),
    ("BY", "369-1", "Дискредитация Республики Беларусь"),
    ("BY", "370", "Надругательство над государственными символами"),
])
def test_key_articles_of_the_neighbours(country: str, article: str, title: str) -> None:
    found = entry(country, article)
    assert found["title_ru"].startswith(title)
    # each read in a source the file names
    assert found["checked"] in {s["id"] for s in FILES[(country, "criminal")].header["sources"]}


def test_every_file_says_where_it_comes_from() -> None:
    for file in FILES.values():
        header = file.header
        assert header["official_name"]["ru"] and header["official_name"]["en"]
        assert header["sources"] and all(source["what"] for source in header["sources"])
        assert header["text_date"] and header["compiled"] and header["notes"]
        keys = [(e["article"], e.get("part", "")) for e in file.articles]
        assert len(keys) == len(set(keys)), file.path.name
        assert all(e.get("checked", "") in ({"", *(s["id"] for s in header["sources"])})
                   for e in file.articles), file.path.name


@pytest.fixture
def book(db_path: Path):
    with Casebook(db_path) as opened:
        yield opened


@pytest.mark.parametrize("typed", ["274", "ст. 274", "распространение заведомо ложной",
                                   "заведомо ложн", "Заведомо Ложной", "false information",
                                   "жалған ақпарат", "жалган", "lozhnoi informatsii"])
def test_search_finds_kz_274_in_any_script(book, typed: str) -> None:
    found = book.codes.search(typed, country="KZ")
    assert "KZ 274 — Dissemination of knowingly false information" in [r.label() for r in found]


@pytest.mark.parametrize(("typed", "article"), [
    ("жаппай тәртіпсіздік", "272"), ("жаппай тартипсиздик", "272"),
    ("терроризмді насихаттау", "256"), ("қашқындық", "442")])
def test_search_finds_kazakh_titles(book, typed: str, article: str) -> None:
    assert article in [r.article for r in book.codes.search(typed, country="KZ")]


@pytest.mark.parametrize(("country", "typed", "article"), [
    ("BY", "361-1", "361-1"), ("BY", "экстремистского формирования", "361-1"),
    ("BY", "ekstremistskogo formirovaniya", "361-1"), ("BY", "дискредитация", "369-1"),
    ("RU", "207.3", "207.3"),
    ("RU", "заведомо ложной информации об использовании Вооруженных Сил", "207.3"),
    ("RU", "иностранных агентах", "330.1"), ("RU", "нацистской атрибутики", "282.4")])
def test_search_finds_the_neighbours_articles(book, country: str, typed: str,
                                              article: str) -> None:
    assert article in [r.article for r in book.codes.search(typed, country=country)]


def test_translated_belarusian_titles_are_not_marked_checked() -> None:
    """361, 361-2 to 361-4 were read only in Belarusian: their Russian title is caseapp's."""
    for article in ("361", "361-2", "361-3", "361-4"):
        assert entry("BY", article)["checked"] == "", article
    assert entry("BY", "361-1")["checked"] == "quote"


def test_exact_number_comes_first_and_suffixes_match_either_spelling(book) -> None:
    assert book.codes.search("274")[0].label().startswith("KZ 274 ")
    assert book.codes.row(book.codes.resolve("361.1", country="BY")).article == "361-1"
    assert book.codes.row(book.codes.resolve("207-3", country="RU")).article == "207.3"
    assert [r.reference() for r in book.codes.search("380", country="KZ", code="criminal")][:3] == [
        "380", "380-1", "380-2"]


def test_resolve_refuses_what_matches_nothing_or_many(book) -> None:
    with pytest.raises(NotFound):
        book.codes.resolve("9999")
    with pytest.raises(Ambiguous, match="several articles"):
        book.codes.resolve("заведомо")


def test_penalty_range_of_274(book) -> None:
    penalty = book.codes.penalty(book.codes.resolve("274"))
    assert penalty == codes.PenaltyRange(None, 84, None, 5000, "MRP")
    assert penalty.describe() == "imprisonment up to 7 years; fine up to 5\u00a0000 MCI"


def test_counts_match_the_shipped_files(book) -> None:
    assert book.codes.counts() == {key: len(file.articles) for key, file in FILES.items()}


def test_loading_again_adds_nothing_and_a_volunteers_article_is_kept(book) -> None:
    with book.bound():
        book.database.execute_sql(
            "INSERT INTO code_article (uid, created_at, updated_at, country, code, article, "
            "part, title_kk, title_ru, title_en) VALUES ('own', '', '', 'KZ', 'criminal', "
            "'999', '', '', 'Собственная статья', '')")
        with book.database.atomic():
            inserted, _updated = code_data.sync(book.database)
    assert inserted == 0
    assert [r.title for r in book.codes.search("собственная", language="ru")] == [
        "Собственная статья"]


def test_the_shipped_word_forms_are_current() -> None:
    """Stale forms would give shipped articles other keys than a query's words get."""
    stored = code_forms.load()
    built = code_forms.build()
    assert {word: code_forms.decode(word, text) for word, text in built.items()} == stored, (
        "run: python -m caseapp.store.code_forms")


def test_loading_every_code_into_an_empty_table_inserts_every_article(tmp_path: Path) -> None:
    files = code_data.code_files()
    with Casebook(tmp_path / "fresh.sqlite", create=True) as book, book.bound():
        book.database.execute_sql("DELETE FROM code_article")
        codes._word_forms.cache_clear()  # as in a new process: only the shipped forms known
        with book.database.atomic():
            inserted, updated = code_data.sync(book.database, files)
    assert (inserted, updated) == (sum(len(f.articles) for f in files), 0)


def test_upgrading_a_schema_4_file_adds_the_codes_and_keeps_its_charge(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema_v4.sqlite", path)
    with Casebook(path, backup_dir=tmp_path / "backups") as book:
        assert book.codes.counts()[("KZ", "criminal")] == len(FILES[("KZ", "criminal")].articles)
        assert ("RU", "criminal") in book.codes.counts()
        erlan = book.persons.resolve("Yerlan Kuanyshbayev")
        [charge] = book.persons.details(erlan).cases[0].charges
        assert charge.article == "274"
        kz_174 = book.get(records.CodeArticle, book.codes.resolve("174"))
        assert kz_174.title_ru.startswith("Разжигание")  # the shipped title replaced the old one
        assert {"273", "274", "419"} <= {
            r.article for r in book.codes.search("заведомо ложн", country="KZ")}


def test_the_dossier_shows_the_range_of_a_charged_article(book, tmp_path: Path) -> None:
    from pypdf import PdfReader

    person, _ = book.persons.add(records.Person(display_name="Айгуль Сапарова"))
    case, _ = book.cases.add(records.Case(case_number="2024-7"))
    book.cases.add_party(case.pk, person.pk)
    book.cases.add_charge(case.pk, person.pk, "распространение заведомо ложной")
    out = book.reports.dossier(person.pk, tmp_path / "d.pdf",
                               book.reports.options(language="en"))
    text = " ".join((page.extract_text() or "") for page in PdfReader(out).pages)
    assert "imprisonment up to 7 years; fine up to 5" in " ".join(text.split())
