"""Verdicts from a release's components: MOF class, OSAID 1.0 conformance, openness category, and
what each verdict rests on (how strong its evidence is, and how it changes if a claim is false)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from openlint.core.mof_components import (
    OSAID_CODE,
    OSAID_DATA_INFORMATION,
    OSAID_PARAMETERS,
    required_for,
)
from openlint.openness.licensing import LicenseJudgment
from openlint.openness.release import STRENGTH_RANK, Component, Release, Strength, component

Category = Literal["open-source-ai", "open-weights", "restricted-weights", "closed", "unknown", "insufficient-evidence"]
Tri = Literal["yes", "no", "unknown"]
WEIGHTS = "Model parameters (Final)"


@dataclass(frozen=True)
class Alternative:
    """What the verdict would be under `condition` (a claim false, another reading of the evidence)."""

    condition: str
    category: Category
    osaid: Tri

    def __str__(self) -> str:
        return f"{self.condition}: {self.category}, OSAID {self.osaid}"


@dataclass(frozen=True)
class Verdict:
    release: Release
    mof_class: int | None  # 1, 2, 3, or None (no class reached)
    next_class_missing: tuple[str, ...]
    osaid: Tri
    osaid_missing: tuple[str, ...]
    category: Category
    reasons: tuple[str, ...]
    # The weakest evidence the category rests on (verified > located > curated > claimed > none).
    basis: Strength = "none"
    # Unverified claims (a form's word, no location) the category or OSAID verdict depends on.
    rests_on: tuple[str, ...] = ()
    # How the answer changes if those claims are false, or under the other reading of the evidence.
    would_change: tuple[Alternative, ...] = ()
    # For `insufficient-evidence` / `unknown`: what would settle the answer.
    missing_evidence: tuple[str, ...] = ()

    @property
    def disagreements(self) -> tuple[str, ...]:
        return self.release.disagreements

    @property
    def if_false(self) -> tuple[str, ...]:
        return tuple(str(a) for a in self.would_change)


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
        if "unknown" in data_states:
            terms = "; ".join(_describe(release.get(n)) for n in OSAID_DATA_INFORMATION)
            missing.append(f"data information: not known to be openly released ({terms})")
        else:
            missing.append("data information: neither the datasets nor a complete data card are openly released")
        unknown |= "unknown" in data_states
    if not missing:
        return "yes", ()
    hard_no = any(_state(release.get(n)) == "no" for n in (*OSAID_CODE, *OSAID_PARAMETERS)) or all(
        s == "no" for s in data_states
    )
    return ("no" if hard_no or not unknown else "unknown"), tuple(missing)


def apply_hosted_list(release: Release) -> Release:
    """A model on openlint's API-only list is not released unless openlint saw its weight files."""
    from openlint.openness.api_only import lookup

    family = lookup(release.name, release.producer)
    if family is None:
        return release
    weights = release.get(WEIGHTS)
    cite = f"openlint's API-only list: {family.family}, offered through {family.access} ({family.source})"
    if weights.released == "yes" and weights.strength == "verified":
        note = f"{WEIGHTS}: {cite}, but weight files are present ({weights.evidence}): judged on the files"
        return replace(release, disagreements=(*release.disagreements, note))
    disagreements = release.disagreements
    if weights.released == "yes":
        said = f" under {weights.license_name}" if weights.license_name else ""
        where = f" at {weights.location}" if weights.location else " without a location"
        disagreements = (
            *disagreements,
            f"contradiction: {WEIGHTS}: the {release.source} lists them as released{said}{where}, but {cite}; "
            "no weight files verified, so they are treated as not released",
        )
    closed = component(WEIGHTS, "no", None, None, f"{cite}: {family.says}", None, "curated")
    return release.replacing(closed, disagreements=disagreements)


def _category(release: Release, osaid_verdict: Tri) -> tuple[Category, list[str], list[str]]:
    weights = release.get(WEIGHTS)
    reasons: list[str] = []
    missing: list[str] = []
    category: Category
    if weights.released == "no":
        category = "closed"
        reasons.append(f"the final weights are not released ({weights.evidence})")
    elif weights.released == "unknown":
        category = "insufficient-evidence"
        reasons.append(
            "no source says whether the final weights are released: give the model's repository or Hub id "
            "(openlint openness ORG/NAME --online --mof FILE) to check"
        )
        missing.append(f"{WEIGHTS}: {_gap(weights)}")
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
        missing.append(f"{WEIGHTS}: {_gap(weights)}")
    return category, reasons, missing


def _judge(release: Release) -> tuple[Category, Tri, tuple[str, ...], list[str], list[str]]:
    osaid_verdict, osaid_missing = osaid(release)
    category, reasons, missing = _category(release, osaid_verdict)
    return category, osaid_verdict, osaid_missing, reasons, missing


def _undecided(release: Release) -> list[str]:
    """The OSAID components whose state or terms nobody has established, as `Name: what is missing`."""
    out: list[str] = []
    for name in (*OSAID_CODE, *OSAID_PARAMETERS):
        c = release.get(name)
        if _state(c) == "unknown":
            out.append(f"{name}: {_gap(c)}")
    data = [release.get(n) for n in OSAID_DATA_INFORMATION]
    if "yes" not in {_state(c) for c in data} and any(_state(c) == "unknown" for c in data):
        out.append("data information: " + "; ".join(f"{c.name} {_gap(c)}" for c in data if _state(c) == "unknown"))
    return out


def _gap(c: Component) -> str:
    if c.released == "unknown":
        return f"released or not ({c.evidence})"
    return f"license ({c.judgment.reason})"


def _resting(release: Release, category: Category) -> list[Component]:
    """The components the category depends on. For open-source AI the data information is the datasets
    *or* the data card: only the best-evidenced open one(s) count, not a weaker alternative."""
    if category != "open-source-ai":
        return [release.get(WEIGHTS)]
    data = [c for c in (release.get(n) for n in OSAID_DATA_INFORMATION) if c.open]
    strongest = max(STRENGTH_RANK[c.strength] for c in data)
    needed = [release.get(n) for n in (*OSAID_CODE, *OSAID_PARAMETERS)]
    return needed + [c for c in data if STRENGTH_RANK[c.strength] == strongest]


def _unverified(release: Release, category: Category, osaid_verdict: Tri) -> list[Component]:
    """The claims (no location, a form's word) the category and the OSAID verdict actually depend on
    (OSAID `yes` is the category open-source-ai: `_resting` covers it)."""
    names = {c.name for c in _resting(release, category)}
    if osaid_verdict == "no":
        hard = [n for n in (*OSAID_CODE, *OSAID_PARAMETERS) if _state(release.get(n)) == "no"]
        if not hard:
            hard = list(OSAID_DATA_INFORMATION)
        # One "no" on firmer ground than a claim settles it: the claims do not matter then.
        if all(release.get(n).strength == "claimed" for n in hard):
            names.update(hard)
    return [c for c in release.components if c.name in names and c.strength == "claimed" and c.released != "unknown"]


def _without(release: Release, claims: list[Component]) -> Release:
    """The release if these claims were false: what they said is no longer known."""
    gone = [component(c.name, "unknown", None, None, "claim withdrawn", None, "none") for c in claims]
    return release.replacing(*gone)


def _all_rights_reserved(release: Release) -> Release | None:
    """The other reading of a form's 'unlicensed': released without any license."""
    read = [c for c in release.components if c.judgment.reason.endswith("read as no license stated")]
    if not read:
        return None
    reason = "released without a license: all rights reserved"
    changed = [replace(c, judgment=LicenseJudgment("unlicensed", None, reason)) for c in read]
    return release.replacing(*changed)


def classify(release: Release) -> Verdict:
    release = apply_hosted_list(release)
    mof_class, next_missing = mof(release)
    category, osaid_verdict, osaid_missing, reasons, missing = _judge(release)
    resting = _resting(release, category)
    basis = min((c.strength for c in resting), key=lambda s: STRENGTH_RANK[s])
    claims = _unverified(release, category, osaid_verdict)
    rests_on = tuple(f"{c.name}: {c.state} ({c.evidence})" for c in claims)
    would_change: list[Alternative] = []
    positive = [c for c in claims if c.released == "yes"]
    if positive:
        alt_category, alt_osaid, *_ = _judge(_without(release, positive))
        if (alt_category, alt_osaid) != (category, osaid_verdict):
            names = ", ".join(c.name for c in positive)
            would_change.append(Alternative(f"if the claims about {names} are false", alt_category, alt_osaid))
    other = _all_rights_reserved(release)
    if other is not None:
        alt_category, alt_osaid, *_ = _judge(other)
        if (alt_category, alt_osaid) != (category, osaid_verdict):
            would_change.append(Alternative("if 'unlicensed' means all rights reserved", alt_category, alt_osaid))
    if category in ("open-source-ai", "open-weights", "restricted-weights", "closed") and basis == "claimed":
        reasons.append("rests on an unverified claim (no location given): see 'rests on'")
    for c in release.components:
        if c.judgment.warning and c.released == "yes":
            reasons.append(f"warning: {c.name}: {c.judgment.warning}")
    if osaid_verdict == "unknown":
        missing.extend(_undecided(release))
    return Verdict(
        release,
        mof_class,
        next_missing,
        osaid_verdict,
        osaid_missing,
        category,
        tuple(reasons),
        basis,
        rests_on,
        tuple(would_change),
        tuple(dict.fromkeys(missing)),
    )
