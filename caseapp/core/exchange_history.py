# SPDX-License-Identifier: GPL-3.0-or-later
"""Which side changed a field: histories of change marks, and the decision per field.

Every field of every exchanged record has a history: the marks of the changes that led
to its value, oldest first. A local change is marked with the time of the command that
made it (the audit log's ``at``, shared by copies of one database); a change that
arrived in a bundle keeps the marks it came with. Comparing two histories says who is
behind: if their last mark is in my history, I have seen their change (keep mine); if
my last mark is in theirs, they have seen mine and changed it since (take theirs);
otherwise both changed the field since they last agreed — a conflict unless both chose
the same value. This gives the same answers over any chain of exchanges (A→B→C→A), and
a bundle imported twice finds nothing to do the second time.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from caseapp.store.exchange import State

#: Marks kept per field; older ones are dropped (which can only turn a later answer into
#: a conflict to decide, never into a silent overwrite).
MAX_MARKS = 200


class Decision(Enum):
    SAME = "same"  #: both have this version
    KEEP = "keep"  #: mine is newer, or theirs does not carry the field
    TAKE = "take"  #: theirs is newer
    MERGED = "merged"  #: both changed it to the same value
    CONFLICT = "conflict"  #: both changed it to different values


def local_history(values: Mapping[str, Any], state: State | None,
                  marks: Mapping[str, list[str]], created_at: str,
                  fallback: str) -> dict[str, list[str]]:
    """The history of each of ``values``' fields in this database now.

    ``state`` is what was last agreed, ``marks`` the audit times of local changes per
    field; a field changed since the last agreement gets its newest local mark (or
    ``fallback`` when the audit log has none for it)."""
    history: dict[str, list[str]] = {}
    root = f"c:{created_at}"  # the record's creation is the root of every field's history
    for name, value in values.items():
        known = state.history.get(name) if state is not None else None
        local = marks.get(name)
        if known is None:
            history[name] = [root, *local][-MAX_MARKS:] if local else [root]
        elif state is not None and state.snapshot.get(name) == value:
            history[name] = known
        else:
            newest = next((m for m in reversed(local or ()) if m not in known), fallback)
            history[name] = [*known, newest][-MAX_MARKS:]
    return history


def decide(mine: list[str], theirs: list[str], mine_value: Any, theirs_value: Any) -> Decision:
    if not theirs:
        return Decision.KEEP
    if mine and mine[-1] == theirs[-1]:
        return Decision.SAME
    if theirs[-1] in mine:
        return Decision.KEEP
    if mine and mine[-1] in theirs:
        return Decision.TAKE
    return Decision.MERGED if mine_value == theirs_value else Decision.CONFLICT


def union(first: list[str], second: list[str]) -> list[str]:
    """``first`` then the marks of ``second`` it lacks (the last of ``second`` last)."""
    seen = set(first)
    return [*first, *(m for m in second if m not in seen)][-MAX_MARKS:]
