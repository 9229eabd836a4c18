"""`openlint deps` as text: one line per distribution."""

from __future__ import annotations

from collections.abc import Sequence

from openlint.output.escape import printable
from openlint.sources.deps import Dependency


def render(deps: Sequence[Dependency], judged: bool) -> str:
    lines = []
    for d in deps:
        status = f"  {d.status.upper():8} {d.reason}" if judged else ""
        lines.append(printable(f"{d.name:32} {d.version:14} {d.expression or '?':40} [{d.source}]{status}") + "\n")
    return "".join(lines)
