"""`openlint check --format json`: the versioned findings contract (schema_version 1)."""

from __future__ import annotations

from typing import Any

from openlint import schema_versions
from openlint.checking.engine import Report
from openlint.core.findings import LEGAL_NOTICE, REVIEW_CONFIDENCE, Finding
from openlint.output import jsondoc


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    return {
        "rule": finding.rule,
        "name": finding.name,
        "severity": finding.severity,
        "kind": finding.kind,
        "model": finding.model,
        "license": finding.license,
        "message": finding.message,
        "remediation": finding.remediation,
        "required_text": finding.required_text,
        "undecided": finding.undecided,
        "docs_url": finding.docs_url,
        "fingerprint": finding.fingerprint(),
        "location": {"path": loc.path, "line": loc.line} if loc else None,
        "basis": finding.basis.to_dict(),
        "related_locations": [{"path": r.path, "line": r.line} for r in finding.related],
    }


def summary(report: Report) -> dict[str, Any]:
    counts = {sev: sum(1 for f in report.findings if f.severity == sev) for sev in ("error", "warning", "note")}
    return {
        **counts,
        "undecided": sum(1 for f in report.findings if f.undecided),
        "fail_on": report.fail_on,
        "failed": bool(report.failing()),
        "checks": report.checks,
        "checked": f"{report.checked()}",
        "review_confidence": REVIEW_CONFIDENCE,
        "suppressed": dict(report.suppressed),
        "config": report.config_path,
        "notices": list(report.notices),
        "models": [
            {
                "model": m.label,
                "license": m.query,
                "origin": m.origin,
                "licenses": list(m.licenses),
                "assumed_alternative": list(m.chosen),
                "alternatives": m.alternatives,
            }
            for m in report.models
        ],
    }


def render(report: Report) -> str:
    findings = [finding_to_dict(f) for f in report.findings]
    doc = {"findings": findings, "summary": summary(report), "legal_notice": LEGAL_NOTICE}
    return jsondoc.render(schema_versions.CHECK, doc)
