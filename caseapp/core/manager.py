# SPDX-License-Identifier: GPL-3.0-or-later
"""The base of the Casebook's managers (Anki's collection managers).

A manager groups the commands and reads of one feature (persons, cases, custody…).
Every public method of a manager runs with its Casebook's database bound (see
caseapp.store.binding), so the store underneath always reads and writes the file of
the Casebook the method was called on, also with several Casebooks open at once.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.i18n import _
from caseapp.store import rows

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook

F = TypeVar("F", bound=Callable[..., Any])


def binds_database(method: F) -> F:
    """Run ``method`` of a manager (or of the Casebook) with its database bound."""

    @functools.wraps(method)
    def inner(self: Any, *args: Any, **kwargs: Any) -> Any:
        book = getattr(self, "book", self)
        with book.bound():
            return method(self, *args, **kwargs)

    return cast(F, inner)  # same signature: ``inner`` passes everything through


class Manager:
    """One feature's commands and reads on a Casebook; public methods run via ``binds_database``."""

    def __init__(self, book: Casebook) -> None:
        self.book = book

    def _by_uid(self, table: str, reference: str, kind: str) -> int:
        """The live record whose uid is or starts with ``reference`` (at least 4 characters).

        ``kind`` names the list in messages ("Cases", "Hearings").
        """
        text = reference.strip()
        found = rows.live_ids_by_uid_prefix(table, text) if len(text) >= 4 else []
        if not found:
            raise NotFound(_("No record in {kind} has the uid “{uid}”").format(
                kind=kind, uid=reference))
        if len(found) > 1:
            raise Ambiguous(_("More than one record in {kind} has a uid starting with “{uid}”; "
                              "give more of it").format(kind=kind, uid=reference))
        return found[0]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value):
                setattr(cls, name, binds_database(value))
