# SPDX-License-Identifier: GPL-3.0-or-later
"""The role classifier: each person's final role and side, target of repression or not.

The target side is whoever the article reports detained, charged, tried, sentenced or
released (a prisoner, a defendant, a detainee), or whose release a statement demands.
Everyone else is not: lawyers, relatives, judges, prosecutors, investigators, officials,
politicians (a listed head of state or government, or a person titled "President"),
journalists and activists who speak about a case. The events finder keeps court staff,
lawyers and officials out of an event's persons unless the text makes them its subject
("the case of lawyer X"), so whoever an event names is a target — a relative, an activist
or a lawyer who is detained too — except a listed head of state or government.

Kept apart from the extractor so the side can be tested on its own: the apply step creates
charges and custody only for persons on the target side.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.names import match_key
from caseapp.importer.event_words import DETAINEE_KINDS, STRONG_ROLES
from caseapp.importer.lexicon import public_figures
from caseapp.importer.model import Event

#: The one role on the target side.
TARGET = "detainee"
#: Roles that never become the target, whatever the events say (the events finder keeps
#: them out of an event's persons; this is the last guard).
NEVER_TARGET = frozenset({"judge", "lawyer", "official"})


@dataclass(frozen=True)
class RoleDecision:
    """A person's role (detainee, lawyer, relative, activist, judge, official, journalist,
    other) and whether it is on the target side."""

    role: str
    target: bool


def side_role(name: str, context_role: str | None) -> str | None:
    """The role known before events are read: the context's, or "official" for a listed
    head of state or government."""
    if context_role in NEVER_TARGET:
        return context_role
    if match_key(name) in public_figures():
        return "official"
    return context_role


def targets(events: list[Event]) -> set[str]:
    """Persons an event makes targets: detained, charged, sentenced or released, whose
    release a statement demands, or whose sentence a parole or pardon changes. (The events
    finder names a lawyer, judge or official as such an event's person only when the text
    makes them its subject: "the case of lawyer X".) A hearing is no evidence: relatives
    and reporters attend it too."""
    found = {p for e in events if e.kind in DETAINEE_KINDS for p in e.persons}
    found |= {p for e in events for p in e.release_demanded}
    found |= {p for e in events if e.sentence_change or e.detention_kind for p in e.persons}
    return found


def classify(context: dict[str, str | None], events: list[Event],
             quoted: frozenset[str] | set[str] = frozenset(),
             lists: list[set[str]] | None = None) -> dict[str, RoleDecision]:
    """The final role and side of every person in ``context`` (name → context role).
    A lawyer, judge or official who is ``quoted`` anywhere in the article ("по словам его
    адвоката X", "his lawyer X said") speaks about the case: never a target, whatever an
    event picked up. Persons named in one list with a target (``lists``: "Арестованы A, B
    и C") are targets too, unless their own words make them a lawyer, judge, official or
    relative."""
    targeted = targets(events)
    targeted |= {n for group in lists or [] if group & targeted
                 or any(context.get(m) == TARGET for m in group)
                 for n in group if context.get(n) not in STRONG_ROLES}
    out = {}
    figures = public_figures()
    for name, role in context.items():
        known = side_role(name, role)
        speaking_side = known in NEVER_TARGET and name in quoted
        if (name in targeted or known == TARGET) and match_key(name) not in figures \
                and not speaking_side:
            out[name] = RoleDecision(TARGET, True)
        else:
            out[name] = RoleDecision(known or "other", False)
    return out
