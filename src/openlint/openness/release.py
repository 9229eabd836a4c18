"""A release as openness evidence: which components exist, where, under which license, and how sure."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from openlint.core.mof_components import COMPONENTS, ComponentType
from openlint.openness.licensing import LicenseJudgment, judge

if TYPE_CHECKING:
    from openlint.core.config import ReleaseDecl

Released = Literal["yes", "no", "unknown"]
# How much a component's state can be trusted, strongest first (docs/openness.md "Evidence strength").
Strength = Literal["verified", "located", "curated", "claimed", "none"]
STRENGTH_RANK: dict[Strength, int] = {"verified": 4, "located": 3, "curated": 2, "claimed": 1, "none": 0}


@dataclass(frozen=True)
class Component:
    name: str
    type: ComponentType
    released: Released
    location: str | None
    license_name: str | None
    judgment: LicenseJudgment
    evidence: str
    strength: Strength = "claimed"

    @property
    def open(self) -> bool:
        return self.released == "yes" and self.judgment.verdict == "open"

    @property
    def state(self) -> str:
        """The word docs and output use: released / claimed, unverified / not released / unknown."""
        if self.released == "yes":
            return "claimed, unverified" if self.strength == "claimed" else "released"
        return "not released" if self.released == "no" else "unknown"


@dataclass(frozen=True)
class Release:
    name: str
    source: str  # what the evidence is: "Model Openness Tool YAML", "model repository", ...
    components: tuple[Component, ...]
    notes: tuple[str, ...] = field(default=())
    # The card's license tag reads open while the LICENSE file shipped with the weights is not.
    mislabelled: str | None = None
    producer: str | None = None
    # Where sources (or a source and openlint's API-only list) say different things.
    disagreements: tuple[str, ...] = field(default=())
    # Judgments openlint made to read the evidence, e.g. what "unlicensed" in a form means.
    interpretations: tuple[str, ...] = field(default=())
    # For a directory: whether it holds anything only a model repository has (None: not a directory).
    model_repository: bool | None = None

    def get(self, name: str) -> Component:
        return next(c for c in self.components if c.name == name)

    def replacing(self, *changed: Component, **fields: object) -> Release:
        by_name = {c.name: c for c in changed}
        components = tuple(by_name.get(c.name, c) for c in self.components)
        return replace(self, components=components, **fields)  # type: ignore[arg-type]


def component(
    name: str,
    released: Released,
    location: str | None,
    license_name: str | None,
    evidence: str,
    judgment: LicenseJudgment | None = None,
    strength: Strength = "claimed",
) -> Component:
    """A component, its license judged for its kind (`judgment` when the terms were read from a text)."""
    kind = COMPONENTS[name][0]
    if released == "no":
        judgment = LicenseJudgment("unknown", None, "not released")
    elif judgment is None:
        judgment = judge(license_name, kind)
    return Component(name, kind, released, location, license_name, judgment, evidence, strength)


def _local(location: str, base: Path | None) -> bool:
    """A declared location that is a path present beside the declaration (not a URL)."""
    if base is None or "://" in location or len(location) > 1000:
        return False
    try:
        target = (base / location).resolve()
        return target.is_relative_to(base.resolve()) and target.exists()
    except (OSError, ValueError):
        return False


def with_declaration(release: Release, decl: ReleaseDecl, source: str, base: Path | None = None) -> Release:
    """Layer `[tool.openlint.release]` over other evidence: what is declared wins, and says so. A declared
    location that is a path present under `base` (the declaration's directory) is `verified`."""
    declared = {c.name: c for c in decl.components}
    type_license = {"code": decl.code_license, "data": decl.data_license, "document": decl.document_license}
    out: list[Component] = []
    disagreements = list(release.disagreements)
    for c in release.components:
        fallback = type_license.get(c.type) or decl.license
        item = declared.get(c.name)
        if item is not None:
            if not item.released:
                if c.released == "yes" and c.strength == "verified":
                    disagreements.append(f"{c.name}: declared not released in {source}, but {c.evidence}")
                out.append(component(c.name, "no", None, None, f"declared not released in {source}", None, "curated"))
                continue
            own = item.license or fallback or c.license_name
            how = "its license" if item.license else "the release license for its type"
            evidence = f"declared in {source} ({how})" + (f"; {c.evidence}" if c.released == "yes" else "")
            location = item.location or c.location
            # The project's own word is curated; a location makes it checkable; files seen stay verified.
            strength: Strength = "curated"
            if (c.released == "yes" and c.strength == "verified") or (item.location and _local(item.location, base)):
                strength = "verified"
            elif item.location:
                strength = "located"
            out.append(component(c.name, "yes", location, own, evidence, None, strength))
        elif c.released == "yes" and fallback is not None and fallback != c.license_name:
            evidence = f"{c.evidence}; license declared in {source}"
            out.append(component(c.name, "yes", c.location, fallback, evidence, None, c.strength))
        else:
            out.append(c)
    name = decl.name or release.name
    return replace(
        release,
        name=name,
        source=f"{release.source} + declaration",
        components=tuple(out),
        disagreements=tuple(disagreements),
    )


def empty_release(name: str, source: str) -> Release:
    """No evidence at all: every component unknown."""
    return Release(
        name,
        source,
        tuple(component(n, "unknown", None, None, "no evidence", None, "none") for n in COMPONENTS),
    )
