"""The GitHub Action's step: one check, every CI output (SARIF file, job summary, annotations, outputs).

Run as `python -m openlint.cli.action`; inputs arrive as INPUT_* environment variables (action.yml).
A run that cannot check (a mistyped `path`, a bad config, no model when `require-models` is on)
fails with exit 2 and still writes the SARIF file, with the error as its one result.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path


def _append(path: str | None, text: str) -> None:
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)


def _input(env: Mapping[str, str], name: str) -> str:
    """GitHub passes `INPUT_<NAME>` upper-cased with hyphens kept; accept underscores too."""
    upper = name.upper()
    return (env.get(f"INPUT_{upper}") or env.get(f"INPUT_{upper.replace('-', '_')}") or "").strip()


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = _input(env, name).lower()
    return default if not value else value in {"true", "1", "yes"}


def _annotate(level: str, message: str) -> None:
    from openlint.output.github import escape_data

    print(f"::{level} title=openlint::{escape_data(message)}")


def _write_sarif(path: str, text: str) -> str | None:
    """Write the SARIF file atomically (creating its directory); the error as one line, never a traceback."""
    from openlint.errors import OpenlintError
    from openlint.safeio import write_output

    try:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_output(target, text.encode("utf-8"))
    except OSError as exc:
        return f"cannot write the SARIF file {path}: {exc.strerror or exc}"
    except OpenlintError as exc:
        return f"cannot write the SARIF file: {exc}"
    return None


def _outputs(env: Mapping[str, str], sarif_file: str, blockers: int, findings: int, checked: int, failed: bool) -> None:
    """The step's outputs (action.yml `outputs`), one `name=value` line each."""
    _append(
        env.get("GITHUB_OUTPUT"),
        f"sarif-file={sarif_file}\nblockers={blockers}\nfindings={findings}\nchecked-models={checked}\n"
        f"failed={'true' if failed else 'false'}\n",
    )


def _fail(env: Mapping[str, str], sarif_path: str, message: str) -> int:
    from openlint.output import sarif

    problem = _write_sarif(sarif_path, sarif.render_error(message))
    _annotate("error", message)
    if problem:
        _annotate("error", problem)
    _append(env.get("GITHUB_STEP_SUMMARY"), f"## openlint: cannot check\n\n{message}\n")
    _outputs(env, "" if problem else sarif_path, 0, 0, 0, failed=True)
    return 2


def main(environ: Mapping[str, str] | None = None) -> int:
    from openlint.checking.checker import load_project, run_check
    from openlint.checking.engine import rule_directories
    from openlint.checking.gate import checked_count
    from openlint.checking.rules import builtin_rule_dir, load_rules
    from openlint.errors import OpenlintError
    from openlint.output import sarif
    from openlint.output.registry import CHECK, CheckDocument

    env = os.environ if environ is None else environ
    target = _input(env, "path") or "."
    sarif_path = _input(env, "sarif-file") or "openlint.sarif"
    fail_on = _input(env, "fail-on") or None
    try:
        config = load_project(target, fail_on=fail_on, environ=env)
        report = run_check(config, target=Path(target), require_models=_flag(env, "require-models", True))
        rules = load_rules(rule_directories(config, builtin_rule_dir()))
    except OpenlintError as exc:
        return _fail(env, sarif_path, str(exc))
    problem = _write_sarif(sarif_path, sarif.render(report, rules))
    for notice in report.notices:
        _annotate("warning", notice)
    document = CheckDocument(report, rules)  # rendered as `check --format`: hostile names escaped
    sys.stdout.write(CHECK.render("github", document))
    notices = "".join(f"> **Notice:** {notice}\n>\n" for notice in report.notices)
    _append(env.get("GITHUB_STEP_SUMMARY"), (notices + "\n" if notices else "") + CHECK.render("markdown", document))
    blockers = sum(1 for f in report.findings if f.severity == "error")
    checked = checked_count(report)
    _outputs(env, "" if problem else sarif_path, blockers, len(report.findings), checked, bool(report.failing()))
    if problem:
        _annotate("error", problem)
        return 2
    return report.exit_code(_flag(env, "exit-zero", False))


if __name__ == "__main__":
    raise SystemExit(main())
