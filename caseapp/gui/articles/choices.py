# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the volunteer's choices onto an ArticleDraft just before it is applied.

A corrected name only changes the stored name: the core keeps each proposal's
extracted name (``key``) to find the events the article gives that person. The events
the volunteer left (corrected, added, some dropped) replace the draft's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from caseapp.gui.articles.proposals_model import Choice


def apply_choices(draft: Any, choices: Sequence[Choice], events: Sequence[Any]) -> None:
    """Set name, role, decision and link on every proposal of ``draft`` (in table order),
    and the events to import."""
    if len(choices) != len(draft.persons):
        raise ValueError("one choice per proposal is needed")
    for proposal, choice in zip(draft.persons, choices, strict=True):
        proposal.name = choice.name
        proposal.role, proposal.target = choice.role, choice.target
        proposal.decision = choice.decision
        proposal.link_uid = choice.link_uid
        proposal.link_reason = choice.link_reason
        proposal.confirm = choice.confirm
    draft.extraction.events = list(events)
