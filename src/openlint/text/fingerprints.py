"""Reference fingerprints: hashed word shingles per clause, built from the reference texts.

The package ships hashes only (rules/fingerprints/licenses.json, made by
scripts/build_fingerprints.py), never the license texts themselves.
"""

from __future__ import annotations

import base64
import json
import re
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import count
from pathlib import Path
from typing import Any, Protocol

from openlint._data import data_dir
from openlint.text.normalize import SHINGLE, Tokens, shingle_hashes, words
from openlint.text.programs import prebuilt

FORMAT_VERSION = 5  # 5: each reference carries the words of the licensor its text names
SAMPLE = 8  # the inverted index holds shingles whose hash is a multiple of this (1 in 8)
_SECTION = prebuilt(r"^\s*(?:section\s+)?((?:\d+|[ivx]+|[a-z])(?:[.)](?:\d+|[ivx]+|[a-z]))*)[.)]\s", re.IGNORECASE)


class Query(Protocol):
    """A text's shingles as a reference's clauses are counted against them."""

    def count_present(self, ref: Reference, start: int, end: int) -> int:
        """How many of ref.packed()[start:end] (one clause's: distinct) the text has."""
        ...


class Reference:
    """One reference text. Its hash set is built on demand from the store's arrays: a lookup needs
    only the best match's, and a process that never builds it does not pay to create or free it."""

    def __init__(self, store: ReferenceSet, index: int, meta: dict[str, Any]) -> None:
        self._store, self._index = store, index
        self.id: str = meta["id"]
        self.family: str = meta["family"]
        self.source: str = meta["source"]
        self.words: int = meta["words"]
        self.distinct: int = meta["distinct"]  # number of different shingles
        self.sampled: int = meta["sampled"]  # how many of those are in the sampled index
        self._clause_meta: list[dict[str, Any]] = meta["clauses"]
        # The words naming the licensor in the reference's text (copyright line, "Licensor" defined):
        # empty for a template anyone applies ("Copyright (c) <year> <copyright holders>").
        self.licensor: frozenset[str] = frozenset(meta["licensor"])
        self._hashes: frozenset[int] | None = None
        self._sorted: array[int] | None = None
        self._ranks: array[int] | None = None
        self._bounds: dict[int, list[int]] = {}

    def __repr__(self) -> str:
        return f"Reference({self.id!r})"

    def _packed(self) -> array[int]:
        """This reference's hashes, clause after clause, as stored (a clause's are sorted and distinct)."""
        first = self._store.first_clause[self._index]
        return self._store.span(first, first + len(self._clause_meta))

    def packed(self) -> array[int]:
        """This reference's hashes, clause after clause (a hash may recur across clauses)."""
        return self._packed()

    def between(self, start: int, end: int) -> array[int]:
        """packed()[start:end], without copying the rest."""
        offset = self._store.clause_start(self._store.first_clause[self._index])
        return self._store.hashes_between(offset + start, offset + end)

    def sorted_hashes(self) -> array[int]:
        """This reference's distinct hashes in ascending order (4 bytes each, kept once built)."""
        if self._sorted is None:
            self._sorted = array("I", sorted(set(self._packed())))
        return self._sorted

    def ranks(self) -> array[int]:
        """For each packed hash, its position in sorted_hashes() (kept once built)."""
        if self._ranks is None:
            position = dict(zip(self.sorted_hashes(), count()))
            self._ranks = array("I", map(position.__getitem__, self._packed()))
        return self._ranks

    def bounds(self, bits: int) -> list[int]:
        """Where each run of sorted_hashes() sharing its top `bits` bits starts (and the end)."""
        found = self._bounds.get(bits)
        if found is None:
            values, shift = self.sorted_hashes(), 32 - bits
            found = self._bounds[bits] = [bisect_left(values, top << shift) for top in range(1 << bits)]
            found.append(len(values))
        return found

    @property
    def hashes(self) -> frozenset[int]:
        if self._hashes is None:
            self._hashes = frozenset(self._packed())
        return self._hashes

    def within(self, query: AbstractSet[int]) -> bool:
        """Is every shingle of this reference in `query`? Checked on the packed hashes, stopping at
        the first one missing, without building the hash set (a verbatim license is the common case)."""
        return all(map(query.__contains__, self._packed()))

    def clause_presence(self, query: Query) -> list[tuple[str, int, float | None]]:
        """(section, words, share of the clause's shingles found in `query`) per clause; None for a
        clause too short to have shingles of its own. Counted on the store's arrays: no set per clause."""
        first = self._store.first_clause[self._index]
        base = self._store.clause_start(first)
        out: list[tuple[str, int, float | None]] = []
        for i, c in enumerate(self._clause_meta):
            start, end = self._store.clause_start(first + i) - base, self._store.clause_start(first + i + 1) - base
            # A clause's hashes are stored sorted and distinct (see store_document).
            share = query.count_present(self, start, end) / (end - start) if end > start else None
            out.append((c["section"], c["words"], share))
        return out


def _array(typecode: str, text: str) -> array[int]:
    values = array(typecode)
    values.frombytes(base64.b64decode(text))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _pack(typecode: str, values: list[int]) -> str:
    packed = array(typecode, values)
    if sys.byteorder != "little":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


class ReferenceSet:
    """All reference fingerprints, as flat arrays of clause hashes, plus an inverted index of a
    1-in-SAMPLE share of the shingles (those whose hash is a multiple of SAMPLE) to the references
    containing them. The sample picks the few references worth an exact count (see identify)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        if doc.get("format") != FORMAT_VERSION or doc.get("shingle") != SHINGLE or doc.get("sample") != SAMPLE:
            raise ValueError("fingerprint format mismatch; rebuild with scripts/build_fingerprints.py")
        self._hashes = _array("I", doc["clause_hashes"])
        self._clause_offsets = _array("I", doc["clause_offsets"])
        self._sample_groups = dict(zip(_array("I", doc["sample_vocabulary"]), _array("I", doc["groups"]), strict=True))
        self._sample_vocabulary = frozenset(self._sample_groups)  # set & set runs in C: no filter per shingle
        self._members = base64.b64decode(doc["group_members"])  # one byte per reference index
        self._member_offsets = _array("I", doc["group_offsets"])
        metas: list[dict[str, Any]] = doc["references"]
        self.first_clause: list[int] = []
        count = 0
        for meta in metas:
            self.first_clause.append(count)
            count += len(meta["clauses"])
        self.references = tuple(Reference(self, i, meta) for i, meta in enumerate(metas))

    def span(self, first: int, end: int) -> array[int]:
        """Hashes of clauses first .. end-1 (one reference's clauses are contiguous)."""
        return self._hashes[self._clause_offsets[first] : self._clause_offsets[end]]

    def clause_start(self, clause: int) -> int:
        return self._clause_offsets[clause]

    def hashes_between(self, start: int, end: int) -> array[int]:
        return self._hashes[start:end]

    def sample_counts(self, query: Iterable[int]) -> list[int]:
        """How many of the sampled shingles of `query` each reference contains (compare with
        Reference.sampled, the number it has)."""
        # Shingles found in the same references form a group: count per group (a few hundred),
        # then per reference.
        found = Counter(map(self._sample_groups.__getitem__, self._sample_vocabulary.intersection(query)))
        counts = [0] * len(self.references)
        members, offsets = self._members, self._member_offsets
        for group, hits in found.items():
            for ref in members[offsets[group] : offsets[group + 1]]:
                counts[ref] += hits
        return counts


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
    for index, value in enumerate(shingle_hashes(tokens)):
        while current + 1 < len(starts) and starts[current + 1] <= index:
            current += 1
        if hashes:
            hashes[current].add(value)
    clauses = [
        {"section": section, "words": size, "hashes": sorted(values)}
        for section, size, values in zip(sections, sizes, hashes, strict=True)
        if size
    ]
    from openlint.text.licensor import licensor_words  # only building a store reads names

    licensor = sorted(frozenset().union(*licensor_words(text)))
    return {
        "id": ref_id,
        "family": family,
        "source": source,
        "words": len(tokens),
        "licensor": licensor,
        "clauses": clauses,
    }


def store_document(fingerprints: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON store for fingerprints made by `fingerprint`: metadata plus packed arrays."""
    if len(fingerprints) > 255:
        raise ValueError("postings are one byte per reference: at most 255 references")
    clause_hashes: list[int] = []
    clause_offsets = [0]
    where: dict[int, set[int]] = {}
    metas = []
    for index, ref in enumerate(fingerprints):
        distinct: set[int] = set()
        for clause in ref["clauses"]:
            clause_hashes.extend(clause["hashes"])
            clause_offsets.append(len(clause_hashes))
            distinct.update(clause["hashes"])
        sampled = [value for value in distinct if not value % SAMPLE]
        for value in sampled:
            where.setdefault(value, set()).add(index)
        clauses = [{"section": c["section"], "words": c["words"]} for c in ref["clauses"]]
        identity = {k: ref[k] for k in ("id", "family", "source", "words", "licensor")}
        metas.append({**identity, "distinct": len(distinct), "sampled": len(sampled), "clauses": clauses})
    vocabulary = sorted(where)
    # Shingles found in the same references form a group: a lookup yields the group, and counting
    # per group then per reference is far less work than per shingle.
    group_ids: dict[tuple[int, ...], int] = {}
    groups = [group_ids.setdefault(tuple(sorted(where[value])), len(group_ids)) for value in vocabulary]
    members: list[int] = []
    group_offsets = [0]
    for refs in group_ids:  # insertion order is id order
        members.extend(refs)
        group_offsets.append(len(members))
    return {
        "format": FORMAT_VERSION,
        "shingle": SHINGLE,
        "sample": SAMPLE,
        "references": metas,
        "clause_hashes": _pack("I", clause_hashes),
        "clause_offsets": _pack("I", clause_offsets),
        "sample_vocabulary": _pack("I", vocabulary),
        "groups": _pack("I", groups),
        "group_members": _pack("B", members),
        "group_offsets": _pack("I", group_offsets),
    }


def write_store(path: Path, fingerprints: list[dict[str, Any]]) -> None:
    doc = store_document(fingerprints)
    path.write_text(json.dumps(doc, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


def read_store(path: Path) -> ReferenceSet:
    try:
        return ReferenceSet(json.loads(path.read_text(encoding="utf-8")))
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


@lru_cache(maxsize=1)
def default_references() -> ReferenceSet:
    return read_store(data_dir() / "fingerprints" / "licenses.json")
