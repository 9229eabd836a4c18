"""A text's distinct shingles as a plain set: what the partitioned query must answer alike (the way
identification queried every text of up to 6,000 shingles before round 5)."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from openlint.text.fingerprints import Reference

_ONE_IS_ZERO = bytes.maketrans(b"\x00\x01", b"\x01\x00")


class PlainQuery:
    def __init__(self, hashes: array[int]) -> None:
        self.shingles = set(hashes)
        self.distinct = len(self.shingles)

    def prepare(self, refs: Iterable[Reference]) -> None:
        """(Nothing to prepare: a set answers each count directly.)"""

    def shared(self, ref: Reference) -> int:
        return len(self.shingles & ref.hashes)

    def count_present(self, ref: Reference, start: int, end: int) -> int:
        return sum(map(self.shingles.__contains__, ref.between(start, end)))

    def sample(self) -> Iterable[int]:
        return self.shingles

    def explained_at(self, hashes: array[int], matched: Iterable[Reference]) -> bytes:
        """Per shingle position, 1 if a matched reference has it (the query is spent)."""
        unexplained = self.shingles
        for ref in matched:
            unexplained.difference_update(ref.hashes)
        return bytes(map(unexplained.__contains__, hashes)).translate(_ONE_IS_ZERO)
