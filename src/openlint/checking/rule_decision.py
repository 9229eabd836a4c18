"""One rule evaluation, for `check` and `audit` alike: which rule runs on what (its scope), and what it
decides on the CEL data of one model, licence and obligation.

`check` (openlint.checking.engine) turns a decision into a located, weighed finding; `audit`
(openlint.audit.rules) into a code on a card's record. Neither re-implements a rule in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from openlint.checking import rules
from openlint.checking.rules import Outcome, Rule

if TYPE_CHECKING:
    from openlint.checking.scope import Scope
    from openlint.core.catalog import Catalog
    from openlint.core.explanation import Alternative, Explanation
    from openlint.core.obligations import Obligation
    from openlint.core.resolve import ResolvedLicense

# pass: the rule does not fire; fires: a finding; error: an expression failed (checked nothing: an error);
# missing: use keys the rule requires are not declared; undecided: the rule's `undecided` holds;
# scope: the obligation's scope conditions cannot be decided from what is declared.
Kind = Literal["pass", "fires", "error", "missing", "undecided", "scope"]


@dataclass(frozen=True)
class Decision:
    kind: Kind
    detail: str = ""  # for error: what failed; for missing: the use keys, comma separated
    scope: Scope | None = None


PASS = Decision("pass")
FIRES = Decision("fires")


def stated_explanation(query: str, catalog: Catalog | None = None) -> Explanation:
    """A model's stated licence as `check` and `audit` resolve it: an unknown term beside known ones stays
    (`status="unknown"`) and the known terms' duties are kept (`own AND upstream`). Raises OpenlintError
    when no term is known or the expression cannot be read."""
    from openlint.core.explanation import explain

    return explain(query, catalog, keep_unknown=True)


def alternatives_of(
    query: str | None, problem: str | None, catalog: Catalog | None = None
) -> tuple[tuple[Alternative, ...], bool]:
    """The ways to comply with a model's licence, and whether it resolved at all (else one alternative
    holding the missing or unknown licence, for the rules that report it)."""
    from openlint.core.explanation import Alternative
    from openlint.core.resolve import ResolvedLicense
    from openlint.errors import OpenlintError

    if query is None:
        failure = ResolvedLicense(query="none", status="missing", note=problem or "no license found")
    else:
        try:
            return stated_explanation(query, catalog).alternatives, True
        except OpenlintError as exc:
            failure = ResolvedLicense(query=query, status="unknown", note=str(exc))
    return (Alternative((failure,), 0),), False


def applications(
    rules: Sequence[Rule], licenses: Sequence[ResolvedLicense]
) -> Iterator[tuple[Rule, ResolvedLicense, Obligation | None]]:
    """Each rule on what its scope says: a model-scoped rule once (with the first licence), a
    licence-scoped one per licence, an obligation-scoped one per obligation of each catalogued licence."""
    for index, lic in enumerate(licenses):
        for rule in rules:
            if rule.spec.scope == "model":
                if index == 0:
                    yield rule, lic, None
            elif rule.spec.scope == "license":
                yield rule, lic, None
            elif lic.entry is not None:
                for ob in lic.entry.obligations:
                    yield rule, lic, ob


def decide(
    rule: Rule,
    data: Mapping[str, Any],
    declared: Collection[str],
    ob: Obligation | None,
    run: Callable[[Any, Mapping[str, Any]], Outcome] | None = None,
) -> Decision:
    """What `rule` decides on `data` (the CEL variables); `declared` holds the use keys the profile
    declares, as the config spells them. `run` evaluates one compiled expression (audit memoises it)."""
    evaluate = run if run is not None else rules.evaluate  # looked up when called (tests spy on it)
    applies = evaluate(rule.applies, data)
    if not applies.value:
        return Decision("error", f"could not evaluate 'applies': {applies.error}") if applies.error else PASS
    if ob is not None and ob.conditions:
        from openlint.checking.scope import in_scope

        scope = in_scope(ob.conditions, data, evaluate)
        if scope.applies is False:
            return PASS  # outside the obligation's scope (e.g. a commercial-only cap on non-commercial use)
        if scope.applies is None:
            return Decision("scope", scope=scope)
    missing = [name for name in rule.spec.requires if name not in declared]
    if missing:
        return Decision("missing", ", ".join(missing))
    if rule.undecided is not None:
        pending = evaluate(rule.undecided, data)
        if pending.error:  # checked nothing: a gate does not pass on it
            return Decision("error", f"could not evaluate 'undecided': {pending.error}")
        if pending.value:
            return Decision("undecided")
    outcome = evaluate(rule.condition, data)
    if outcome.error:
        return Decision("error", f"could not evaluate the condition: {outcome.error}")
    return FIRES if outcome.value else PASS
