"""Read CycloneDX 1.4-1.7 JSON: machine-learning-model and data components, their licenses and pedigree."""

from __future__ import annotations

from typing import Any

from openlint.bom import properties as P
from openlint.bom.entries import MAX_ENTRIES, Document, Entry, LicenseStatement, items, mapping, obligation, text
from openlint.bom.entries import body as body_text
from openlint.bom.entries import facts as read_facts

MAX_DEPTH = 8
ML_TYPES = {"machine-learning-model": "model", "data": "dataset"}


def _properties(value: Any) -> list[tuple[str, str]]:
    out = []
    for prop in items(mapping(value).get("properties")):
        name, val = text(mapping(prop).get("name"), 200), text(mapping(prop).get("value"))
        if name is not None and val is not None:
            out.append((name, val))
    return out


def _license(choice: Any, problems: list[str], where: str) -> LicenseStatement | None:
    choice = mapping(choice)
    expression = text(choice.get("expression"), 10_000)
    if expression is not None:
        return LicenseStatement(expression, text(choice.get("acknowledgement"), 20) or "declared")
    lic = mapping(choice.get("license"))
    if not lic:
        return None
    props = _properties(lic)
    lic_body = mapping(lic.get("text"))
    content = body_text(lic_body.get("content"))
    if content is not None and lic_body.get("encoding") == "base64":
        content = None  # not decoded: a text openlint would have to trust blindly
    records = []
    for name, value in props:
        if name == P.OBLIGATION:
            record = obligation(value, problems, where)
            if record is not None:
                records.append(record)
    prop = dict(props)
    facts = tuple((k.removeprefix(P.LICENSE_FACT), v) for k, v in props if k.startswith(P.LICENSE_FACT))
    return LicenseStatement(
        text(lic.get("id"), 300) or text(lic.get("name"), 1000),
        text(lic.get("acknowledgement"), 20) or "declared",
        content,
        prop.get(P.TEXT_SHA256),
        prop.get(P.LICENSE_ID),
        tuple(records),
        facts,
    )


def _name(component: dict[str, Any]) -> str | None:
    name = text(component.get("name"), 500)
    group = text(component.get("group"), 500)
    if name is None:
        return None
    return f"{group}/{name}" if group and not name.startswith(group + "/") else name


def _entry(component: dict[str, Any], pointer: str, problems: list[str]) -> Entry | None:
    kind = ML_TYPES.get(str(component.get("type")))
    name = _name(component)
    if kind is None or name is None:
        return None
    licenses = []
    for i, choice in enumerate(items(component.get("licenses"))):
        found = _license(choice, problems, f"{pointer}/licenses/{i}")
        if found is not None:
            licenses.append(found)
    props = dict(_properties(component))
    ancestors = []
    for ancestor in items(mapping(component.get("pedigree")).get("ancestors")):
        ancestor = mapping(ancestor)
        base = _name(ancestor)
        if base is None:
            continue
        statements = [s for s in (_license(c, problems, pointer) for c in items(ancestor.get("licenses"))) if s]
        relation = dict(_properties(ancestor)).get(P.RELATION, "derived")
        ancestors.append((base, " AND ".join(s.value for s in statements if s.value) or None, relation))
    return Entry(
        name=name,
        kind=kind,
        pointer=pointer,
        licenses=licenses,
        declared=props.get(P.DECLARED),
        concluded=props.get(P.CONCLUDED),
        ancestors=ancestors,
        facts=read_facts(props[P.FACTS], problems, pointer) if P.FACTS in props else None,
        element_id=text(component.get("bom-ref"), 500),
    )


def read(data: dict[str, Any], path: str) -> Document:
    spec = text(data.get("specVersion"), 10) or "?"
    problems: list[str] = []
    entries = []
    metadata = mapping(data.get("metadata"))
    subject = mapping(metadata.get("component"))
    if subject:
        found = _entry(subject, "/metadata/component", problems)
        if found is not None:
            entries.append(found)
    # Nested components (an application holding its models) are read too, to a bounded depth and count.
    stack = [(mapping(c), f"/components/{i}", 0) for i, c in enumerate(items(data.get("components")))][::-1]
    while stack and len(entries) < MAX_ENTRIES:
        component, pointer, depth = stack.pop()
        found = _entry(component, pointer, problems)
        if found is not None:
            entries.append(found)
        if depth < MAX_DEPTH:
            children = items(component.get("components"))
            stack.extend(
                (mapping(c), f"{pointer}/components/{j}", depth + 1) for j, c in reversed(list(enumerate(children)))
            )
    written_by_openlint = any(name == P.VOCABULARY for name, _ in _properties(metadata))
    return Document(path, f"cyclonedx-{spec}", entries, written_by_openlint, problems)
