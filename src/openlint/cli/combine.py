"""`openlint combine`: can material under these licences form one work, and under which licence."""

from __future__ import annotations

import argparse
import sys

from openlint.cli.common import EXIT_OK, Parser, usage_error
from openlint.output import registry as _renderers


def add_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    p_combine = sub.add_parser(
        "combine",
        help="can material under these licences form one work (a merge, a model plus code), and under which licence",
        description="Look the licences up in the compatibility table (docs/compatibility.md). Exit 0: combinable; "
        "1: not combinable or undecided; 2: a licence does not resolve.",
    )
    p_combine.add_argument("license", nargs="+", help='e.g. cc-by-sa-4.0 gpl-3.0, or "MIT OR Apache-2.0" llama3.1')
    p_combine.add_argument("--format", choices=_renderers.COMBINE.formats(), default="text")
    p_combine.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from openlint.core.compatibility import combine_licenses, resolve_choices

    result = combine_licenses(args.license)
    if result is None:
        bad = next((q for q in args.license if resolve_choices(q) is None), args.license[0])
        return usage_error(f"{bad}: not a licence openlint resolves (see `openlint explain`)")
    sys.stdout.write(_renderers.COMBINE.render(args.format, result))
    return EXIT_OK if result.possible else 1
