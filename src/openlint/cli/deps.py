"""`openlint deps`: licences of the installed Python distributions, checked against an allow-list."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from openlint.cli.common import EXIT_FINDINGS, EXIT_OK, Parser, usage_error
from openlint.output import registry as _renderers

if TYPE_CHECKING:
    from openlint.sources.deps import Dependency


def add_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    p_deps = sub.add_parser(
        "deps",
        help="licenses of the installed Python distributions, normalised to SPDX, checked against an allow-list",
        description="Read License-Expression (PEP 639), classifiers and License metadata of this environment.",
    )
    p_deps.add_argument("package", nargs="*", help="only these distributions (default: all installed)")
    p_deps.add_argument(
        "--allow",
        action="append",
        metavar="LICENSES",
        help="allowed licenses, comma separated (repeatable); 'MIT OR GPL-3.0' passes with MIT",
    )
    p_deps.add_argument("--strict", action="store_true", help="unknown licenses fail too")
    p_deps.add_argument("--format", choices=_renderers.DEPS.formats(), default="text")
    p_deps.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from openlint.errors import OpenlintError
    from openlint.sources.deps import installed, judge, normalise_allow_list

    try:
        allowed = normalise_allow_list(args.allow) if args.allow else None
        deps = [judge(d, allowed) if allowed is not None else d for d in installed(args.package or None)]
    except OpenlintError as exc:
        return usage_error(str(exc))
    missing = _missing_packages(args.package, deps)
    if missing:
        return usage_error(missing)
    deps.sort(key=lambda d: d.name.lower())
    sys.stdout.write(_renderers.DEPS.render(args.format, _renderers.DepsDocument(deps, allowed)))
    if allowed is not None and any(d.status == "denied" or (d.status == "unknown" and args.strict) for d in deps):
        return EXIT_FINDINGS
    return EXIT_OK


def _missing_packages(wanted: Sequence[str], deps: Sequence[Dependency]) -> str | None:
    """A named distribution that is not installed is a usage error, with the closest installed name."""
    from openlint.checking.gate import closest
    from openlint.sources.deps import installed

    found = {d.name.lower().replace("_", "-") for d in deps}
    for name in wanted:
        if name.lower().replace("_", "-") not in found:
            best = closest(name, (d.name for d in installed()))
            hint = f" (did you mean {best!r}?)" if best else ""
            return f"no installed distribution named {name!r}{hint}"
    return None
