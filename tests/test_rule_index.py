"""The shipped rule index (rules/checks/_index.json) is current and loads exactly what the TOML files say."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

import openlint.checking.rules
from openlint.checking.rules import INDEX_NAME, builtin_rule_dir, load_rule, load_rules
from repo_scripts import load_script

REPO = Path(__file__).resolve().parents[1]


def _builder() -> ModuleType:
    return load_script("build_rule_index")


def test_shipped_rule_index_is_current() -> None:
    current = (REPO / "rules" / "checks" / INDEX_NAME).read_text(encoding="utf-8")
    assert current == _builder().render(REPO / "rules" / "checks"), "run scripts/build_rule_index.py"


def test_indexed_rules_equal_rules_read_from_toml() -> None:
    indexed = load_rules([builtin_rule_dir()])
    from_toml = [load_rule(path) for path in sorted(builtin_rule_dir().glob("*.toml"))]
    # one file each (OL501 came with AI-BOMs, OL415 with unread text, OL416 with declared-licence contradictions,
    # OL113 with caps on registered users, API requests and employees, OL114 with grants to natural persons only,
    # OL115 with licences granted for a fixed term)
    assert len(indexed) == len(from_toml) == 51
    by_code = {r.code: r for r in from_toml}
    for rule in indexed:
        assert rule.spec == by_code[rule.code].spec
        assert type(rule.spec.requires) is tuple and type(rule.spec.at) is tuple


def test_rule_edited_after_the_index_is_read_from_its_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_dir = tmp_path / "checks"
    shutil.copytree(builtin_rule_dir(), rules_dir)
    path = rules_dir / "OL101-user-cap-exceeded.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('severity = "error"', 'severity = "warning"', 1), encoding="utf-8")
    monkeypatch.setattr(openlint.checking.rules, "builtin_rule_dir", lambda: rules_dir)
    doc = json.loads((rules_dir / INDEX_NAME).read_text(encoding="utf-8"))
    assert doc["rules"][path.name]["spec"]["severity"] == "error"
    rule = next(r for r in load_rules([rules_dir]) if r.code == "OL101")
    assert rule.spec.severity == "warning"


def test_index_is_used_for_the_builtin_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(path: Path) -> None:
        raise AssertionError(f"read {path} although the index is current")

    monkeypatch.setattr(openlint.checking.rules, "read_spec", fail)
    assert len(load_rules([builtin_rule_dir()])) == len(list(builtin_rule_dir().glob("*.toml")))


def test_every_shipped_scope_condition_compiles() -> None:
    from openlint.checking.scope import _compiled

    table = _compiled()
    assert table
    for _cond, holds, undecided in table.values():
        assert holds.program() is not None and undecided.program() is not None


def test_indexed_rule_expressions_are_compiled_when_first_used() -> None:
    rule = next(r for r in load_rules([builtin_rule_dir()]) if r.code == "OL104")
    assert isinstance(rule.applies, openlint.checking.rules.LazyProgram)
    assert rule.applies._compiled is None
    data = {"use": {}, "license": {}, "obligation": {}, "model": {}}
    openlint.checking.rules.evaluate(rule.applies, data)
    assert rule.applies._compiled is not None


def test_a_lazy_expression_that_does_not_compile_is_a_rule_error() -> None:
    with pytest.raises(openlint.checking.rules.RuleError, match=r"unknown field use\.nope"):
        openlint.checking.rules.LazyProgram("x.toml", "condition", "use.nope > 1").eval({})
