# SPDX-License-Identifier: GPL-3.0-or-later
"""The article as the importer read it, with what it found highlighted by kind.

Highlights are QTextEdit extra selections over the plain text, so the article itself
is never parsed as markup. Event sentences get a faint wash, names, dates, places and
organisations a stronger colour over it, and the person selected in the proposals
table a solid one; a rejected person's mentions are struck through.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

from caseapp.gui.articles.offsets import DocumentOffsets

Span = tuple[int, int]

EVENT, PLACE, ORGANIZATION, DATE, PERSON = "event", "place", "organization", "date", "person"
MUTED, FOCUS = "muted", "focus"
#: Drawing order: later layers paint over earlier ones where spans overlap.
LAYER_ORDER = (EVENT, PLACE, ORGANIZATION, DATE, PERSON, MUTED, FOCUS)
#: (background, text colour) per kind; dark text on light colours reads in any theme.
COLORS: dict[str, tuple[str, str]] = {
    EVENT: ("#fdf1e3", "#1b1b1b"),
    PLACE: ("#cdeed6", "#10321b"),
    ORGANIZATION: ("#e9dcf7", "#2d1846"),
    DATE: ("#ffe6a6", "#3b2a00"),
    PERSON: ("#cfe2ff", "#0b2a5b"),
    FOCUS: ("#1f5fd1", "#ffffff"),
}
LINE_HEIGHT_PERCENT = 135


class ArticleView(QTextEdit):
    """Read-only article text; ``set_highlights`` takes spans (offsets into the text) per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(10)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._offsets = DocumentOffsets("")
        self._formats = {kind: _format(kind) for kind in LAYER_ORDER}

    def set_article(self, text: str) -> None:
        self.setPlainText(text)
        self._offsets = DocumentOffsets(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT,
                           QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(6)
        cursor.mergeBlockFormat(block)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_highlights(self, layers: Mapping[str, Iterable[Span]]) -> None:
        """Show ``layers`` (kind → spans); a FOCUS layer is also scrolled into view."""
        selections: list[QTextEdit.ExtraSelection] = []
        for kind in LAYER_ORDER:
            selections.extend(self._selection(kind, span) for span in layers.get(kind, ()))
        self.setExtraSelections(selections)
        focus = sorted(layers.get(FOCUS, ()))
        if focus:
            self._scroll_to(focus[0][0])

    def highlighted(self, kind: str) -> list[str]:
        """The texts currently shown in ``kind``'s colour (for tests and accessibility)."""
        wanted = self._formats[kind]
        return [s.cursor.selectedText() for s in self.extraSelections() if s.format == wanted]

    def _selection(self, kind: str, span: Span) -> QTextEdit.ExtraSelection:
        start, end = span
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self._offsets.position(start), last))
        cursor.setPosition(min(self._offsets.position(end), last),
                           QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = self._formats[kind]
        return selection

    def _scroll_to(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._offsets.position(offset),
                               self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == MUTED:
        fmt.setForeground(QColor("#7a7a7a"))
        fmt.setFontStrikeOut(True)
        return fmt
    background, foreground = COLORS[kind]
    fmt.setBackground(QColor(background))
    fmt.setForeground(QColor(foreground))
    if kind == FOCUS:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    if kind == EVENT:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor("#d08a3c"))
    return fmt


def legend_entries() -> Sequence[tuple[str, str]]:
    """(kind, translated label) in the order the legend shows them."""
    translate = QCoreApplication.translate
    return ((PERSON, translate("ArticleView", "Person")),
            (DATE, translate("ArticleView", "Date")),
            (PLACE, translate("ArticleView", "Place")),
            (ORGANIZATION, translate("ArticleView", "Organisation")),
            (EVENT, translate("ArticleView", "Event sentence")),
            (FOCUS, translate("ArticleView", "Selected")))


class Legend(QLabel):
    """A one-line key to the highlight colours (our own markup; labels are escaped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        chips = []
        for kind, text in legend_entries():
            background, foreground = COLORS[kind]
            chips.append(f'<span style="background-color:{background}; color:{foreground};">'
                         f"&nbsp;{escape(text).replace(' ', '&nbsp;')}&nbsp;</span>")
        self.setText("&nbsp;&nbsp;".join(chips))
        self.setAccessibleName(QCoreApplication.translate("ArticleView", "Highlight colours"))
        self.setAccessibleDescription(", ".join(text for _kind, text in legend_entries()))
