"""`openlint check`: a project's declared use against its models' licences; the pre-commit hook's command."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from openlint.cli.common import EXIT_OK, Parser, add_project_arguments, usage_error
from openlint.output import registry as _renderers

if TYPE_CHECKING:
    from openlint.checking.engine import Report

FORMATS = _renderers.CHECK.formats()  # text first: the default


def add_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    p_check = sub.add_parser(
        "check",
        help="check a project's declared use against its models' licenses",
        description="Report blockers (use not licensed), obligations to fulfil and undecided questions. "
        "Exit 0: nothing at or above --fail-on; 1: findings; 2: usage, config or rule error.",
    )
    add_project_arguments(p_check)
    p_check.add_argument("--format", choices=FORMATS, default=None, help="output format (default: text)")
    p_check.add_argument("--output", "-o", help="write the report to this file instead of stdout")
    p_check.add_argument("--fail-on", choices=("error", "warning", "note"), default=None)
    p_check.add_argument("--ignore", action="append", default=[], metavar="RULE", help="rule code or name")
    p_check.add_argument(
        "--use",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a use field, e.g. --use monthly-active-users=80000000",
    )
    p_check.add_argument(
        "--as-of",
        default=None,
        metavar="DATE",
        help="check on this date (YYYY-MM-DD) whether a licence granted for a fixed term has ended "
        "(default: the config's as-of, else today's UTC date)",
    )
    p_check.add_argument("--exit-zero", action="store_true", help="always exit 0 unless there is an error")
    p_check.add_argument(
        "--write-baseline", action="store_true", help="record current findings so later runs report only new ones"
    )
    p_check.add_argument("--no-baseline", action="store_true", help="ignore the baseline file")
    p_check.add_argument(
        "--fix",
        action="store_true",
        help="apply safe fixes to model repositories (add required NOTICE texts; state the base model "
        "their adapter or merge config names), then re-check",
    )
    p_check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p_check.add_argument(
        "--require-models",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="exit 2 unless at least one model's license was found and checked "
        "(default: the config's require-models, else off: a notice on stderr only)",
    )
    p_check.add_argument(
        "--bom",
        action="append",
        default=[],
        metavar="FILE",
        help="check the models, datasets and licenses an SPDX 2.3, SPDX 3.0.1 or CycloneDX 1.4-1.7 BOM lists "
        "instead of the project's own (repeatable)",
    )
    p_check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from openlint.checking.checker import baseline_path, load_project, run_check
    from openlint.checking.engine import rule_directories
    from openlint.checking.rules import builtin_rule_dir, load_rules
    from openlint.errors import OpenlintError

    env = os.environ
    fmt = args.format or env.get("OPENLINT_FORMAT", "text")
    if fmt not in FORMATS:
        return usage_error(f"OPENLINT_FORMAT must be one of {', '.join(FORMATS)}")
    exit_zero = args.exit_zero or env.get("OPENLINT_EXIT_ZERO", "").lower() in {"1", "true", "yes"}
    target = Path(args.path)
    try:
        if env.get("OPENLINT_ONLINE", "").strip():
            print("openlint: OPENLINT_ONLINE is ignored: network access needs --online", file=sys.stderr)
        config = load_project(
            args.path,
            config_file=args.config or env.get("OPENLINT_CONFIG"),
            use=args.use,
            fail_on=args.fail_on,
            ignore=args.ignore,
            environ=env,
            online=args.online,
            as_of=args.as_of,
        )
        given = None
        if args.bom:  # the BOMs' models replace the project's own inventory
            from openlint.bom.inventory import read_inventories

            given = read_inventories(args.bom, config.root)
        use_baseline = not (args.no_baseline or args.write_baseline)
        check = functools.partial(
            run_check, config, use_baseline=use_baseline, target=target, require_models=args.require_models, given=given
        )
        report = check()
        if args.write_baseline:
            from openlint.checking.baseline import write_baseline

            path = baseline_path(config)
            count = write_baseline(path, report.findings, config.root)
            print(f"openlint: wrote {count} finding(s) to {path}", file=sys.stderr)
            return EXIT_OK
        if args.fix:
            from openlint.checking.release import apply_fixes
            from openlint.checking.rules import fix_actions
            from openlint.output.escape import printable

            actions = fix_actions(load_rules(rule_directories(config, builtin_rule_dir())))
            fixes = apply_fixes(list(report.findings), Path.cwd(), config.root, actions)
            for fix in fixes:
                done = "fixed" if fix.applied else "not fixed"
                print(printable(f"openlint: {done} {fix.path}: {fix.description}"), file=sys.stderr)
            if any(fix.applied for fix in fixes):
                report = check()
        rules = load_rules(rule_directories(config, builtin_rule_dir())) if fmt == "sarif" else []
    except OpenlintError as exc:
        return usage_error(str(exc))
    for notice in report.notices:  # on stderr, so that JSON / SARIF on stdout stay parseable
        print(f"openlint: notice: {notice}", file=sys.stderr)
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in env)
    document = _renderers.CheckDocument(report, rules)
    text = _renderers.CHECK.render(fmt, document, _renderers.RenderOptions(colour=colour))
    if args.output:
        from openlint.safeio import write_output

        try:  # atomic: a failed or interrupted run leaves the previous report, never half of one
            write_output(Path(args.output), text.encode("utf-8"))
        except OpenlintError as exc:
            return usage_error(str(exc))
        print(f"{_summary_line(report)}; report written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return report.exit_code(exit_zero)


def _summary_line(report: Report) -> str:
    """The one line a terminal sees when the report goes to a file: the text report's own verdict line."""
    from openlint.output import check_text

    lines = check_text.render(report).splitlines()
    return next((line for line in reversed(lines) if "(fail-on: " in line), lines[-1] if lines else "")
