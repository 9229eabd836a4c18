"""`openlint bom`: write the project's AI-BOM, or (`--check FILE`) validate another tool's."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from openlint.cli.common import BOM_FORMATS, EXIT_OK
from openlint.cli.common import usage_error as _error
from openlint.output.registry import CHECK

CHECK_FORMATS = CHECK.formats()

# What `bom --check` reports: statements about licenses and obligations, not the project's use of them.
STATEMENT_RULE_PREFIXES = ("OL4", "OL5")


def created_time(value: str | None, environ: dict[str, str] | os._Environ[str]) -> str | None:
    """The creation time to record, as UTC `YYYY-MM-DDTHH:MM:SSZ`; ValueError explains a bad value."""
    from datetime import UTC, datetime

    epoch = environ.get("SOURCE_DATE_EPOCH")
    if value is None and not epoch:
        return None
    if value is None or value == "SOURCE_DATE_EPOCH":
        if not epoch or not epoch.strip().isdigit() or len(epoch.strip()) > 12:
            raise ValueError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970")
        moment = datetime.fromtimestamp(int(epoch), UTC)
    else:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"--created {value[:40]!r} is not an ISO 8601 time (2026-01-31T12:00:00Z)") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def render(fmt: str, bom: Any) -> str:
    if fmt.startswith("cyclonedx-"):
        from openlint.bom import cyclonedx

        return cyclonedx.render(bom, fmt.removeprefix("cyclonedx-"))
    if fmt == "spdx-3.0.1":
        from openlint.bom import spdx3

        return spdx3.render(bom)
    from openlint.bom import spdx2

    return spdx2.render(bom, tag_value=fmt == "spdx-2.3-tv")


def _write(text: str, output: str | None) -> None:
    if output:
        from pathlib import Path

        from openlint.safeio import write_output

        write_output(Path(output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)


def run(args: argparse.Namespace) -> int:
    from openlint.errors import OpenlintError

    try:
        if args.check:
            return _check(args)
        fmt = args.format or "cyclonedx-1.6"
        if fmt not in BOM_FORMATS:
            return _error(f"--format must be one of {', '.join(BOM_FORMATS)}")
        try:
            created = created_time(args.created, os.environ)
        except ValueError as exc:
            return _error(str(exc))
        from openlint.bom.build import build_bom
        from openlint.checking.checker import load_project, run_check

        config = load_project(args.path, config_file=args.config, environ=os.environ, online=args.online)
        report = run_check(config, use_baseline=False)
        bom = build_bom(config, report, deps=args.deps, hashes=args.hash, created=created)
        _write(render(fmt, bom), args.output)
    except OpenlintError as exc:
        return _error(str(exc))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    fmt = args.format or "text"
    if fmt not in CHECK_FORMATS:
        return _error(f"with --check, --format must be one of {', '.join(CHECK_FORMATS)}")
    from openlint.bom.inventory import read_inventories
    from openlint.checking.checker import load_project, run_check

    config = load_project(args.path, config_file=args.config, environ=os.environ, online=args.online)
    given = read_inventories(args.check, config.root, statements=True)
    report = run_check(config, use_baseline=False, given=given)
    report.findings = [f for f in report.findings if f.rule.startswith(STATEMENT_RULE_PREFIXES)]
    rules: list[Any] = []
    if fmt == "sarif":
        from openlint.checking.engine import rule_directories
        from openlint.checking.rules import builtin_rule_dir, load_rules

        rules = load_rules(rule_directories(config, builtin_rule_dir()))
    from openlint.output.registry import CHECK, CheckDocument, RenderOptions

    _write(CHECK.render(fmt, CheckDocument(report, rules), RenderOptions(colour=False)), args.output)
    return report.exit_code()
