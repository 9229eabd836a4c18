"""The `openlint` command: `main(argv) -> int`, stdlib argparse, everything heavy imported lazily."""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openlint.cli.common import BOM_FORMATS, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, usage_error
from openlint.output import registry as _renderers

if TYPE_CHECKING:
    from openlint.checking.engine import Report
    from openlint.sources.deps import Dependency


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"openlint: error: {message}\n")


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


def _cmd_explain_paths(args: argparse.Namespace) -> int:
    from openlint.errors import OpenlintError
    from openlint.sources.directory import card_summary, documents
    from openlint.text.read import read_path

    readings = []
    cards = []
    try:
        for target in args.license:
            # a model directory: its card's licence and its licence texts, found as check finds them
            directory = Path(target) if target != "-" and Path(target).is_dir() else None
            files = documents(directory) if directory is not None else []
            summary = card_summary(directory) if directory is not None else None
            if summary is not None:
                cards.append(summary)
            for path in files or [target]:
                readings.extend(read_path(str(path)))
    except OpenlintError as exc:
        return usage_error(str(exc))
    document = _renderers.ReadingDocument(" ".join(args.license), readings, cards)
    sys.stdout.write(_renderers.READING.render(args.format, document))
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    if len(args.license) > 1 or _is_path(args.license[0]):
        not_paths = [arg for arg in args.license if not _is_path(arg)]
        if not_paths:
            return usage_error(
                f"{not_paths[0]}: no such file or directory "
                "(explain one license name at a time; several arguments must all be files or directories)"
            )
        return _cmd_explain_paths(args)
    from openlint.core.explanation import explain
    from openlint.errors import OpenlintError

    try:
        explanation = explain(args.license[0])
    except OpenlintError as exc:
        return usage_error(str(exc))
    sys.stdout.write(_renderers.EXPLAIN.render(args.format, explanation))
    return EXIT_OK


def _cmd_combine(args: argparse.Namespace) -> int:
    from openlint.core.compatibility import combine_licenses, resolve_choices

    result = combine_licenses(args.license)
    if result is None:
        bad = next((q for q in args.license if resolve_choices(q) is None), args.license[0])
        return usage_error(f"{bad}: not a licence openlint resolves (see `openlint explain`)")
    sys.stdout.write(_renderers.COMBINE.render(args.format, result))
    return EXIT_OK if result.possible else 1


def _cmd_check(args: argparse.Namespace) -> int:
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
            from openlint.output.escape import printable

            fixes = apply_fixes(list(report.findings), Path.cwd(), config.root)
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


def _cmd_openness(args: argparse.Namespace) -> int:
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


def _cmd_deps(args: argparse.Namespace) -> int:
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


def _cmd_audit(args: argparse.Namespace) -> int:
    from sqlite3 import Error as SQLiteError

    from openlint.audit.run import run as run_audit
    from openlint.errors import OpenlintError
    from openlint.safeio import output_stream

    root = Path(args.path)
    if not root.is_dir():
        return usage_error(f"{args.path}: not a directory")
    jobs = args.jobs or min(os.cpu_count() or 1, MAX_JOBS)
    try:
        with output_stream(Path(args.output)) if args.output else contextlib.nullcontext(sys.stdout) as out:
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
    summary = ", ".join(f"{code} {n:,}" for code, n in sorted(counts.items()) if code != "cards")
    print(f"openlint: audited {counts['cards']:,} cards" + (f"; {summary}" if summary else ""), file=sys.stderr)
    return EXIT_FINDINGS if len(counts) > 1 else EXIT_OK


def _cmd_bom(args: argparse.Namespace) -> int:
    from openlint.cli.bom import run as run_bom

    return run_bom(args)


FORMATS = _renderers.CHECK.formats()  # text first: the default

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "explain": _cmd_explain,
    "check": _cmd_check,
    "openness": _cmd_openness,
    "deps": _cmd_deps,
    "audit": _cmd_audit,
    "combine": _cmd_combine,
    "bom": _cmd_bom,
}


def build_parser() -> argparse.ArgumentParser:
    from openlint import __version__

    parser = _Parser(
        prog="openlint",
        description="What do the licenses of your AI models, datasets and code require of you?",
    )
    parser.add_argument("--version", action="version", version=f"openlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
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

    p_combine = sub.add_parser(
        "combine",
        help="can material under these licences form one work (a merge, a model plus code), and under which licence",
        description="Look the licences up in the compatibility table (docs/compatibility.md). Exit 0: combinable; "
        "1: not combinable or undecided; 2: a licence does not resolve.",
    )
    p_combine.add_argument("license", nargs="+", help='e.g. cc-by-sa-4.0 gpl-3.0, or "MIT OR Apache-2.0" llama3.1')
    p_combine.add_argument("--format", choices=_renderers.COMBINE.formats(), default="text")

    p_check = sub.add_parser(
        "check",
        help="check a project's declared use against its models' licenses",
        description="Report blockers (use not licensed), obligations to fulfil and undecided questions. "
        "Exit 0: nothing at or above --fail-on; 1: findings; 2: usage, config or rule error.",
    )
    _add_project_arguments(p_check)
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

    p_audit = sub.add_parser(
        "audit",
        help="license metadata of many model cards (a directory tree or an HF cache), as JSON Lines",
        description="One JSON line per README.md model card: license, resolution, base models, finding codes, "
        "and lineage findings from following base models through the audited cards.",
    )
    p_audit.add_argument("path", help="directory to search for model cards")
    p_audit.add_argument("--jobs", "-j", type=_jobs, default=0, help=f"processes, 1 to {MAX_JOBS} (default: all cores)")
    p_audit.add_argument("--output", "-o", help="write the JSON Lines here instead of stdout")
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
    _add_bom_parser(sub)
    return parser


def _add_project_arguments(p: argparse.ArgumentParser) -> None:
    """What `check` and `bom` both read: the project, its config, and whether the Hub may be asked."""
    p.add_argument("path", nargs="?", default=".", help="project directory or file (default: .)")
    p.add_argument("--config", help="config file (default: openlint.toml / pyproject.toml found upwards)")
    p.add_argument(
        "--online",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read Hub ids missing from the local Hugging Face cache from the Hub: model cards and license "
        "texts only, never weights (token: HF_TOKEN); default: offline",
    )


def _add_bom_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Here, not in openlint.bom: importing that package would put it in every command's start-up."""
    p = sub.add_parser(
        "bom",
        help="write the project's AI bill of materials (SPDX 2.3, SPDX 3.0.1 AI/Dataset, CycloneDX 1.6/1.7) "
        "with every license obligation inside; or check another tool's (--check FILE)",
        description="Models and datasets check sees (declared, discovered, from the HF cache), their lineage, "
        "declared and concluded licenses and every obligation, as a deterministic BOM (docs/bom.md).",
    )
    _add_project_arguments(p)
    p.add_argument(
        "--format",
        default=None,
        help=f"BOM format: {', '.join(BOM_FORMATS)} (default cyclonedx-1.6); with --check the report format: "
        f"{', '.join(FORMATS)} (default text)",
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--deps", action="store_true", help="add the installed Python distributions (openlint deps)")
    p.add_argument("--hash", action="store_true", help="SHA-256 of weight files up to 1 GiB each")
    p.add_argument(
        "--created",
        metavar="ISO|SOURCE_DATE_EPOCH",
        help="record this creation time (ISO 8601, or SOURCE_DATE_EPOCH to read that variable); "
        "default: SOURCE_DATE_EPOCH when set, else no timestamp",
    )
    p.add_argument(
        "--check",
        action="append",
        default=[],
        metavar="FILE",
        help="validate a third-party AI-BOM's license statements instead (repeatable)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def run() -> None:
    """The `openlint` executable: `main` in a process of its own, which may tune the collector.
    Collect garbage rarely, and skip the final collection over objects the process drops anyway:
    both are measurable in a pre-commit hook's wall time."""
    gc.set_threshold(50_000, 20, 100)
    code = main()
    gc.freeze()
    raise SystemExit(code)


if __name__ == "__main__":
    run()
