"""Write the JSON Schemas under schemas/: `python scripts/gen_schemas.py` (tests fail when they are stale).

`[tool.openlint]`, rule files and licence catalog files are generated from the pydantic models (and
type adapters) their loaders validate with. The output documents are built as dicts by the
renderers in src/openlint/output/, so their schemas are written here by hand; their enumerations and
versions still come from the code (Literal types, openlint.schema_versions). The schemas leave objects
open, because fields may be added within a version; the tests close them to catch an undocumented field."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, get_args

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from openlint import schema_versions  # noqa: E402
from openlint.core.config_models import Settings  # noqa: E402
from openlint.core.findings import BasisSource, Severity  # noqa: E402
from openlint.core.resolve import MatchKind  # noqa: E402
from openlint.core.resolve import Status as LicenseStatus  # noqa: E402
from openlint.openness.classify import Category, Tri  # noqa: E402
from openlint.openness.licensing import Openness  # noqa: E402
from openlint.openness.release import Released, Strength  # noqa: E402
from openlint.sources.deps import Status as DepStatus  # noqa: E402

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE = "https://github.com/openlint/openlint/blob/main/schemas/"

STR: dict[str, Any] = {"type": "string"}
INT: dict[str, Any] = {"type": "integer"}
NUM: dict[str, Any] = {"type": "number"}
BOOL: dict[str, Any] = {"type": "boolean"}
RULE_CODE: dict[str, Any] = {"type": "string", "pattern": "^[A-Z]{2,5}[0-9]{3}$"}  # rules.RuleSpec.code: yours too


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def enum(literal: Any) -> dict[str, Any]:
    return {"enum": list(get_args(literal))}


def obj(required: dict[str, Any], optional: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {**required, **(optional or {})}, "required": list(required), **extra}


def document(name: str, title: str, schema: dict[str, Any], defs: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"$schema": DRAFT, "$id": BASE + name, "title": title, **schema}
    if defs:
        out["$defs"] = defs
    return out


def version(number: int) -> dict[str, Any]:
    return {"const": number}


LOCATION = obj({"path": STR, "line": nullable(INT)})
SOURCE_FIELDS = {"section": STR, "quote": STR, "document": STR, "path": STR, "start_line": INT, "end_line": INT}
SOURCE = obj({}, {**SOURCE_FIELDS, "text": STR})
# an obligation's parameters (threshold, metric, regions, ...) sit beside its kind: see docs/obligations.md
OBLIGATION = obj(
    {"kind": STR, "triggers": array(STR), "source": {"$ref": "#/$defs/source"}},
    {"scope": STR, "conditions": array(STR), "summary": STR, "confidence": NUM},
    additionalProperties=True,
)


def check_schema() -> dict[str, Any]:
    basis = obj(
        {
            "source": enum(BasisSource),
            "license": nullable(STR),
            "complete": nullable(BOOL),
            "confidence": nullable(NUM),
            "review": BOOL,
            "lowered": BOOL,
            "clause": nullable(STR),
        }
    )
    finding = obj(
        {
            "rule": RULE_CODE,
            "name": STR,
            "severity": enum(Severity),
            "kind": nullable(STR),
            "model": nullable(STR),
            "license": nullable(STR),
            "message": STR,
            "remediation": nullable(STR),
            "required_text": nullable(STR),
            "undecided": BOOL,
            "docs_url": STR,
            "fingerprint": STR,
            "location": nullable({"$ref": "#/$defs/location"}),
            "basis": {"$ref": "#/$defs/basis"},
            "related_locations": array({"$ref": "#/$defs/location"}),
        }
    )
    model = obj(
        {
            "model": STR,
            "license": nullable(STR),
            "origin": nullable(STR),
            "licenses": array(STR),
            "assumed_alternative": array(STR),
            "alternatives": INT,
        }
    )
    count = {"type": "integer", "minimum": 0}
    summary = obj(
        {
            "error": count,
            "warning": count,
            "note": count,
            "undecided": count,
            "fail_on": enum(Severity),
            "failed": BOOL,
            "checks": count,
            "checked": STR,
            "review_confidence": NUM,
            "suppressed": {"type": "object", "additionalProperties": count},
            "config": nullable(STR),
            "notices": array(STR),
            "models": array(model),
        }
    )
    top = obj(
        {
            "schema_version": version(schema_versions.CHECK),
            "findings": array({"$ref": "#/$defs/finding"}),
            "summary": summary,
            "legal_notice": STR,
        }
    )
    defs = {"location": LOCATION, "basis": basis, "finding": finding}
    return document("check.schema.json", "openlint check --format json", top, defs)


def license_schema() -> dict[str, Any]:
    return obj(
        {
            "id": STR,
            "status": enum(LicenseStatus),
            "matched_by": nullable(enum(MatchKind)),
            "spdx": nullable(STR),
            "name": nullable(STR),
            "family": nullable(STR),
            "osi_approved": nullable(BOOL),
            "ai_model_license": nullable(BOOL),
            "obligations": array({"$ref": "#/$defs/obligation"}),
        },
        {
            "version": nullable(STR),
            "url": nullable(STR),
            "summary": nullable(STR),
            "incorporates": array(STR),
            "obligations_complete": BOOL,
            "exception": STR,
            "candidates": array(STR),
            "note": STR,
        },
    )


def explain_schema() -> dict[str, Any]:
    alternative = obj({"licenses": array(STR), "restrictiveness": NUM, "least_restrictive": BOOL})
    top = obj(
        {
            "schema_version": version(schema_versions.EXPLAIN),
            "query": STR,
            "expression": nullable(STR),
            "licenses": array({"$ref": "#/$defs/license"}),
            "alternatives": array(alternative),
            "alternatives_truncated": BOOL,
        }
    )
    defs = {"license": license_schema(), "obligation": OBLIGATION, "source": SOURCE}
    return document("explain.schema.json", "openlint explain NAME --format json", top, defs)


def reading_schema() -> dict[str, Any]:
    difference = obj(
        {
            "kind": STR,
            "status": {"enum": ["changed", "only_in_text", "only_in_catalog"]},
            "detail": nullable(STR),
            "catalog": nullable({"$ref": "#/$defs/obligation"}),
            "text": nullable({"$ref": "#/$defs/obligation"}),
        }
    )
    reading = obj(
        {
            "path": STR,
            "verdict": STR,
            "license": nullable(STR),
            "name": nullable(STR),
            "family": nullable(STR),
            "confidence": NUM,
            "closest": nullable(obj({"license": STR, "similarity": NUM})),
            "also_contains": array(STR),
            "identified_by": {"enum": ["title", "text"]},
            "truncated": BOOL,
            "unread": array(STR),
            "differences": array(difference),
            "missing_clauses": array(obj({"section": STR, "words": INT})),
            "added_passages": array(obj({"start_line": INT, "end_line": INT, "words": INT, "inside": BOOL})),
            "obligations": array({"$ref": "#/$defs/obligation"}),
        }
    )
    card = obj(
        {
            "path": STR,
            "license": nullable(STR),
            "license_name": nullable(STR),
            "license_link": nullable(STR),
            "expression": nullable(STR),
            "read_from": nullable(STR),
            "problems": array(STR),
        }
    )
    top = obj(
        {"schema_version": version(schema_versions.READING), "query": STR, "documents": array(reading)},
        {"model_cards": array(card), "not_read": array(obj({"directory": STR, "note": STR}))},
    )
    defs = {"obligation": OBLIGATION, "source": SOURCE}
    return document("explain-files.schema.json", "openlint explain PATH... --format json", top, defs)


def openness_schema() -> dict[str, Any]:
    tri = enum(Tri)
    component = obj(
        {
            "name": STR,
            "type": nullable(STR),
            "state": STR,
            "released": enum(Released),
            "strength": enum(Strength),
            "location": nullable(STR),
            "license": nullable(STR),
            "license_resolved": nullable(STR),
            "license_open": enum(Openness),
            "reason": nullable(STR),
            "warning": nullable(STR),
            "evidence": nullable(STR),
        }
    )
    release = obj(
        {
            "name": STR,
            "producer": nullable(STR),
            "evidence": nullable(STR),
            "category": enum(Category),
            "evidence_strength": enum(Strength),
            "rests_on": array(STR),
            "would_change": array(obj({"if": STR, "category": STR, "osaid": tri})),
            "missing_evidence": array(STR),
            "disagreements": array(STR),
            "interpretations": array(STR),
            "osaid": obj({"conformant": tri, "missing": array(STR)}),
            "mof": obj({"class": nullable({"enum": [1, 2, 3]}), "missing_for_next_class": array(STR)}),
            "reasons": array(STR),
            "notes": array(STR),
            "components": array(component),
        }
    )
    top = obj({"schema_version": version(schema_versions.OPENNESS), "releases": array(release)})
    return document("openness.schema.json", "openlint openness --format json", top)


def deps_schema() -> dict[str, Any]:
    dep = obj(
        {"name": STR, "version": STR, "declared": nullable(STR), "expression": nullable(STR), "source": STR},
        {"status": enum(DepStatus), "reason": STR},
    )
    top = obj(
        {
            "schema_version": version(schema_versions.DEPS),
            "allowed": nullable(array(STR)),
            "dependencies": array(dep),
        }
    )
    return document("deps.schema.json", "openlint deps --format json", top)


def combine_schema() -> dict[str, Any]:
    step = obj(
        {
            "from": STR,
            "to": STR,
            "document": STR,
            "section": STR,
            "quote": STR,
            "note": nullable(STR),
        }
    )
    top = obj(
        {
            "schema_version": version(schema_versions.COMBINE),
            "licenses": array(STR),
            "possible": nullable(BOOL),
            "outbound": array(STR),
            "carried": array(STR),
            "steps": array(step),
            "reasons": array(STR),
            "unknown": array(STR),
            "summary": STR,
            "legal_notice": STR,
        }
    )
    return document("combine.schema.json", "openlint combine --format json", top)


def audit_schema() -> dict[str, Any]:
    record = obj(
        {"schema_version": version(schema_versions.AUDIT), "path": STR, "id": STR, "findings": array(RULE_CODE)},
        {
            "model": STR,
            "error": STR,
            "license": nullable(STR),
            "expression": nullable(STR),
            "status": STR,
            "restrictive": array(STR),
            "license_file": STR,
            "base_model": array(STR),
            "base_model_relation": STR,
            "card_problems": array(STR),
            "upstream_licenses": array(STR),
            "drift": array(STR),
            "unresolved_bases": array(STR),
            "merge_conflicts": array(STR),
            "name_prefix_missing": array(STR),
        },
    )
    return document("audit-record.schema.json", "one JSON line of openlint audit", record)


def config_schema() -> dict[str, Any]:
    schema = Settings.model_json_schema(by_alias=True, mode="validation")
    schema.pop("title", None)
    # a before-validator turns the TOML table {"2024-06" = 650000000} into pairs: the file holds the table
    by_month = schema["$defs"]["UseProfile"]["properties"]["monthly-active-users-by-month"]
    table = {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}
    by_month["anyOf"] = [table, *by_month["anyOf"]]
    return document("config.schema.json", "[tool.openlint] (pyproject.toml) or openlint.toml", schema)


def rule_file_schema() -> dict[str, Any]:
    """A rule file, from the pydantic model the rule loader validates it with (rule_file_model.RuleSpec)."""
    from openlint.checking.rule_file_model import RuleSpec

    schema = RuleSpec.model_json_schema(by_alias=True, mode="validation")
    schema.pop("title", None)
    return document("rule.schema.json", "a rule file: rules/checks/*.toml or an organisation's rules", schema)


def catalog_entry_schema() -> dict[str, Any]:
    """A licence catalog file, from the type the catalog loader validates it with (pydantic's TypeAdapter of
    LicenseEntry) and the id pattern the entry checks."""
    from pydantic import TypeAdapter

    from openlint.core import catalog

    schema = TypeAdapter(catalog.LicenseEntry).json_schema(mode="validation")
    schema.pop("title", None)
    schema["properties"]["id"]["pattern"] = catalog._ID.pattern
    return document("catalog-entry.schema.json", "a licence catalog file: rules/licenses/*.toml", schema)


SCHEMAS = {
    "check.schema.json": check_schema,
    "explain.schema.json": explain_schema,
    "explain-files.schema.json": reading_schema,
    "openness.schema.json": openness_schema,
    "deps.schema.json": deps_schema,
    "combine.schema.json": combine_schema,
    "audit-record.schema.json": audit_schema,
    "config.schema.json": config_schema,
    "rule.schema.json": rule_file_schema,
    "catalog-entry.schema.json": catalog_entry_schema,
}


def rendered() -> dict[str, str]:
    return {name: json.dumps(make(), indent=2, ensure_ascii=False) + "\n" for name, make in SCHEMAS.items()}


def main() -> None:
    for name, text in rendered().items():
        (ROOT / "schemas" / name).write_text(text, encoding="utf-8")
        print(f"wrote schemas/{name}")


if __name__ == "__main__":
    main()
