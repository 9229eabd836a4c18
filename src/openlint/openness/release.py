"""A release as openness evidence: which components exist, where, and under which license."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from openlint.openness.components import COMPONENTS, ComponentType
from openlint.openness.licensing import LicenseJudgment, judge

if TYPE_CHECKING:
    from openlint.config import ReleaseDecl

Released = Literal["yes", "no", "unknown"]


@dataclass(frozen=True)
class Component:
    name: str
    type: ComponentType
    released: Released
    location: str | None
    license_name: str | None
    judgment: LicenseJudgment
    evidence: str

    @property
    def open(self) -> bool:
        return self.released == "yes" and self.judgment.verdict == "open"


@dataclass(frozen=True)
class Release:
    name: str
    source: str  # what the evidence is: "Model Openness Tool YAML", "model repository", ...
    components: tuple[Component, ...]
    notes: tuple[str, ...] = field(default=())
    # The card's license tag reads open while the LICENSE file shipped with the weights is not.
    mislabelled: str | None = None

    def get(self, name: str) -> Component:
        return next(c for c in self.components if c.name == name)


def component(
    name: str,
    released: Released,
    location: str | None,
    license_name: str | None,
    evidence: str,
    judgment: LicenseJudgment | None = None,
) -> Component:
    """A component, its license judged for its kind (`judgment` when the terms were read from a text)."""
    kind = COMPONENTS[name][0]
    if released == "no":
        judgment = LicenseJudgment("unknown", None, "not released")
    elif judgment is None:
        judgment = judge(license_name, kind)
    return Component(name, kind, released, location, license_name, judgment, evidence)


def with_declaration(release: Release, decl: ReleaseDecl, source: str) -> Release:
    """Layer `[tool.openlint.release]` over other evidence: what is declared wins, and says so."""
    declared = {c.name: c for c in decl.components}
    type_license = {"code": decl.code_license, "data": decl.data_license, "document": decl.document_license}
    out: list[Component] = []
    for c in release.components:
        fallback = type_license.get(c.type) or decl.license
        item = declared.get(c.name)
        if item is not None:
            if not item.released:
                out.append(component(c.name, "no", None, None, f"declared not released in {source}"))
                continue
            own = item.license or fallback or c.license_name
            how = "its license" if item.license else "the release license for its type"
            evidence = f"declared in {source} ({how})" + (f"; {c.evidence}" if c.released == "yes" else "")
            out.append(component(c.name, "yes", item.location or c.location, own, evidence))
        elif c.released == "yes" and fallback is not None and fallback != c.license_name:
            evidence = f"{c.evidence}; license declared in {source}"
            out.append(component(c.name, "yes", c.location, fallback, evidence))
        else:
            out.append(c)
    name = decl.name or release.name
    return Release(name, f"{release.source} + declaration", tuple(out), release.notes, release.mislabelled)


def empty_release(name: str, source: str) -> Release:
    """No evidence at all: every component unknown."""
    return Release(
        name,
        source,
        tuple(component(n, "unknown", None, None, "no evidence") for n in COMPONENTS),
    )
