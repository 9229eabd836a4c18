"""Verdicts from a release's components: MOF class, OSAID 1.0 conformance, openness category."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from openlint.openness.components import (
    OSAID_CODE,
    OSAID_DATA_INFORMATION,
    OSAID_PARAMETERS,
    required_for,
)
from openlint.openness.release import Component, Release

Category = Literal["open-source-ai", "open-weights", "restricted-weights", "closed", "unknown"]
Tri = Literal["yes", "no", "unknown"]


@dataclass(frozen=True)
class Verdict:
    release: Release
    mof_class: int | None  # 1, 2, 3, or None (no class reached)
    next_class_missing: tuple[str, ...]
    osaid: Tri
    osaid_missing: tuple[str, ...]
    category: Category
    reasons: tuple[str, ...]


def _state(c: Component) -> Tri:
    if c.open:
        return "yes"
    if c.released == "no" or c.judgment.verdict in ("not-open", "unlicensed"):
        return "no"
    return "unknown"


def _describe(c: Component) -> str:
    if c.released == "no":
        return f"{c.name} (not released)"
    if c.released == "unknown":
        return f"{c.name} (no evidence it is released)"
    return f"{c.name} ({c.judgment.reason})"


def mof(release: Release) -> tuple[int | None, tuple[str, ...]]:
    reached: int | None = None
    for level in (3, 2, 1):
        needed = required_for(level)
        missing = [
            name
            for name in needed
            if not release.get(name).open and not (name == "Technical report" and release.get("Research paper").open)
        ]
        if missing:
            return reached, tuple(_describe(release.get(n)) for n in missing)
        reached = level
    return reached, ()


def osaid(release: Release) -> tuple[Tri, tuple[str, ...]]:
    missing: list[str] = []
    unknown = False
    for group in (OSAID_CODE, OSAID_PARAMETERS):
        for name in group:
            state = _state(release.get(name))
            if state != "yes":
                missing.append(_describe(release.get(name)))
                unknown |= state == "unknown"
    data_states = [_state(release.get(n)) for n in OSAID_DATA_INFORMATION]
    if "yes" not in data_states:
        missing.append("data information: neither the datasets nor a complete data card are openly released")
        unknown |= "unknown" in data_states
    if not missing:
        return "yes", ()
    hard_no = any(_state(release.get(n)) == "no" for n in (*OSAID_CODE, *OSAID_PARAMETERS)) or all(
        s == "no" for s in data_states
    )
    return ("no" if hard_no or not unknown else "unknown"), tuple(missing)


def classify(release: Release) -> Verdict:
    mof_class, next_missing = mof(release)
    osaid_verdict, osaid_missing = osaid(release)
    weights = release.get("Model parameters (Final)")
    reasons: list[str] = []
    category: Category
    if weights.released == "no":
        category = "closed"
        reasons.append("the final weights are not released")
    elif weights.judgment.verdict == "not-open":
        category = "restricted-weights"
        reasons.append(f"weights are downloadable under restrictive terms: {weights.judgment.reason}")
    elif weights.judgment.verdict == "unlicensed":
        category = "restricted-weights"
        reasons.append("weights are downloadable without a license (all rights reserved)")
    elif weights.open and osaid_verdict == "yes":
        category = "open-source-ai"
        reasons.append("weights, complete code and data information are released under open terms")
    elif weights.open:
        category = "open-weights"
        reasons.append(f"weights are open ({weights.judgment.reason}), but code or data information is not")
    else:
        category = "unknown"
        reasons.append(f"cannot judge the weights: {_describe(weights)}")
    for c in release.components:
        if c.judgment.warning and c.released == "yes":
            reasons.append(f"warning: {c.name}: {c.judgment.warning}")
    return Verdict(release, mof_class, next_missing, osaid_verdict, osaid_missing, category, tuple(reasons))
