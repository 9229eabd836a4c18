"""What counts as one blocker, for `check` and `audit` alike: the count ranks `A OR B` alternatives (the
fewest blockers win), so both must count the same way or they take different alternatives."""

from __future__ import annotations

from collections.abc import Hashable

from openlint.core.obligations import Obligation


def merges(ob: Obligation | None) -> bool:
    """Whether a blocker about this clause is one with the same rule's other blockers of the same licence
    (Apple AMLR's research-only and non-commercial terms, both OL104): a use restriction. Duties (an
    attribution to give, a notice to ship) stay one blocker each."""
    return ob is not None and ob.restricts_use()


def blocker(rule: str, licence: str | None, ob: Obligation | None, own: Hashable) -> Hashable:
    """The identity of an error a rule application raises: the rule and licence when the clause
    `merges`, else `own` (something no other application of the run shares). A run's blocker count is the
    number of distinct identities among its errors."""
    return ("merged", rule, licence or "") if merges(ob) else ("own", own)


def clause_identity(ob: Obligation) -> str:
    """A clause as a baseline fingerprint tells it from the licence's other clauses of the same kind (the
    Hunyuan EU and UK/South Korea territory terms): its kind and section, else its quote."""
    return f"{ob.kind}\x1e{ob.source.section or ob.source.quote or ob.source.text or ob.summary or ''}"
