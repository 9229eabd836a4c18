"""`openlint audit`: licence metadata of many model cards, streamed as JSON Lines."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from openlint.cli.common import EXIT_FINDINGS, EXIT_OK, Parser, usage_error

MAX_JOBS = 64


def _jobs(value: str) -> int:
    """--jobs: 1 up to MAX_JOBS (omitted: all cores); anything else is a usage error (exit 2)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 1 <= number <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_JOBS} (omit it for all cores), not {number}")
    return number


def add_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    p_audit = sub.add_parser(
        "audit",
        help="license metadata of many model cards (a directory tree or an HF cache), as JSON Lines",
        description="One JSON line per README.md model card: license, resolution, base models, finding codes, "
        "and lineage findings from following base models through the audited cards.",
    )
    p_audit.add_argument("path", help="directory to search for model cards")
    p_audit.add_argument("--jobs", "-j", type=_jobs, default=0, help=f"processes, 1 to {MAX_JOBS} (default: all cores)")
    p_audit.add_argument("--output", "-o", help="write the JSON Lines here instead of stdout")
    p_audit.add_argument(
        "--config",
        help="config file whose `rules` directories hold your own rules; those with `audit = true` run on every "
        "card too (default: $OPENLINT_CONFIG, else the shipped rules only)",
    )
    lineage_mode = p_audit.add_mutually_exclusive_group()
    lineage_mode.add_argument(
        "--no-lineage",
        action="store_true",
        help="one pass, no lineage: base models are reported but not followed (no OL408, OL409, OL411, OL108)",
    )
    lineage_mode.add_argument(
        "--index",
        metavar="PATH",
        help="keep the SQLite lineage index here (default: a temporary file); "
        "reused while no card under the directory is added, removed or modified",
    )
    p_audit.add_argument(
        "--require-models",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="exit 2 when the directory holds no model card: nothing was audited (default: on; "
        "--no-require-models lets an empty directory pass)",
    )
    p_audit.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sqlite3 import Error as SQLiteError

    from openlint.audit.run import run as run_audit
    from openlint.audit.termination import cleanup_on_termination
    from openlint.errors import OpenlintError
    from openlint.safeio import output_stream

    root = Path(args.path)
    if not root.is_dir():
        return usage_error(f"{args.path}: not a directory")
    jobs = args.jobs or min(os.cpu_count() or 1, MAX_JOBS)
    try:
        _audit_rules(args.config or os.environ.get("OPENLINT_CONFIG"))
        # Killed by SIGTERM/SIGHUP: the temporary index and output file are removed first.
        with (
            cleanup_on_termination(),
            output_stream(Path(args.output)) if args.output else contextlib.nullcontext(sys.stdout) as out,
        ):
            counts = run_audit(
                str(root),
                out,
                jobs=jobs,
                progress=sys.stderr.isatty(),
                lineage=not args.no_lineage,
                index=args.index,
            )
    except SQLiteError as exc:
        return usage_error(f"audit index: {exc}")
    except OpenlintError as exc:
        return usage_error(str(exc))
    if counts["cards"] == 0 and args.require_models:
        # A gate never passes on input it could not check (as `check --require-models`).
        return usage_error(f"{args.path}: no model card found: nothing was audited (--no-require-models allows it)")
    summary = ", ".join(f"{code} {n:,}" for code, n in sorted(counts.items()) if code != "cards")
    print(f"openlint: audited {counts['cards']:,} cards" + (f"; {summary}" if summary else ""), file=sys.stderr)
    return EXIT_FINDINGS if len(counts) > 1 else EXIT_OK


def _audit_rules(config_file: str | None) -> None:
    """The rules audit runs: the shipped ones marked `audit = true`, and those of the config's `rules`
    directories, as `check` reads them (a config is read only when named: a mirror of cards is not a project)."""
    from openlint.audit.rules import activate, load_card_rules

    directories: list[Path] = []
    if config_file:
        from openlint.core.config import load_config

        config = load_config(Path(config_file))
        directories = [config.root / extra for extra in config.settings.rules]
    activate(load_card_rules(directories))
