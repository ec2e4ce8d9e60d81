# SPDX-License-Identifier: GPL-3.0-or-later
"""Alt+letter mnemonics that work and are unique in every dialog, in every language.

Translators choose a mnemonic for each label, but they see one string at a time and
cannot know which letters the other labels of the same dialog took; a label laid out
by ``QFormLayout`` next to a container widget reaches nothing, because Qt gives focus
to a buddy only when the buddy itself accepts focus. Like KDE's accelerator manager,
this module repairs both when a dialog is first shown: each label's buddy is the
input that takes the focus, and a mnemonic that is missing or already taken in the
dialog moves to the first free letter of its text (word starts first).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the focus for ``widget``: itself, its focus proxy, or its
    first descendant that accepts Tab focus."""
    proxy = widget.focusProxy()
    if proxy is not None:
        return focus_target(proxy)
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return widget


def mnemonic(text: str) -> str | None:
    """The casefolded character after the single "&" of ``text``, if any."""
    index = text.replace("&&", "\0\0").find("&")
    if index < 0 or index + 1 >= len(text):
        return None
    return text[index + 1].casefold()


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with "&" before the first free letter, word starts first; unchanged
    (and without "&") when every letter is taken."""
    plain = without_mnemonic(text)
    for index in _candidate_positions(plain):
        if plain[index].casefold() not in taken:
            taken.add(plain[index].casefold())
            return _escape(plain[:index]) + "&" + _escape(plain[index:])
    return _escape(plain)


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def _candidate_positions(text: str) -> Iterator[int]:
    starts = [i for i, ch in enumerate(text)
              if ch.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    yield from starts
    yield from (i for i, ch in enumerate(text) if ch.isalpha() and i not in starts)
    yield from (i for i, ch in enumerate(text) if ch.isdigit())


class _Caption:
    """A text with a possible mnemonic: a label, a button, a group box or a tab."""

    def __init__(self, get: Callable[[], str], put: Callable[[str], None], *,
                 must_have: bool) -> None:
        self.get, self.put, self.must_have = get, put, must_have


def captions(root: QWidget) -> list[_Caption]:
    """Labels with a buddy (which must have a mnemonic), buttons, group boxes and tabs
    under ``root`` (these keep theirs or none), in creation order; a dialog's own
    OK/Cancel row is left out."""
    found: list[_Caption] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append(_Caption(widget.text, widget.setText, must_have=True))
        elif isinstance(widget, QAbstractButton) and not _in_button_box(widget) and widget.text():
            found.append(_Caption(widget.text, widget.setText, must_have=False))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append(_Caption(widget.title, widget.setTitle, must_have=False))
        elif isinstance(widget, QTabWidget):
            found += [_tab_caption(widget, index) for index in range(widget.count())]
    return found


def _tab_caption(tabs: QTabWidget, index: int) -> _Caption:
    return _Caption(lambda: tabs.tabText(index), lambda text: tabs.setTabText(index, text),
                    must_have=False)


def _in_button_box(widget: QWidget) -> bool:
    return isinstance(widget.parentWidget(), QDialogButtonBox)


def repair(root: QWidget) -> None:
    """Point every label at the input that takes the focus and make every mnemonic
    under ``root`` unique: the first holder of a letter keeps it, later ones move."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            label.setBuddy(focus_target(buddy))
    taken = {letter for box in root.findChildren(QDialogButtonBox) for button in box.buttons()
             if (letter := mnemonic(button.text())) is not None}
    needs_letter: list[_Caption] = []
    for caption in captions(root):
        letter = mnemonic(caption.get())
        if letter is None and not caption.must_have:
            continue
        if letter is None or letter in taken:
            needs_letter.append(caption)
        else:
            taken.add(letter)
    for caption in needs_letter:
        caption.put(with_mnemonic(caption.get(), taken))
