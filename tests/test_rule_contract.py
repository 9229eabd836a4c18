"""The rule contract: rules may read only declared fields, and the engine offers only declared fields."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

import openlint.checking.rules
from openlint.checking import rule_contract
from openlint.checking.checker import load_project, run_check
from openlint.checking.rules import load_rule
from openlint.core.config import UseProfile
from openlint.errors import RuleError
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]


def _rule(directory: Path, condition: str, message: str = "m", applies: str = "true") -> Path:
    path = directory / "OL901-org-policy.toml"
    path.write_text(
        'code = "OL901"\nname = "org-policy"\nseverity = "error"\nsummary = "s"\nrationale = "r"\n'
        f'remediation = "f"\nexample = "e"\napplies = {json.dumps(applies)}\ncondition = {json.dumps(condition)}\n'
        f"message = {json.dumps(message)}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("condition", "field"),
    [
        ("use.comercial", "use.comercial"),
        ('model.openess_category == "closed"', "model.openess_category"),
        ("obligation.treshold > 1", "obligation.treshold"),
        ('license.status == "known" && license.familly == "x"', "license.familly"),
    ],
)
def test_unknown_field_fails_to_load_naming_file_and_field(tmp_path: Path, condition: str, field: str) -> None:
    with pytest.raises(
        RuleError, match=rf"OL901-org-policy\.toml: condition: unknown field {field.replace('.', '[.]')}"
    ):
        load_rule(_rule(tmp_path, condition))


def test_unknown_field_in_applies_and_message_fails(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"applies: unknown field use\.region\b"):
        load_rule(_rule(tmp_path, "true", applies='"US" in use.region'))
    with pytest.raises(RuleError, match=r"message: unknown field model\.lable"):
        load_rule(_rule(tmp_path, "true", message="{model.lable} breaks it"))


@pytest.mark.parametrize(
    ("requires", "bad"),
    [('"monthly-active-users", "use-cases"', None), ('"comercial"', "comercial"), ('"triggers"', "triggers")],
)
def test_requires_names_config_keys_of_the_use_profile(tmp_path: Path, requires: str, bad: str | None) -> None:
    """`requires` names keys a project declares (hyphenated); a derived field such as `triggers` is not one."""
    path = _rule(tmp_path, "true")
    path.write_text(path.read_text(encoding="utf-8") + f"requires = [{requires}]\n", encoding="utf-8")
    if bad is None:
        assert load_rule(path).spec.requires == ("monthly-active-users", "use-cases")
    else:
        with pytest.raises(RuleError, match=rf"requires: unknown use fields \['{bad}'\]"):
            load_rule(path)


def test_known_fields_strings_and_comprehensions_load(tmp_path: Path) -> None:
    # A string that looks like a reference, a comprehension variable and a nested field are not unknown fields.
    rule = load_rule(
        _rule(
            tmp_path,
            'obligation.categories.exists(c, c in use.use_cases) && model.label != "use.nothing"'
            " && model.openness.category == 'x'",
            message="{model.label}: {use.use_cases|none}",
        )
    )
    assert rule.reads == frozenset({"obligation.categories", "use.use_cases", "model.label", "model.openness"})


def test_references_ignore_longer_identifiers_and_member_chains() -> None:
    assert rule_contract.references("reuse.x + a.use.y + use . commercial") == [("use", "commercial")]


def test_use_contract_is_the_use_profile() -> None:
    assert set(rule_contract.USE) == {f.name for f in dataclasses.fields(UseProfile)} | rule_contract.USE_DERIVED


def test_every_builtin_rule_reads_only_declared_fields() -> None:
    for rule in openlint.checking.rules.load_rules([openlint.checking.rules.builtin_rule_dir()]):
        for ref in rule.reads:
            var, field = ref.split(".")
            assert field in rule_contract.VARIABLES[var], (rule.path, ref)


def test_engine_offers_only_declared_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every key the engine puts in a CEL variable, over every example project, is in the contract."""
    seen: dict[str, set[str]] = {name: set() for name in rule_contract.VARIABLES}
    original = openlint.checking.rules.evaluate

    def spy(compiled: Any, data: Mapping[str, Any]) -> openlint.checking.rules.Outcome:
        for name, value in data.items():
            seen[name].update(value)
        return original(compiled, data)

    monkeypatch.setattr(openlint.checking.rules, "evaluate", spy)
    monkeypatch.setattr(openlint.checking.engine, "evaluate", spy, raising=False)
    for project in sorted((REPO / "fixtures" / "projects").iterdir()):
        run_check(load_project(project))
    assert all(seen.values()), seen  # every variable was seen, so the spy really ran
    for name, keys in seen.items():
        assert keys <= set(rule_contract.VARIABLES[name]), (name, sorted(keys - set(rule_contract.VARIABLES[name])))


def test_a_rule_that_fails_to_evaluate_is_an_error_not_a_note(tmp_path: Path) -> None:
    """MIT has obligations without a threshold: reading one is an evaluation error, and the gate fails."""
    policies = tmp_path / "policies"
    policies.mkdir()
    _rule(policies, "obligation.threshold > 1", message="{model.label}")
    (tmp_path / "openlint.toml").write_text(
        'rules = ["policies"]\n[[models]]\nid = "m"\nlicense = "MIT"\n', encoding="utf-8"
    )
    report = run_check(load_project(tmp_path, environ={}), use_baseline=False)
    hits = [f for f in report.findings if f.rule == "OL901"]
    assert hits and all(f.severity == "error" and f.undecided for f in hits)
    assert report.exit_code() == 1


def test_rule_contract_doc_is_current() -> None:
    module = load_script("gen_rule_contract_doc")
    doc = (REPO / "docs" / "rule-contract.md").read_text(encoding="utf-8")
    assert doc == module.render(), "run scripts/gen_rule_contract_doc.py"
