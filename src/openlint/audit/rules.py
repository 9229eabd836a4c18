"""`openlint audit`'s findings: the rules marked `audit = true` (the shipped ones, and those of the rule
directories a config names) run on every card through openlint.checking.rule_decision, the evaluation `check`
makes, never a copy of a rule in Python.

Each card is judged as `check` judges a model repository about to be published (openlint.checking.release): its
weights are distributed (`derivative-weights` under its repository name when it names base models).

A Hub-scale audit sees a handful of licence situations across hundreds of thousands of cards, so the
codes are memoised by the facts the rules read: per card (every field a rule that can apply reads), and,
when a card's facts are new (a name a naming rule compares), per rule application.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openlint.checking import rule_contract
from openlint.checking.model_facts import ModelFacts
from openlint.checking.rule_decision import alternatives_of, applications, decide
from openlint.checking.rules import Outcome, Rule, evaluate
from openlint.core.naming import name_key

if TYPE_CHECKING:
    from openlint.core.catalog import Catalog, LicenseEntry
    from openlint.core.obligations import Obligation
    from openlint.sources.license_text import LicenseText
    from openlint.sources.stated import StatedLicense

MEMO = 200_000  # memoised decisions kept (each a small tuple): memory stays flat on any number of cards
_ABSENT = object()
# What a card's decisions depend on besides the use and model facts the rules read.
Situation = tuple[str | None, str | None]  # (licence query, why there is none)
Scopes = frozenset[str]  # which rules run, by their scope
ALL_SCOPES: Scopes = frozenset({"model", "license", "obligation"})
# Facts card_codes and lineage_codes derive from a card's id and name (the rest from their other inputs).
_NAMED = frozenset({(True, "id"), (True, "label"), (False, "derivative_name"), (False, "derivative_name_key")})
OWN: Scopes = frozenset({"model"})  # the card itself (its lineage facts)
INHERITED: Scopes = frozenset({"license", "obligation"})  # the licences it inherits


def _frozen(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    return value


def _cel_map(values: Mapping[str, Any]) -> dict[str, Any]:
    """A map CEL accepts: sequences as lists."""
    return {name: list(value) if isinstance(value, tuple) else value for name, value in values.items()}


@lru_cache(maxsize=4)
def _release_use(derivative: bool) -> tuple[dict[str, Any], frozenset[str]]:
    """The `use` rules see for a published model repository (openlint.release.as_release), and the use
    keys it declares: its weights are distributed, as a derivative's when it names base models."""
    from openlint.checking.engine import use_context
    from openlint.core.config import UseProfile

    use = UseProfile(distribution=("derivative-weights",) if derivative else ("weights",))
    context = {name: _frozen(value) for name, value in use_context(use).items()}  # hashable, for the memo keys
    return context, frozenset({"distribution"})


def release_use(card_id: str, derivative: bool) -> tuple[dict[str, Any], frozenset[str]]:
    """The release `use` of one card: a derivative is published under its repository's name."""
    use, declared = _release_use(derivative)
    if not derivative:
        return use, declared
    name = card_id.rsplit("/", 1)[-1]
    # As use_context derives it from derivative-name (one name, so not built per card through pydantic).
    return {**use, "derivative_name": name, "derivative_name_key": name_key(name)}, declared | {"derivative-name"}


@dataclass(frozen=True)
class _Step:
    """One rule application that can fire on a licence situation, with its fixed CEL data."""

    rule: Rule
    obligation: Obligation | None
    fixed: dict[str, Any]  # the `license` and `obligation` variables (only the fields read, when known)
    reads: tuple[tuple[str, str], ...] | None  # the `use`/`model` fields its decision depends on; None: unknown
    where: tuple[int, int]  # (alternative, step): with the situation, what the decision memo is keyed on

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
class _Group:
    """Steps of one scope that read the same `use`/`model` fields: decided together, memoised together."""

    scope: str
    reads: tuple[tuple[bool, str], ...]  # (is `model`, field)
    steps: tuple[tuple[int, _Step], ...]  # (alternative, step)


@dataclass(frozen=True)
class _Plan:
    alternatives: tuple[tuple[int, tuple[_Step, ...]], ...]  # (restrictiveness, steps) per alternative
    groups: tuple[_Group, ...]
    # The (is `model`, field) pairs of `use` and `model` the steps of the rules of each selection of scopes read.
    reads: Mapping[Scopes, tuple[tuple[bool, str], ...]]
    opaque: bool = False  # some step's reads are unknown: nothing is memoised


class CardRules:
    """The audit rules and their memoised decisions; one per audit process (workers fork with it)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = [rule for rule in rules if rule.spec.audit]
        self._cards: dict[Any, tuple[str, ...]] = {}
        self._groups: dict[tuple[Any, ...], tuple[tuple[int, frozenset[str]], ...]] = {}
        self._inputs: dict[tuple[Any, ...], tuple[str, ...]] = {}  # card_codes/lineage_codes by their inputs
        self._outcomes: dict[tuple[Any, ...], Outcome] = {}
        self._program_reads: dict[int, tuple[tuple[str, str], ...] | None] = {}
        self._programs: list[Any] = []
        # Expressions compiled from rule files outside the shipped index carry no source: found by identity.
        self._sources = {
            id(program): source
            for rule in self.rules
            for program, source in (
                (rule.applies, rule.spec.applies),
                (rule.condition, rule.spec.condition),
                (rule.undecided, rule.spec.undecided),
            )
        }
        self._plans: dict[Situation, _Plan] = {}

    def warm(self) -> None:
        """Compile the rules' expressions now (before worker processes fork, so each need not)."""
        for rule in self.rules:
            for program in (rule.applies, rule.condition, rule.undecided):
                compile_now = getattr(program, "program", None)
                if compile_now is not None:
                    compile_now()

    def codes(
        self,
        situation: Situation,
        model: Mapping[str, Any],
        use: Mapping[str, Any],
        declared: frozenset[str],
        text_entry: LicenseEntry | None = None,
        scopes: Scopes = ALL_SCOPES,
    ) -> tuple[str, ...]:
        """The codes of the rules that fire (or fail to evaluate: an error is never a pass) on a card, in
        code order; undecided outcomes (a note in `check`) are not codes. `model`: the card's facts, named
        as ModelFacts' fields, sequences as tuples (the record rules see is built from them when a rule
        is evaluated, so a misspelt fact fails). `use`: likewise. `text_entry`: terms read from a licence
        text no catalog entry matches (the card's licence, not memoised). `scopes`: which rules run."""
        if text_entry is not None:
            from openlint.core.catalog import default_catalog

            plan = self._plan(situation, default_catalog().with_entry(text_entry))
            return self._evaluate(plan, model, use, declared, scopes, memo=None)
        plan = self._plans.get(situation) or self._plan(situation)
        if plan.opaque:
            return self._evaluate(plan, model, use, declared, scopes, memo=None)
        key = [situation, scopes, declared]
        for is_model, name in plan.reads[scopes]:
            value = (model if is_model else use).get(name, _ABSENT)
            key.append(_frozen(value) if value.__class__ in (list, dict) else value)
        found = self._cards.get(hashed := tuple(key))
        if found is None:
            found = self._evaluate(plan, model, use, declared, scopes, memo=situation)
            if len(self._cards) >= MEMO:
                self._cards.clear()
            self._cards[hashed] = found
        return found

    def reads_name(self, situation: Situation, scopes: Scopes) -> bool:
        """Whether the rules that can apply under a licence read a fact derived from the card's name or
        id (a naming rule compares the repository name): else cards differing only in name share codes."""
        plan = self._plans.get(situation) or self._plan(situation)
        return plan.opaque or any(read in _NAMED for read in plan.reads[scopes])

    def remembered(self, fingerprint: tuple[Any, ...]) -> tuple[str, ...] | None:
        return self._inputs.get(fingerprint)

    def remember(self, fingerprint: tuple[Any, ...], codes: Iterable[str]) -> list[str]:
        if len(self._inputs) >= MEMO:
            self._inputs.clear()
        self._inputs[fingerprint] = found = tuple(codes)
        return list(found)

    def _plan(self, situation: Situation, catalog: Catalog | None = None) -> _Plan:
        """The rule applications that can fire on a licence situation. An obligation-scoped rule whose
        `applies` reads only the licence and obligation and is false is left out: a naming rule reads the
        card's name only under a licence with a naming duty, so the other cards share their decisions."""
        from openlint.checking.engine import license_context, obligation_context

        alternatives, _ = alternatives_of(*situation, catalog)
        planned: list[tuple[int, tuple[_Step, ...]]] = []
        reads_by_scope: dict[str, set[tuple[bool, str]]] = {"model": set(), "license": set(), "obligation": set()}
        opaque = False  # a rule reads a variable whole: its decisions cannot be keyed on fields
        for number, alt in enumerate(alternatives):
            steps: list[_Step] = []
            for rule, lic, ob in applications(self.rules, alt.licenses):
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
                steps.append(_Step(rule, ob, fixed, varying, (number, len(steps))))
            planned.append((alt.restrictiveness, tuple(steps)))
        selections = {
            scopes: tuple(sorted(set().union(*(reads_by_scope[scope] for scope in scopes))))
            for scopes in (ALL_SCOPES, OWN, INHERITED)
        }
        grouped: dict[tuple[str, tuple[tuple[str, str], ...] | None], list[tuple[int, _Step]]] = {}
        for number, (_, steps_of) in enumerate(planned):
            for step in steps_of:
                grouped.setdefault((step.rule.spec.scope, step.reads), []).append((number, step))
        groups = tuple(
            _Group(scope, tuple((var == "model", name) for var, name in reads or ()), tuple(members))
            for (scope, reads), members in grouped.items()
        )
        plan = _Plan(tuple(planned), groups, selections, opaque)
        if catalog is None:
            self._plans[situation] = plan
        return plan

    def _evaluate(
        self,
        plan: _Plan,
        model: Mapping[str, Any],
        use: Mapping[str, Any],
        declared: frozenset[str],
        scopes: Scopes,
        memo: Situation | None,
    ) -> tuple[str, ...]:
        """The least blocked alternative's codes (fewest errors, then least restrictive), as `check` chooses.
        With `memo`, each group of steps is memoised by the values of the fields it reads, so a card whose
        name is new re-decides only the steps that read the name."""
        count = len(plan.alternatives)
        errors = [0] * count
        fired: list[set[str]] = [set() for _ in range(count)]
        seen: list[dict[str, Any]] = []  # the CEL `model` and `use`, built when a rule first needs them
        for index, group in enumerate(plan.groups):
            if group.scope not in scopes:
                continue
            result: tuple[tuple[int, frozenset[str]], ...] | None = None
            hashed: tuple[Any, ...] | None = None
            if memo is not None:
                key = [memo, index, declared]
                for is_model, name in group.reads:
                    value = (model if is_model else use).get(name, _ABSENT)
                    key.append(_frozen(value) if value.__class__ in (list, dict) else value)
                hashed = tuple(key)
                result = self._groups.get(hashed)
            if result is None:
                result = self._decide_group(group, count, model, use, declared, seen, memo is not None)
                if hashed is not None:
                    if len(self._groups) >= MEMO:
                        self._groups.clear()
                    self._groups[hashed] = result
            for number, (errs, codes) in enumerate(result):
                errors[number] += errs
                fired[number] |= codes
        best = min(range(count), key=lambda n: (errors[n], plan.alternatives[n][0], n), default=None)
        return () if best is None else tuple(sorted(fired[best]))

    def _decide_group(
        self,
        group: _Group,
        count: int,
        model: Mapping[str, Any],
        use: Mapping[str, Any],
        declared: frozenset[str],
        seen: list[dict[str, Any]],
        memo: bool,
    ) -> tuple[tuple[int, frozenset[str]], ...]:
        """(errors, codes) per alternative of a group's steps."""
        errors = [0] * count
        fired: list[set[str]] = [set() for _ in range(count)]
        for number, step in group.steps:
            if not seen:
                seen += [{}, _cel_map(use)]
            if step.reads_model and not seen[0]:  # the record rules see, built once a rule reads it
                seen[0] = ModelFacts.build(model).cel()
            data = step.data(seen[1], seen[0])
            if memo and step.reads is not None:
                decision = decide(step.rule, data, declared, step.obligation, self._run)
            else:
                decision = decide(step.rule, data, declared, step.obligation)
            if decision.kind in ("fires", "error"):
                fired[number].add(step.rule.code)
                errors[number] += decision.kind == "error" or step.rule.spec.severity == "error"
        return tuple((errors[n], frozenset(fired[n])) for n in range(count))

    def _run(self, program: Any, data: Mapping[str, Any]) -> Outcome:
        """One expression's outcome, memoised by the values of the fields it reads (a card whose name is
        new re-evaluates only the expressions that read the name)."""
        reads = self._program_reads.get(id(program), _UNKNOWN)
        if reads is _UNKNOWN:
            source = getattr(program, "source", None) or self._sources.get(id(program))
            reads = _source_reads(source) if source is not None else None
            self._program_reads[id(program)] = reads
            self._programs.append(program)  # keeps id(program) from being reused while memoised
        if reads is None:
            return evaluate(program, data)
        key = [id(program)]
        for variable, name in reads:
            value = data[variable].get(name, _ABSENT)
            if value.__class__ is list:
                value = tuple(value)  # strings, as CEL lists here are; anything else is frozen below
            key.append(value)
        try:
            hashed = tuple(key)
            found = self._outcomes.get(hashed)
        except TypeError:  # a nested list or map
            hashed = tuple(_frozen(v) for v in key)
            found = self._outcomes.get(hashed)
        if found is None:
            found = evaluate(program, data)
            if len(self._outcomes) >= MEMO:
                self._outcomes.clear()
            self._outcomes[hashed] = found
        return found


_UNKNOWN: Any = object()


@lru_cache(maxsize=4096)
def _source_reads(source: str) -> tuple[tuple[str, str], ...] | None:
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


_active: CardRules | None = None


def activate(rules: CardRules) -> None:
    """The rules this process's audit runs (worker processes fork with them)."""
    global _active
    rules.warm()
    _active = rules


def active() -> CardRules:
    """The rules set by `activate`, else the shipped ones."""
    global _active
    if _active is None:
        _active = load_card_rules()
    return _active


def load_card_rules(rule_dirs: Sequence[Path] = ()) -> CardRules:
    """The shipped rules and those of `rule_dirs` (a config's `rules = [...]`), for an audit."""
    from openlint.checking.rules import builtin_rule_dir, load_rules

    return CardRules(load_rules([builtin_rule_dir(), *rule_dirs]))


def card_codes(
    card_id: str,
    label: str,
    stated: StatedLicense,
    card_problems: Sequence[str],
    text: LicenseText | None,
    derivative: bool,
) -> list[str]:
    """Pass 1: the codes of one card from its own facts, as `check` reads them (openlint.sources.models): the
    licence it states, or the licence text beside it when it states none it can use."""
    rules = active()
    fingerprint: tuple[Any, ...] | None = None
    if text is not None:
        situation: Situation = (text.query, None)
        note: str | None = f"the card names no license openlint can use; its terms were read from {text.path.name}"
    else:
        situation, note = (stated.query, stated.problem), None
        # The facts below are a function of these inputs: a card like one seen before has its codes.
        named = rules.reads_name(situation, ALL_SCOPES)
        fingerprint = ("card", situation, derivative, tuple(card_problems), *((card_id, label) if named else ()))
        found = rules.remembered(fingerprint)
        if found is not None:
            return list(found)
    facts: dict[str, Any] = {
        "id": card_id,
        "path": "",
        "label": label,
        "license_origin": "LICENSE text" if text is not None else "model card",
        "discovered": False,
        "undeclared": False,
    }
    if text is None and stated.problem is not None:
        facts["problem"] = stated.problem
    if card_problems:
        facts["card_problems"] = tuple(card_problems)
    if note is not None:
        facts["license_note"] = note
    use, declared = release_use(card_id, derivative)
    if text is not None:
        return list(rules.codes(situation, facts, use, declared, text.entry))
    assert fingerprint is not None
    return rules.remember(fingerprint, rules.codes(situation, facts, use, declared))


def lineage_codes(
    card_id: str,
    label: str,
    own: str | None,
    card_problems: Sequence[str],
    upstream: Sequence[str],
    drift: Sequence[str],
    unresolved: Sequence[str],
    conflicts: Sequence[str],
) -> list[str]:
    """Pass 2: the codes a card's lineage adds. Model-scoped rules see its lineage facts; licence- and
    obligation-scoped rules the licences it inherits from its base models (its own were judged in pass 1):
    a derivative is bound by its own licence and its bases', as `check` binds it."""
    rules = active()
    inherited = tuple(dict.fromkeys(upstream))
    named = rules.reads_name((own, None), OWN) or any(rules.reads_name((q, None), INHERITED) for q in inherited)
    fingerprint = (
        "lineage",
        own,
        tuple(upstream),
        *(tuple(x) for x in (drift, unresolved, conflicts, card_problems)),
        *((card_id, label) if named else ()),
    )
    found = rules.remembered(fingerprint)
    if found is not None:
        return list(found)
    facts: dict[str, Any] = {
        "id": card_id,
        "path": "",
        "label": label,
        "license_origin": "model card + base model licenses" if upstream else "model card",
        "discovered": False,
        "undeclared": False,
        "drift": tuple(drift),
        "merge_conflicts": tuple(conflicts),
        "unresolved_bases": tuple(unresolved),
    }
    if card_problems:
        facts["card_problems"] = tuple(card_problems)
    if upstream:
        facts["upstream_licenses"] = tuple(upstream)
        facts["declared_license"] = own or "no license"
    use, declared = release_use(card_id, True)
    codes = set(rules.codes((own, None), facts, use, declared, scopes=OWN))
    # Each inherited licence on its own: one licence openlint cannot resolve leaves the others' duties
    # (a naming rule) standing, where resolving `a AND b` as one would lose them all.
    for query in inherited:
        codes.update(rules.codes((query, None), facts, use, declared, scopes=INHERITED))
    return rules.remember(fingerprint, sorted(codes))
