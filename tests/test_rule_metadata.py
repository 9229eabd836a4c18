"""What openlint's Python does for a rule comes from the rule file's metadata, never from its code:
a rule with a code no Python names gets the behaviour by declaring it."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest

from openlint.checking import rule_contract
from openlint.checking.checker import load_project, run_check
from openlint.checking.release import apply_fixes
from openlint.checking.rule_file_model import RuleSpec as FileRuleSpec
from openlint.checking.rules import RuleSpec, builtin_rule_dir, fix_actions, load_rules
from openlint.core.findings import Finding, Location

RULE = """code = "{code}"
name = "{name}"
severity = "warning"
scope = "{scope}"
summary = "s"
rationale = "r"
remediation = "x"
example = "e"
applies = '{applies}'
condition = '{condition}'
message = "{{model.label}}: m"
{extra}
"""


def _rule(directory: Path, code: str, name: str, condition: str, extra: str = "", **kw: str) -> None:
    directory.mkdir(exist_ok=True)
    text = RULE.format(
        code=code,
        name=name,
        condition=condition,
        extra=extra,
        scope=kw.get("scope", "model"),
        applies=kw.get("applies", "true"),
    )
    (directory / f"{code}-{name}.toml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("spec_type", [RuleSpec, FileRuleSpec], ids=["index-dataclass", "file-model"])
def test_metadata_values_are_the_contracts(spec_type: type) -> None:
    """Both rule-spec types (the index's dataclass and the rule-file model) declare the contract's values."""
    hints = typing.get_type_hints(spec_type)
    assert set(rule_contract.RULE_METADATA) <= set(hints)
    fix_values = typing.get_args(typing.get_args(hints["fix"])[0])
    assert set(fix_values) == set(rule_contract.FIX_ACTIONS)
    when_values = typing.get_args(typing.get_args(hints["openness_when"])[0])
    assert set(when_values) == set(rule_contract.OPENNESS_WHEN)


def test_builtin_metadata_is_pinned() -> None:
    rules = load_rules([builtin_rule_dir()])
    assert fix_actions(rules) == {"OL203": "add-notice", "OL412": "add-base-model"}
    assert {r.code: r.spec.openness_when for r in rules if r.spec.openness_when} == {
        "OL301": "claim",
        "OL302": "declared",
        "OL303": "policy",
        "OL304": "policy",
        "OL305": "claim",
    }
    audited = [r.code for r in rules if r.spec.audit]
    assert audited == [
        "OL108", "OL401", "OL402", "OL403", "OL404", "OL405", "OL408", "OL409", "OL411", "OL413", "OL414"
    ]  # fmt: skip


def test_a_rule_of_any_code_gets_the_notice_fix_by_its_metadata(tmp_path: Path) -> None:
    directory = tmp_path / "models" / "llama"
    directory.mkdir(parents=True)
    (directory / "README.md").write_text("---\nlicense: llama3.1\n---\n", encoding="utf-8")
    text = "Llama 3.1 is licensed under the Llama 3.1 Community License"
    finding = Finding(
        "ACME203", "org-notice", "warning", "m", "r", required_text=text, location=Location("models/llama/README.md", 2)
    )
    assert apply_fixes([finding], tmp_path) == []  # no built-in rule has that code: nothing to do
    policies = tmp_path / "policies"
    _rule(policies, "ACME203", "org-notice", "true", 'fix = "add-notice"')
    fixes = apply_fixes([finding], tmp_path, actions=fix_actions(load_rules([policies])))
    assert [f.applied for f in fixes] == [True]
    assert (directory / "NOTICE").read_text(encoding="utf-8") == text + "\n"


def test_openness_facts_follow_what_a_rule_reads_not_its_code(tmp_path: Path) -> None:
    """Before: only OL3xx codes, or a condition containing "openness", got the openness facts; a rule
    reading model.claims_open_source under another code failed to evaluate (an error finding)."""
    _rule(tmp_path / "policies", "ACME001", "no-open-claims", "model.claims_open_source")
    (tmp_path / "README.md").write_text("Our assistant runs an open source model.\n", encoding="utf-8")
    (tmp_path / "openlint.toml").write_text(
        'rules = ["policies"]\n[[models]]\nid = "m"\nlicense = "mit"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    mine = [(f.rule, f.severity, f.undecided) for f in report.findings if f.rule == "ACME001"]
    assert mine == [("ACME001", "warning", False)]


def test_openness_when_gates_the_verdict(tmp_path: Path) -> None:
    """A rule reading the verdict with `openness_when = "policy"` gets it only when require-openness is set."""
    _rule(
        tmp_path / "policies",
        "ACME002",
        "openness-known",
        'model.openness_category != "closed"',
        'openness_when = "policy"',
        applies="has(model.openness_category)",
    )
    (tmp_path / "openlint.toml").write_text(
        'rules = ["policies"]\n[[models]]\nid = "m"\nlicense = "llama3.1"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    assert [f.rule for f in report.findings if f.rule == "ACME002"] == []  # no policy: no verdict, not applied
    config = tmp_path / "openlint.toml"
    config.write_text('require-openness = "open-weights"\n' + config.read_text(encoding="utf-8"), encoding="utf-8")
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    assert [f.rule for f in report.findings if f.rule == "ACME002"] == ["ACME002"]
