"""CycloneDX 1.6 / 1.7 JSON: plain JSON, validated against the official schemas in the tests.

cyclonedx-python-lib 11 has no `modelCard` or `data` fields, so writing through it would need an
extension for exactly the parts an ML-BOM is about; the JSON is small enough to write directly."""

from __future__ import annotations

import json
import uuid
from typing import Any

from openlint.bom import properties as P
from openlint.bom.model import VOCABULARY_VERSION, Bom, BomLicense, Component

SPEC_VERSIONS = ("1.6", "1.7")


def _props(pairs: list[tuple[str, str | None]]) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for name, value in pairs if value is not None]


def _license_object(lic: BomLicense, acknowledgement: str, with_obligations: bool) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if lic.spdx_id.startswith("LicenseRef-") or lic.status not in ("catalogued", "uncatalogued"):
        data["name"] = lic.spdx_id
    else:
        data["id"] = lic.spdx_id
    data["acknowledgement"] = acknowledgement
    if lic.text and with_obligations:
        data["text"] = {"content": lic.text, "contentType": "text/plain"}
    if lic.url:
        data["url"] = lic.url
    pairs: list[tuple[str, str | None]] = [(P.LICENSE_ID, lic.id)]
    if with_obligations:
        pairs += [
            (P.LICENSE_STATUS, lic.status),
            (P.OBLIGATIONS_COMPLETE, str(lic.complete).lower()),
            (P.TEXT_SHA256, lic.text_sha256),
        ]
        pairs += [(P.LICENSE_FACT + key, value) for key, value in lic.facts]
        pairs += [(P.OBLIGATION, record.to_json()) for record in lic.obligations]
    data["properties"] = _props(pairs)
    return {"license": data}


def _licenses(bom: Bom, component: Component) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    declared_ids = _ids_of(bom, component.declared_spdx)
    for lic_id in declared_ids:
        out.append(_license_object(bom.licenses[lic_id], "declared", False))
    for lic_id in component.licenses:
        if lic_id in bom.licenses:
            out.append(_license_object(bom.licenses[lic_id], "concluded", True))
    return out


def _ids_of(bom: Bom, expression: str | None) -> list[str]:
    """openlint ids of the licenses an SPDX expression written by this BOM names."""
    if not expression:
        return []
    words = set(expression.replace("(", " ").replace(")", " ").split())
    return [lic.id for lic in bom.licenses.values() if lic.spdx_id in words]


def _component(bom: Bom, c: Component, refs: dict[str, Component]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": "machine-learning-model" if c.kind == "model" else "data",
        "bom-ref": c.ref,
    }
    if "/" in c.name and not c.name.startswith((".", "/")):
        group, name = c.name.split("/", 1)
        data["group"], data["name"] = group, name
    else:
        data["name"] = c.name
    if c.revision:
        data["version"] = c.revision
    if c.purl:
        data["purl"] = c.purl
    if len(c.hashes) == 1:
        data["hashes"] = [{"alg": c.hashes[0][1], "content": c.hashes[0][2]}]
    licenses = _licenses(bom, c)
    if licenses:
        data["licenses"] = licenses
    if c.kind == "dataset":
        data["data"] = [{"type": "dataset", "name": c.name}]
    if c.kind == "model" and (c.datasets or c.bases):
        card: dict[str, Any] = {}
        if c.datasets:
            card["modelParameters"] = {"datasets": [{"ref": ref} for ref in c.datasets]}
        if c.bases:
            card["properties"] = _props([(P.RELATION, base.relation) for base in c.bases[:1]])
        data["modelCard"] = card
    if c.bases:
        ancestors = []
        for base in c.bases:
            parent = refs.get(base.ref)
            if parent is None:
                continue
            ancestor: dict[str, Any] = {"type": "machine-learning-model", "name": parent.name}
            if parent.purl:
                ancestor["purl"] = parent.purl
            ancestor["properties"] = _props([(P.RELATION, base.relation), ("openlint:ref", parent.ref)])
            ancestors.append(ancestor)
        data["pedigree"] = {"ancestors": ancestors}
    pairs: list[tuple[str, str | None]] = [
        (P.ORIGIN, c.origin),
        (P.DECLARED, c.declared),
        (P.CONCLUDED, c.concluded),
        (P.DRIFT, ",".join(c.drift) or None),
        (P.DRIFT_EXPLANATION, c.drift_explanation),
        (P.PROBLEM, c.problem),
    ]
    pairs += [(P.WEIGHT_SHA256, f"{name}:{digest}") for name, _, digest in c.hashes]
    if c.facts:
        pairs.append((P.FACTS, c.facts_json()))
    data["properties"] = _props(pairs)
    return data


def render(bom: Bom, spec: str = "1.6") -> str:
    """The BOM as a CycloneDX `spec` JSON document (deterministic: same input, same bytes)."""
    if spec not in SPEC_VERSIONS:
        raise ValueError(f"CycloneDX {spec} is not written (one of {', '.join(SPEC_VERSIONS)})")
    refs = {c.ref: c for c in bom.components}
    components = [_component(bom, c, refs) for c in bom.components]
    for dep in bom.dependencies:
        entry: dict[str, Any] = {
            "type": "library",
            "bom-ref": dep.ref,
            "name": dep.name,
            "version": dep.version,
            "purl": dep.purl,
        }
        if dep.license:
            entry["licenses"] = [{"expression": dep.license, "acknowledgement": "concluded"}]
        components.append(entry)
    dependencies = [
        {"ref": c.ref, "dependsOn": sorted({b.ref for b in c.bases} | set(c.datasets))}
        for c in bom.components
        if c.bases or c.datasets
    ]
    metadata: dict[str, Any] = {}
    if bom.created:
        metadata["timestamp"] = bom.created
    metadata["tools"] = {"components": [{"type": "application", "name": "openlint", "version": bom.tool_version}]}
    metadata["component"] = {"type": "application", "bom-ref": "project", "name": bom.name}
    metadata["properties"] = _props([(P.VOCABULARY, VOCABULARY_VERSION)])
    doc: dict[str, Any] = {
        "$schema": f"http://cyclonedx.org/schema/bom-{spec}.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": spec,
        "version": 1,
        "metadata": metadata,
        "components": components,
    }
    if dependencies:
        doc["dependencies"] = [
            {"ref": "project", "dependsOn": [c.ref for c in bom.components if c.origin in ("declared", "discovered")]},
            *dependencies,
        ]
    body = json.dumps(doc, sort_keys=True, ensure_ascii=False)
    doc["serialNumber"] = "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "openlint-bom:" + body))
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
