"""Decisions of rule applications that read a card's name (a naming rule compares the repository name
with the prefix a licence requires), replayed from what earlier cards' decisions evaluated.

`decide` (openlint.checking.rule_decision) is a function of the rule, the obligation, the declared use
keys and the outcomes of the expressions it evaluates, in the order it evaluates them. Under one key
(everything the rules read but the name, and the application) an expression that does not read the name
has one outcome; one that reads it is evaluated again. So the decisions made under a key form a tree:
each node an expression, each branch one of its outcomes, each leaf a decision. A card whose name-reading
expressions give outcomes met before is decided by walking the tree, evaluating only those; any other
outcome is decided by `decide` itself, and its path added to the tree.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from openlint.checking.rule_decision import Decision, decide
from openlint.checking.rules import Outcome

Run = Callable[[Any, Mapping[str, Any]], Outcome]
Node = list[Any]  # [expression, {outcome: Node | Decision}]
MAX_BRANCHES = 16  # outcomes kept per expression (an error message naming each card would be one per card)
MAX_TREES = 4096  # trees kept (each a few nodes, ~1 KB; a key is a licence situation, not a card): flat memory


class Traces:
    """Decision trees by key. `run` evaluates an expression (memoised when it does not read the
    name); `varies(expression)`: whether its outcome can differ under one key (it reads the name)."""

    def __init__(self, run: Run, varies: Callable[[Any], bool]) -> None:
        self._run = run
        self._varies = varies
        self._trees: dict[Hashable, Node | Decision] = {}

    def decide(
        self, key: Hashable, rule: Any, data: Mapping[str, Any], declared: frozenset[str], obligation: Any
    ) -> Decision:
        """What `decide(rule, data, declared, obligation, run)` gives, with `key` standing for everything
        but the outcomes of the expressions that read the name."""
        node = self._trees.get(key)
        while isinstance(node, list):
            expression, branches = node
            if len(branches) == 1 and not self._varies(expression):
                node = next(iter(branches.values()))
            else:
                node = branches.get(self._run(expression, data))
        if isinstance(node, Decision):
            return node
        trace: list[tuple[Any, Outcome]] = []

        def recorded(expression: Any, values: Mapping[str, Any]) -> Outcome:
            outcome = self._run(expression, values)
            trace.append((expression, outcome))
            return outcome

        decision = decide(rule, data, declared, obligation, recorded)
        self._add(key, trace, decision)
        return decision

    def _add(self, key: Hashable, trace: list[tuple[Any, Outcome]], decision: Decision) -> None:
        if not trace:
            return
        root = self._trees.get(key)
        if root is None:
            if len(self._trees) >= MAX_TREES:
                self._trees.clear()
            root = self._trees[key] = [trace[0][0], {}]
        node = root
        for at, (expression, outcome) in enumerate(trace):
            if not isinstance(node, list) or node[0] is not expression:
                return  # not the path this tree holds (never expected): left as it is
            branches = node[1]
            if outcome not in branches and len(branches) >= MAX_BRANCHES:
                return  # decided by `decide` each time it is met
            if at == len(trace) - 1:
                branches.setdefault(outcome, decision)
                return
            node = branches.setdefault(outcome, [trace[at + 1][0], {}])
