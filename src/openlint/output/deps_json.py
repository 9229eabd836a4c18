"""`openlint deps --format json` (schema_version in openlint.schema_versions.DEPS)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openlint import schema_versions
from openlint.output import jsondoc
from openlint.sources.deps import Dependency


def dependency_to_dict(dep: Dependency, judged: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "name": dep.name,
        "version": dep.version,
        "declared": dep.declared,
        "expression": dep.expression,
        "source": dep.source,
    }
    if judged:  # status and reason mean something only against an allow-list
        doc.update(status=dep.status, reason=dep.reason)
    return doc


def render(deps: Sequence[Dependency], allowed: frozenset[str] | set[str] | None) -> str:
    doc = {
        "allowed": sorted(allowed) if allowed is not None else None,
        "dependencies": [dependency_to_dict(d, allowed is not None) for d in deps],
    }
    return jsondoc.render(schema_versions.DEPS, doc)
