"""Read SPDX 3.0.x JSON-LD: AI and dataset packages, their declared/concluded licenses, lineage, annotations."""

from __future__ import annotations

from typing import Any

from openlint.bom import properties as P
from openlint.bom.entries import Document, Entry, LicenseStatement, body, items, mapping, obligation, text
from openlint.bom.entries import facts as read_facts
from openlint.bom.model import ObligationRecord

PACKAGE_TYPES = {
    "ai_AIPackage": "model",
    "AIPackage": "model",
    "dataset_DatasetPackage": "dataset",
    "DatasetPackage": "dataset",
}
LISTED_PREFIX = "https://spdx.org/licenses/"


def _type(element: dict[str, Any]) -> str:
    kind = element.get("type") or element.get("@type")
    return kind if isinstance(kind, str) else ""


class _Reader:
    def __init__(self, graph: list[Any]) -> None:
        self.problems: list[str] = []
        self.by_id: dict[str, tuple[int, dict[str, Any]]] = {}
        for i, element in enumerate(graph):
            element = mapping(element)
            spdx_id = text(element.get("spdxId") or element.get("@id"), 2000)
            if spdx_id:
                self.by_id.setdefault(spdx_id, (i, element))
        self.graph = graph
        self.notes: dict[str, list[tuple[str, str]]] = {}  # subject -> (content type, statement)
        self.relations: list[tuple[str, str, list[str], str | None]] = []
        for element in graph:
            element = mapping(element)
            kind = _type(element)
            if kind == "Annotation":
                subject, statement = text(element.get("subject"), 2000), text(element.get("statement"))
                if subject and statement:
                    media = text(element.get("contentType"), 200) or "text/plain"
                    self.notes.setdefault(subject, []).append((media, statement))
            elif kind == "Relationship":
                source = text(element.get("from"), 2000)
                rel = text(element.get("relationshipType"), 100)
                targets = [t for t in (text(x, 2000) for x in items(element.get("to"))) if t]
                if source and rel and targets:
                    self.relations.append((source, rel, targets, text(element.get("comment"), 500)))

    def plain(self, subject: str) -> dict[str, str]:
        """`name=value` text annotations of an element."""
        out: dict[str, str] = {}
        for media, statement in self.notes.get(subject, []):
            if media == "text/plain" and statement.startswith("openlint:") and "=" in statement:
                name, value = statement.split("=", 1)
                out.setdefault(name, value)
        return out

    def records(self, subject: str, where: str) -> tuple[ObligationRecord, ...]:
        out = []
        for media, statement in self.notes.get(subject, []):
            if media.startswith(P.MEDIA_TYPE_OBLIGATION):
                record = obligation(statement, self.problems, where)
                if record is not None:
                    out.append(record)
        return tuple(out)

    def license_value(self, target: str) -> tuple[str | None, str | None]:
        """(id/name/expression, text) of a license element, or the target itself when it is no element."""
        found = self.by_id.get(target)
        if found is None:
            if target.startswith(LISTED_PREFIX):
                return target.removeprefix(LISTED_PREFIX), None
            return target, None  # some producers put a bare license name here
        element = found[1]
        value = text(element.get("simplelicensing_licenseExpression"), 10_000) or text(element.get("name"), 1000)
        if value is None and _type(element).endswith("ListedLicense"):
            value = target.rsplit("/", 1)[-1]
        licence_text = body(element.get("simplelicensing_licenseText"))
        for entry in items(element.get("simplelicensing_customIdToUri")):
            uri = text(mapping(entry).get("value"), 2000)
            linked = self.by_id.get(uri or "")
            if linked is not None:
                licence_text = body(linked[1].get("simplelicensing_licenseText")) or licence_text
        return value, licence_text

    def license_elements(self) -> dict[str, LicenseStatement]:
        """openlint's one-element-per-license statements, by the SPDX id they are written as."""
        out: dict[str, LicenseStatement] = {}
        for spdx_id, (i, element) in self.by_id.items():
            if _type(element) != "simplelicensing_LicenseExpression":
                continue
            plain = self.plain(spdx_id)
            if P.LICENSE_ID not in plain:
                continue
            value, licence_text = self.license_value(spdx_id)
            if value is None:
                continue
            facts = tuple((k.removeprefix(P.LICENSE_FACT), v) for k, v in plain.items() if k.startswith(P.LICENSE_FACT))
            out[value] = LicenseStatement(
                value,
                "concluded",
                licence_text,
                plain.get(P.TEXT_SHA256),
                plain[P.LICENSE_ID],
                self.records(spdx_id, f"/@graph/{i}"),
                facts,
            )
        return out


def read(data: dict[str, Any], path: str) -> Document:
    graph = items(data.get("@graph")) if "@graph" in data else [data]
    reader = _Reader(graph)
    per_license = reader.license_elements()
    position = {key: i for i, key in enumerate(per_license)}
    entries: dict[str, Entry] = {}
    for spdx_id, (i, element) in reader.by_id.items():
        kind = PACKAGE_TYPES.get(_type(element))
        name = text(element.get("name"), 500)
        if kind is None or name is None:
            continue
        plain = reader.plain(spdx_id)
        facts = None
        for media, statement in reader.notes.get(spdx_id, []):
            if media.startswith(P.MEDIA_TYPE_FACTS):
                facts = read_facts(statement, reader.problems, f"/@graph/{i}")
        entries[spdx_id] = Entry(
            name=name,
            kind=kind,
            pointer=f"/@graph/{i}",
            declared=plain.get(P.DECLARED),
            concluded=plain.get(P.CONCLUDED),
            facts=facts,
            element_id=spdx_id,
        )
    for source, rel, targets, comment in reader.relations:
        if rel in ("hasDeclaredLicense", "hasConcludedLicense") and source in entries:
            for target in targets:
                value, licence_text = reader.license_value(target)
                ack = "declared" if rel == "hasDeclaredLicense" else "concluded"
                entries[source].licenses.append(LicenseStatement(value, ack, licence_text))
                if ack == "concluded" and value is not None:
                    words = set(value.replace("(", " ").replace(")", " ").split())
                    named = sorted(words & per_license.keys(), key=position.__getitem__)  # not a scan per relation
                    entries[source].licenses.extend(per_license[key] for key in named)
        elif rel in ("descendantOf", "ancestorOf"):
            relation = comment.split("=", 1)[1] if comment and comment.startswith(P.RELATION + "=") else "derived"
            pairs = [(source, t) for t in targets] if rel == "descendantOf" else [(t, source) for t in targets]
            for child, parent in pairs:
                if child in entries:
                    base = reader.by_id.get(parent)
                    base_name = text(base[1].get("name"), 500) if base else None
                    entries[child].ancestors.append((base_name or parent, None, relation))
    written_by_openlint = any(
        statement.startswith(P.VOCABULARY) for notes in reader.notes.values() for _, statement in notes
    )
    return Document(path, "spdx-3.0.1", list(entries.values()), written_by_openlint, reader.problems)
