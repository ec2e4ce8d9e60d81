# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the volunteer's choices onto an ArticleDraft just before it is applied.

Events name their persons by the extracted name, and ``articles.apply`` finds the
person of an event by that name; so a corrected name is replaced in the events
too, or the renamed person would lose the detentions and hearings the article gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from caseapp.gui.articles.proposals_model import Choice


def apply_choices(draft: Any, choices: Sequence[Choice]) -> None:
    """Set name, decision and link on every proposal of ``draft`` (in table order)."""
    if len(choices) != len(draft.persons):
        raise ValueError("one choice per proposal is needed")
    renamed: dict[str, str] = {}
    for proposal, choice in zip(draft.persons, choices, strict=True):
        if choice.name != proposal.name:
            renamed[proposal.name] = choice.name
        proposal.name = choice.name
        proposal.decision = choice.decision
        proposal.link_uid = choice.link_uid
        proposal.link_reason = choice.link_reason
    if renamed:
        for event in draft.extraction.events:
            event.persons = [renamed.get(name, name) for name in event.persons]
