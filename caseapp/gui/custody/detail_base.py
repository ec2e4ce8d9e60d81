# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only detail pane for one record, plus the HTML pieces it is written with.

The pane reads its record on the database worker (``load``) and renders it as rich
text (``render_html``); a late answer for a record no longer shown is dropped. Every
value a volunteer typed or an article supplied is escaped here; only our own markup
is trusted. Links of the form ``open:table/id`` open that record through the host;
web links open in the browser. Every detail pane of the window (persons, cases,
hearings, actions, sources) is a ``RecordDetailPane``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain import enums
from caseapp.domain.changes import Changes
from caseapp.domain.errors import NotFound
from caseapp.domain.views import HearingRow

from caseapp.gui.common.detail_browser import detail_browser, muted_color
from caseapp.gui.common.errors import show_error
from caseapp.gui.common.formatting import format_date, format_time
from caseapp.gui.common.page import PageHost
from caseapp.gui.ops import QueryOp

STYLE = """
h1 { font-size: large; font-weight: 600; margin: 0 0 4px 0; }
h2 { font-size: medium; font-weight: 600; margin: 14px 0 4px 0; }
p { margin: 2px 0; }
td, th { padding: 2px 14px 2px 0; vertical-align: top; }
th { font-weight: 600; text-align: left; }
"""


def enum_label(enum: type[enums.Labelled], value: str) -> str:
    """The translated label of a stored value; unknown values are shown as stored."""
    try:
        return enum(value).label()
    except ValueError:
        return value


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label → value; both are escaped, empty values skipped."""
    rows = "".join(f"<tr><th>{escape(label)}</th><td>{escape(value).replace(chr(10), '<br>')}"
                   "</td></tr>" for label, value in pairs if value)
    return f'<table cellspacing="0">{rows}</table>' if rows else ""


def section(title: str, body: str) -> str:
    """A titled part; ``body`` must already be escaped or our own markup."""
    return f"<h2>{escape(title)}</h2>{body}" if body else ""


def paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.strip().splitlines() if line.strip())


def record_link(table: str, pk: int, label: str) -> str:
    return f'<a href="open:{table}/{pk}">{escape(label)}</a>'


def link_list(table: str, items: Sequence[tuple[int, str]]) -> str:
    return "<br>".join(record_link(table, pk, label) for pk, label in items)


def unbroken(text: str) -> str:
    """Escaped text whose spaces do not wrap ("14 Aug 2019" stays on one line)."""
    return escape(text).replace(" ", "&nbsp;")


def table(rows: Iterable[Sequence[str]], header: Sequence[str] = ()) -> str:
    """Cells are already escaped (or our own markup); header texts are escaped here."""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f'<table cellspacing="0">{f"<tr>{head}</tr>" if head else ""}{body}</table>'


class DetailRenderer(QObject):
    """The sections that person and case details share; ``muted`` is the colour for
    secondary text."""

    def __init__(self, muted: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._muted = muted

    def muted_text(self, text: str) -> str:
        return f'<span style="color:{self._muted}">{escape(text)}</span>'

    def hearings(self, hearings: Sequence[HearingRow]) -> str:
        header = [self.tr("Date"), self.tr("Court"), self.tr("Kind"), self.tr("Outcome")]
        rows = [[unbroken(format_date(h.date)) + " " + unbroken(format_time(h.time)),
                 escape(h.court), escape(enum_label(enums.HearingKind, h.kind)),
                 escape(h.outcome) or self.muted_text(self.tr("not recorded"))]
                for h in hearings]
        return section(self.tr("Hearings"), table(rows, header)) if rows else ""

    def tags(self, tags: Sequence[str]) -> str:
        return section(self.tr("Tags"), f"<p>{escape(', '.join(tags))}</p>") if tags else ""

    def notes(self, notes: str) -> str:
        body = escape(notes.strip()).replace("\n", "<br>")
        return section(self.tr("Notes"), f"<p>{body}</p>") if body else ""


class RecordDetailPane(QWidget):
    """Browser on top, a row of buttons below (``button_row``); subclasses name the
    browser (``browser.setAccessibleName``) and implement
    ``load`` (worker side, no widgets), ``render_html`` and ``hint``; ``shown`` is the
    loaded data of ``record_id``. ``TABLES``: changes to these re-read the record.
    """

    TABLES: tuple[str, ...] = ()
    STYLE = STYLE

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.record_id: int | None = None
        self.shown: Any = None
        self._generation = 0
        self.browser = self._make_browser()
        self.button_row = QHBoxLayout()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.browser, 1)
        self.body.addLayout(self.button_row)

    def _make_browser(self) -> QTextBrowser:
        browser = detail_browser(self, self.STYLE, links=True)
        browser.anchorClicked.connect(self._open_link)
        return browser

    # -- for subclasses

    def load(self, book: Casebook, record_id: int) -> Any:
        """Runs on the database worker: everything ``render_html`` needs. No widgets here."""
        raise NotImplementedError

    def render_html(self, data: Any) -> str:
        raise NotImplementedError

    def hint(self) -> str:
        raise NotImplementedError

    def after_show(self) -> None:
        """Enable or fill the pane's own controls once ``shown`` changed."""

    # -- public

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self._generation += 1
        if record_id is None:
            self._show_data(None)
            return
        generation = self._generation
        QueryOp(self.host, lambda book: self.load(book, record_id), parent=self).success(
            lambda data: self._loaded(generation, data)).failure(
            lambda exc: self._failed(generation, exc)).run_in_background()

    def on_changes(self, changes: Changes) -> None:
        if self.record_id is not None and changes.touches(*self.TABLES):
            self.show_record(self.record_id)

    def clear(self) -> None:
        self.show_record(None)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def muted(self, text: str) -> str:
        return f'<span style="color:{self._muted_color()}">{escape(text)}</span>'

    # -- internals

    def _loaded(self, generation: int, data: Any) -> None:
        if generation == self._generation:
            self._show_data(data)

    def _show_data(self, data: Any) -> None:
        self.shown = data
        if data is None:
            self.browser.setHtml(f"<p>{self.muted(self.hint())}</p>")
        else:
            self.browser.setHtml(self.render_html(data))
        self.after_show()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, NotFound):
            self.show_record(None)
        else:
            show_error(self, exc)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
            return
        kind, _sep, pk = url.path().partition("/")
        if pk.isdigit():
            self.host.open_record(kind, int(pk))

    def _muted_color(self) -> str:
        return muted_color(self)
