"""`openlint explain --format json`: the versioned public contract (schema_version 1)."""

from __future__ import annotations

from typing import Any

from openlint import schema_versions
from openlint.core.explanation import Explanation
from openlint.core.obligations import Obligation
from openlint.core.resolve import ResolvedLicense
from openlint.output import jsondoc


def obligation_to_dict(ob: Obligation) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": ob.kind}
    out.update(ob.parameters())
    out["triggers"] = list(ob.triggers)
    out.update(ob.scoping())
    if ob.summary:
        out["summary"] = ob.summary
    if ob.confidence < 1.0:
        out["confidence"] = ob.confidence
    out["source"] = ob.source.to_dict()
    return out


def license_to_dict(lic: ResolvedLicense) -> dict[str, Any]:
    entry = lic.entry
    out: dict[str, Any] = {
        "id": lic.id,
        "status": lic.status,
        "matched_by": lic.matched_by,
        "spdx": entry.spdx if entry else lic.spdx,
        "name": entry.name if entry else None,
        "family": entry.family if entry else None,
        "osi_approved": entry.osi_approved if entry else None,
        "ai_model_license": entry.ai_model_license if entry else None,
    }
    if entry is not None:
        out["version"] = entry.version
        out["url"] = entry.url
        out["summary"] = entry.summary
        out["incorporates"] = list(entry.incorporates)
        out["obligations_complete"] = entry.obligations_complete
    if lic.exception:
        out["exception"] = lic.exception
    if lic.candidates:
        out["candidates"] = list(lic.candidates)
    if lic.note:
        out["note"] = lic.note
    out["obligations"] = [obligation_to_dict(ob) for ob in entry.obligations] if entry else []
    return out


def explanation_to_dict(explanation: Explanation) -> dict[str, Any]:
    least = explanation.least_restrictive
    return {
        "query": explanation.query,
        "expression": explanation.expression,
        "licenses": [license_to_dict(lic) for lic in explanation.licenses],
        "alternatives": [
            {
                "licenses": [lic.id for lic in alt.licenses],
                "restrictiveness": alt.restrictiveness,
                "least_restrictive": alt is least,
            }
            for alt in explanation.alternatives
        ],
        "alternatives_truncated": explanation.truncated,
    }


def render(explanation: Explanation) -> str:
    return jsondoc.render(schema_versions.EXPLAIN, explanation_to_dict(explanation))
