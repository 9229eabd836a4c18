"""How many licensing scenarios (fixtures/scenarios) an engine decides as a licensing counsel would.

python benchmarks/legal_scenarios.py [SRC_DIR]

SRC_DIR defaults to this checkout's src/. To compare with an older engine, export its sources first, e.g.
`git archive 9efab3b src rules | tar -x -C /tmp/old` and pass /tmp/old/src. The scenarios were written
with the current model (in-sample): the figure shows agreement with docs/legal-model.md, not accuracy on
licences nobody catalogued. An older engine also fails scenarios whose facts its profile cannot state.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def judge(verdict: str, rule: str | None, findings: list[object]) -> bool:
    mine = [f for f in findings if getattr(f, "rule", None) == rule]
    decided = [f for f in findings if not getattr(f, "undecided", False)]
    if verdict == "blocked":
        return any(f.severity == "error" and not f.undecided for f in mine)  # type: ignore[attr-defined]
    if any(f.severity == "error" for f in decided):  # type: ignore[attr-defined]
        return False
    if verdict == "clear":
        return not mine
    if verdict == "undecided":
        return bool(mine) and all(f.undecided for f in mine)  # type: ignore[attr-defined]
    severity = "warning" if verdict == "duty" else "note"
    return any(f.severity == severity and not f.undecided for f in mine)  # type: ignore[attr-defined]


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "src"
    sys.path.insert(0, str(src))
    from openlint.checking.checker import load_project, run_check
    from openlint.errors import OpenlintError

    scenarios = sorted(p for p in (REPO / "fixtures" / "scenarios").iterdir() if (p / "scenario.toml").is_file())
    right: list[str] = []
    by_verdict: dict[str, list[int]] = {}
    for scenario in scenarios:
        spec = tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))
        try:
            report = run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
        except OpenlintError:
            good = spec["verdict"] == "bad-input"
        else:
            good = spec["verdict"] != "bad-input" and judge(spec["verdict"], spec.get("rule"), report.findings)
        counts = by_verdict.setdefault(spec["verdict"], [0, 0])
        counts[0] += good
        counts[1] += 1
        if good:
            right.append(scenario.name)
    print(f"engine: {src}")
    print(f"scenarios decided as expected: {len(right)}/{len(scenarios)} (in-sample)")
    for verdict, (good, total) in sorted(by_verdict.items()):
        print(f"  {verdict:10} {good}/{total}")


if __name__ == "__main__":
    main()
