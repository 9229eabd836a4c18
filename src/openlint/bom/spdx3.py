"""SPDX 3.0.1 JSON-LD with the AI and Dataset profiles, written as plain JSON (validated against the
official 3.0.1 JSON schema in the tests; spdx-tools' SPDX 3 support is a draft whose output does not)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from typing import Any

from openlint.bom import properties as P
from openlint.bom.model import VOCABULARY_VERSION, Bom, BomLicense, Component

CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
CREATION = "_:creationinfo"
UNRECORDED = "1970-01-01T00:00:00Z"  # no timestamp asked for: the epoch stands for "not recorded"

DECLARED_COMMENT = (
    "Declared license: what the model card's license tag or the project config states, as written by the "
    "model's publisher; openlint has not judged it."
)
CONCLUDED_COMMENT = (
    "Concluded license: what openlint concluded binds the model after reading its license files and "
    "following its lineage (a fine-tune, adapter, merge or quantization stays bound by its base models' "
    "licenses). It differs from the declared license when the card's tag drops upstream terms."
)


def namespace(bom: Bom) -> str:
    """A document namespace derived from the content, so the same BOM always gets the same ids."""
    digest = hashlib.sha256(
        json.dumps(dataclasses.asdict(bom), sort_keys=True, default=str).encode("utf-8")
    ).hexdigest()
    doc_uuid = uuid.uuid5(uuid.NAMESPACE_URL, "openlint-bom:" + digest)
    name = "".join(ch if ch.isalnum() or ch in "-." else "-" for ch in bom.name)[:64] or "project"
    return f"https://spdx.org/spdxdocs/openlint-{name}-{doc_uuid}"


class _Graph:
    def __init__(self, base: str) -> None:
        self.base = base
        self.elements: list[dict[str, Any]] = []
        self.ids: list[str] = []

    def iri(self, local: str) -> str:
        return f"{self.base}#{local}"

    def add(self, kind: str, local: str, **fields: Any) -> str:
        spdx_id = self.iri(local)
        element = {"type": kind, "spdxId": spdx_id, "creationInfo": CREATION}
        element.update({k: v for k, v in fields.items() if v is not None and v != []})
        self.elements.append(element)
        self.ids.append(spdx_id)
        return spdx_id

    def relate(self, source: str, kind: str, targets: list[str], comment: str | None = None) -> str:
        local = "rel-" + hashlib.sha256("\x1f".join([source, kind, *targets]).encode()).hexdigest()[:16]
        return self.add("Relationship", local, relationshipType=kind, to=targets, comment=comment, **{"from": source})

    def annotate(self, subject: str, media_type: str, statement: str) -> None:
        local = "ann-" + hashlib.sha256(f"{subject}\x1f{statement}".encode()).hexdigest()[:16]
        self.add(
            "Annotation", local, annotationType="other", subject=subject, contentType=media_type, statement=statement
        )


def _expression(g: _Graph, local: str, expression: str, bom: Bom, texts: dict[str, str]) -> str:
    words = set(expression.replace("(", " ").replace(")", " ").split())
    custom = [{"type": "DictionaryEntry", "key": key, "value": texts[key]} for key in sorted(words) if key in texts]
    return g.add(
        "simplelicensing_LicenseExpression",
        local,
        simplelicensing_licenseExpression=expression,
        simplelicensing_customIdToUri=custom,
    )


def _license(g: _Graph, lic: BomLicense, texts: dict[str, str]) -> None:
    """One element per license, carrying its obligations as annotations."""
    local = "license-" + hashlib.sha256(lic.id.encode()).hexdigest()[:12]
    element = _expression(g, local, lic.spdx_id, _EMPTY, texts)
    g.annotate(element, "text/plain", f"{P.LICENSE_ID}={lic.id}")
    g.annotate(element, "text/plain", f"{P.LICENSE_STATUS}={lic.status}")
    g.annotate(element, "text/plain", f"{P.OBLIGATIONS_COMPLETE}={str(lic.complete).lower()}")
    if lic.text_sha256:
        g.annotate(element, "text/plain", f"{P.TEXT_SHA256}={lic.text_sha256}")
    for key, value in lic.facts:
        g.annotate(element, "text/plain", f"{P.LICENSE_FACT}{key}={value}")
    for record in lic.obligations:
        g.annotate(element, f"{P.MEDIA_TYPE_OBLIGATION};version={VOCABULARY_VERSION}", record.to_json())


_EMPTY = Bom("", None, [], {})


def _package(g: _Graph, c: Component) -> str:
    fields: dict[str, Any] = {"name": c.name}
    if c.revision:
        fields["software_packageVersion"] = c.revision
    if c.purl:
        fields["software_packageUrl"] = c.purl
    if "/" in c.name and not c.name.startswith((".", "/")):
        prefix = "https://huggingface.co/" + ("datasets/" if c.kind == "dataset" else "")
        fields["software_downloadLocation"] = prefix + c.name
    if c.hashes:
        fields["verifiedUsing"] = [
            {"type": "Hash", "algorithm": "sha256", "hashValue": digest, "comment": name}
            for name, _, digest in c.hashes
        ]
    if c.kind == "model":
        fields["software_primaryPurpose"] = "model"
        return g.add("ai_AIPackage", c.ref, **fields)
    fields["software_primaryPurpose"] = "data"
    fields["dataset_datasetType"] = ["noAssertion"]
    return g.add("dataset_DatasetPackage", c.ref, **fields)


def render(bom: Bom) -> str:
    """The BOM as an SPDX 3.0.1 JSON-LD document (deterministic: same input, same bytes)."""
    g = _Graph(namespace(bom))
    agent = g.add("SoftwareAgent", "openlint", name="openlint")
    tool = g.add("Tool", "openlint-tool", name=f"openlint {bom.tool_version}".strip())
    texts: dict[str, str] = {}
    for lic in bom.licenses.values():
        if lic.text:
            local = "text-" + hashlib.sha256(lic.id.encode()).hexdigest()[:12]
            texts[lic.spdx_id] = g.add(
                "simplelicensing_SimpleLicensingText", local, simplelicensing_licenseText=lic.text
            )
    for lic in bom.licenses.values():
        _license(g, lic, texts)
    packages = {c.ref: _package(g, c) for c in bom.components}
    for c in bom.components:
        package = packages[c.ref]
        if c.declared_spdx:
            declared = _expression(g, f"{c.ref}-declared", c.declared_spdx, bom, texts)
            g.relate(package, "hasDeclaredLicense", [declared], DECLARED_COMMENT)
        if c.concluded_spdx:
            concluded = _expression(g, f"{c.ref}-concluded", c.concluded_spdx, bom, texts)
            g.relate(package, "hasConcludedLicense", [concluded], CONCLUDED_COMMENT)
        for base in c.bases:
            if base.ref in packages:
                g.relate(package, "descendantOf", [packages[base.ref]], f"{P.RELATION}={base.relation}")
        trained = [packages[ref] for ref in c.datasets if ref in packages]
        if trained:
            g.relate(package, "trainedOn", trained)
        g.annotate(package, "text/plain", f"{P.ORIGIN}={c.origin}")
        for name, value in ((P.DECLARED, c.declared), (P.CONCLUDED, c.concluded), (P.PROBLEM, c.problem)):
            if value:
                g.annotate(package, "text/plain", f"{name}={value}")
        if c.drift:
            g.annotate(package, "text/plain", f"{P.DRIFT}={','.join(c.drift)}")
            g.annotate(package, "text/plain", f"{P.DRIFT_EXPLANATION}={c.drift_explanation}")
        if c.facts:
            g.annotate(package, f"{P.MEDIA_TYPE_FACTS};version={VOCABULARY_VERSION}", c.facts_json())
    for dep in bom.dependencies:
        package = g.add(
            "software_Package",
            dep.ref,
            name=dep.name,
            software_packageVersion=dep.version,
            software_packageUrl=dep.purl,
            software_primaryPurpose="library",
        )
        expression = dep.spdx_license()
        if expression:
            concluded = _expression(g, f"{dep.ref}-concluded", expression, bom, texts)
            g.relate(package, "hasConcludedLicense", [concluded])
    sbom_elements = list(g.ids)
    sbom = g.add(
        "software_Sbom",
        "sbom",
        profileConformance=["core", "software", "simpleLicensing", "ai", "dataset"],
        rootElement=[packages[c.ref] for c in bom.components if c.origin in ("declared", "discovered")]
        or list(packages.values()),
        element=sbom_elements,
        software_sbomType=["analyzed"],
    )
    document = g.add(
        "SpdxDocument",
        "document",
        name=f"AI-BOM of {bom.name}",
        dataLicense=None,
        profileConformance=["core", "software", "simpleLicensing", "ai", "dataset"],
        rootElement=[sbom],
        element=[*sbom_elements, sbom],
    )
    g.annotate(document, "text/plain", f"{P.VOCABULARY}={VOCABULARY_VERSION}")
    creation = {
        "type": "CreationInfo",
        "@id": CREATION,
        "specVersion": "3.0.1",
        "created": bom.created or UNRECORDED,
        "createdBy": [agent],
        "createdUsing": [tool],
    }
    if not bom.created:
        creation["comment"] = "No creation time was asked for (--created / SOURCE_DATE_EPOCH): the epoch stands in."
    doc = {"@context": CONTEXT, "@graph": [creation, *g.elements]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
