# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading what letters need beyond a person's file: the addressee book and the
volunteers' edited templates."""

from __future__ import annotations

from caseapp.domain import names, records
from caseapp.store import rows
from caseapp.store.models import Addressee, LetterTemplate


def addressees() -> list[records.Addressee]:
    """The live addressee book, by name."""
    query = Addressee.live(Addressee.id).order_by(Addressee.name, Addressee.id)
    return [rows.get(records.Addressee, pk) for (pk,) in query.tuples()]


def addressees_named(name: str) -> list[int]:
    """The live entries whose name normalises to ``name`` (any case and spacing)."""
    key = names.normalize(name)
    return [pk for pk, entry_name in Addressee.live(Addressee.id, Addressee.name).tuples()
            if names.normalize(entry_name) == key]


def edited_template(kind: str, language: str) -> records.LetterTemplate | None:
    """The volunteers' copy of one template, if they edited it."""
    pk = (LetterTemplate.live(LetterTemplate.id)
          .where((LetterTemplate.kind == kind) & (LetterTemplate.language == language))
          .order_by(LetterTemplate.id.desc()).scalar())
    return rows.get(records.LetterTemplate, pk) if pk else None
