"""What a BOM reader hands on: one entry per model or dataset, located at its element."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from openlint.bom import properties as P
from openlint.bom.model import ObligationRecord

MAX_ENTRIES = 20_000
MAX_STRING = 2_000_000
MAX_FACTS_DEPTH = 16  # the facts check records nest 3 deep; every later pass over them recurses


@dataclass(frozen=True)
class LicenseStatement:
    """A license as the BOM states it: an id, a name, an expression and/or a text."""

    value: str | None  # id, name or expression
    acknowledgement: str = "declared"  # declared or concluded (unspecified counts as declared)
    text: str | None = None
    text_sha256: str | None = None  # the hash an openlint BOM recorded for the text
    openlint_id: str | None = None
    obligations: tuple[ObligationRecord, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()


@dataclass
class Entry:
    name: str
    kind: str  # model or dataset
    pointer: str  # JSON pointer (or element id) of the element that names it
    licenses: list[LicenseStatement] = field(default_factory=list)
    declared: str | None = None  # openlint BOMs: the license as stated, openlint's spelling
    concluded: str | None = None
    ancestors: list[tuple[str, str | None, str]] = field(default_factory=list)  # (name, license, relation)
    facts: dict[str, Any] | None = None  # openlint BOMs: the model facts check saw
    element_id: str | None = None


@dataclass
class Document:
    path: str
    format: str  # cyclonedx-1.x, spdx-2.3, spdx-3.0.1
    entries: list[Entry]
    openlint: bool = False  # written by openlint (carries the openlint: vocabulary)
    problems: list[str] = field(default_factory=list)


def text(value: Any, limit: int = MAX_STRING) -> str | None:
    """A string field of hostile input: strings only, bounded, stripped; anything else is absent."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value[:limit] if value else None


def body(value: Any, limit: int = MAX_STRING) -> str | None:
    """A license text as written (not stripped: its hash must match the one recorded), bounded."""
    if not isinstance(value, str) or not value.strip():
        return None
    return value[:limit]


def items(value: Any, limit: int = MAX_ENTRIES) -> list[Any]:
    return value[:limit] if isinstance(value, list) else []


def mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def obligation(value: Any, problems: list[str], where: str) -> ObligationRecord | None:
    raw = text(value)
    if raw is None:
        return None
    try:
        return ObligationRecord.from_json(raw)
    except (ValueError, TypeError, KeyError) as exc:
        problems.append(f"{where}: unreadable openlint:obligation ({type(exc).__name__})")
        return None


def facts(value: str, problems: list[str], where: str) -> dict[str, Any] | None:
    """An `openlint:facts` value: the JSON object of the model facts `check` saw, else None (reported)."""
    try:
        loaded = json.loads(value)
    except (ValueError, RecursionError):
        loaded = None
    if not isinstance(loaded, dict) or _nested_deeper(loaded, MAX_FACTS_DEPTH):
        problems.append(f"{where}: unreadable {P.FACTS}")
        return None
    return loaded


def _nested_deeper(value: Any, limit: int) -> bool:
    """Whether JSON containers nest more than `limit` deep (counted without recursion)."""
    level: list[Any] = [value]
    for _ in range(limit):
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, (dict, list))
        ]
        if not level:
            return False
    return True
