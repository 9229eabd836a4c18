"""Evaluate the machine-readable scope conditions catalog obligations carry (rules/conditions.toml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from openlint.checking.rules import LazyProgram, evaluate
from openlint.core.vocabulary import Condition, conditions


@dataclass(frozen=True)
class Scope:
    applies: bool | None  # None: cannot be decided from what is declared
    undecided: tuple[Condition, ...] = ()
    unknown: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _compiled() -> dict[str, tuple[Condition, Any, Any]]:
    # Compiled when first evaluated (tests compile every shipped condition).
    return {
        name: (
            cond,
            LazyProgram(f"conditions.toml:{name}", "holds", cond.holds),
            LazyProgram(f"conditions.toml:{name}", "undecided", cond.undecided),
        )
        for name, cond in conditions().items()
    }


def in_scope(names: tuple[str, ...] | None, data: Mapping[str, Any]) -> Scope:
    """All conditions hold (AND): applies; any is false: does not apply; else undecided."""
    if not names:
        return Scope(True)
    table = _compiled()
    unknown = tuple(n for n in names if n not in table)
    if unknown:
        return Scope(None, unknown=unknown)
    pending: list[Condition] = []
    for name in names:
        cond, holds, undecided = table[name]
        missing = evaluate(undecided, data)
        if missing.value is not False:  # true, or an error: the facts are not there to decide
            pending.append(cond)
            continue
        outcome = evaluate(holds, data)
        if outcome.value is None:
            pending.append(cond)
        elif not outcome.value:
            return Scope(False)
    return Scope(None, tuple(pending)) if pending else Scope(True)
