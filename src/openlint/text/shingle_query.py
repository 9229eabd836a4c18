"""A text's shingles as identification queries them, in memory bounded by the references' size.

Every count identification makes is of the text's shingles that some reference has; only the share
of the text a reference explains also needs how many distinct shingles the text has in all. A long
text's other shingles (prose no license contains) are therefore counted, not kept: a set of 250,000
hashes is ~17 MB, 9x a 2 MB text, where the references' whole vocabulary is ~57,000.
"""

from __future__ import annotations

import sys
from array import array
from itertools import compress
from typing import NamedTuple

from openlint.text.fingerprints import ReferenceSet

SMALL = 20_000  # shingles: a text this short is queried with a plain set (no universe is built)
PART = 32_768  # distinct hashes counted at a time outside the references
_ONE_IS_ZERO = bytes.maketrans(b"\x00\x01", b"\x01\x00")


class Query(NamedTuple):
    shingles: set[int]  # the text's distinct shingles that some reference has (all, for a short text)
    distinct: int  # the text's distinct shingles in all
    in_references: bytes | None  # per shingle position, 1 if a reference has it (None: short text, all kept)


def query_of(hashes: array[int], references: ReferenceSet) -> Query:
    if len(hashes) <= SMALL:
        shingles = set(hashes)
        return Query(shingles, len(shingles), None)
    in_references = bytes(map(references.universe().__contains__, hashes))
    shingles = set(compress(hashes, in_references))
    return Query(shingles, len(shingles) + _distinct_outside(hashes, in_references), in_references)


def _distinct_outside(hashes: array[int], in_references: bytes) -> int:
    """Distinct hashes at the positions no reference explains, counted a partition of hash values
    at a time (by their top bits), so no set holds more than about PART of them."""
    outside = in_references.translate(_ONE_IS_ZERO)
    total = outside.count(1)
    if total <= PART or hashes.itemsize != 4:
        return len(set(compress(hashes, outside)))
    bits = min(8, (total // PART).bit_length())
    parts = 1 << bits
    raw = memoryview(hashes).cast("B")
    top = bytes(raw[3::4] if sys.byteorder == "little" else raw[0::4])  # each hash's high byte
    flags = int.from_bytes(outside, "little")
    count = 0
    for part in range(parts):
        table = bytes(1 if byte >> (8 - bits) == part else 0 for byte in range(256))
        chosen = (int.from_bytes(top.translate(table), "little") & flags).to_bytes(len(outside), "little")
        count += len(set(compress(hashes, chosen)))
    return count


def explained_at(query: Query, hashes: array[int], unexplained: set[int]) -> bytes:
    """Per shingle position, 1 if some matched reference has it: the query's shingles that are not
    in `unexplained` (the query's shingles less those references')."""
    flags = bytes(map(unexplained.__contains__, hashes))  # 1: a reference's shingle, not these ones'
    if query.in_references is None:
        return flags.translate(_ONE_IS_ZERO)
    # flags is 1 only where in_references is: XOR clears those, leaving the explained positions.
    mixed = int.from_bytes(query.in_references, "little") ^ int.from_bytes(flags, "little")
    return mixed.to_bytes(len(flags), "little")
