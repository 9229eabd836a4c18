"""The one finding type every check produces and every reporter renders."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "note"]
SEVERITY_RANK: dict[str, int] = {"note": 0, "warning": 1, "error": 2}

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
    related: tuple[Location, ...] = field(default=())  # e.g. the use declaration behind a finding at a load call

    @property
    def docs_url(self) -> str:
        return docs_url(self.rule)

    def fingerprint(self) -> str:
        """Stable identity for baselines: what and where, not the wording."""
        key = "\x1f".join(
            [
                self.rule,
                self.model or "",
                self.license or "",
                self.kind or "",
                self.required_text or "",
                str(self.undecided),
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def at_or_above(finding: Finding, threshold: Severity) -> bool:
    return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]
