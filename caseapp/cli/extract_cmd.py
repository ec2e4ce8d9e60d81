# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp extract FILE`: print what an article names (persons, dates, places, events).

Needs no database. Runnable on its own as ``python -m caseapp.cli.extract_cmd`` so the
corpus scorer can use it before the main command line is wired.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from caseapp.domain.errors import Invalid
from caseapp.i18n import _
from caseapp.importer import parse_pasted
from caseapp.importer.article_text import MAX_BYTES, article_text


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``extract`` subcommand to a parent parser's subparsers."""
    parser = subparsers.add_parser("extract", help=_("Extract persons, dates, places and "
                                                     "events from an article"))
    add_arguments(parser)
    parser.set_defaults(func=run)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", default="auto", choices=("auto", "kk", "ru", "en"),
                        help=_("Language of the article (auto detects per paragraph)"))
    parser.add_argument("--published", default=None, metavar="YYYY-MM-DD",
                        help=_("Publication date, to resolve “yesterday” and missing years"))
    parser.add_argument("--format", default="json", choices=("json", "text"))
    parser.add_argument("file", metavar="FILE", help=_("Article file, or - for stdin"))


def run(args: argparse.Namespace) -> int:
    """Handler: read, extract, print. Errors become one line on stderr and exit code 1."""
    try:
        published = _published(args.published)
        text = read_article(args.file)
        result = parse_pasted(text, language=args.lang, published=published)
    except (OSError, ValueError, Invalid) as error:
        print(_("caseapp extract: {error}").format(error=error), file=sys.stderr)
        return 1
    data = result.draft.to_json()
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print(render_text(data))
    return 0


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(_("“{value}” is not a date; write YYYY-MM-DD").format(value=value)) \
            from None


def read_article(name: str) -> str:
    """The text of a .txt/.html file or of stdin ('-'); HTML is reduced to its text."""
    raw = sys.stdin.buffer.read(MAX_BYTES + 1) if name == "-" else _read_file(Path(name))
    return article_text(raw, name)


def _read_file(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(MAX_BYTES + 1)


def render_text(data: dict) -> str:
    """A short human-readable summary of the extraction JSON."""
    lines = [_("Language: {language}").format(language=data["language"])]
    for person in data["persons"]:
        lines.append(_("Person: {name} ({role})").format(name=person["name"],
                                                          role=person["role"] or "?"))
    lines += [_("Date: {value} “{text}”").format(**d) for d in data["dates"]]
    lines += [_("Place: {name}").format(name=p["name"]) for p in data["places"]]
    lines += [_("Organisation: {name}").format(name=o["name"]) for o in data["organizations"]]
    for event in data["events"]:
        lines.append(_("Event: {kind} {date} {place} {persons}").format(
            kind=event["kind"], date=event["date"] or "—", place=event["place"] or "—",
            persons=", ".join(event["persons"])))
    lines += [_("Warning: {text}").format(text=w) for w in data.get("warnings", [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="caseapp extract")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
