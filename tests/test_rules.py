"""Every rule has positive and negative fixtures (found here by one parametrised test) and docs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from openlint.checking.checker import load_project, run_check
from openlint.checking.rules import builtin_rule_dir, load_rule, load_rules
from openlint.core.findings import Finding
from openlint.errors import RuleError
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures" / "rules"
RULES = load_rules([builtin_rule_dir()])
CASES = sorted(p for p in FIXTURES.glob("*/*") if p.is_dir())


def decided_codes(directory: Path) -> set[str]:
    return {f.rule for f in _findings(directory) if not f.undecided}


def _findings(directory: Path) -> list[Finding]:
    given = None
    boms = sorted(str(p) for p in directory.glob("*.bom.json"))
    if boms:  # a fixture holding bills of materials is checked as `bom --check` checks them
        from openlint.bom.inventory import read_inventories

        given = read_inventories(boms, directory, statements=True)
    config = load_project(directory, environ={})
    return run_check(config, use_baseline=False, relative_to=directory, given=given).findings


def _pinned(finding: Finding) -> str:
    """A finding as a fixture's expected.toml states it: "RULE path:line" (path alone without a line)."""
    if finding.location is None:
        return finding.rule
    line = f":{finding.location.line}" if finding.location.line else ""
    return f"{finding.rule} {finding.location.path}{line}"


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rule_fixture(case: Path) -> None:
    """Exact, like pyflakes' harness: every decided finding of the fixture (rule, file, line; a finding
    reported twice is listed twice) and this rule's undecided notes; a stray or missing one fails."""
    code = case.parent.name
    findings = _findings(case)
    expected = tomllib.loads((case / "expected.toml").read_text(encoding="utf-8"))
    assert set(expected) == {"findings", "undecided"}, f"{case}/expected.toml: findings and undecided only"
    decided = sorted(_pinned(f) for f in findings if not f.undecided)
    assert decided == sorted(expected["findings"]), [f.message for f in findings if not f.undecided]
    notes = sorted(_pinned(f) for f in findings if f.undecided and f.rule == code)
    assert notes == sorted(expected["undecided"]), [f.message for f in findings if f.rule == code]
    codes = {f.rule for f in findings if not f.undecided}
    if case.name.startswith("positive"):
        assert code in codes
    else:
        assert case.name.startswith("negative"), f"fixture {case} must be named positive-* or negative-*"
        assert code not in codes


def test_every_rule_fixture_pins_its_findings() -> None:
    assert [c for c in CASES if not (c / "expected.toml").is_file()] == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_fixtures_and_docs(rule: object) -> None:
    code = rule.code  # type: ignore[attr-defined]
    sides = {p.name.split("-")[0] for p in (FIXTURES / code).glob("*") if p.is_dir()}
    assert sides == {"positive", "negative"}, f"{code} needs positive and negative fixtures"
    docs = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert f"## {code}" in docs


def test_rules_doc_is_current() -> None:
    module = load_script("gen_rules_doc")
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == module.render(), "run scripts/gen_rules_doc.py"


def _rule_file(directory: Path, condition: str, name: str = "OL901-org-policy") -> Path:
    code, rule_name = name.split("-", 1)
    path = directory / f"{name}.toml"
    path.write_text(
        f'code = "{code}"\nname = "{rule_name}"\nseverity = "error"\nsummary = "s"\nrationale = "r"\n'
        f'remediation = "f"\nexample = "e"\ncondition = {condition!r}\nmessage = "m"\n'.replace("'", '"'),
        encoding="utf-8",
    )
    return path


def test_bad_cel_is_a_rule_error_naming_the_file(tmp_path: Path) -> None:
    path = _rule_file(tmp_path, "use.commercial &&")
    with pytest.raises(RuleError, match=r"OL901-org-policy\.toml: condition: CEL error"):
        load_rule(path)
    with pytest.raises(RuleError, match="undeclared reference"):
        load_rule(_rule_file(tmp_path, "nonsense > 1", "OL902-other"))
    with pytest.raises(RuleError, match="boolean"):
        load_rule(_rule_file(tmp_path, "1 + 2", "OL903-int"))


def test_org_policy_rules_run_from_config(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    path = tmp_path / "policies" / "OL950-no-llama.toml"
    path.write_text(
        'code = "OL950"\nname = "no-llama"\nseverity = "error"\nscope = "model"\nsummary = "s"\n'
        'rationale = "r"\nremediation = "f"\nexample = "e"\ncondition = \'license.family == "llama"\'\n'
        'message = "{model.label} uses {license.id}"\n',
        encoding="utf-8",
    )
    (tmp_path / "openlint.toml").write_text(
        'rules = ["policies"]\n[[models]]\nid = "m"\nlicense = "llama3.1"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    hits = [f for f in report.findings if f.rule == "OL950"]
    assert len(hits) == 1 and hits[0].message == "m uses llama3.1"


def test_undeclared_use_is_a_note_not_a_pass(tmp_path: Path) -> None:
    (tmp_path / "openlint.toml").write_text('[[models]]\nid = "m"\nlicense = "llama3.1"\n', encoding="utf-8")
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    undecided = {f.rule for f in report.findings if f.undecided}
    assert {"OL101", "OL201"} <= undecided
    assert all(f.severity == "note" for f in report.findings if f.undecided)
