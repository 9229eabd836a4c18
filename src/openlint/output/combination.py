"""`openlint combine`: can material under these licences form one work, and under which licence."""

from __future__ import annotations

import json
from typing import Any

from openlint import schema_versions
from openlint.core.compatibility import Combination, Edge
from openlint.core.findings import LEGAL_NOTICE


def _edge(edge: Edge) -> dict[str, Any]:
    cite = edge.citation
    return {
        "from": edge.source,
        "to": edge.target,
        "document": cite.document,
        "section": cite.section,
        "quote": cite.quote,
        "note": cite.note,
    }


def to_dict(result: Combination) -> dict[str, Any]:
    return {
        "licenses": list(result.licenses),
        "possible": result.possible,
        "outbound": list(result.outbound),
        "carried": list(result.carried),
        "steps": [_edge(e) for e in result.steps],
        "reasons": list(result.reasons),
        "unknown": list(result.unknown),
        "summary": result.describe(),
        "legal_notice": LEGAL_NOTICE,
    }


def render_json(result: Combination) -> str:
    doc = {"schema_version": schema_versions.COMBINE, **to_dict(result)}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def render_text(result: Combination) -> str:
    verdict = {True: "combinable", False: "not combinable", None: "undecided"}[result.possible]
    lines = [f"Combining {', '.join(result.licenses)}: {verdict}"]
    if result.possible:
        if result.outbound:
            lines.append(f"  the whole can be licensed under: {', '.join(result.outbound)}")
        else:
            lines.append("  the whole can be licensed under any licence that keeps each licence's notices")
        if result.carried:
            lines.append(f"  terms that apply to the whole in any case: {', '.join(result.carried)}")
        for edge in result.steps:
            lines.append(
                f"  {edge.source} -> {edge.target}, one way: {edge.citation.document} "
                f'{edge.citation.section}: "{edge.citation.quote}"'
            )
            if edge.citation.note:
                lines.append(f"    {edge.citation.note}")
    else:
        lines.extend(f"  {reason}" for reason in result.reasons or (result.describe(),))
    lines.append(LEGAL_NOTICE)
    return "\n".join(lines) + "\n"
