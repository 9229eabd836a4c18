"""Reference fingerprints: hashed word shingles per clause, built from the reference texts.

The package ships hashes only (rules/fingerprints/licenses.json, made by
scripts/build_fingerprints.py), never the license texts themselves.
"""

from __future__ import annotations

import base64
import json
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from openlint._data import data_dir
from openlint.text.normalize import SHINGLE, Tokens, shingles, words

FORMAT_VERSION = 1
_SECTION = re.compile(r"^\s*(?:section\s+)?((?:\d+|[ivx]+|[a-z])(?:[.)](?:\d+|[ivx]+|[a-z]))*)[.)]\s", re.IGNORECASE)


@dataclass(frozen=True)
class Clause:
    """A paragraph of a reference text: its size, nearest section label and shingle hashes."""

    words: int
    section: str
    hashes: frozenset[int]


@dataclass(frozen=True)
class Reference:
    id: str
    family: str
    source: str
    words: int
    clauses: tuple[Clause, ...]
    hashes: frozenset[int] = frozenset()  # union of the clauses' hashes, computed once at load


def reference(ref_id: str, family: str, source: str, n_words: int, clauses: tuple[Clause, ...]) -> Reference:
    union: frozenset[int] = frozenset().union(*(c.hashes for c in clauses)) if clauses else frozenset()
    return Reference(ref_id, family, source, n_words, clauses, union)


def _pack(values: set[int]) -> str:
    return base64.b64encode(array("I", sorted(values)).tobytes()).decode("ascii")


def _unpack(text: str) -> frozenset[int]:
    values = array("I")
    values.frombytes(base64.b64decode(text))
    return frozenset(values)


def paragraphs(text: str) -> list[tuple[str, Tokens]]:
    """Split on blank lines; each paragraph with the section label it starts with (or inherits)."""
    out: list[tuple[str, Tokens]] = []
    section = ""
    for block in re.split(r"\n[ \t]*\n", text):
        match = _SECTION.match(block)
        if match:
            section = match.group(1).rstrip(".)")
        out.append((section, words(block)))
    return out


def fingerprint(ref_id: str, family: str, source: str, text: str) -> dict[str, object]:
    """A JSON-ready fingerprint of one reference text."""
    tokens = words(text).texts
    sections: list[str] = []
    sizes: list[int] = []
    starts: list[int] = []
    position = 0
    for section, para in paragraphs(text):
        sections.append(section)
        sizes.append(len(para))
        starts.append(position)
        position += len(para)
    hashes: list[set[int]] = [set() for _ in sections]
    # Shingles span paragraph breaks in the running text; each belongs to the paragraph it starts in.
    current = 0
    for index, value in shingles(tokens):
        while current + 1 < len(starts) and starts[current + 1] <= index:
            current += 1
        if hashes:
            hashes[current].add(value)
    clauses = [
        {"section": section, "words": size, "hashes": _pack(values)}
        for section, size, values in zip(sections, sizes, hashes, strict=True)
        if size
    ]
    return {"id": ref_id, "family": family, "source": source, "words": len(tokens), "clauses": clauses}


def write_store(path: Path, refs: list[dict[str, object]]) -> None:
    doc = {"format": FORMAT_VERSION, "shingle": SHINGLE, "references": refs}
    path.write_text(json.dumps(doc, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


def read_store(path: Path) -> tuple[Reference, ...]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != FORMAT_VERSION or doc.get("shingle") != SHINGLE:
        raise ValueError(f"{path}: fingerprint format mismatch; rebuild with scripts/build_fingerprints.py")
    return tuple(
        reference(
            r["id"],
            r["family"],
            r["source"],
            r["words"],
            tuple(Clause(c["words"], c["section"], _unpack(c["hashes"])) for c in r["clauses"]),
        )
        for r in doc["references"]
    )


@lru_cache(maxsize=1)
def default_references() -> tuple[Reference, ...]:
    return read_store(data_dir() / "fingerprints" / "licenses.json")
