"""`openlint audit` runs the CEL rules (those marked `audit = true`, the project's own included) through
the evaluation `check` makes: the same card gets the same codes from both, and memoising the decisions
never changes one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import require_shared
from openlint.audit.card_codes import card_codes
from openlint.audit.rules import CardRules, load_card_rules
from openlint.audit.run import audit_card
from openlint.checking.checker import load_project, run_check
from openlint.checking.rules import builtin_rule_dir, load_rules
from openlint.sources.stated import StatedLicense

AUDITED = {r.code for r in load_rules([builtin_rule_dir()]) if r.spec.audit}


def _card(root: Path, name: str, front: str, files: dict[str, str] | None = None) -> Path:
    directory = root / name
    directory.mkdir(parents=True)
    (directory / "README.md").write_text(f"---\n{front}\n---\n# {name}\n", encoding="utf-8")
    for file, text in (files or {}).items():
        (directory / file).write_text(text, encoding="utf-8")
    return directory / "README.md"


def _check_codes(root: Path, name: str) -> list[str]:
    """What `check` reports for the model in `root/name`, limited to the rules audit runs."""
    (root / "openlint.toml").write_text(
        f'[use]\ndistribution = ["weights"]\n\n[[models]]\npath = "{name}"\n', encoding="utf-8"
    )
    report = run_check(load_project(root, environ={}), use_baseline=False)
    return sorted({f.rule for f in report.findings if f.rule in AUDITED and not (f.undecided and f.severity == "note")})


APACHE_NOTICE = "Copyright 2024 Acme\n\nPermission is hereby granted, free of charge, to any person obtaining a copy"


@pytest.mark.parametrize(
    ("front", "codes"),
    [
        ("license: mit", []),
        ("license: other", ["OL404"]),
        ("library_name: x", ["OL401"]),
        ("license: gpl", ["OL402"]),
        ("license: lama3.1", ["OL405"]),
        # The divergence: front matter that does not parse was OL404 in audit, OL401 in check.
        ("license: [mit\nbase_model: x", ["OL401", "OL413"]),
        ("license: mit\nbase_model: 42", ["OL413"]),
        # a licence stated twice is no licence (neither value is used): never a pass on one of them
        ("license: mit\nlicense: apache-2.0", ["OL401", "OL413"]),
    ],
)
def test_audit_and_check_give_a_card_the_same_codes(tmp_path: Path, front: str, codes: list[str]) -> None:
    card = _card(tmp_path, "model", front)
    assert audit_card(str(card))["findings"] == codes
    assert _check_codes(tmp_path, "model") == codes


def test_a_licence_text_beside_an_unnamed_card_is_read_by_both(tmp_path: Path) -> None:
    text = require_shared() / "licenses" / "spdx" / "MIT.txt"
    card = _card(tmp_path, "model", "license: other", {"LICENSE": text.read_text(encoding="utf-8")})
    record = audit_card(str(card))
    assert record["findings"] == ["OL414"] and record["license_file"] == "LICENSE"
    assert _check_codes(tmp_path, "model") == ["OL414"]


def test_an_unreadable_card_states_no_licence(tmp_path: Path) -> None:
    """Before: a hard-coded ["OL413"]; the rules say what check says of a model whose card it cannot
    read: no licence (OL401) and card problems (OL413)."""
    directory = tmp_path / "model"
    directory.mkdir()
    (directory / "README.md").mkdir()  # a directory where the card should be
    record = audit_card(str(directory / "README.md"))
    assert record["findings"] == ["OL401", "OL413"]


def _audit(root: Path, *extra: str) -> dict[str, dict[str, object]]:
    proc = subprocess.run(
        [sys.executable, "-m", "openlint", "audit", str(root), "-j", "2", *extra],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return {r["id"]: r for r in map(json.loads, proc.stdout.splitlines())}


ORG_RULE = """code = "ACME001"
name = "no-copyleft"
severity = "error"
scope = "license"
summary = "s"
rationale = "r"
remediation = "x"
example = "e"
condition = 'has(license.family) && license.family == "copyleft"'
message = "{model.label}: copyleft"
"""


def test_an_organisations_own_rules_run_in_audit(tmp_path: Path) -> None:
    """Before: audit had no way to run them (its codes were Python). With --config, the config's rule
    directories load; rules marked `audit = true` run on every card, the others stay check-only."""
    cards = tmp_path / "cards"
    _card(cards, "org/copyleft", "license: gpl-3.0")
    _card(cards, "org/permissive", "license: mit")
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "ACME001-no-copyleft.toml").write_text(ORG_RULE + "audit = true\n", encoding="utf-8")
    (policies / "ACME002-check-only.toml").write_text(
        ORG_RULE.replace("ACME001", "ACME002").replace("no-copyleft", "check-only"), encoding="utf-8"
    )
    (tmp_path / "openlint.toml").write_text('rules = ["policies"]\n', encoding="utf-8")
    records = _audit(cards, "--config", str(tmp_path / "openlint.toml"))
    assert records["org/copyleft"]["findings"] == ["ACME001"]
    schema = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "audit-record.schema.json").read_text())
    jsonschema.validate(records["org/copyleft"], schema)  # an organisation's code is a valid rule code
    assert records["org/permissive"]["findings"] == []
    assert _audit(cards)["org/copyleft"]["findings"] == []  # without the config: the shipped rules only


def test_a_derivative_is_judged_under_the_licences_it_inherits(tmp_path: Path) -> None:
    """Before: audit judged only the card's own tag; check binds a derivative by `own AND upstream`, so an
    ambiguous base licence (OL402) and an unknown one (OL405) are the derivative's problems too, and a
    naming duty of a resolvable base stands beside an unknown one."""
    _card(tmp_path, "acme/rail-base", "license: openrail")
    _card(tmp_path, "acme/odd-base", "license: other\nlicense_name: acme-community-license")
    _card(tmp_path, "meta-llama/Llama-3.1-8B", "license: llama3.1")
    _card(tmp_path, "acme/rail-ft", "license: apache-2.0\nbase_model: acme/rail-base")
    merge = "license: apache-2.0\nbase_model:\n- acme/odd-base\n- meta-llama/Llama-3.1-8B\nbase_model_relation: merge"
    _card(tmp_path, "acme/odd-merge", merge)
    records = _audit(tmp_path)
    assert records["acme/rail-base"]["findings"] == ["OL402"]
    assert records["acme/rail-ft"]["findings"] == ["OL402"]
    assert records["acme/odd-merge"]["findings"] == ["OL108", "OL405", "OL408"]


def test_memoised_codes_equal_fresh_evaluations() -> None:
    """Cards sharing a licence situation share decisions, but a fact a rule reads (the derivative's name
    against a naming duty, the card's problems) always reaches the rule."""
    memo = load_card_rules()
    cases = [
        ("org/Llama-3.1-acme", "llama3.1", (), True),
        ("org/acme-chat", "llama3.1", (), True),
        ("org/llama-3-acme", "llama3.1", (), True),
        ("org/Llama-3.1-acme", "llama3.1", (), False),
        ("org/acme-chat", "llama3.1", ("base_model: not a name",), True),
        ("org/acme-chat", "mit", (), True),
        ("org/acme-chat", "mit", ("x",), False),
    ] * 2
    import openlint.audit.rules as audit_rules

    seen = []
    for card_id, tag, problems, derivative in cases:
        stated = StatedLicense(tag, tag)
        audit_rules.activate(memo)
        memoised = card_codes(card_id, card_id, stated, problems, None, derivative)
        audit_rules.activate(CardRules(load_rules([builtin_rule_dir()])))  # nothing memoised yet
        fresh = card_codes(card_id, card_id, stated, problems, None, derivative)
        assert memoised == fresh
        seen.append(memoised)
    assert seen[:7] == [[], ["OL108"], [], [], ["OL108", "OL413"], [], ["OL413"]]
    audit_rules.activate(load_card_rules())


def test_decisions_keyed_on_a_card_name_are_not_remembered() -> None:
    """A naming rule reads each card's name, which no other card has: remembering those decisions would
    only grow memory with the number of cards (to MEMO entries per table), never be hit."""
    import openlint.audit.rules as audit_rules

    rules = CardRules(load_rules([builtin_rule_dir()]))
    audit_rules.activate(rules)
    try:
        for n in range(300):
            for tag in ("llama3.1", "mit"):
                card_codes(f"org/acme-{n}", f"acme-{n}", StatedLicense(tag, tag), (), None, True)
        tables = (rules._inputs, rules._cards, rules._groups, rules._outcomes, rules._partials)
        sizes = [len(table) for table in tables]
        assert sum(sizes) < 100, sizes
        assert card_codes("org/acme-x", "acme-x", StatedLicense("llama3.1", "llama3.1"), (), None, True) == ["OL108"]
    finally:
        audit_rules.activate(load_card_rules())


def test_a_naming_condition_is_evaluated_once_per_card_and_licence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pass 2 decides OL108 for a card's codes, then again for its name_prefix_missing field (two naming
    licences: which duty fired is decided again), on the same values (the card's name, the prefix): the
    second is the first's outcome. The outcomes of name-reading expressions are kept NAMED_MEMO at most
    (one per card and licence: never hit by a later card)."""
    import openlint.audit.rules as audit_rules
    from openlint.audit.lineage_codes import lineage_codes
    from openlint.audit.lineage_pass import _unmet_names
    from openlint.sources.lineage import LineageFacts

    rules = CardRules(load_rules([builtin_rule_dir()]))
    audit_rules.activate(rules)
    evaluated: list[int] = []
    evaluate = audit_rules.evaluate

    def counted(program: object, data: object) -> object:
        evaluated.append(id(program))
        return evaluate(program, data)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_rules, "evaluate", counted)
    found = LineageFacts(("llama3.2",), (), (), (), (), ())
    try:
        cards = audit_rules.NAMED_MEMO // 2 + 10
        for n in range(cards):
            name = f"org/acme-{n}" if n % 2 else f"org/Llama-acme-{n}"
            codes = lineage_codes(name, name, "llama3.1", (), ("llama3.2",), (), (), ())
            unmet = _unmet_names(name, "llama3.1", found, codes)
            assert ("OL108" in codes) == bool(n % 2) == bool(unmet)  # fires on a name without the prefix
            assert len(unmet) == (2 if n % 2 else 0)
        naming = [program for program in evaluated if program in rules._reads_name]
        assert len(naming) == cards  # one per card: both duties ask for "Llama" (up to four before)
        assert 0 < len(rules._named_outcomes) <= audit_rules.NAMED_MEMO
    finally:
        audit_rules.activate(load_card_rules())
