"""The small BOM model every writer renders and every reader fills: components, licenses, obligations."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from openlint.core.obligations import PARAMETER_NAMES, Obligation

# Version of the `openlint:` property vocabulary (docs/bom.md); bump when a name or a value's shape changes.
VOCABULARY_VERSION = "1"
NAMESPACE = "openlint"


@lru_cache(maxsize=1)
def _obligation_adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Obligation)


@dataclass(frozen=True)
class ObligationRecord:
    """One obligation as carried in a BOM: what the engine needs to check it, and its citation."""

    license: str  # openlint id of the license that imposes it
    obligation: Obligation

    def to_json(self) -> str:
        """Canonical JSON (sorted keys, no spaces): the value of an `openlint:obligation` statement."""
        ob = self.obligation
        data: dict[str, Any] = {
            "v": VOCABULARY_VERSION,
            "license": self.license,
            "kind": ob.kind,
            "triggers": list(ob.triggers),
            "parameters": ob.parameters(),
            "citation": ob.source.to_dict(),
        }
        if ob.summary:
            data["summary"] = ob.summary
        data.update(ob.scoping())
        if ob.confidence != 1.0:
            data["confidence"] = ob.confidence
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @staticmethod
    def from_json(value: str) -> ObligationRecord:
        """Parse an `openlint:obligation` value; ValueError on anything malformed."""
        data = json.loads(value)
        if not isinstance(data, dict) or not isinstance(data.get("license"), str):
            raise ValueError("an obligation record is a JSON object with a 'license'")
        params = data.get("parameters") or {}
        citation = data.get("citation") or {}
        if not isinstance(params, dict) or not isinstance(citation, dict):
            raise ValueError("'parameters' and 'citation' must be objects")
        unknown = set(params) - set(PARAMETER_NAMES)
        if unknown:
            raise ValueError(f"unknown obligation parameters: {', '.join(sorted(unknown))}")
        raw = {
            **params,
            "kind": data.get("kind"),
            "triggers": data.get("triggers") or [],
            "source": citation,
            "summary": data.get("summary"),
            "scope": data.get("scope"),
            "conditions": data.get("conditions"),
            "confidence": data.get("confidence", 1.0),
        }
        ob = _obligation_adapter().validate_python(raw)  # types checked: the value is hostile input
        return ObligationRecord(data["license"], ob)


@dataclass(frozen=True)
class BomLicense:
    """A license named in the BOM, under its openlint id, with the SPDX (or LicenseRef-) id it is written as."""

    id: str
    spdx_id: str
    name: str
    status: str  # catalogued, uncatalogued, text (read from a file), unknown, ...
    url: str | None = None
    text: str | None = None  # the license text openlint read (custom licenses only)
    text_sha256: str | None = None
    complete: bool = True  # every obligation of the license is listed
    obligations: tuple[ObligationRecord, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # family, osi_approved, ai_model_license (round trip)


@dataclass(frozen=True)
class Base:
    """A lineage edge: this component derives from `ref` by `relation`."""

    ref: str
    relation: str  # finetune, adapter, merge, quantized, or "derived" when the card does not say


@dataclass(frozen=True)
class Component:
    ref: str  # stable id: the purl, else a name-derived key
    name: str  # what openlint calls it (the label of findings)
    kind: str  # "model" or "dataset"
    origin: str  # declared, discovered, hf-cache, lineage, model-card
    purl: str | None = None
    revision: str | None = None
    declared: str | None = None  # the license the card or config states
    concluded: str | None = None  # after reading texts and following lineage
    licenses: tuple[str, ...] = ()  # openlint ids of every license the concluded expression names
    declared_spdx: str | None = None  # the same two as SPDX expressions (LicenseRef- for the rest)
    concluded_spdx: str | None = None
    bases: tuple[Base, ...] = ()
    datasets: tuple[str, ...] = ()  # refs of datasets trained on
    drift: tuple[str, ...] = ()
    drift_explanation: str | None = None
    problem: str | None = None
    hashes: tuple[tuple[str, str, str], ...] = ()  # (file, algorithm, hex)
    facts: dict[str, Any] = field(default_factory=dict, compare=False)  # what rules saw, for round trips

    def facts_json(self) -> str:
        return json.dumps(self.facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


@dataclass(frozen=True)
class Dependency:
    name: str
    version: str
    license: str | None

    @property
    def purl(self) -> str:
        return f"pkg:pypi/{self.name.lower().replace('_', '-')}@{self.version}"

    @property
    def ref(self) -> str:
        import re

        return "pypi-" + re.sub(r"[^A-Za-z0-9.]+", "-", f"{self.name.lower()}-{self.version}")

    def spdx_license(self) -> str | None:
        """The license as an SPDX expression of listed ids only (else None: written as NOASSERTION)."""
        if not self.license or "LicenseRef" in self.license:
            return None
        from license_expression import get_spdx_licensing

        info = get_spdx_licensing().validate(self.license)
        return None if info.errors or info.invalid_symbols else info.normalized_expression


@dataclass
class Bom:
    name: str
    version: str | None
    components: list[Component]
    licenses: dict[str, BomLicense]
    created: str | None = None  # ISO 8601, only when asked
    dependencies: list[Dependency] = field(default_factory=list)
    tool_version: str = ""

    def component(self, ref: str) -> Component | None:
        return next((c for c in self.components if c.ref == ref), None)
