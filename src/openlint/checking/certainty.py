"""How certain a finding is: what it rests on (a catalog entry or a licence text read heuristically),
and lowering a blocker that rests only on a low-confidence reading to a warning that asks for review."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from openlint.core.catalog import LicenseEntry
from openlint.core.findings import REVIEW_CONFIDENCE, Basis, Severity
from openlint.core.obligations import Obligation

TEXT_ENTRY_PREFIX = "LicenseRef-text-"  # entries built from a LICENSE file's wording (models.license_text)


def is_text_reading(entry: LicenseEntry, ob: Obligation | None, text_entry: LicenseEntry | None) -> bool:
    """True when the terms were read from a licence text rather than taken from the catalog."""
    if text_entry is not None and entry is text_entry:
        return True
    if entry.id.startswith(TEXT_ENTRY_PREFIX):
        return True
    return ob is not None and ob.source.path is not None and ob.source.section is None


def basis_of(
    entry: LicenseEntry | None,
    license_id: str | None,
    ob: Obligation | None,
    text_entry: LicenseEntry | None = None,
    root: Path | None = None,
) -> Basis:
    """The basis of a finding about `license_id` (and, for obligation rules, the obligation `ob`); file
    lines are shown relative to `root` (the project) when inside it."""
    if entry is None:
        return Basis("metadata", license_id)
    clause = _clause(ob, root)
    if is_text_reading(entry, ob, text_entry):
        if ob is not None:
            confidence: float | None = ob.confidence
        else:
            confidence = min((o.confidence for o in entry.obligations), default=None)
        return Basis("text", license_id, complete=False, confidence=confidence, clause=clause)
    confidence = ob.confidence if ob is not None and ob.confidence < 1.0 else None
    return Basis("catalog", license_id, complete=entry.obligations_complete, confidence=confidence, clause=clause)


def _clause(ob: Obligation | None, root: Path | None) -> str | None:
    if ob is None:
        return None
    src = ob.source
    if src.path is not None:
        lines = f":{src.start_line}" if src.start_line else ""
        if src.end_line and src.end_line != src.start_line:
            lines += f"-{src.end_line}"
        return _relative(src.path, root) + lines
    return f"{src.document} {src.section}" if src.document else src.section


def _relative(path: str, root: Path | None) -> str:
    if root is None:
        return path
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return path


def weigh(
    severity: Severity, basis: Basis, from_obligation: bool = True, lower_blockers: bool = False
) -> tuple[Severity, Basis]:
    """A finding built from an obligation read from a text below REVIEW_CONFIDENCE asks for review; a
    blocker among them stays an error (the gate does not pass on a term it could not confirm) unless
    `lower_blockers` (review-blockers = "warn") reports it as a warning. A duty or a note keeps its
    severity. Findings about a licence as a whole (`from_obligation` false) show the reading's lowest
    confidence but are not weighed by it."""
    if not from_obligation or basis.source != "text" or basis.confidence is None:
        return severity, basis
    if basis.confidence >= REVIEW_CONFIDENCE:
        return severity, basis
    lowered = lower_blockers and severity == "error"
    return ("warning" if lowered else severity), dataclasses.replace(basis, review=True, lowered=lowered)


def review_note(basis: Basis, lowered: bool, blocker: bool = False) -> str:
    """What the message of a finding read with low confidence adds."""
    what = "a possible blocker; review the text" if lowered or blocker else "review the text"
    return (
        f" (read from the licence text with confidence {basis.confidence:.2f}, below {REVIEW_CONFIDENCE:.2f}: {what})"
    )
