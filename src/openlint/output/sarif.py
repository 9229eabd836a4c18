"""SARIF 2.1.0 for GitHub code scanning: one run, rules with helpUri, results with real locations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openlint import __version__
from openlint.checking.engine import Report
from openlint.checking.rules import Rule
from openlint.core.findings import LEGAL_NOTICE, REVIEW_CONFIDENCE, Location, docs_url

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "note": "note"}
SRCROOT = "%SRCROOT%"
CONFIG_ERROR_RULE = "openlint-config-error"


def _physical(location: Location, report: Report) -> dict[str, Any] | None:
    """A location relative to the repository root (uriBaseId %SRCROOT%), whatever the working directory;
    None for a file outside the repository (a model card in the Hugging Face cache): never an absolute URI."""
    from openlint.checking.gate import relative_uri

    base = Path(report.base_dir) if report.base_dir else Path.cwd()
    root = Path(report.repository_root) if report.repository_root else base
    uri = relative_uri(location.path, base, root)
    if uri is None:
        return None
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri, "uriBaseId": SRCROOT}}
    if location.line:
        physical["region"] = {"startLine": location.line}
    return {"physicalLocation": physical}


def _run(
    rules: list[dict[str, Any]], results: list[dict[str, Any]], properties: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "tool": {
            "driver": {
                "name": "openlint",
                "version": __version__,
                "informationUri": "https://github.com/openlint/openlint",
                "rules": rules,
            }
        },
        "originalUriBaseIds": {SRCROOT: {"description": {"text": "The root of the checked repository."}}},
        "results": results,
        "properties": {"legalNotice": LEGAL_NOTICE, **(properties or {})},
    }


def _document(run: dict[str, Any]) -> str:
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def render_error(message: str) -> str:
    """A SARIF file for a run that could not check (bad config, missing path): the error is the one result,
    so that an upload step after a failed gate still shows why."""
    descriptor = {
        "id": CONFIG_ERROR_RULE,
        "name": "configuration-error",
        "shortDescription": {"text": "openlint could not check the project: bad input."},
        "helpUri": "https://github.com/openlint/openlint/blob/main/docs/check.md",
        "defaultConfiguration": {"level": "error"},
    }
    result = {"ruleId": CONFIG_ERROR_RULE, "ruleIndex": 0, "level": "error", "message": {"text": message}}
    return _document(_run([descriptor], [result]))


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    spec = rule.spec
    return {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": spec.rationale},
        "help": {
            "text": f"{spec.remediation}\n\nExample:\n{spec.example}",
            "markdown": f"{spec.remediation}\n\nExample:\n```toml\n{spec.example}\n```",
        },
        "helpUri": docs_url(spec.code),
        "defaultConfiguration": {"level": LEVELS[spec.severity]},
        "properties": {"tags": ["license", "compliance"]},
    }


def render(report: Report, rules: Sequence[Rule]) -> str:
    ids = [r.code for r in rules]
    results = []
    for finding in report.findings:
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "level": LEVELS[finding.severity],
            "message": {
                "text": finding.message + (f' Exact text: "{finding.required_text}".' if finding.required_text else "")
            },
            "partialFingerprints": {"openlint/v1": finding.fingerprint()},
            "properties": {
                "model": finding.model,
                "license": finding.license,
                "kind": finding.kind,
                "undecided": finding.undecided,
                "basis": finding.basis.to_dict(),
            },
        }
        if finding.rule in ids:
            result["ruleIndex"] = ids.index(finding.rule)
        places = [p for p in (_physical(loc, report) for loc in (finding.location, *finding.related) if loc) if p]
        if not places and report.config_path is not None:  # outside the repository (HF cache): the config
            places = [p for p in [_physical(Location(report.config_path, 1), report)] if p]
        if places:  # code scanning shows a result at its first location inside the repository
            result["locations"] = [places[0]]
            places = places[1:]
        related = [{"id": index, **place} for index, place in enumerate(places)]
        if related:
            result["relatedLocations"] = related
        results.append(result)
    properties = {"checked": report.checked(), "reviewConfidence": REVIEW_CONFIDENCE}
    return _document(_run([_rule_descriptor(r) for r in rules], results, properties))
