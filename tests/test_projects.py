"""Realistic example projects: expected blockers and duties, and golden reporter output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from openlint.checking.checker import load_project, run_check
from openlint.checking.engine import Report
from openlint.checking.rules import builtin_rule_dir, load_rules
from openlint.output import check_json, check_text, github, markdown, sarif

REPO = Path(__file__).resolve().parents[1]
PROJECTS = sorted(p for p in (REPO / "fixtures" / "projects").iterdir() if (p / "expected.json").is_file())
GOLDEN = Path(__file__).parent / "golden"
GOLDEN_PROJECT = REPO / "fixtures" / "projects" / "llama-chatbot-over-cap"


def report_for(project: Path) -> Report:
    return run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_project_findings(project: Path) -> None:
    expected = json.loads((project / "expected.json").read_text(encoding="utf-8"))
    report = report_for(project)
    decided = sorted({f.rule for f in report.findings if not f.undecided})
    assert decided == sorted(expected["rules"])
    assert report.exit_code() == expected["exit_code"]
    assert not [f for f in report.findings if f.undecided], "example projects declare every use field"


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; rerun with UPDATE_GOLDEN=1 if intended"


def test_golden_reporters() -> None:
    report = report_for(GOLDEN_PROJECT)
    rules = load_rules([builtin_rule_dir()])
    _golden("check.txt", check_text.render(report))
    _golden("check.json", check_json.render(report))
    _golden("check.sarif", sarif.render(report, rules))
    _golden("check.github", github.render(report))
    _golden("check.md", markdown.render(report))


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_sarif_validates_against_the_schema(project: Path, corpus: Path) -> None:
    schema = json.loads((corpus.parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    doc = json.loads(sarif.render(report_for(project), load_rules([builtin_rule_dir()])))
    jsonschema.validate(doc, schema)
    for result in doc["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location["uriBaseId"] == "%SRCROOT%" and not location["uri"].startswith("/")
        assert (REPO / location["uri"]).is_file(), f"SARIF location {location['uri']} is not a real file"
    for rule in doc["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["helpUri"].startswith("https://")


def test_text_colour_only_when_asked() -> None:
    report = report_for(GOLDEN_PROJECT)
    assert "\033[" not in check_text.render(report)
    assert "\033[31m" in check_text.render(report, colour=True)
