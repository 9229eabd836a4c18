"""Shared by the blind licensing-scenario tests (fixtures/scenarios-blind, fixtures/scenarios-blind2): how a
scenario is read and judged, the judge of benchmarks/legal_scenarios.py."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from openlint import Finding
from openlint.checking.checker import load_project, run_check
from openlint.errors import OpenlintError

REPO = Path(__file__).resolve().parents[1]
VERDICTS = {"blocked", "duty", "note", "clear", "undecided", "bad-input"}


def scenarios(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if (p / "scenario.toml").is_file())


def spec(scenario: Path) -> dict[str, object]:
    return tomllib.loads((scenario / "scenario.toml").read_text(encoding="utf-8"))


def rule_codes() -> set[str]:
    table = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| \[(OL\d{3})\]\(#ol\d{3}\) \|", table, flags=re.M))


def as_expected(expected: dict[str, object], findings: list[Finding]) -> bool:
    """The judge of benchmarks/legal_scenarios.py: the deciding rule says what the verdict says, and no
    other rule blocks a scenario that is not itself blocked."""
    verdict, rule = expected["verdict"], expected.get("rule")
    mine = [f for f in findings if f.rule == rule]
    if verdict == "blocked":
        return any(f.severity == "error" and not f.undecided for f in mine)
    if any(f.severity == "error" and not f.undecided for f in findings):
        return False
    if verdict == "clear":
        return not mine
    if verdict == "undecided":
        return bool(mine) and all(f.undecided for f in mine)
    severity = "warning" if verdict == "duty" else "note"
    return any(f.severity == severity and not f.undecided for f in mine)


def decided(scenario: Path) -> bool:
    """Whether the engine decides the scenario as its label says (bad input: exit 2 naming error-names)."""
    expected = spec(scenario)
    try:
        report = run_check(load_project(scenario, environ={}), use_baseline=False, relative_to=scenario)
    except OpenlintError as error:
        names = expected.get("error-names", [])
        assert isinstance(names, list)
        return expected["verdict"] == "bad-input" and all(str(n) in str(error) for n in names)
    return expected["verdict"] != "bad-input" and as_expected(expected, list(report.findings))


def fold(text: str) -> str:
    """Typography and wrapping folded away, so a quote matches the licence however it is wrapped."""
    for curly, plain in (("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, plain)
    return re.sub(r"[\s*_`]+", " ", text).strip().lower()
