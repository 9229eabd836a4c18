"""Is a license open for a kind of component? Judged by its catalogued obligations, not its name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from openlint.core.mof_components import ComponentType
from openlint.core.obligations import USE_RESTRICTING_KINDS
from openlint.errors import OpenlintError

if TYPE_CHECKING:
    from openlint.core.catalog import LicenseEntry

Openness = Literal["open", "not-open", "unlicensed", "unknown"]

RESTRICTIVE_KINDS = USE_RESTRICTING_KINDS
OPEN_DATA_FAMILIES = frozenset({"open-data", "public-domain", "creative-commons"})
NOT_LICENSED = re.compile(r"^\s*(unlicensed|none|no license)\s*$", re.I)
# The terms exist but were not said: not the same as released without any license.
UNDISCLOSED = re.compile(r"^\s*(undisclosed|unknown|n/?a|not (specified|stated|disclosed)|tbd|-)\s*$", re.I)
PROPRIETARY = re.compile(r"proprietary|all rights reserved|arxiv|terms of (use|service)", re.I)


@dataclass(frozen=True)
class LicenseJudgment:
    verdict: Openness
    license: str | None  # the catalog id it resolved to, or the name as given
    reason: str
    warning: str | None = None


def judge(name: str | None, component_type: ComponentType) -> LicenseJudgment:
    """Open for this kind of component? `unknown` when openlint cannot tell: never a guess."""
    from openlint.core.explanation import explain

    if name is None or not name.strip():
        return LicenseJudgment("unknown", None, "no license stated")
    if UNDISCLOSED.match(name):
        return LicenseJudgment("unknown", None, f"license not disclosed ('{name.strip()}')")
    if NOT_LICENSED.match(name):
        return LicenseJudgment(
            "unlicensed", None, f"released without a license ('{name.strip()}'): all rights reserved"
        )
    if PROPRIETARY.search(name):
        return LicenseJudgment("not-open", name, f"'{name}' is not an open license")
    try:
        explanation = explain(name)
    except OpenlintError:
        return LicenseJudgment("unknown", name, f"'{name}' is not a license openlint can resolve")
    verdicts = [_judge_alternative(alt, component_type) for alt in explanation.alternatives]
    opened = [v for v in verdicts if v.verdict == "open"]
    if opened:  # an OR-expression is open when one alternative is
        return opened[0]
    unknown = [v for v in verdicts if v.verdict == "unknown"]
    return unknown[0] if unknown else verdicts[0]


def _judge_alternative(alt: object, component_type: ComponentType) -> LicenseJudgment:
    from openlint.core.explanation import Alternative

    assert isinstance(alt, Alternative)
    ids = " AND ".join(lic.id for lic in alt.licenses)
    for lic in alt.licenses:
        if lic.entry is None:
            if (
                lic.status == "ambiguous"
                and lic.candidates
                and all(c.startswith(("bigscience", "creativeml", "openrail", "bigcode")) for c in lic.candidates)
            ):
                return LicenseJudgment("not-open", lic.id, f"'{lic.query}' names the OpenRAIL family: use restrictions")
            return LicenseJudgment("unknown", lic.id, f"'{lic.query}' is {lic.status}: terms unknown")
        closed = _closed_terms(lic.entry)
        if closed is not None:
            return closed
    warning = _fit_warning(alt, component_type)
    return LicenseJudgment("open", ids, f"{ids} is open", warning)


def _closed_terms(entry: LicenseEntry) -> LicenseJudgment | None:
    """Why an entry is not (known to be) open, or None when it is open."""
    restrictive = sorted({ob.kind for ob in entry.obligations} & RESTRICTIVE_KINDS)
    if restrictive:
        return LicenseJudgment("not-open", entry.id, f"{entry.id} restricts use ({', '.join(restrictive)})")
    if not (entry.osi_approved or entry.family in OPEN_DATA_FAMILIES):
        return LicenseJudgment("unknown", entry.id, f"{entry.id} is neither OSI-approved nor an open-data license")
    return None


def judge_entry(entry: LicenseEntry) -> LicenseJudgment:
    """A license entry built at run time (a custom LICENSE text): judged by its extracted obligations."""
    closed = _closed_terms(entry)
    if closed is not None:
        return closed
    return LicenseJudgment("open", entry.id, f"{entry.id} is open")


def _fit_warning(alt: object, component_type: ComponentType) -> str | None:
    from openlint.core.explanation import Alternative

    assert isinstance(alt, Alternative)
    for lic in alt.licenses:
        entry = lic.entry
        if entry is None:
            continue
        code_license = entry.osi_approved and entry.family not in OPEN_DATA_FAMILIES
        if component_type == "code" and not code_license:
            return f"{entry.id} is a content/data license, not suited to code"
        if component_type in ("data", "document") and code_license:
            return f"{entry.id} is a software license, not suited to {component_type}"
    return None
