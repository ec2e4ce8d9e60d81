# SPDX-License-Identifier: GPL-3.0-or-later
"""Paste an article: analyse, review the proposals, link, reject, import, undo, duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caseapp.gui.articles.article_view import DATE, FOCUS, MUTED, PERSON, PLACE
from caseapp.gui.articles.labels import LINK, NEW, REJECT
from caseapp.gui.articles.paste_dialog import PASTE, REVIEW, PasteArticleDialog
from caseapp.gui.articles.proposals_model import DECISION, NAME

PUBLISHED = date(2025, 3, 7)
#: A fictional Kazakh news report; every person in it is invented.
ARTICLE = """\
Шымкентте журналист Дәурен Сапарбаев қамауға алынды
Шымкент қаласының тұрғыны, журналист Дәурен Сапарбаев 5 наурызда өз үйінде ұсталды. \
Бұл туралы оның жұбайы Мәдина Сапарбаева хабарлады.
Сапарбаевқа Қылмыстық кодекстің 274-бабы бойынша жалған ақпарат таратты деген күдік \
келтірілген. Кеше қалалық сот Сапарбаевты екі айға қамауға алу туралы шешім шығарды.
Журналистің адвокаты Нұрлан Есенов бұл шешімге шағым беретінін айтты.
«Әділ сөз» қоры Сапарбаевты сөз бостандығы үшін қудаланған азамат деп санайтынын мәлімдеді.
"""
CORPUS_101 = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "101_kk.txt"


def open_dialog(qtbot, window) -> PasteArticleDialog:
    dialog = PasteArticleDialog(window, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def analyse(qtbot, window, text: str = ARTICLE) -> PasteArticleDialog:
    dialog = open_dialog(qtbot, window)
    dialog.paste_page.text.setPlainText(text)
    dialog.paste_page.published.set_date(PUBLISHED)
    dialog.analyse_button.click()
    assert dialog.stack.currentIndex() == REVIEW
    return dialog


def row_of(dialog: PasteArticleDialog, name: str) -> int:
    names = [choice.name for choice in dialog.review_page.model.choices]
    return names.index(name)


def person_named(casebook, name: str) -> int | None:
    ids = casebook.persons.ids(text=name)
    return ids[0] if len(ids) == 1 else None


# -- step 1


def test_analyse_needs_text_and_a_valid_date(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.stack.currentIndex() == PASTE and not dialog.analyse_button.isEnabled()
    assert not dialog.import_button.isVisible()
    dialog.paste_page.text.setPlainText(ARTICLE)
    assert dialog.analyse_button.isEnabled()
    dialog.paste_page.published.setText("32.13.2024")
    dialog.analyse_button.click()
    assert dialog.stack.currentIndex() == PASTE
    assert dialog.paste_page.date_error.isVisible() and dialog.paste_page.date_error.text()


def test_open_file_reads_html_through_the_core(qtbot, window, tmp_path):
    page = tmp_path / "article.html"
    page.write_text("<html><body><h1>Шымкентте журналист &laquo;ұсталды&raquo;</h1>"
                    "<p>Дәурен Сапарбаев 5 наурызда ұсталды.</p></body></html>", "utf-8")
    dialog = open_dialog(qtbot, window)
    dialog.paste_page.load_file(str(page))
    text = dialog.paste_page.article_text()
    assert "«ұсталды»" in text and "Дәурен Сапарбаев" in text and "<p>" not in text


def test_tab_order_goes_text_options_analyse(qtbot, window):
    dialog = open_dialog(qtbot, window)
    page = dialog.paste_page
    page.text.setPlainText("x")
    chain = [page.text]
    for _ in range(4):
        chain.append(next_tab_stop(chain[-1]))
    assert chain == [page.text, page.open_button, page.published, page.language,
                     dialog.analyse_button]


def next_tab_stop(widget):
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
               and candidate.isEnabled()):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_escape_closes(qtbot, window):
    dialog = open_dialog(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_widgets_have_accessible_names(qtbot, window, known):
    dialog = analyse(qtbot, window)
    page, review = dialog.paste_page, dialog.review_page
    for widget in (page.text, page.open_button, page.published, page.language,
                   dialog.analyse_button, dialog.import_button, dialog.back_button,
                   review.proposals, review.article, review.candidates.table,
                   review.candidates.card, review.tabs):
        assert widget.accessibleName(), widget


# -- step 2: review


def test_proposals_model_lists_the_persons(qtbot, qtmodeltester, window, known):
    dialog = analyse(qtbot, window)
    model = dialog.review_page.model
    names = [model.index(row, NAME).data() for row in range(model.rowCount())]
    assert {"Дәурен Сапарбаев", "Мәдина Сапарбаева", "Нұрлан Есенов"} <= set(names)
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.review_page.candidates.model)
    for summary in dialog.review_page.summaries.values():
        qtmodeltester.check(summary)


def test_the_known_person_is_the_best_candidate_with_details(qtbot, window, known):
    dialog = analyse(qtbot, window)
    review = dialog.review_page
    row = row_of(dialog, "Дәурен Сапарбаев")
    review.proposals.selectRow(row)
    candidates = review.candidates
    assert candidates.model.rowCount() >= 1
    assert candidates.model.index(0, 0).data().endswith("Dauren Saparbayev")
    assert "Dauren Saparbayev" in review.model.index(row, 3).data()
    card = candidates.card.toPlainText()
    assert "Dauren Saparbayev" in card and "Даурен Сапарбаев" in card and "detained" in card


def test_text_is_highlighted_and_selection_follows_the_row(qtbot, window, known):
    dialog = analyse(qtbot, window)
    review = dialog.review_page
    view = review.article
    assert "Мәдина Сапарбаева" in view.highlighted(PERSON)
    assert "5 наурызда" in view.highlighted(DATE)
    assert any(text.startswith("Шымкент") for text in view.highlighted(PLACE))
    review.proposals.selectRow(row_of(dialog, "Мәдина Сапарбаева"))
    assert view.highlighted(FOCUS) == ["Мәдина Сапарбаева"]
    review.proposals.selectRow(row_of(dialog, "Дәурен Сапарбаев"))
    assert "Сапарбаевқа" in view.highlighted(FOCUS)


def test_rejected_person_is_struck_through(qtbot, window, known):
    dialog = analyse(qtbot, window)
    model = dialog.review_page.model
    row = row_of(dialog, "Нұрлан Есенов")
    assert model.setData(model.index(row, DECISION), REJECT)
    assert "Нұрлан Есенов" in dialog.review_page.article.highlighted(MUTED)
    assert model.index(row, NAME).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_link_is_offered_only_with_candidates(qtbot, window, known):
    dialog = analyse(qtbot, window)
    model = dialog.review_page.model
    lonely = row_of(dialog, "Нұрлан Есенов")
    assert [value for value, _label in model.decision_choices(lonely)] == [NEW, REJECT]
    assert not model.setData(model.index(lonely, DECISION), LINK)
    assert not model.setData(model.index(lonely, NAME), "   ")


def test_summary_lists_dates_places_and_events(qtbot, window, known):
    dialog = analyse(qtbot, window)
    summaries = dialog.review_page.summaries
    dates = [summaries["dates"].index(r, 1).data() for r in range(summaries["dates"].rowCount())]
    assert "5 Mar 2025" in dates
    places = [summaries["places"].index(r, 0).data()
              for r in range(summaries["places"].rowCount())]
    assert "Шымкент" in places
    events = dialog.review_page.events
    kinds = [events.index(r, 0).data() for r in range(events.rowCount())]
    assert "detention" in kinds and "charge" in kinds


# -- import and undo


def test_link_reject_import_and_undo(qtbot, window, casebook, known, messages):
    dialog = analyse(qtbot, window)
    review = dialog.review_page
    review.proposals.selectRow(row_of(dialog, "Дәурен Сапарбаев"))
    review.candidates.link_button.click()
    review.proposals.selectRow(row_of(dialog, "Нұрлан Есенов"))
    review.candidates.reject_button.click()
    assert review.model.counts()[LINK] == 1 and review.model.counts()[REJECT] == 1
    sources_before = len(casebook.sources.ids())
    dialog.import_button.click()

    assert not dialog.isVisible()
    assert messages and "imported" in messages[-1]
    assert person_named(casebook, "Мәдина Сапарбаева") is not None
    assert person_named(casebook, "Нұрлан Есенов") is None
    assert casebook.persons.ids(text="Дәурен Сапарбаев") == [known]
    aliases = {a.text for a in casebook.persons.details(known).aliases}
    assert {"Dauren Saparbayev", "Даурен Сапарбаев", "Дәурен Сапарбаев"} <= aliases
    details = casebook.persons.details(known)
    assert details.hearings and details.cases
    assert [e.kind for e in details.events if e.kind == "detention"] == ["detention"]
    assert details.detentions == ()     # the article does not say what kind of custody
    assert len(casebook.sources.ids()) == sources_before + 1
    assert "Import Article" in window.menu_actions.undo.text()

    window.undo()
    assert person_named(casebook, "Мәдина Сапарбаева") is None
    assert len(casebook.sources.ids()) == sources_before
    aliases = {a.text for a in casebook.persons.details(known).aliases}
    assert "Дәурен Сапарбаев" not in aliases and not casebook.persons.details(known).events


def test_a_corrected_name_keeps_its_events(qtbot, window, casebook, messages):
    dialog = analyse(qtbot, window)
    model = dialog.review_page.model
    row = row_of(dialog, "Дәурен Сапарбаев")
    assert model.setData(model.index(row, NAME), "Дәурен Ерланұлы Сапарбаев")
    dialog.import_button.click()
    person = person_named(casebook, "Дәурен Ерланұлы Сапарбаев")
    assert person is not None
    details = casebook.persons.details(person)
    assert details.events and details.cases


def test_the_same_article_twice_shows_a_notice(qtbot, window, casebook, messages):
    analyse(qtbot, window).import_button.click()
    again = analyse(qtbot, window)
    assert again.review_page.notice.isVisible()
    assert "already" in again.review_page.notice.text()
    assert not again.import_button.isEnabled()


def test_back_keeps_the_text(qtbot, window):
    dialog = analyse(qtbot, window)
    dialog.back_button.click()
    assert dialog.stack.currentIndex() == PASTE
    assert dialog.paste_page.article_text() == ARTICLE


@pytest.mark.skipif(not CORPUS_101.exists(), reason="shared corpus not present")
def test_corpus_article_101(qtbot, qtmodeltester, window):
    dialog = analyse(qtbot, window, CORPUS_101.read_text("utf-8"))
    model = dialog.review_page.model
    assert "Ерболат Жақсылықов" in [choice.name for choice in model.choices]
    qtmodeltester.check(model)


def test_a_failed_import_keeps_the_dialog_open(qtbot, window, casebook, known, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr("caseapp.gui.common.errors.show_error",
                        lambda parent, exc: shown.append(exc))
    dialog = analyse(qtbot, window)
    model = dialog.review_page.model
    row = row_of(dialog, "Дәурен Сапарбаев")
    model.set_decision(row, LINK)
    model.choices[row].link_uid = "no-such-uid"
    dialog.import_button.click()
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert shown and "no-such-uid" in str(shown[0])
    assert person_named(casebook, "Мәдина Сапарбаева") is None


def test_closing_while_analysing_waits_for_the_job_then_deletes(qtbot, worker_host):
    dialog = PasteArticleDialog(worker_host)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    destroyed: list[bool] = []
    dialog.destroyed.connect(lambda: destroyed.append(True))
    dialog.show()
    dialog.paste_page.text.setPlainText(ARTICLE)
    dialog.analyse_button.click()
    dialog.reject()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: bool(destroyed), timeout=10000)


def test_analyse_and_import_on_the_real_worker(qtbot, worker_host, known):
    dialog = PasteArticleDialog(worker_host)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paste_page.text.setPlainText(ARTICLE)
    dialog.analyse_button.click()
    assert not dialog.analyse_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == REVIEW, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert worker_host.changes and worker_host.changes[0].step == "Import Article"


def test_review_tab_order_starts_at_the_table(qtbot, window, known):
    dialog = analyse(qtbot, window)
    review = dialog.review_page
    row = row_of(dialog, "Дәурен Сапарбаев")   # proposed as a link: undo that, so Link is on
    review.model.set_decision(row, NEW)
    review.proposals.selectRow(row)
    assert next_tab_stop(review.proposals) is review.candidates.table
    assert next_tab_stop(review.candidates.table) is review.candidates.link_button
