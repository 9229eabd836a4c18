"""`openlint explain`: a licence name or expression, or licence files and model directories read."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from openlint.cli.common import EXIT_OK, Parser, usage_error
from openlint.output import registry as _renderers


def add_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    p_explain = sub.add_parser(
        "explain",
        help="explain a license: identity and every obligation, with its source",
        description="Explain a license id, Hugging Face tag, ScanCode key, license name or SPDX expression, "
        "or read a license file, a model directory, or - (stdin): which license it is and what its text requires.",
    )
    p_explain.add_argument(
        "license",
        nargs="+",
        help='e.g. llama3.1, "Apache-2.0 OR MIT", gemma; or license files / model directories / - (stdin)',
    )
    p_explain.add_argument("--format", choices=_renderers.EXPLAIN.formats(), default="text")
    p_explain.set_defaults(run=run)


def _is_path(arg: str) -> bool:
    """`-`, or an existing path that is not also a license name (`./MIT` forces the file)."""
    if arg == "-" or os.sep in arg:  # license names and expressions never contain a path separator
        return True
    if not os.path.exists(arg):
        return False
    if os.path.isdir(arg):
        return True
    from openlint.core.resolve import resolve_name
    from openlint.errors import OpenlintError

    try:
        resolve_name(arg)
    except OpenlintError:
        return True
    return False


def _explain_paths(args: argparse.Namespace) -> int:
    from openlint.errors import OpenlintError
    from openlint.sources.directory import card_summary, documents, not_read
    from openlint.text.read import read_path

    readings = []
    cards = []
    notices: list[tuple[str, str]] = []
    try:
        for target in args.license:
            # a model directory: its card's licence and its licence texts, found as check finds them
            directory = Path(target) if target != "-" and Path(target).is_dir() else None
            if directory is None:
                readings.extend(read_path(target))
                continue
            files = documents(directory)
            skipped = [(target, note) for note in not_read(directory)]
            if not files and skipped:
                why = "; ".join(note for _, note in skipped)
                raise OpenlintError(
                    f"{target}: no licence file (LICENSE, NOTICE, USE_POLICY ...) or model card here ({why})"
                )
            notices.extend(skipped)
            summary = card_summary(directory)
            if summary is not None:
                cards.append(summary)
            for path in files or [directory]:
                readings.extend(read_path(str(path)))
    except OpenlintError as exc:
        return usage_error(str(exc))
    for target, note in notices:
        print(f"openlint: notice: {target}: {note}: not read", file=sys.stderr)
    document = _renderers.ReadingDocument(" ".join(args.license), readings, cards, notices)
    sys.stdout.write(_renderers.READING.render(args.format, document))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if len(args.license) > 1 or _is_path(args.license[0]):
        not_paths = [arg for arg in args.license if not _is_path(arg)]
        if not_paths:
            return usage_error(
                f"{not_paths[0]}: no such file or directory "
                "(explain one license name at a time; several arguments must all be files or directories)"
            )
        return _explain_paths(args)
    from openlint.core.explanation import explain
    from openlint.errors import OpenlintError

    try:
        explanation = explain(args.license[0])
    except OpenlintError as exc:
        return usage_error(str(exc))
    sys.stdout.write(_renderers.EXPLAIN.render(args.format, explanation))
    return EXIT_OK
