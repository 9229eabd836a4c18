"""The one finding type every check produces and every reporter renders."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "note"]
SEVERITY_RANK: dict[str, int] = {"note": 0, "warning": 1, "error": 2}
# What a finding rests on: a catalog entry, obligations read from a licence text, or the project's and
# models' metadata (declarations, cards, lineage) with no licence terms behind it.
BasisSource = Literal["catalog", "text", "metadata"]
# A finding built from an obligation read from a licence text with less confidence than this asks for
# review, and a blocker among them is reported as a warning (docs/certainty.md).
REVIEW_CONFIDENCE = 0.85
LEGAL_NOTICE = "openlint reports what its licence catalog and the licence texts it read say; this is not legal advice."


@dataclass(frozen=True)
class Basis:
    """What a finding rests on, so a reader can weigh it: `complete` for a catalog entry (are all its
    obligations described?), `confidence` for obligations read from a text (the reading's confidence)."""

    source: BasisSource
    license: str | None = None
    complete: bool | None = None
    confidence: float | None = None
    review: bool = False  # read below REVIEW_CONFIDENCE: to review
    lowered: bool = False  # a blocker reported as a warning because of that
    clause: str | None = None  # the catalog section, or the file lines the obligation was read from

    def describe(self) -> str:
        if self.source == "catalog":
            state = "complete" if self.complete else "incomplete: not every obligation is described"
            where = f", section {self.clause}" if self.clause else ""
            return f"catalog entry {self.license}{where} ({state})"
        if self.source == "text":
            out = f"read from the licence text {self.license}"
            if self.clause:
                out += f" ({self.clause})"
            if self.confidence is not None:
                out += f", confidence {self.confidence:.2f}"
            if self.lowered:
                out += f" (below {REVIEW_CONFIDENCE:.2f}: a possible blocker to review, reported as a warning)"
            elif self.review:
                out += f" (below {REVIEW_CONFIDENCE:.2f}: to review)"
            return out
        return "model and project metadata"

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "license": self.license,
            "complete": self.complete,
            "confidence": self.confidence,
            "review": self.review,
            "lowered": self.lowered,
            "clause": self.clause,
        }


DOCS_BASE_URL = "https://github.com/openlint/openlint/blob/main/docs/rules.md"


def docs_url(code: str) -> str:
    """Where a rule is documented (an anchor per rule code in docs/rules.md)."""
    return f"{DOCS_BASE_URL}#{code.lower()}"


@dataclass(frozen=True)
class Location:
    path: str
    line: int | None = None


@dataclass(frozen=True)
class Finding:
    rule: str
    name: str
    severity: Severity
    message: str
    remediation: str
    model: str | None = None
    license: str | None = None
    kind: str | None = None
    location: Location | None = None
    required_text: str | None = None
    undecided: bool = False
    extra: tuple[tuple[str, str], ...] = field(default=())
    basis: Basis = field(default=Basis("metadata"))
    related: tuple[Location, ...] = field(default=())  # e.g. the use declaration behind a finding at a load call
    # A blocker naming several clauses of its licence (checking.blockers): each clause's identity, sorted.
    clauses: tuple[str, ...] = field(default=())

    @property
    def docs_url(self) -> str:
        return docs_url(self.rule)

    def fingerprint(self) -> str:
        """Stable identity for baselines: what and where, not the wording. A blocker naming several clauses
        covers each of them, so a baseline recorded before another clause was broken does not hide it."""
        key = "\x1f".join(
            [
                self.rule,
                self.model or "",
                self.license or "",
                self.kind or "",
                self.required_text or "",
                str(self.undecided),
                *self.clauses,
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def at_or_above(finding: Finding, threshold: Severity) -> bool:
    return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]
