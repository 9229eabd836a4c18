"""SARIF 2.1.0 for GitHub code scanning: one run, rules with helpUri, results with real locations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from openlint import __version__
from openlint.engine import Report
from openlint.findings import LEGAL_NOTICE, REVIEW_CONFIDENCE, docs_url
from openlint.rules import Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "note": "note"}


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
        if finding.location is not None:
            physical: dict[str, Any] = {"artifactLocation": {"uri": finding.location.path}}
            if finding.location.line:
                physical["region"] = {"startLine": finding.location.line}
            result["locations"] = [{"physicalLocation": physical}]
        results.append(result)
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "openlint",
                        "version": __version__,
                        "informationUri": "https://github.com/openlint/openlint",
                        "rules": [_rule_descriptor(r) for r in rules],
                    }
                },
                "results": results,
                "properties": {
                    "legalNotice": LEGAL_NOTICE,
                    "checked": report.checked(),
                    "reviewConfidence": REVIEW_CONFIDENCE,
                },
            }
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
