"""A release as openness evidence: which components exist, where, and under which license."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from openlint.openness.components import COMPONENTS, ComponentType
from openlint.openness.licensing import LicenseJudgment, judge

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

    def get(self, name: str) -> Component:
        return next(c for c in self.components if c.name == name)


def component(
    name: str, released: Released, location: str | None, license_name: str | None, evidence: str
) -> Component:
    kind = COMPONENTS[name][0]
    not_released = LicenseJudgment("unknown", None, "not released")
    judgment = not_released if released == "no" else judge(license_name, kind)
    return Component(name, kind, released, location, license_name, judgment, evidence)
