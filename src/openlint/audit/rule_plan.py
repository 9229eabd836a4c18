"""The audit rules' applications under one licence situation, and which facts each one reads: what
openlint.audit.rules memoises decisions by (a naming rule reads the card's name only under a licence
with a naming duty, so the other cards share their decisions)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from openlint.checking import rule_contract
from openlint.checking.blockers import blocker
from openlint.checking.rule_decision import alternatives_of, applications
from openlint.checking.rules import Rule

if TYPE_CHECKING:
    from openlint.core.catalog import Catalog
    from openlint.core.obligations import Obligation

# What a card's decisions depend on besides the use and model facts the rules read.
Situation = tuple[str | None, str | None]  # (licence query, why there is none)
Scopes = frozenset[str]  # which rules run, by their scope
ALL_SCOPES: Scopes = frozenset({"model", "license", "obligation"})
OWN: Scopes = frozenset({"model"})  # the card itself (its lineage facts)
INHERITED: Scopes = frozenset({"license", "obligation"})  # the licences it inherits
# Facts card_codes and lineage_codes derive from a card's id and name (the rest from their other inputs).
NAMED = frozenset({(True, "id"), (True, "label"), (False, "derivative_name"), (False, "derivative_name_key")})


@dataclass(frozen=True)
class Step:
    """One rule application that can fire on a licence situation, with its fixed CEL data."""

    rule: Rule
    obligation: Obligation | None
    fixed: dict[str, Any]  # the `license` and `obligation` variables (only the fields read, when known)
    reads: tuple[tuple[str, str], ...] | None  # the `use`/`model` fields its decision depends on; None: unknown
    where: tuple[int, int]  # (alternative, step): with the situation, what the decision memo is keyed on
    blocker: Hashable = None  # the blocker an error of it is (checking.blockers): what ranks alternatives

    @property
    def reads_model(self) -> bool:
        return self.reads is None or any(variable == "model" for variable, _ in self.reads)

    def data(self, use: Mapping[str, Any], model: Mapping[str, Any]) -> dict[str, Any]:
        """The CEL variables, holding only the fields the step reads: CEL converts every value it is
        given, so a smaller activation is a faster evaluation. `use` and `model` are CEL maps."""
        if self.reads is None:
            return {"use": use, "model": model, **self.fixed}
        pruned: dict[str, dict[str, Any]] = {"use": {}, "model": {}}
        for variable, name in self.reads:
            source = use if variable == "use" else model
            if name in source:
                pruned[variable][name] = source[name]
        return {**pruned, **self.fixed}


@dataclass(frozen=True)
class Group:
    """Steps of one scope that read the same `use`/`model` fields: decided together, memoised together."""

    scope: str
    reads: tuple[tuple[bool, str], ...]  # (is `model`, field)
    steps: tuple[tuple[int, Step], ...]  # (alternative, step)
    named: bool = False  # reads a fact derived from the card's name or id: no other card shares its decisions


@dataclass(frozen=True)
class Plan:
    alternatives: tuple[tuple[int, tuple[Step, ...]], ...]  # (restrictiveness, steps) per alternative
    groups: tuple[Group, ...]
    # The (is `model`, field) pairs of `use` and `model` the steps of the rules of each selection of scopes read.
    reads: Mapping[Scopes, tuple[tuple[bool, str], ...]]
    unnamed: Mapping[Scopes, tuple[tuple[bool, str], ...]]  # the same but the facts derived from a card's name
    opaque: bool = False  # some step's reads are unknown: nothing is memoised


def plan_for(rules: Sequence[Rule], situation: Situation, catalog: Catalog | None = None) -> Plan:
    """The rule applications that can fire on a licence situation. An obligation-scoped rule whose
    `applies` reads only the licence and obligation and is false is left out: a naming rule reads the
    card's name only under a licence with a naming duty, so the other cards share their decisions."""
    from openlint.checking.engine import license_context, obligation_context

    alternatives, _ = alternatives_of(*situation, catalog)
    planned: list[tuple[int, tuple[Step, ...]]] = []
    reads_by_scope: dict[str, set[tuple[bool, str]]] = {"model": set(), "license": set(), "obligation": set()}
    opaque = False  # a rule reads a variable whole: its decisions cannot be keyed on fields
    for number, alt in enumerate(alternatives):
        steps: list[Step] = []
        for rule, lic, ob in applications(rules, alt.licenses):
            fixed = {
                "license": license_context(lic),
                "obligation": obligation_context(ob, {}) if ob is not None else {},
            }
            if ob is not None and not _may_apply(rule, fixed):
                continue
            reads = _reads(rule, ob)
            if reads is not None:
                fixed = {var: {k: v for k, v in fixed[var].items() if (var, k) in reads} for var in fixed}
                varying = tuple(sorted(ref for ref in reads if ref[0] in ("use", "model")))
                reads_by_scope[rule.spec.scope].update((var == "model", name) for var, name in varying)
            else:
                varying = None
                opaque = True
            where = (number, len(steps))
            steps.append(Step(rule, ob, fixed, varying, where, blocker(rule.code, lic.id, ob, where)))
        planned.append((alt.restrictiveness, tuple(steps)))
    selections = {
        scopes: tuple(sorted(set().union(*(reads_by_scope[scope] for scope in scopes))))
        for scopes in (ALL_SCOPES, OWN, INHERITED)
    }
    grouped: dict[tuple[str, tuple[tuple[str, str], ...] | None], list[tuple[int, Step]]] = {}
    for number, (_, steps_of) in enumerate(planned):
        for step in steps_of:
            grouped.setdefault((step.rule.spec.scope, step.reads), []).append((number, step))
    groups = tuple(
        Group(scope, fields, tuple(members), any(read in NAMED for read in fields))
        for (scope, reads), members in grouped.items()
        for fields in [tuple((var == "model", name) for var, name in reads or ())]
    )
    unnamed = {scopes: tuple(read for read in reads if read not in NAMED) for scopes, reads in selections.items()}
    return Plan(tuple(planned), groups, selections, unnamed, opaque)


@lru_cache(maxsize=4096)
def source_reads(source: str) -> tuple[tuple[str, str], ...] | None:
    if rule_contract.reads_whole_variable(source):
        return None
    return tuple(sorted((ref.split(".", 1)[0], ref.split(".", 1)[1]) for ref in rule_contract.reads((source,))))


def _may_apply(rule: Rule, fixed: Mapping[str, Any]) -> bool:
    """False only when the rule's `applies` reads nothing but the licence and obligation, and is false."""
    if any(not ref.startswith(("license.", "obligation.")) for ref in rule_contract.reads((rule.spec.applies,))):
        return True
    from openlint.checking.rules import evaluate

    outcome = evaluate(rule.applies, {"use": {}, "model": {}, **fixed})
    return outcome.value is not False or outcome.error is not None


def _reads(rule: Rule, ob: Obligation | None) -> frozenset[tuple[str, str]] | None:
    return _reads_of(rule.spec.applies, rule.spec.condition, rule.spec.undecided, ob.conditions if ob else None)


@lru_cache(maxsize=4096)
def _reads_of(
    applies: str, condition: str, undecided: str, conditions: tuple[str, ...] | None
) -> frozenset[tuple[str, str]] | None:
    """The (variable, field) pairs a rule application's decision depends on: its expressions (not its
    messages: audit records codes) and its obligation's scope conditions; None when an expression reads a
    variable whole."""
    from openlint.core.vocabulary import conditions as catalog

    table = catalog()
    sources = [applies, condition, undecided]
    for name in conditions or ():
        if name in table:
            sources += [table[name].holds, table[name].undecided]
    if any(rule_contract.reads_whole_variable(source) for source in sources):
        return None
    refs = rule_contract.reads(tuple(sources))
    return frozenset((ref.split(".", 1)[0], ref.split(".", 1)[1]) for ref in refs)
