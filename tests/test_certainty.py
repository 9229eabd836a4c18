"""Honest certainty: each finding's basis, low-confidence text blockers flagged for review (errors that stop
the gate by default, warnings with review-blockers = "warn"), and verdicts that say what was checked, with a
not-legal-advice line in every format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from openlint.checking import certainty
from openlint.checking.checker import load_project, run_check
from openlint.checking.engine import Report
from openlint.checking.rules import builtin_rule_dir, load_rules
from openlint.core.catalog import default_catalog
from openlint.core.findings import LEGAL_NOTICE, REVIEW_CONFIDENCE, Basis
from openlint.core.obligations import Obligation, Source
from openlint.output import check_json, check_text, markdown, sarif

REPO = Path(__file__).resolve().parents[1]
PROJECTS = REPO / "fixtures" / "projects"
RULES = {r.code: r for r in load_rules([builtin_rule_dir()])}


def _report(name: str) -> Report:
    project = PROJECTS / name
    return run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)


def _text_ob(confidence: float) -> Obligation:
    return Obligation(
        kind="non_commercial",
        triggers=("use",),
        source=Source(path="LICENSE", start_line=3, end_line=3, text="non-commercial use only"),
        confidence=confidence,
    )


@pytest.mark.parametrize(
    ("confidence", "review"), [(REVIEW_CONFIDENCE, False), (REVIEW_CONFIDENCE - 0.001, True), (0.2, True)]
)
def test_a_text_blocker_below_the_threshold_is_an_error_to_review(confidence: float, review: bool) -> None:
    basis = Basis("text", "LicenseRef-text-x", complete=False, confidence=confidence)
    flagged = Basis("text", "LicenseRef-text-x", False, confidence, review=review)
    assert certainty.weigh("error", basis) == ("error", flagged)


@pytest.mark.parametrize(
    ("confidence", "severity", "review"),
    [(REVIEW_CONFIDENCE, "error", False), (REVIEW_CONFIDENCE - 0.001, "warning", True), (0.2, "warning", True)],
)
def test_review_blockers_warn_lowers_a_text_blocker_below_the_threshold(
    confidence: float, severity: str, review: bool
) -> None:
    basis = Basis("text", "LicenseRef-text-x", complete=False, confidence=confidence)
    lowered = Basis("text", "LicenseRef-text-x", False, confidence, review=review, lowered=review)
    assert certainty.weigh("error", basis, lower_blockers=True) == (severity, lowered)


def test_only_text_blockers_are_lowered() -> None:
    catalog = Basis("catalog", "llama3.1", complete=True, confidence=0.5)
    assert certainty.weigh("error", catalog, lower_blockers=True) == ("error", catalog)
    low = Basis("text", "x", complete=False, confidence=0.1)
    flagged = Basis("text", "x", complete=False, confidence=0.1, review=True)  # to review, not lowered
    assert certainty.weigh("warning", low, lower_blockers=True) == ("warning", flagged)
    assert certainty.weigh("note", low, lower_blockers=True) == ("note", flagged)
    assert certainty.weigh("error", Basis("metadata"), lower_blockers=True) == ("error", Basis("metadata"))
    whole = Basis("text", "x", complete=False, confidence=0.1)  # a finding about the licence as a whole
    assert certainty.weigh("error", whole, from_obligation=False, lower_blockers=True) == ("error", whole)


def test_basis_of_catalog_text_and_metadata() -> None:
    llama = default_catalog()["llama3.1"]
    cap = next(ob for ob in llama.obligations if ob.kind == "user_cap")
    assert certainty.basis_of(llama, "llama3.1", cap) == Basis("catalog", "llama3.1", complete=True, clause="2")
    ob = _text_ob(0.8)
    assert certainty.basis_of(llama, "llama3.1", ob).source == "text"  # an obligation read from a file
    assert certainty.basis_of(None, "foo", None) == Basis("metadata", "foo")


def _text_findings(report: Report) -> list[tuple[str, str, float]]:
    return [
        (f.rule, f.severity, f.basis.confidence)
        for f in report.findings
        if f.basis.source == "text" and f.basis.confidence is not None
    ]


def _with_review_blockers(name: str, setting: str | None, tmp_path: Path) -> Report:
    """The fixture project, copied with `review-blockers = setting` added to its openlint.toml."""
    import shutil

    project = tmp_path / name
    shutil.copytree(PROJECTS / name, project)
    if setting is not None:  # openlint.toml: top-level keys before the first table
        config = project / "openlint.toml"
        config.write_text(f'review-blockers = "{setting}"\n' + config.read_text(encoding="utf-8"), encoding="utf-8")
    return run_check(load_project(project, environ={}), use_baseline=False, relative_to=project)


@pytest.mark.parametrize(("setting", "lowered"), [(None, False), ("fail", False), ("warn", True)])
def test_engine_flags_text_blockers_at_the_threshold_boundary(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, setting: str | None, lowered: bool
) -> None:
    """Through the engine: a blocker read from a LICENSE text is a plain error with the threshold at its
    confidence; with the threshold just above it, an error to review (the default, "fail") or a warning
    ("warn"), and the gate fails or passes with it."""
    baseline = _with_review_blockers("custom-license-model", setting, tmp_path / "a")
    blockers = [(rule, conf) for rule, _, conf in _text_findings(baseline) if RULES[rule].spec.severity == "error"]
    assert blockers, "the fixture's LICENSE text must yield at least one blocker"
    rule, confidence = blockers[0]
    monkeypatch.setattr(certainty, "REVIEW_CONFIDENCE", confidence)
    at = next(
        f for f in _with_review_blockers("custom-license-model", setting, tmp_path / "b").findings if f.rule == rule
    )
    assert (at.severity, at.basis.review, at.basis.lowered) == ("error", False, False)
    monkeypatch.setattr(certainty, "REVIEW_CONFIDENCE", confidence + 0.001)
    report = _with_review_blockers("custom-license-model", setting, tmp_path / "c")
    above = next(f for f in report.findings if f.rule == rule)
    assert (above.severity, above.basis.review, above.basis.lowered) == (
        "warning" if lowered else "error",
        True,
        lowered,
    )
    assert "a possible blocker; review the text" in above.message


def test_every_text_finding_follows_the_documented_threshold() -> None:
    for rule, severity, _ in _text_findings(_report("custom-license-model")):
        if severity != "note":  # undecided notes keep their own severity
            assert severity == RULES[rule].spec.severity, rule


def test_catalog_findings_carry_completeness() -> None:
    report = _report("llama-chatbot-over-cap")
    assert {(f.basis.source, f.basis.complete) for f in report.findings} == {("catalog", True)}


WORDS = re.compile(r"\b(passed|allowed|ok:)", re.IGNORECASE)


@pytest.mark.parametrize("name", ["clean-apache", "llama-chatbot-over-cap"])
def test_every_format_says_what_was_checked_and_is_not_legal_advice(name: str) -> None:
    report = _report(name)
    rules = load_rules([builtin_rule_dir()])
    text = check_text.render(report)
    md = markdown.render(report)
    doc = json.loads(check_json.render(report))
    run = json.loads(sarif.render(report, rules))["runs"][0]
    assert LEGAL_NOTICE in text.splitlines()[-1] and f"_{LEGAL_NOTICE}_" in md
    assert doc["legal_notice"] == LEGAL_NOTICE and run["properties"]["legalNotice"] == LEGAL_NOTICE
    checked = f"{len(rules)} check(s) on {len(report.models)} model(s)"
    assert doc["summary"]["checked"] == checked and run["properties"]["checked"] == checked
    if not report.failing():
        assert f"no blocker found by {checked}" in text and f"no blocker found by {checked}" in md
    for output in (text, md):
        verdicts = [line for line in output.splitlines() if not line.startswith(("  ", "- "))]
        assert not [line for line in verdicts if WORDS.search(line)]
    assert all("basis" in f for f in doc["findings"])
    assert all("basis" in r["properties"] for r in run["results"])
