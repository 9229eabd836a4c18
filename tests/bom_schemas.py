"""Validate BOM documents against the official schemas in ../shared/schemas (and spdx-tools for 2.3)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from conftest import SHARED, require_shared

SCHEMAS = SHARED / "schemas"


@cache
def _cyclonedx(spec: str) -> Any:
    from jsonschema import Draft7Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    registry: Registry[Any] = Registry()
    for path in sorted((SCHEMAS / "cyclonedx").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        registry = registry.with_resource(data.get("$id", path.name), Resource.from_contents(data, DRAFT7))
    schema = json.loads((SCHEMAS / "cyclonedx" / f"bom-{spec}.schema.json").read_text(encoding="utf-8"))
    return Draft7Validator(schema, registry=registry)


@cache
def _spdx3(name: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads((SCHEMAS / "spdx3" / name).read_text(encoding="utf-8")))


def cyclonedx_errors(doc: dict[str, Any]) -> list[str]:
    require_shared()
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in _cyclonedx(doc["specVersion"]).iter_errors(doc)]


def spdx3_errors(doc: dict[str, Any]) -> list[str]:
    """The official SPDX 3.0.1 JSON schema, in its newer shacl2code build (../shared/schemas/README.md:
    same verdicts as the gh-pages build, which takes minutes per document with jsonschema)."""
    require_shared()
    name = "spdx-3.0.1-json-schema.spdx-org-sha256-582c64e8.json"
    return [f"{name}: {e.message[:200]}" for e in _spdx3(name).iter_errors(doc)]


def spdx2_errors(text: str, suffix: str, tmp: Path) -> list[str]:
    """spdx-tools' own parser and validator, plus the official 2.3 JSON schema for JSON documents."""
    from spdx_tools.spdx.parser.parse_anything import parse_file
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

    require_shared()
    path = tmp / f"doc{suffix}"
    path.write_text(text, encoding="utf-8")
    out = [m.validation_message for m in validate_full_spdx_document(parse_file(str(path)))]
    if suffix == ".spdx.json":
        from jsonschema import Draft7Validator

        schema = json.loads((SCHEMAS / "spdx2" / "spdx-2.3-schema.json").read_text(encoding="utf-8"))
        out += [e.message[:200] for e in Draft7Validator(schema).iter_errors(json.loads(text))]
    return out
