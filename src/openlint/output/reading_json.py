"""`openlint explain PATH --format json`: what a license file says (schema_version 1)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openlint import schema_versions
from openlint.output import jsondoc
from openlint.output.explain_json import obligation_to_dict
from openlint.text.read import DocumentReading


def reading_to_dict(reading: DocumentReading) -> dict[str, Any]:
    ident = reading.identification
    best = ident.best
    return {
        "path": reading.path,
        "verdict": reading.verdict,
        "license": reading.license_id,
        "name": reading.entry.name if reading.entry else None,
        "family": reading.entry.family if reading.entry else None,
        "confidence": ident.confidence if reading.license_id else 0.0,
        "closest": (
            {"license": best.reference.id, "similarity": round(best.containment, 3)}
            if best is not None and reading.license_id is None
            else None
        ),
        "also_contains": [m.reference.id for m in ident.also_contains],
        "identified_by": "title" if reading.by_title else "text",
        "truncated": reading.truncated,
        "unread": list(reading.unread),
        "differences": [
            {
                "kind": d.kind,
                "status": d.status,
                "detail": d.detail,
                "catalog": obligation_to_dict(d.catalog) if d.catalog else None,
                "text": obligation_to_dict(d.text) if d.text else None,
            }
            for d in reading.differences
        ],
        "missing_clauses": [{"section": c.section, "words": c.words} for c in ident.missing],
        "added_passages": [
            {"start_line": a.start_line, "end_line": a.end_line, "words": a.words, "inside": a.inside}
            for a in ident.added
        ],
        "obligations": [obligation_to_dict(ob) for ob in reading.obligations],
    }


def render(
    query: str,
    readings: Sequence[DocumentReading],
    cards: Sequence[dict[str, Any]] = (),
    not_read: Sequence[tuple[str, str]] = (),
) -> str:
    """`cards`: the model cards of the directories explained (`model_cards`); `not_read`: (directory, note)
    for each licence-looking entry of a directory that was not read (`not_read`); each only when non-empty."""
    doc: dict[str, Any] = {"query": query, "documents": [reading_to_dict(r) for r in readings]}
    if cards:
        doc["model_cards"] = list(cards)
    if not_read:
        doc["not_read"] = [{"directory": directory, "note": note} for directory, note in not_read]
    return jsondoc.render(schema_versions.READING, doc)
