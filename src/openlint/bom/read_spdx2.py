"""Read SPDX 2.2/2.3 JSON: packages (openlint's models and datasets, or every package of another tool's
document), declared/concluded licenses, extracted license texts, DESCENDANT_OF lineage, openlint annotations."""

from __future__ import annotations

import json
from typing import Any

from openlint.bom import properties as P
from openlint.bom.entries import Document, Entry, LicenseStatement, body, items, mapping, obligation, text
from openlint.bom.entries import facts as read_facts
from openlint.bom.model import ObligationRecord

NO_VALUE = {"NOASSERTION", "NONE"}


def read(data: dict[str, Any], path: str) -> Document:
    problems: list[str] = []
    written_by_openlint = P.VOCABULARY in (text(mapping(data).get("comment"), 200) or "")
    extracted: dict[str, tuple[str | None, str | None]] = {}
    for raw_info in items(data.get("hasExtractedLicensingInfos")):
        info = mapping(raw_info)
        lic_id = text(info.get("licenseId"), 300)
        if lic_id:
            comment = text(info.get("comment"), 2000) or ""
            sha = next((w.split("=", 1)[1] for w in comment.split() if w.startswith(P.TEXT_SHA256 + "=")), None)
            extracted[lic_id] = (body(info.get("extractedText")), sha)
    notes: dict[str, list[str]] = {}
    for raw_package in items(data.get("packages")):
        package = mapping(raw_package)
        spdx_id = text(package.get("SPDXID"), 500)
        for annotation in items(package.get("annotations")):
            note_text = text(mapping(annotation).get("comment"))
            if spdx_id and note_text:
                notes.setdefault(spdx_id, []).append(note_text)
    for raw_annotation in items(data.get("annotations")):
        annotation = mapping(raw_annotation)
        subject, said = text(annotation.get("spdxElementId"), 500), text(annotation.get("comment"))
        if subject and said:
            notes.setdefault(subject, []).append(said)
    entries: dict[str, Entry] = {}
    for i, raw_package in enumerate(items(data.get("packages"))):
        package = mapping(raw_package)
        spdx_id, name = text(package.get("SPDXID"), 500), text(package.get("name"), 500)
        if not spdx_id or not name:
            continue
        comment = text(package.get("comment"), 500) or ""
        kind = "dataset" if comment.startswith("dataset") else "model"
        if written_by_openlint and not comment.startswith(("model", "dataset")):
            continue  # --deps packages
        pointer = f"/packages/{i}"
        plain: dict[str, str] = {}
        records: dict[str, list[ObligationRecord]] = {}
        facts = None
        for note in notes.get(spdx_id, []):
            if note.startswith(P.OBLIGATION + " "):
                record = obligation(note.removeprefix(P.OBLIGATION + " "), problems, pointer)
                if record is not None:
                    records.setdefault(record.license, []).append(record)
            elif note.startswith(P.FACTS + " "):
                facts = read_facts(note.removeprefix(P.FACTS + " "), problems, pointer)
            elif note.startswith("openlint:") and "=" in note:
                key, value = note.split("=", 1)
                plain.setdefault(key, value)
                if key == P.LICENSE_ID:
                    parts = value.split()
                    if len(parts) >= 3:
                        lic_id, spdx, status = parts[0], parts[1], parts[2]
                        lic_text, sha = extracted.get(spdx, (None, None))
                        facts_pairs = (("status", status),)
                        records.setdefault(lic_id, [])
                        plain[f"license:{lic_id}"] = json.dumps([spdx, lic_text, sha, facts_pairs])
        entry = Entry(
            name=name,
            kind=kind,
            pointer=pointer,
            declared=plain.get(P.DECLARED),
            concluded=plain.get(P.CONCLUDED),
            facts=facts,
            element_id=spdx_id,
        )
        for field_name, ack in (("licenseDeclared", "declared"), ("licenseConcluded", "concluded")):
            stated = text(package.get(field_name), 10_000)
            if stated and stated not in NO_VALUE:
                lic_text = extracted[stated][0] if stated in extracted else None
                entry.licenses.append(LicenseStatement(stated, ack, lic_text))
        for lic_id, found in records.items():
            stored = plain.get(f"license:{lic_id}")
            spdx, lic_text, sha, pairs = json.loads(stored) if stored else (lic_id, None, None, [])
            entry.licenses.append(
                LicenseStatement(spdx, "concluded", lic_text, sha, lic_id, tuple(found), tuple(map(tuple, pairs)))
            )
        entries[spdx_id] = entry
    for raw_relation in items(data.get("relationships")):
        relation = mapping(raw_relation)
        source = text(relation.get("spdxElementId"), 500)
        rel_type = text(relation.get("relationshipType"), 100)
        target = text(relation.get("relatedSpdxElement"), 500)
        said = text(relation.get("comment"), 500) or ""
        how = said.split("=", 1)[1] if said.startswith(P.RELATION + "=") else "derived"
        pairs = {"DESCENDANT_OF": (source, target), "ANCESTOR_OF": (target, source)}.get(rel_type or "")
        if pairs and pairs[0] in entries and pairs[1]:
            base = entries.get(pairs[1])
            entries[pairs[0]].ancestors.append((base.name if base else pairs[1], None, how))
    return Document(path, "spdx-2.3", list(entries.values()), written_by_openlint, problems)
