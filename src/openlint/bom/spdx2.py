"""SPDX 2.3 JSON and tag-value through spdx-tools (its model, validator and writers).

SPDX 2.3 has no AI profile: models and datasets are packages (purpose OTHER, the kind in the comment),
lineage is DESCENDANT_OF, training data is OTHER with an `openlint:trained-on` comment, and obligations
are package annotations whose comment is `openlint:obligation <JSON>` (docs/bom.md)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from openlint.bom import properties as P
from openlint.bom.model import VOCABULARY_VERSION, Bom, Component
from openlint.bom.spdx3 import CONCLUDED_COMMENT, DECLARED_COMMENT, namespace
from openlint.errors import OpenlintError

NO_TEXT = (
    "openlint does not reproduce this license's text; see its URL. The obligations openlint reads in it are "
    "in this document's annotations ({P.OBLIGATION})."
)


def spdx_id(ref: str) -> str:
    return "SPDXRef-" + ref


def _created(bom: Bom) -> datetime:
    if not bom.created:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return datetime.fromisoformat(bom.created.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None)


def document(bom: Bom) -> Any:
    """The spdx-tools Document for a BOM."""
    from spdx_tools.common.spdx_licensing import spdx_licensing
    from spdx_tools.spdx.model import (
        Actor,
        ActorType,
        Annotation,
        AnnotationType,
        Checksum,
        ChecksumAlgorithm,
        CreationInfo,
        Document,
        ExternalPackageRef,
        ExternalPackageRefCategory,
        ExtractedLicensingInfo,
        Package,
        PackagePurpose,
        Relationship,
        RelationshipType,
        SpdxNoAssertion,
    )

    created = _created(bom)
    tool = Actor(ActorType.TOOL, f"openlint-{bom.tool_version}")
    info = CreationInfo(
        spdx_version="SPDX-2.3",
        spdx_id="SPDXRef-DOCUMENT",
        name=f"AI-BOM of {bom.name}",
        document_namespace=namespace(bom),
        creators=[tool],
        created=created,
        creator_comment=None if bom.created else "No creation time was asked for: the epoch stands in.",
        document_comment=f"{P.VOCABULARY}={VOCABULARY_VERSION}",
    )
    packages: list[Any] = []
    annotations: list[Any] = []
    relationships: list[Any] = []

    def note(element: str, comment: str) -> None:
        annotations.append(Annotation(element, AnnotationType.OTHER, tool, created, comment))

    def expression(text: str | None) -> Any:
        return spdx_licensing.parse(text) if text else SpdxNoAssertion()

    for c in bom.components:
        element = spdx_id(c.ref)
        refs = [ExternalPackageRef(ExternalPackageRefCategory.PACKAGE_MANAGER, "purl", c.purl)] if c.purl else []
        attribution = sorted(
            {
                str(r.obligation.text)
                for lic in c.licenses
                if lic in bom.licenses
                for r in bom.licenses[lic].obligations
                if r.obligation.kind == "attribution" and r.obligation.text
            }
        )
        packages.append(
            Package(
                spdx_id=element,
                name=c.name,
                download_location=_download(c) or SpdxNoAssertion(),
                version=c.revision,
                files_analyzed=False,
                checksums=[Checksum(ChecksumAlgorithm.SHA256, digest) for _, _, digest in c.hashes],
                license_concluded=expression(c.concluded_spdx),
                license_declared=expression(c.declared_spdx),
                license_comment=_license_comment(c) if c.declared_spdx or c.concluded_spdx else None,
                comment=f"{c.kind} ({P.ORIGIN}={c.origin})",
                external_references=refs,
                attribution_texts=attribution,
                primary_package_purpose=PackagePurpose.OTHER,
            )
        )
        relationships.append(Relationship("SPDXRef-DOCUMENT", RelationshipType.DESCRIBES, element))
        for base in c.bases:
            relationships.append(
                Relationship(
                    element, RelationshipType.DESCENDANT_OF, spdx_id(base.ref), f"{P.RELATION}={base.relation}"
                )
            )
        for dataset in c.datasets:
            relationships.append(Relationship(element, RelationshipType.OTHER, spdx_id(dataset), "openlint:trained-on"))
        for name, value in ((P.DECLARED, c.declared), (P.CONCLUDED, c.concluded), (P.PROBLEM, c.problem)):
            if value:
                note(element, f"{name}={value}")
        if c.drift:
            note(element, f"{P.DRIFT}={','.join(c.drift)}")
            note(element, f"{P.DRIFT_EXPLANATION}={c.drift_explanation}")
        for name, _, digest in c.hashes:
            note(element, f"{P.WEIGHT_SHA256}={name}:{digest}")
        if c.facts:
            note(element, f"{P.FACTS} {c.facts_json()}")
        for lic_id in c.licenses:
            lic = bom.licenses.get(lic_id)
            if lic is None:
                continue
            note(element, f"{P.LICENSE_ID}={lic.id} {lic.spdx_id} {lic.status} complete={str(lic.complete).lower()}")
            for record in lic.obligations:
                note(element, f"{P.OBLIGATION} {record.to_json()}")
    for dep in bom.dependencies:
        element = spdx_id(dep.ref)
        packages.append(
            Package(
                spdx_id=element,
                name=dep.name,
                download_location=SpdxNoAssertion(),
                version=dep.version,
                files_analyzed=False,
                license_concluded=expression(dep.spdx_license()),
                external_references=[ExternalPackageRef(ExternalPackageRefCategory.PACKAGE_MANAGER, "purl", dep.purl)],
                comment="python distribution (openlint deps)",
                primary_package_purpose=PackagePurpose.LIBRARY,
            )
        )
        relationships.append(Relationship("SPDXRef-DOCUMENT", RelationshipType.DESCRIBES, element))
    extracted = []
    for lic in bom.licenses.values():
        if not lic.spdx_id.startswith("LicenseRef-"):
            continue
        text = lic.text or NO_TEXT.format(P=P)
        extracted.append(
            ExtractedLicensingInfo(
                license_id=lic.spdx_id,
                extracted_text=text,
                license_name=lic.name,
                cross_references=[lic.url] if lic.url else [],
                comment=f"{P.LICENSE_ID}={lic.id}" + (f" {P.TEXT_SHA256}={lic.text_sha256}" if lic.text_sha256 else ""),
            )
        )
    return Document(
        info,
        packages=packages,
        annotations=annotations,
        relationships=relationships,
        extracted_licensing_info=extracted,
    )


def _download(c: Component) -> str | None:
    if "/" in c.name and not c.name.startswith((".", "/")):
        return "https://huggingface.co/" + ("datasets/" if c.kind == "dataset" else "") + c.name
    return None


def _license_comment(c: Component) -> str:
    parts = [DECLARED_COMMENT, CONCLUDED_COMMENT]
    if c.drift_explanation:
        parts.append(c.drift_explanation)
    return " ".join(parts)


def validate(doc: Any) -> list[str]:
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

    return [m.validation_message for m in validate_full_spdx_document(doc)]


def _json(doc: Any) -> dict[str, Any]:
    """spdx-tools' JSON form of the document, its annotations grouped by element once: its converter
    scans every annotation for each package (quadratic: 27 s of a 37 s write at 900 packages)."""
    from spdx_tools.spdx.jsonschema.annotation_converter import AnnotationConverter
    from spdx_tools.spdx.jsonschema.document_converter import DocumentConverter

    annotations = doc.annotations
    doc.annotations = []
    try:
        data: dict[str, Any] = DocumentConverter().convert(doc)
    finally:
        doc.annotations = annotations
    converter = AnnotationConverter()
    by_element: dict[str, list[Any]] = {}
    for annotation in annotations:
        by_element.setdefault(annotation.spdx_id, []).append(annotation)
    for package in data.get("packages", []):
        found = by_element.pop(package["SPDXID"], [])
        if found:
            package["annotations"] = [converter.convert(a) for a in found]
    # as spdx-tools does: annotations of the document itself stay at the top (no files or snippets here)
    rest = [converter.convert(a) for a in annotations if a.spdx_id in by_element]
    if rest:
        data["annotations"] = rest
    return data


def render(bom: Bom, tag_value: bool = False, check: bool = False) -> str:
    """The BOM as SPDX 2.3 JSON (or tag-value). With `check`, spdx-tools validates it first (the tests
    validate every document this writes; its validator is quadratic in the number of annotations, minutes
    for a thousand models, so it is not run on every write)."""
    doc = document(bom)
    problems = validate(doc) if check else []
    if problems:
        raise OpenlintError("SPDX 2.3 document failed spdx-tools validation: " + "; ".join(problems[:3]))
    stream = io.StringIO()
    if tag_value:
        from spdx_tools.spdx.writer.tagvalue.tagvalue_writer import write_document_to_stream as write_tv

        write_tv(doc, stream, validate=False)
    else:
        import json

        data = _json(doc)
        for package in data.get("packages", []):
            for ref in package.get("externalRefs", []):
                # spdx-tools 0.8 writes the 2.2 spelling; the 2.3 schema wants PACKAGE-MANAGER
                ref["referenceCategory"] = ref["referenceCategory"].replace("_", "-")
        stream.write(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return stream.getvalue()
