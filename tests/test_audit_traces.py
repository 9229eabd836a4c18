"""The decisions of rule applications that read a card's name are replayed from a tree of the outcomes
earlier cards' decisions met (openlint.audit.traces): a card whose name-reading expressions give an outcome
met before is decided without `decide`, any other outcome by `decide`, and the codes are always those a
fresh evaluation gives."""

from __future__ import annotations

from typing import Any

import pytest

import openlint.audit.rules as audit_rules
from openlint.audit import traces
from openlint.audit.card_codes import card_codes
from openlint.audit.rules import CardRules, load_card_rules
from openlint.checking.rule_decision import FIRES, PASS
from openlint.checking.rules import Outcome, builtin_rule_dir, load_rules
from openlint.sources.stated import StatedLicense


@pytest.fixture
def decisions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The rule codes `decide` is called for through the trees."""
    calls: list[str] = []
    real = traces.decide

    def counted(rule: Any, *args: Any) -> Any:
        calls.append(rule.code)
        return real(rule, *args)

    monkeypatch.setattr(traces, "decide", counted)
    return calls


def _codes(rules: CardRules, card_id: str, tag: str = "llama3.1", derivative: bool = True) -> list[str]:
    audit_rules.activate(rules)
    try:
        return card_codes(card_id, card_id.split("/")[-1], StatedLicense(tag, tag), (), None, derivative)
    finally:
        audit_rules.activate(load_card_rules())


def test_names_with_outcomes_met_before_are_decided_without_decide(decisions: list[str]) -> None:
    rules = CardRules(load_rules([builtin_rule_dir()]))
    names = [f"org/acme-{n}" if n % 2 else f"org/Llama-acme-{n}" for n in range(60)]
    got = [_codes(rules, name) for name in names]
    # One decision per outcome of the name-reading condition (the name has the prefix, or not), not per card.
    assert decisions == ["OL108", "OL108"]
    assert len(rules._traces._trees) == 1
    assert got == [[] if n % 2 == 0 else ["OL108"] for n in range(60)]
    fresh = [_codes(CardRules(load_rules([builtin_rule_dir()])), name) for name in names[:6]]
    assert got[:6] == fresh


def test_an_outcome_not_met_before_is_decided_and_added(decisions: list[str]) -> None:
    rules = CardRules(load_rules([builtin_rule_dir()]))
    for n in range(5):
        assert _codes(rules, f"org/acme-{n}") == ["OL108"]
    assert decisions == ["OL108"]
    assert _codes(rules, "org/Llama-acme") == []  # the prefix: the other branch, decided now
    assert decisions == ["OL108", "OL108"]
    assert _codes(rules, "org/Llama-other") == [] and _codes(rules, "org/acme-9") == ["OL108"]
    assert decisions == ["OL108", "OL108"]


def test_a_tree_is_per_key_everything_but_the_name() -> None:
    rules = CardRules(load_rules([builtin_rule_dir()]))
    for tag in ("llama3.1", "llama3", "llama3.2"):
        for n in range(3):
            _codes(rules, f"org/acme-{n}", tag)
    assert len(rules._traces._trees) == 3
    assert _codes(rules, "org/Llama-3-acme", "llama3") == []
    assert _codes(rules, "org/Llama-acme", "llama3") == ["OL108"]  # Llama 3 requires "Llama 3"


def test_a_path_the_tree_does_not_hold_is_left_as_it_is() -> None:
    first, other = object(), object()
    tree = traces.Traces(lambda expression, data: Outcome(True), lambda expression: True)
    tree._add("k", [(first, Outcome(True)), (other, Outcome(False))], FIRES)
    tree._add("k", [(other, Outcome(True))], PASS)  # starts elsewhere: not added
    tree._add("k", [], PASS)  # nothing evaluated: nothing to add
    assert tree._trees == {"k": [first, {Outcome(True): [other, {Outcome(False): FIRES}]}]}


def test_trees_are_forgotten_at_once_past_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(traces, "MAX_TREES", 2)
    tree = traces.Traces(lambda expression, data: Outcome(True), lambda expression: True)
    for key in range(3):
        tree._add(key, [(object(), Outcome(True))], PASS)
    assert list(tree._trees) == [2]


def test_naming_duties_of_an_audit_record_are_replayed_too(
    decisions: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from openlint.audit import naming
    from openlint.audit.naming import unmet_names

    def direct(rule: Any, *args: Any) -> Any:  # a decision made without the trees counts as one too
        decisions.append(rule.code)
        return traces.decide(rule, *args)

    monkeypatch.setattr(naming, "decide", direct)
    rules = CardRules(load_rules([builtin_rule_dir()]))
    audit_rules.activate(rules)
    try:
        names = ["org/acme", "org/Llama-acme", "org/Llama-3-acme"] * 10
        got = [unmet_names(name, ("llama3", "llama3.1"), fired=True) for name in names]
    finally:
        audit_rules.activate(load_card_rules())
    assert got[:3] == [["Llama 3 (llama3)", "Llama (llama3.1)"], ["Llama 3 (llama3)"], []]
    assert got == got[:3] * 10
    assert len(decisions) <= 4  # two duties, each with two outcomes met: not two decisions per card


def test_an_expression_keeps_a_bounded_number_of_outcomes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(traces, "MAX_BRANCHES", 3)
    first = object()
    tree = traces.Traces(lambda expression, data: Outcome(True), lambda expression: True)
    for n in range(6):  # an error naming each card: a new outcome every time
        tree._add("k", [(first, Outcome(None, f"card {n}"))], PASS)
    assert tree._trees["k"] == [first, {Outcome(None, f"card {n}"): PASS for n in range(3)}]
