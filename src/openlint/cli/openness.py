"""`openlint openness`: how open a model release is (OSAID 1.0, MOF class, open weights)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from openlint.cli.common import EXIT_OK, Parser, usage_error
from openlint.output import registry as _renderers


def add_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    p_open = sub.add_parser(
        "openness",
        help="how open is a model release: OSAID 1.0, MOF class, open-weights vs open-source AI",
        description="Judge a model repository (card, license files, files present) or Model Openness Tool YAMLs.",
    )
    p_open.add_argument("path", nargs="?", help="a model repository directory, or a Hub id in the local HF cache")
    p_open.add_argument("--mof", nargs="+", metavar="FILE", help="Model Openness Tool YAML file(s)")
    p_open.add_argument(
        "--index",
        nargs="+",
        metavar="FILE",
        help="Open Source AI Index project file(s), merged with the other evidence",
    )
    p_open.add_argument("--format", choices=_renderers.OPENNESS.formats(), default="text")
    p_open.add_argument("--online", action="store_true", help="ask the Hugging Face Hub for a Hub id's files")
    p_open.add_argument("--config", metavar="FILE", help="a config whose [tool.openlint.release] declares components")
    p_open.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from openlint.errors import OpenlintError
    from openlint.openness.classify import classify

    try:
        from openlint.openness.sources import load_sources

        if not (args.path or args.mof or args.index):
            return usage_error("give a model repository path, a Hub id or --mof FILE")
        config_file = Path(args.config) if args.config else None
        releases = load_sources(args.path, args.mof, args.index, online=args.online, config_file=config_file)
        verdicts = [classify(r) for r in releases]
    except OpenlintError as exc:
        return usage_error(str(exc))
    sys.stdout.write(_renderers.OPENNESS.render(args.format, verdicts))
    return EXIT_OK
