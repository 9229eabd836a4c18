"""How many licensing scenarios (fixtures/scenarios) an engine decides as a licensing counsel would.

python benchmarks/legal_scenarios.py [SRC_DIR] [--dir fixtures/scenarios-blind] [--show]

SRC_DIR defaults to this checkout's src/. To compare with an older engine, export its sources first, e.g.
`git archive 9efab3b src rules | tar -x -C /tmp/old` and pass /tmp/old/src. The scenarios were written
with the current model (in-sample): the figure shows agreement with docs/legal-model.md, not accuracy on
licences nobody catalogued. An older engine also fails scenarios whose facts its profile cannot state.

--dir reads another scenario directory: fixtures/scenarios-blind was written without looking at the engine
and committed before it was first run (blind; first-measured figure in docs/testing.md). --show lists each
scenario not decided as expected with what the engine reported for its deciding rule, and any blockers.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def got(rule: str | None, findings: list[object]) -> str:
    """What the engine said: the deciding rule's findings and every decided blocker."""
    mine = [f"{f.severity}{' undecided' if f.undecided else ''}" for f in findings if f.rule == rule]  # type: ignore[attr-defined]
    errors = sorted({f.rule for f in findings if f.severity == "error" and not f.undecided})  # type: ignore[attr-defined]
    return f"{rule}: {', '.join(mine) or 'nothing'}; blockers: {', '.join(errors) or 'none'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("src", nargs="?", type=Path, default=REPO / "src", help="the engine's src/ directory")
    parser.add_argument("--dir", type=Path, default=REPO / "fixtures" / "scenarios", help="scenario directory")
    parser.add_argument("--show", action="store_true", help="list the scenarios not decided as expected")
    args = parser.parse_args()
    sys.path[:0] = [str(args.src), str(REPO / "tests")]
    from blind_scenarios import as_expected  # the tests' judge: nothing of openlint imported before args.src
    from openlint.checking.checker import load_project, run_check
    from openlint.errors import OpenlintError

    directory = args.dir if args.dir.is_absolute() else Path.cwd() / args.dir
    scenarios = sorted(p for p in directory.iterdir() if (p / "scenario.toml").is_file())
    right: list[str] = []
    wrong: list[str] = []
    by_verdict: dict[str, list[int]] = {}
    for scenario in scenarios:
        spec = tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))
        try:
            report = run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
        except OpenlintError as error:  # bad input: exit 2 naming the key and value the scenario names
            good = spec["verdict"] == "bad-input" and all(n in str(error) for n in spec.get("error-names", []))
            outcome = f"input error: {error}"
        else:
            good = spec["verdict"] != "bad-input" and as_expected(spec, list(report.findings))
            outcome = got(spec.get("rule"), list(report.findings))
        counts = by_verdict.setdefault(spec["verdict"], [0, 0])
        counts[0] += good
        counts[1] += 1
        if good:
            right.append(scenario.name)
        else:
            wrong.append(f"  {scenario.name}: expected {spec['verdict']} {spec.get('rule') or ''}; got {outcome}")
    blind = directory.name != "scenarios"
    print(f"engine: {args.src}")
    print(f"scenarios: {directory}")
    print(f"scenarios decided as expected: {len(right)}/{len(scenarios)} ({'blind' if blind else 'in-sample'})")
    for verdict, (good, total) in sorted(by_verdict.items()):
        print(f"  {verdict:10} {good}/{total}")
    if args.show and wrong:
        print("not as expected:")
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
