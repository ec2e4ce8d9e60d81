# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters through the core: what a letter says, to whom, in which script, and its log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseapp.core.letters import FOLLOW_UP_DAYS
from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.errors import Invalid, NotFound
from caseapp.domain.partial_date import PartialDate

DAY = date(2024, 3, 15)


@pytest.fixture
def person(book, linked) -> records.Person:
    """The linked person, with a Russian spelling beside the Kazakh and Latin ones."""
    book.persons.add_alias(linked.person.pk, AliasInput("Ерлан Куанышбаев", "transliteration"))
    book.custody.edit_facility(linked.facility.pk,
                               postal_address="050000, Алматы, ул. Жангельдина, 1")
    return linked.person


def compose(book, person_id: int, **options):
    return book.letters.compose(person_id, today=DAY, organisation="Freedom Bureau", **options)


def title_of(book, number: str, language: str) -> str:
    return book.codes.row(book.codes.resolve(number), language).title


def test_russian_letter_to_the_facility_head_fills_in_the_records(book, person) -> None:
    letter = compose(book, person.pk, to="facility", kind="release", language="ru")
    assert letter.recipient.lines == ("Начальнику учреждения СИЗО ЛА-155/18",
                                      "050000, Алматы, ул. Жангельдина, 1")
    assert letter.recipient.salutation in letter.text
    assert "Ерлан Куанышбаев" in letter.subject and "Қуанышбаев" not in letter.text
    assert f"ч. 2 ст. 274 УК РК «{title_of(book, '274', 'ru')}»" in letter.text
    assert "с 16 августа 2019 г. содержится в учреждении СИЗО ЛА-155/18" in letter.text
    assert "дело № 2019-07510-001" in letter.text
    assert letter.dated == "15 марта 2024 г."
    assert "Источники:\n1. Activist detained" in letter.text
    assert "С уважением,\nFreedom Bureau" in letter.text
    assert letter.gaps == ()


def test_the_name_follows_the_letters_language_and_script(book, person) -> None:
    english = compose(book, person.pk, to="un-wgad", kind="health")
    kazakh = compose(book, person.pk, to="ombudsman", kind="health", language="kk")
    assert english.language == "en" and "Yerlan Kuanyshbayev" in english.text
    assert "Ерлан Қуанышбаев" in kazakh.text and "Куанышбаев" not in kazakh.text
    assert f"«{title_of(book, '274', 'kk')}»" in kazakh.text
    assert english.recipient.email == "hrc-wg-ad@un.org"


def test_what_the_records_lack_is_marked_and_named(book) -> None:
    someone, _ = book.persons.add(records.Person(display_name="Асель Нурова"))
    letter = compose(book, someone.pk, to="prosecutor-general", kind="release")
    assert set(letter.gaps) == {"detained_since", "facility", "articles", "case_number"}
    assert letter.text.count("[не указано]") >= 4


def test_a_person_held_nowhere_has_no_facility_head_to_write_to(book) -> None:
    someone, _ = book.persons.add(records.Person(display_name="Асель Нурова"))
    with pytest.raises(Invalid, match="not held anywhere"):
        compose(book, someone.pk, to="facility", kind="access")


def test_logging_a_letter_is_one_undoable_action(book, person, linked) -> None:
    letter = compose(book, person.pk, to="facility", kind="release", language="ru")
    action, changes = book.letters.log(letter, person_id=person.pk, case_id=linked.case.pk,
                                       today=DAY)
    assert changes.step == "Log Letter"
    assert (action.status, action.kind, action.date) == ("sent", "letter", PartialDate(2024, 3, 15))
    assert action.follow_up_on == DAY + timedelta(days=FOLLOW_UP_DAYS)
    assert action.letter_text == letter.plain_text()
    assert action.title == f"{letter.subject} (адресат: {letter.recipient.label})"  # not "(to …)"
    persons, cases = book.actions.links(action.pk)
    assert [pk for _link, pk, _name in persons] == [person.pk]
    assert [pk for _link, pk, _label in cases] == [linked.case.pk]
    book.undo_step()
    with pytest.raises(NotFound):
        book.get(records.Action, action.pk)


def test_an_edited_template_is_used_and_reset_undoably(book, person) -> None:
    book.letters.save_template(kind="access", language="en", subject="Visit {person}",
                               body="Let the lawyer see {person} at {facility}.")
    letter = compose(book, person.pk, to="un-hrd", kind="access")
    assert letter.subject == "Visit Yerlan Kuanyshbayev"
    assert "Let the lawyer see Yerlan Kuanyshbayev at СИЗО ЛА-155/18." in letter.text
    book.letters.reset_template(kind="access", language="en")
    assert book.letters.template("access", "en").edited is False
    book.undo_step()
    assert book.letters.template("access", "en").subject == "Visit {person}"


def test_a_template_with_an_unknown_placeholder_is_refused(book) -> None:
    with pytest.raises(Invalid, match="persn"):
        book.letters.save_template(kind="release", language="ru", subject="{persn}",
                                   body="{person}")


def test_the_addressee_book_writes_in_the_entrys_language(book, person) -> None:
    entry, _ = book.addressees.add(records.Addressee(
        name="Embassy of Norway", title="Ambassador", postal_address="Astana\nKunayev 1",
        email="emb@example.org", language="en", salutation="Your Excellency,"))
    letter = compose(book, person.pk, to="embassy of  NORWAY", kind="release")
    assert letter.language == "en" and letter.target == "Embassy of Norway"
    assert letter.recipient.lines == ("Ambassador", "Embassy of Norway", "Astana", "Kunayev 1")
    assert letter.text.startswith("Your Excellency,")
    book.addressees.remove(entry.pk)
    with pytest.raises(NotFound, match="No addressee is called"):
        compose(book, person.pk, to="Embassy of Norway", kind="release")
    assert [e.name for e in book.addressees.entries()] == []


def test_a_built_in_name_is_not_an_entry_name(book) -> None:
    with pytest.raises(Invalid, match="built-in"):
        book.addressees.add(records.Addressee(name="Ombudsman"))


def test_a_pdf_letter_from_the_demo_database(demo_book, tmp_path) -> None:
    """The issue's done-when: a Russian letter to a facility head, logged as an action."""
    detained = demo_book.persons.ids(status="detained")[0]
    letter = demo_book.letters.compose(detained, to="facility", kind="release", language="ru")
    out = demo_book.letters.write_pdf(letter, tmp_path / "letter.pdf")
    action, _ = demo_book.letters.log(letter, person_id=detained)
    assert out.read_bytes().startswith(b"%PDF")
    assert action.pk in demo_book.actions.ids(status="sent")
