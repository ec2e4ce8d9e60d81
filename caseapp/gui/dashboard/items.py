# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard's figures as rows of text, each knowing which record it opens.

Pure functions from ``domain.views.Dashboard`` to ``Item`` lists, one per section,
so what the dashboard says can be tested without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import ActionKind, ActionStatus, HearingKind, PersonStatus
from caseapp.domain.views import ActionRow, Dashboard, DeadlineRow, HearingRow, ReleaseRow

from caseapp.gui.common.formatting import format_date, format_time

#: Called by this name so that lupdate collects the strings into the catalogs
#: (it does not see through a helper such as ``_tr(text)``).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Item:
    """One line of a section: its cells, the record it opens (``table`` and
    ``record_id``, or "" and None), ``status`` for the persons-by-status rows and
    ``key`` for deadlines (what marking one names). ``warning`` marks what is late (an
    overdue action, a deadline passed)."""

    cells: tuple[str, ...]
    table: str = ""
    record_id: int | None = None
    tooltip: str = ""
    warning: bool = False
    status: str = ""
    key: str = ""


def hearing_headers(*, with_time: bool) -> list[str]:
    first = [translate("Dashboard", "Date")]
    if with_time:
        first.append(translate("Dashboard", "Time"))
    return [*first, translate("Dashboard", "Defendants"), translate("Dashboard", "Case"),
            translate("Dashboard", "Court")]


def hearing_items(rows: tuple[HearingRow, ...], *, with_time: bool) -> list[Item]:
    return [_hearing_item(row, with_time) for row in rows]


def _hearing_item(row: HearingRow, with_time: bool) -> Item:
    when = (format_date(row.date), format_time(row.time)) if with_time else (format_date(row.date),)
    defendants = ", ".join(row.defendants)
    tooltip = translate("Dashboard", "{kind} hearing in {court}, case {case}").format(
        kind=_label(HearingKind, row.kind), court=row.court, case=row.case_number)
    if row.judge:
        tooltip += "\n" + translate("Dashboard", "Judge: {judge}").format(judge=row.judge)
    return Item((*when, defendants, row.case_number, row.court), "hearing", row.id, tooltip)


def status_headers() -> list[str]:
    return [translate("Dashboard", "Status"), translate("Dashboard", "Persons")]


def status_items(counts: tuple[tuple[str, int], ...]) -> list[Item]:
    return [Item((_label(PersonStatus, status), str(count)), status=status,
                 tooltip=translate("Dashboard", "Show the persons with this status"))
            for status, count in counts]


def action_headers() -> list[str]:
    return [translate("Dashboard", "Due"), translate("Dashboard", "Action"),
            translate("Dashboard", "Persons"), translate("Dashboard", "Responsible")]


def action_items(rows: tuple[ActionRow, ...], today: date) -> list[Item]:
    return [_action_item(row, today) for row in rows]


def _action_item(row: ActionRow, today: date) -> Item:
    overdue = row.due_date is not None and row.due_date < today
    tooltip = translate("Dashboard", "{kind}, {status}").format(
        kind=_label(ActionKind, row.kind), status=_label(ActionStatus, row.status))
    if overdue:
        tooltip = translate("Dashboard", "Overdue: {details}").format(details=tooltip)
    return Item((format_date(row.due_date), row.title, row.persons, row.responsible),
                "action", row.id, tooltip, warning=overdue)


def release_headers() -> list[str]:
    return [translate("Dashboard", "Expected release"), translate("Dashboard", "Days to go"),
            translate("Dashboard", "Person")]


def release_items(rows: tuple[ReleaseRow, ...], today: date) -> list[Item]:
    return [Item((format_date(row.expected_release),
                  str(max((row.expected_release - today).days, 0)), row.name),
                 "person", row.person_id) for row in rows]


def deadline_headers() -> list[str]:
    return [translate("Dashboard", "Due"), translate("Dashboard", "Deadline"),
            translate("Dashboard", "Who"), translate("Dashboard", "Case")]


def deadline_items(rows: tuple[DeadlineRow, ...], today: date) -> list[Item]:
    return [_deadline_item(row, today) for row in rows]


def _deadline_item(row: DeadlineRow, today: date) -> Item:
    deadline = row.deadline
    tooltip = translate("Dashboard", "Rule: {article}").format(
        article=deadline.rule.article or translate("Dashboard", "the verdict's term"))
    if not deadline.rule.checked:
        tooltip += "\n" + translate(
            "Dashboard", "This rule's figure was not checked against the code's text.")
    tooltip += "\n" + translate("Dashboard", "Right-click to mark it done or not applicable.")
    table, record_id = (("person", deadline.person_id) if deadline.person_id
                        else ("case_file", deadline.case_id))
    return Item((format_date(deadline.due), deadline.describe(today), row.who, row.case_number),
                table, record_id, tooltip, warning=deadline.due < today, key=deadline.key)


def _label(enum: type, value: str) -> str:
    try:
        return enum(value).label()
    except ValueError:
        return value


def total_detained(dashboard: Dashboard) -> int:
    """Persons deprived of liberty: detained, under house arrest or sentenced."""
    deprived = {PersonStatus.DETAINED, PersonStatus.HOUSE_ARREST, PersonStatus.SENTENCED}
    return sum(count for status, count in dashboard.status_counts if status in deprived)
