"""What the check reporters say about each finding, pinned outside the golden files: SARIF levels, lines
and related-location ids, and GitHub annotation commands and lines, for the golden project's findings.
A golden file only says "something changed"; these name what must not."""

from __future__ import annotations

import json
from pathlib import Path

from openlint.checking.checker import load_project, run_check
from openlint.checking.rules import builtin_rule_dir, load_rules
from openlint.output import github, sarif

REPO = Path(__file__).resolve().parents[1]
PROJECT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"
CONFIG = "fixtures/projects/llama-chatbot-over-cap/pyproject.toml"


def _report():
    return run_check(load_project(PROJECT, environ={}), use_baseline=False, relative_to=PROJECT)


def test_sarif_results_state_each_findings_level_line_and_related_places() -> None:
    report = _report()
    doc = json.loads(sarif.render(report, load_rules([builtin_rule_dir()])))
    results = doc["runs"][0]["results"]
    pinned = [
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            [(x["id"], x["physicalLocation"]["region"]["startLine"]) for x in r.get("relatedLocations", [])],
        )
        for r in results
    ]
    assert pinned == [
        ("OL101", "error", CONFIG, 14, [(0, 29)]),
        ("OL202", "warning", CONFIG, 11, [(0, 29)]),
        ("OL208", "note", CONFIG, 29, []),
        ("OL209", "note", CONFIG, 29, []),
    ]
    # and each one is the finding it reports: its severity, its first line
    assert [(f.rule, f.severity, f.location.line if f.location else None) for f in report.findings] == [
        (rule, level, line) for rule, level, _, line, _ in pinned
    ]


def test_sarif_rule_descriptors_carry_each_rules_severity() -> None:
    rules = load_rules([builtin_rule_dir()])
    doc = json.loads(sarif.render(_report(), rules))
    descriptors = doc["runs"][0]["tool"]["driver"]["rules"]
    assert [d["id"] for d in descriptors] == [r.code for r in rules]
    assert {d["id"]: d["defaultConfiguration"]["level"] for d in descriptors} == {
        r.code: r.spec.severity for r in rules
    }
    levels = {d["defaultConfiguration"]["level"] for d in descriptors}
    assert levels == {"error", "warning", "note"}
    results = doc["runs"][0]["results"]
    assert all(descriptors[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_github_annotations_use_the_command_for_each_severity() -> None:
    lines = github.render(_report()).splitlines()
    heads = [line.split("::")[1] for line in lines]
    assert heads == [
        f"error file={CONFIG},line=14,title=OL101 user-cap-exceeded",
        f"warning file={CONFIG},line=11,title=OL202 license-copy-required",
        f"notice file={CONFIG},line=29,title=OL208 acceptable-use-policy",
        f"notice file={CONFIG},line=29,title=OL209 patent-termination",
    ]
    assert lines[0].endswith(f"(see also: {CONFIG}:29)")
