# SPDX-License-Identifier: GPL-3.0-or-later
"""Column mappings saved under a name ("OVD-Info list", "our Excel") and reused.

They live in ``table-mappings.json`` in the data folder, beside settings.json, not in a
database: a mapping describes the spreadsheets a volunteer receives, not case data, so it
should serve every database on this computer (also a read-only or locked one) and never
travel in a bundle to another volunteer. The file is written durably, like the settings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from caseapp import paths
from caseapp.domain.errors import Invalid, NotFound
from caseapp.domain.table_fields import check_field, fields_of
from caseapp.i18n import _
from caseapp.store import files

FILE_NAME = "table-mappings.json"


@dataclass(frozen=True)
class SavedMapping:
    name: str
    entity: str
    mapping: dict[str, str]


def mappings_file() -> Path:
    return paths.data_dir() / FILE_NAME


def load_all(path: Path | None = None) -> dict[str, SavedMapping]:
    """Every saved mapping by name; entries a hand edit broke are left out."""
    try:
        stored = json.loads((path or mappings_file()).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, SavedMapping] = {}
    for name, entry in (stored.items() if isinstance(stored, dict) else ()):
        try:
            found[name] = _entry(name, entry)
        except (Invalid, AttributeError, TypeError):
            continue
    return found


def _entry(name: str, entry: dict) -> SavedMapping:
    entity = str(entry["entity"])
    fields_of(entity)
    mapping = {str(c): check_field(entity, str(f)) for c, f in entry["mapping"].items()}
    return SavedMapping(name, entity, mapping)


def get(name: str, entity: str, path: Path | None = None) -> dict[str, str]:
    """The mapping saved as ``name``; it must be one made for ``entity``."""
    saved = load_all(path).get(name)
    if saved is None:
        raise NotFound(_("No column mapping is saved as “{name}”").format(name=name))
    if saved.entity != entity:
        raise Invalid(_("The mapping “{name}” is for {saved}, not {entity}").format(
            name=name, saved=saved.entity, entity=entity), field="mapping")
    return dict(saved.mapping)


def save(name: str, entity: str, mapping: dict[str, str], path: Path | None = None) -> None:
    """Keep ``mapping`` under ``name`` (replacing one of that name)."""
    if not name.strip():
        raise Invalid(_("A saved mapping needs a name"), field="mapping")
    target = path or mappings_file()
    data = {n: {"entity": m.entity, "mapping": m.mapping} for n, m in load_all(target).items()}
    data[name.strip()] = {"entity": entity, "mapping": dict(mapping)}
    files.write_durably(target, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
