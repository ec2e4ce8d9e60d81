# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons being assembled by the person finder: name parts in the nominative, mention
token ranges, and an index by surname and given name so that a lookup costs the same in a
long text as in a short one."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from caseapp.domain.names import match_key

#: match_key, remembered: the same names are looked up again and again.
name_key = lru_cache(maxsize=8192)(match_key)


@dataclass
class Draft:
    """A person being assembled: name parts in the nominative and mention token ranges."""

    first: str = ""
    patronymic: str = ""
    surname: str = ""
    initials: str = ""
    gender: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    language: str = ""  #: language of the mention the name parts were read from

    @property
    def name(self) -> str:
        if self.first:
            return " ".join(p for p in (self.first, self.patronymic, self.surname) if p)
        return " ".join(p for p in (self.initials, self.surname) if p)

    @property
    def partial(self) -> bool:
        """Only a surname or only a given name is known: never a display name."""
        return not self.surname or not (self.first or self.initials)

    @property
    def surname_key(self) -> str:
        return name_key(self.surname) if self.surname else ""

    @property
    def first_key(self) -> str:
        return name_key(self.first) if self.first else ""


class Drafts(list):
    """The persons found so far, indexed by surname and given-name key so that looking one
    up costs the same in a long text as in a short one."""

    def __init__(self) -> None:
        super().__init__()
        self.surnames: dict[str, dict[int, Draft]] = {}
        self.firsts: dict[str, dict[int, Draft]] = {}
        self.bare: dict[str, dict[int, Draft]] = {}  #: given name, no surname yet
        self.order: dict[int, int] = {}

    def append(self, draft: Draft) -> None:
        self.order[id(draft)] = len(self)
        super().append(draft)
        self.register(draft)

    def register(self, draft: Draft) -> None:
        """(Re)register a draft under its current keys; old keys stay as aliases."""
        if draft.surname_key:
            self.surnames.setdefault(draft.surname_key, {})[id(draft)] = draft
        if draft.first_key:
            self.firsts.setdefault(draft.first_key, {})[id(draft)] = draft
            bare = self.bare.setdefault(draft.first_key, {})
            if draft.surname:
                bare.pop(id(draft), None)
            else:
                bare[id(draft)] = draft

    def candidates(self, new: Draft) -> list[Draft]:
        """Drafts ``new`` may be: same surname key, or the same given name where one of the
        two has no surname yet; in order of creation."""
        if not new.surname:
            return list(self.firsts.get(new.first_key, {}).values())[:1]
        found = dict(self.surnames.get(new.surname_key, {}))
        found.update(self.bare.get(new.first_key, {}) if new.first_key else {})
        return sorted(found.values(), key=lambda d: self.order[id(d)])

    def with_surnames(self, keys: set[str]) -> list[Draft]:
        return [d for key in keys for d in self.surnames.get(key, {}).values()]

    def only_with_first(self, key: str) -> Draft | None:
        """The one draft with this given name, if exactly one has it."""
        bucket = self.firsts.get(key, {})
        return next(iter(bucket.values())) if len(bucket) == 1 else None
