"""The GitHub Action's step: one check, every CI output (SARIF file, job summary, annotations, outputs).

Run as `python -m openlint.action`; inputs arrive as INPUT_* environment variables (action.yml).
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


def main(environ: Mapping[str, str] | None = None) -> int:
    from openlint.checker import load_project, run_check
    from openlint.engine import rule_directories
    from openlint.errors import OpenlintError
    from openlint.output import github, markdown, sarif
    from openlint.rules import builtin_rule_dir, load_rules

    env = os.environ if environ is None else environ
    target = env.get("INPUT_PATH") or "."
    sarif_path = env.get("INPUT_SARIF-FILE") or env.get("INPUT_SARIF_FILE") or "openlint.sarif"
    fail_on = env.get("INPUT_FAIL-ON") or env.get("INPUT_FAIL_ON") or None
    try:
        config = load_project(target, fail_on=fail_on, environ=env)
        report = run_check(config)
        rules = load_rules(rule_directories(config, builtin_rule_dir()))
    except OpenlintError as exc:
        print(f"::error title=openlint::{exc}")
        _append(env.get("GITHUB_STEP_SUMMARY"), f"## openlint: configuration error\n\n{exc}\n")
        return 2
    Path(sarif_path).write_text(sarif.render(report, rules), encoding="utf-8")
    sys.stdout.write(github.render(report))
    _append(env.get("GITHUB_STEP_SUMMARY"), markdown.render(report))
    failing = report.failing()
    _append(
        env.get("GITHUB_OUTPUT"),
        f"sarif-file={sarif_path}\nblockers={sum(1 for f in report.findings if f.severity == 'error')}\n"
        f"findings={len(report.findings)}\nfailed={'true' if failing else 'false'}\n",
    )
    exit_zero = (env.get("INPUT_EXIT-ZERO") or env.get("INPUT_EXIT_ZERO") or "false").lower() == "true"
    return report.exit_code(exit_zero)


if __name__ == "__main__":
    raise SystemExit(main())
