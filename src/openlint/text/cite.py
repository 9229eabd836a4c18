"""Where a reading came from: an obligation citing the document lines a view's span holds."""

from __future__ import annotations

from typing import Any

from openlint.core.kinds import ObligationKind, Trigger
from openlint.core.obligations import Obligation, Source
from openlint.text.view import LineIndex, Paragraph

EVERY_TRIGGER: tuple[Trigger, ...] = ("use", "modify", "distribute", "serve")


def cite(
    kind: ObligationKind,
    summary: str,
    confidence: float,
    para: Paragraph,
    start: int,
    end: int,
    path: str,
    index: LineIndex,
    triggers: tuple[Trigger, ...] = EVERY_TRIGGER,
    scope: str | None = None,
    **params: Any,
) -> Obligation:
    """An obligation citing the document lines that hold para.text[start:end] (view offsets)."""
    begin, finish = para.origin(start), para.origin(max(start, end - 1)) + 1
    return Obligation(
        kind=kind,
        triggers=triggers,
        summary=summary,
        scope=scope,
        confidence=confidence,
        source=Source(
            path=path,
            start_line=index.line(begin),
            end_line=index.line(max(begin, finish - 1)),
            text=" ".join(para.text[start:end].split())[:300],
        ),
        **params,
    )
