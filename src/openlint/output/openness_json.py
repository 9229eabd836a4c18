"""`openlint openness --format json` (schema_version 2: evidence strength, `insufficient-evidence`,
what a verdict rests on, disagreements between sources)."""

from __future__ import annotations

from typing import Any

from openlint import schema_versions
from openlint.openness.classify import Verdict
from openlint.output import jsondoc


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    release = verdict.release
    return {
        "name": release.name,
        "producer": release.producer,
        "evidence": release.source,
        "category": verdict.category,
        "evidence_strength": verdict.basis,
        "rests_on": list(verdict.rests_on),
        "would_change": [{"if": a.condition, "category": a.category, "osaid": a.osaid} for a in verdict.would_change],
        "missing_evidence": list(verdict.missing_evidence),
        "disagreements": list(verdict.disagreements),
        "interpretations": list(release.interpretations),
        "osaid": {"conformant": verdict.osaid, "missing": list(verdict.osaid_missing)},
        "mof": {"class": verdict.mof_class, "missing_for_next_class": list(verdict.next_class_missing)},
        "reasons": list(verdict.reasons),
        "notes": list(release.notes),
        "components": [
            {
                "name": c.name,
                "type": c.type,
                "state": c.state,
                "released": c.released,
                "strength": c.strength,
                "location": c.location,
                "license": c.license_name,
                "license_resolved": c.judgment.license,
                "license_open": c.judgment.verdict,
                "reason": c.judgment.reason,
                "warning": c.judgment.warning,
                "evidence": c.evidence,
            }
            for c in release.components
        ],
    }


def render(verdicts: list[Verdict]) -> str:
    return jsondoc.render(schema_versions.OPENNESS, {"releases": [verdict_to_dict(v) for v in verdicts]})
