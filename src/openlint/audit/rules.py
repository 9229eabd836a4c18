"""`openlint audit`'s findings: the rules marked `audit = true` (the shipped ones, and those of the rule
directories a config names) run on every card through openlint.checking.rule_decision, the evaluation `check`
makes, never a copy of a rule in Python. Which facts each rule application reads: openlint.audit.rule_plan;
the facts of a card (pass 1) and of its lineage (pass 2): openlint.audit.card_codes and .lineage_codes.

A Hub-scale audit sees a handful of licence situations across hundreds of thousands of cards, so the
codes are memoised by the facts the rules read: per card (every field a rule that can apply reads), and,
when a card's facts are new (a name a naming rule compares), per rule application.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openlint.audit.rule_plan import ALL_SCOPES, NAMED, Group, Plan, Scopes, Situation, Step, plan_for, source_reads
from openlint.audit.traces import Traces
from openlint.checking.model_facts import ModelFacts
from openlint.checking.rule_decision import decide
from openlint.checking.rules import Outcome, Rule, evaluate

if TYPE_CHECKING:
    from openlint.core.catalog import Catalog, LicenseEntry

MEMO = 200_000  # memoised decisions kept (each a small tuple): memory stays flat on any number of cards
# Outcomes of expressions that read a card's name, kept briefly: a card's own licence and the same licence
# inherited from its base, and OL108's field beside its code, evaluate one on the same values in a row.
NAMED_MEMO = 256
_ABSENT = object()
_UNKNOWN: Any = object()
_VARYING = ("use", "model")


def frozen(value: Any) -> Any:
    """A value as a memo key: lists and mappings as tuples."""
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), frozen(v)) for k, v in value.items()))
    return value


def _cel_map(values: Mapping[str, Any]) -> dict[str, Any]:
    """A map CEL accepts: sequences as lists."""
    return {name: list(value) if isinstance(value, tuple) else value for name, value in values.items()}


class CardRules:
    """The audit rules and their memoised decisions; one per audit process (workers fork with it)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = [rule for rule in rules if rule.spec.audit]
        self._cards: dict[Any, tuple[str, ...]] = {}
        self._groups: dict[tuple[Any, ...], tuple[tuple[frozenset[Hashable], frozenset[str]], ...]] = {}
        self._inputs: dict[tuple[Any, ...], tuple[str, ...]] = {}  # card_codes/lineage_codes by their inputs
        self._outcomes: dict[tuple[Any, ...], Outcome] = {}
        self._named_outcomes: dict[tuple[Any, ...], Outcome] = {}  # of name-reading expressions (NAMED_MEMO)
        self._partials: dict[tuple[Any, ...], tuple[tuple[frozenset[Hashable], ...], tuple[frozenset[str], ...]]] = {}
        self._program_reads: dict[int, tuple[tuple[str, str], ...] | None] = {}
        self._reads_name: set[int] = set()  # expressions whose reads include the card's name or id
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
        # Decisions of the steps that read a card's name, by everything else they depend on.
        self._traces = Traces(self._run, self._varies)
        self._plans: dict[Situation, Plan] = {}
        self._named: dict[tuple[Situation, Scopes], bool] = {}  # reads_name, per licence situation

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
        named = self.reads_name(situation, scopes)
        key = [situation, scopes, declared]
        # Keyed on every field the rules read but the card's name: no other card has it. With a naming
        # rule, the decisions that do not read the name are remembered together, the others made per card.
        for is_model, name in plan.unnamed[scopes] if named else plan.reads[scopes]:
            value = (model if is_model else use).get(name, _ABSENT)
            key.append(frozen(value) if value.__class__ in (list, dict) else value)
        hashed = tuple(key)
        if named:
            return self._named_codes(plan, hashed, model, use, declared, scopes, situation)
        found = self._cards.get(hashed)
        if found is None:
            found = self._evaluate(plan, model, use, declared, scopes, memo=situation)
            if len(self._cards) >= MEMO:
                self._cards.clear()
            self._cards[hashed] = found
        return found

    def _named_codes(
        self,
        plan: Plan,
        hashed: tuple[Any, ...],
        model: Mapping[str, Any],
        use: Mapping[str, Any],
        declared: frozenset[str],
        scopes: Scopes,
        situation: Situation,
    ) -> tuple[str, ...]:
        """The codes of a card under rules some of which read its name: the other groups' tally is
        remembered by `hashed` (every other field the rules read), the name-reading groups decided now."""
        seen: list[dict[str, Any]] = []
        partial = self._partials.get(hashed)
        if partial is None:
            unnamed = [(index, group) for index, group in enumerate(plan.groups) if not group.named]
            partial = self._tally(plan, unnamed, model, use, declared, scopes, situation, seen)
            if len(self._partials) >= MEMO:
                self._partials.clear()
            self._partials[hashed] = partial
        errors, fired = [set(errs) for errs in partial[0]], [set(codes) for codes in partial[1]]
        for index, group in enumerate(plan.groups):
            if group.named and group.scope in scopes:
                for at, (number, step) in enumerate(group.steps):
                    if not seen:
                        seen += [{}, _cel_map(use)]
                    if step.reads_model and not seen[0]:
                        seen[0] = ModelFacts.build(model).cel()
                    data = step.data(seen[1], seen[0])
                    decision = self._traces.decide((hashed, index, at), step.rule, data, declared, step.obligation)
                    if decision.kind in ("fires", "error"):
                        fired[number].add(step.rule.code)
                        if decision.kind == "error" or step.rule.spec.severity == "error":
                            errors[number].add(_blocker(step, decision.kind))
        return _best(plan, errors, fired)

    def reads_name(self, situation: Situation, scopes: Scopes) -> bool:
        """Whether the rules that can apply under a licence read a fact derived from the card's name or
        id (a naming rule compares the repository name): else cards differing only in name share codes."""
        known = self._named.get((situation, scopes))
        if known is None:
            plan = self._plans.get(situation) or self._plan(situation)
            known = self._named[(situation, scopes)] = plan.opaque or any(read in NAMED for read in plan.reads[scopes])
        return known

    def remembered(self, fingerprint: tuple[Any, ...]) -> tuple[str, ...] | None:
        return self._inputs.get(fingerprint)

    def remember(self, fingerprint: tuple[Any, ...], codes: Iterable[str]) -> list[str]:
        if len(self._inputs) >= MEMO:
            self._inputs.clear()
        self._inputs[fingerprint] = found = tuple(codes)
        return list(found)

    def _plan(self, situation: Situation, catalog: Catalog | None = None) -> Plan:
        made = plan_for(self.rules, situation, catalog)
        if catalog is None:  # a catalog with a licence text's terms is the card's own
            self._plans[situation] = made
        return made

    def _evaluate(
        self,
        plan: Plan,
        model: Mapping[str, Any],
        use: Mapping[str, Any],
        declared: frozenset[str],
        scopes: Scopes,
        memo: Situation | None,
    ) -> tuple[str, ...]:
        """The least blocked alternative's codes (fewest errors, then least restrictive), as `check` chooses.
        With `memo`, each group of steps is memoised by the values of the fields it reads, so a card whose
        name is new re-decides only the steps that read the name."""
        errors, fired = self._tally(plan, enumerate(plan.groups), model, use, declared, scopes, memo, [])
        return _best(plan, [set(errs) for errs in errors], [set(codes) for codes in fired])

    def _tally(
        self,
        plan: Plan,
        groups: Iterable[tuple[int, Group]],
        model: Mapping[str, Any],
        use: Mapping[str, Any],
        declared: frozenset[str],
        scopes: Scopes,
        memo: Situation | None,
        seen: list[dict[str, Any]],
    ) -> tuple[tuple[frozenset[Hashable], ...], tuple[frozenset[str], ...]]:
        """(blockers, codes) per alternative of these groups of the plan's steps (those of `scopes`)."""
        count = len(plan.alternatives)
        errors: list[set[Hashable]] = [set() for _ in range(count)]
        fired: list[set[str]] = [set() for _ in range(count)]
        for index, group in groups:
            if group.scope not in scopes:
                continue
            result: tuple[tuple[frozenset[Hashable], frozenset[str]], ...] | None = None
            hashed: tuple[Any, ...] | None = None
            if memo is not None and not group.named:
                key = [memo, index, declared]
                for is_model, name in group.reads:
                    value = (model if is_model else use).get(name, _ABSENT)
                    key.append(frozen(value) if value.__class__ in (list, dict) else value)
                hashed = tuple(key)
                result = self._groups.get(hashed)
            if result is None:
                result = self._decide_group(group, count, model, use, declared, seen, memo is not None)
                if hashed is not None:
                    if len(self._groups) >= MEMO:
                        self._groups.clear()
                    self._groups[hashed] = result
            for number, (errs, codes) in enumerate(result):
                errors[number] |= errs
                fired[number] |= codes
        return tuple(frozenset(errs) for errs in errors), tuple(frozenset(codes) for codes in fired)

    def _decide_group(
        self,
        group: Group,
        count: int,
        model: Mapping[str, Any],
        use: Mapping[str, Any],
        declared: frozenset[str],
        seen: list[dict[str, Any]],
        memo: bool,
    ) -> tuple[tuple[frozenset[Hashable], frozenset[str]], ...]:
        """(blockers, codes) per alternative of a group's steps."""
        errors: list[set[Hashable]] = [set() for _ in range(count)]
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
                if decision.kind == "error" or step.rule.spec.severity == "error":
                    errors[number].add(_blocker(step, decision.kind))
        return tuple((frozenset(errors[n]), frozenset(fired[n])) for n in range(count))

    def _varies(self, program: Any) -> bool:
        """Whether an expression's outcome may differ between cards whose facts differ only in name: it
        reads the name or id (or has not been evaluated yet, so its reads are not known)."""
        reads = self._program_reads.get(id(program), _UNKNOWN)
        return reads is None or reads is _UNKNOWN or id(program) in self._reads_name

    def _run(self, program: Any, data: Mapping[str, Any]) -> Outcome:
        """One expression's outcome, memoised by the values of the fields it reads (a card whose name is
        new re-evaluates only the expressions that read the name; those are kept NAMED_MEMO outcomes)."""
        reads = self._program_reads.get(id(program), _UNKNOWN)
        if reads is _UNKNOWN:
            source = getattr(program, "source", None) or self._sources.get(id(program))
            reads = source_reads(source) if source is not None else None
            if reads is not None and any((var == "model", name) in NAMED for var, name in reads if var in _VARYING):
                self._reads_name.add(id(program))  # reads the card's name or id: kept briefly only
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
        memo, most = (self._named_outcomes, NAMED_MEMO) if id(program) in self._reads_name else (self._outcomes, MEMO)
        try:
            hashed = tuple(key)
            found = memo.get(hashed)
        except TypeError:  # a nested list or map
            hashed = tuple(frozen(v) for v in key)
            found = memo.get(hashed)
        if found is None:
            found = evaluate(program, data)
            if len(memo) >= most:
                memo.clear()
            memo[hashed] = found
        return found


def _blocker(step: Step, decision: str) -> Hashable:
    """The blocker a step's error is: a rule that failed to evaluate is one of its own, as in `check`."""
    return step.blocker if decision == "fires" else ("own", step.where)


def _best(plan: Plan, errors: list[set[Hashable]], fired: list[set[str]]) -> tuple[str, ...]:
    """The least blocked alternative's codes (fewest distinct blockers, checking.blockers, then least
    restrictive), as `check` chooses."""
    best = min(range(len(errors)), key=lambda n: (len(errors[n]), plan.alternatives[n][0], n), default=None)
    return () if best is None else tuple(sorted(fired[best]))


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
