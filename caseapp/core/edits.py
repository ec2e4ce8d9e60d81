# SPDX-License-Identifier: GPL-3.0-or-later
"""What an editor gathers before it calls a save command: plain values, no widgets.

The window's person, case and action editors (and scripts) fill these in and hand
them to ``book.persons.save``, ``book.cases.save`` and ``book.actions.save``, which
apply everything as one command: one transaction, one step in Undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PersonChoice:
    """An existing person (``person_id``), or a ``name`` for a person to create."""

    person_id: int | None
    name: str

    @property
    def is_new(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True)
class AliasEdit:
    """A line of the names table: ``alias_id`` None for a name added in the editor."""

    alias_id: int | None
    text: str
    kind: str = "official"


@dataclass(frozen=True)
class PersonEdit:
    """A person as the editor left it.

    ``values`` holds the editable Person fields except ``photo``; ``photo_file`` is the
    picture chosen (None removes the photo) and is applied only when ``photo_changed``.
    ``person_id`` None adds a new person.
    """

    person_id: int | None
    values: dict[str, Any]
    aliases: tuple[AliasEdit, ...] = ()
    tags: tuple[str, ...] = ()
    photo_changed: bool = False
    photo_file: Path | None = field(default=None)


@dataclass(frozen=True)
class PartyEdit:
    """A line of the parties table; ``key`` is how charges in the editor refer to it."""

    key: int
    party_id: int | None
    person: PersonChoice
    role: str = "defendant"


@dataclass(frozen=True)
class ChargeEdit:
    """A line of the charges table: the defendant is a party line (``party_key``) or,
    for a stored charge against someone who is not a party, ``person_id``."""

    charge_id: int | None
    party_key: int | None
    person_id: int | None
    article_id: int
    part: str = ""
    wording: str = ""


@dataclass(frozen=True)
class CaseEdit:
    """A case as the editor left it; ``values`` are Case fields, ``case_id`` None adds."""

    case_id: int | None
    values: dict[str, Any]
    parties: tuple[PartyEdit, ...] = ()
    charges: tuple[ChargeEdit, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionEdit:
    """An action as the editor left it: its fields and the persons and cases it is for.

    ``person_ids``/``case_ids`` are the complete lists of linked records; the save
    command unlinks what is no longer there and links what is new.
    """

    action_id: int | None
    values: dict[str, Any]
    person_ids: tuple[int, ...] = ()
    case_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] | None = None
