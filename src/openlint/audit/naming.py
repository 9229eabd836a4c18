"""An audit record's `name_prefix_missing`: the naming duties a card's repository name breaks, as rule
OL108 decides them (openlint.checking.rule_decision.decide on the rule's own CEL), in both of the duty's
forms (a prefix, a name it must contain). The field and the card's OL108 code come from one decision."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from openlint.audit.card_codes import card_facts, release_use
from openlint.audit.rule_plan import Step, plan_for
from openlint.audit.rules import active
from openlint.checking.rule_decision import decide, stated_explanation
from openlint.errors import OpenlintError

if TYPE_CHECKING:
    from openlint.checking.rules import Rule
    from openlint.core.catalog import Catalog

NAMING_RULE = "OL108"


def unmet_names(
    card_id: str, queries: Iterable[str | None], catalog: Catalog | None = None, fired: bool = False
) -> list[str]:
    """ "name (license)" for each naming duty of these licences (the card's own and its upstream ones)
    that OL108 finds its repository name (the last part of its id) breaks: the name it must begin with
    or contain. A rule that fails to evaluate lists the duty too (an error is never a pass). `fired`: the
    card's codes hold OL108, so when one duty alone could have fired it (each licence resolved, to one
    alternative), that duty is the one, with no decision made again."""
    rules = active()
    rule = _naming_rule(rules.rules)
    if rule is None:
        return []
    unique = list(dict.fromkeys(q for q in queries if q))
    planned = [_steps(rule, query, catalog) if catalog is not None else _known_steps(rule, query) for query in unique]
    labels = {label for _, steps in planned for _, label in steps}
    if fired and len(labels) == 1 and all(certain for certain, _ in planned):
        return list(labels)
    use, declared = release_use(card_id, True)
    cel_use = {k: list(v) if isinstance(v, tuple) else v for k, v in use.items()}
    model: dict[str, Any] = {}
    out: list[str] = []
    for query, (_, steps) in zip(unique, planned, strict=True):
        for at, (step, label) in enumerate(steps):
            if step.reads_model and not model:
                from openlint.checking.model_facts import ModelFacts

                model = ModelFacts.build(card_facts(card_id, card_id, "model card", ())).cel()
            # Evaluated as the audit evaluates it: expressions that do not read the name memoised, and
            # (for a catalogued licence) replayed from the decisions of cards named otherwise.
            data = step.data(cel_use, model)
            if catalog is None:
                decision = rules._traces.decide(("unmet", query, at), rule, data, declared, step.obligation)
            else:
                decision = decide(rule, data, declared, step.obligation, rules._run)
            if decision.kind in ("fires", "error") and label not in out:
                out.append(label)
    return out


Planned = tuple[bool, tuple[tuple[Step, str], ...]]  # (resolved to one alternative, naming steps)
_PLANNED: dict[tuple[int, str], tuple[Rule, Planned]] = {}  # by the rule's identity (hashing a rule reads it whole)
_NAMING: dict[int, tuple[list[Rule], Rule | None]] = {}  # the naming rule of each rule list


def _naming_rule(rules: list[Rule]) -> Rule | None:
    found = _NAMING.get(id(rules))
    if found is None or found[0] is not rules:
        if len(_NAMING) >= 16:
            _NAMING.clear()
        found = _NAMING[id(rules)] = rules, next((r for r in rules if r.code == NAMING_RULE), None)
    return found[1]


def _known_steps(rule: Rule, query: str) -> Planned:
    """The naming steps of a licence the catalog knows, planned once per licence."""
    found = _PLANNED.get((id(rule), query))
    if found is None or found[0] is not rule:
        if len(_PLANNED) >= 1024:
            _PLANNED.clear()
        found = _PLANNED[(id(rule), query)] = rule, _steps(rule, query, None)
    return found[1]


def _steps(rule: Rule, query: str, catalog: Catalog | None) -> Planned:
    """The rule's applications to the naming duties of the licence's least restrictive alternative (the
    one a derivative would choose), each with its label."""
    try:
        expression = stated_explanation(query, catalog).expression
    except OpenlintError:
        return False, ()  # its terms are not known here (a licence read from a text, in pass 2)
    plan = plan_for([rule], (query, None), catalog)
    _, steps = min(plan.alternatives, key=lambda alt: alt[0])
    out = []
    for step in steps:
        ob = step.obligation
        if ob is not None and ob.kind == "naming":
            out.append((step, f"{ob.prefix or ob.contains} ({expression})"))
    return len(plan.alternatives) == 1, tuple(out)
