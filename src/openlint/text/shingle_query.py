"""A text's shingles as identification queries them, in memory bounded by the input's size.

Every count identification makes is of the text's shingles that some reference has; only the share
of the text a reference explains also needs how many distinct shingles the text has in all. A short
text (a license) is queried with a plain set of its shingle hashes. A long one would need ~70 bytes
per distinct shingle that way (10x the text), so it is queried with one byte per reference shingle
(the references' ~57,000, numbered once per process) and its other shingles are counted, not kept.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from itertools import chain, compress, count, repeat
from weakref import WeakKeyDictionary

from openlint.text.fingerprints import Reference, ReferenceSet

SMALL = 50_000  # shingles (~300 KB of prose; a license has at most ~13,000): up to here a plain set is cheaper
PART = 2_048  # at least this many distinct hashes outside the references are counted at a time
_ONE_IS_ZERO = bytes.maketrans(b"\x00\x01", b"\x01\x00")


class ShortQuery:
    """A short text's distinct shingles, as a set."""

    def __init__(self, hashes: array[int]) -> None:
        self.shingles = set(hashes)
        self.distinct = len(self.shingles)

    def shared(self, ref: Reference) -> int:
        return ref.distinct if ref.within(self.shingles) else len(self.shingles & ref.hashes)

    def present(self) -> AbstractSet[int]:
        return self.shingles

    def sample(self) -> Iterable[int]:
        return self.shingles

    def explained_at(self, hashes: array[int], matched: Iterable[Reference]) -> bytes:
        """Per shingle position, 1 if a matched reference has it (the query is spent: it is emptied
        of those references' shingles in place, so no union of their sets is built)."""
        unexplained = self.shingles
        for ref in matched:
            unexplained.difference_update(ref.hashes)
        return bytes(map(unexplained.__contains__, hashes)).translate(_ONE_IS_ZERO)


class _Numbering:
    """Every reference shingle numbered, and each reference's distinct shingles as numbers."""

    def __init__(self, references: ReferenceSet) -> None:
        every = chain.from_iterable(ref.packed() for ref in references.references)
        self.number: dict[int, int] = dict(zip(dict.fromkeys(every), count()))
        self.size = len(self.number)
        self.members = {
            ref.id: array("I", sorted(set(map(self.number.__getitem__, ref.packed())))) for ref in references.references
        }


_NUMBERINGS: WeakKeyDictionary[ReferenceSet, _Numbering] = WeakKeyDictionary()


def _numbering(references: ReferenceSet) -> _Numbering:
    found = _NUMBERINGS.get(references)
    if found is None:
        found = _NUMBERINGS[references] = _Numbering(references)
    return found


class LongQuery(AbstractSet[int]):
    """A long text's shingles: one byte per reference shingle (present or not), the number of each
    position's shingle, and a count of the distinct ones no reference has."""

    def __init__(self, hashes: array[int], references: ReferenceSet) -> None:
        self._hashes = hashes
        self._numbering = numbering = _numbering(references)
        none = numbering.size  # the number of a shingle no reference has
        self._numbers = array("I", map(numbering.number.get, hashes, repeat(none)))
        flags = bytearray(none + 1)
        for number in self._numbers:
            flags[number] = 1
        flags[none] = 0
        self._flags = bytes(flags)
        in_references = bytes(map(none.__ne__, self._numbers))
        self.distinct = self._flags.count(1) + _distinct_outside(hashes, in_references)

    def shared(self, ref: Reference) -> int:
        return sum(map(self._flags.__getitem__, self._numbering.members[ref.id]))

    def present(self) -> AbstractSet[int]:
        return self

    def sample(self) -> Iterable[int]:
        return self._hashes

    def __contains__(self, value: object) -> bool:
        number = self._numbering.number.get(value) if isinstance(value, int) else None
        return number is not None and self._flags[number] == 1

    def __iter__(self) -> Iterator[int]:
        return (value for value, number in self._numbering.number.items() if self._flags[number])

    def __len__(self) -> int:
        return self._flags.count(1)

    def explained_at(self, hashes: array[int], matched: Iterable[Reference]) -> bytes:
        explained = bytearray(self._numbering.size + 1)
        for ref in matched:
            for number in self._numbering.members[ref.id]:
                explained[number] = 1
        return bytes(map(explained.__getitem__, self._numbers))


def query_of(hashes: array[int], references: ReferenceSet) -> ShortQuery | LongQuery:
    return ShortQuery(hashes) if len(hashes) <= SMALL else LongQuery(hashes, references)


def _distinct_outside(hashes: array[int], in_references: bytes) -> int:
    """Distinct hashes at the positions no reference explains, counted a partition of hash values
    at a time (by their top bits), so no set holds more than about an eighth of them."""
    outside = array("I", compress(hashes, in_references.translate(_ONE_IS_ZERO)))
    part = max(PART, len(hashes) // 8)
    if len(outside) <= part or outside.itemsize != 4:
        return len(set(outside))
    bits = min(8, ((len(outside) - 1) // part).bit_length())
    parts = [array("I") for _ in range(1 << bits)]
    put = [part.append for part in parts]
    shift = 32 - bits
    for value in outside:  # by its top bits: one pass, each value copied once
        put[value >> shift](value)
    return sum(len(set(part)) for part in parts)
