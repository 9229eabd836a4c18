"""A text's shingles as identification queries them, in memory bounded by the input's size.

Every count identification makes is of the text's shingles that some reference has; only the share
of the text a reference explains also needs how many distinct shingles the text has in all. A set
of a text's shingle hashes costs ~70 bytes per shingle (about 10x the text): a text shorter than
SMALL_TEXT is queried with one (a few hundred KB at most, and the fastest way: identifying a
license with partitions took ~2x as long). A longer text's hashes are split by their top bits into
partitions of about PART, and one pass builds each partition's set in turn, counts its distinct
hashes and looks up the references' hashes of the same top bits (each reference's are kept sorted,
so they are one slice): what is kept is a byte per reference hash, present or not.
"""

from __future__ import annotations

import sys
from array import array
from collections import deque
from collections.abc import Iterable
from itertools import chain, compress, repeat

from openlint.text.fingerprints import SAMPLE, Reference

# Characters: a text this long or longer is queried by partitions (its reading then costs at most
# 5x its size; a plain set of a 20 KB text's shingles alone was 11x) ...
SMALL_TEXT = 16_000
# ... whose distinct hashes are counted at most about this many at a time (a set of up to 306 has a
# table of 512 entries; one more and it has 2,048) ...
PART = 256
MAX_BITS = 6  # ... in at most 2**MAX_BITS partitions (more: per-partition work for each reference)
FEW = 2  # matched references whose sets are looked up position by position (more: by partitions)


_ONE_IS_ZERO = bytes.maketrans(b"\x00\x01", b"\x01\x00")
# A hash is sampled when it is a multiple of SAMPLE (a power of two), which its lowest byte tells.
_SAMPLED = bytes(int(not byte % SAMPLE) for byte in range(256))
_LOW_BYTE = 0 if sys.byteorder == "little" else 3
SAMPLE_RUN = 1 << 14  # hashes picked at a time (a copy of a run, not of the text's hashes, is made)


def _sampled(run: array[int]) -> bytes:
    """A byte per hash of the run, 1 if it is sampled (its lowest byte a multiple of SAMPLE)."""
    return memoryview(run).cast("B")[_LOW_BYTE::4].tobytes().translate(_SAMPLED)


class ShortQuery:
    """A short text's distinct shingles, as a set."""

    def __init__(self, hashes: array[int]) -> None:
        self.shingles = set(hashes)
        self.distinct = len(self.shingles)

    def prepare(self, refs: Iterable[Reference]) -> None:
        """(Nothing to prepare: a set answers each count directly.)"""

    def shared(self, ref: Reference) -> int:
        return ref.distinct if ref.within(self.shingles) else len(self.shingles & ref.hashes)

    def count_present(self, ref: Reference, start: int, end: int) -> int:
        return sum(map(self.shingles.__contains__, ref.between(start, end)))

    def sample(self) -> Iterable[int]:
        return self.shingles

    def explained_at(self, hashes: array[int], matched: Iterable[Reference]) -> bytes:
        """Per shingle position, 1 if a matched reference has it (the query is spent: it is emptied
        of those references' shingles in place, so no union of their sets is built)."""
        unexplained = self.shingles
        for ref in matched:
            unexplained.difference_update(ref.hashes)
        return bytes(map(unexplained.__contains__, hashes)).translate(_ONE_IS_ZERO)


class ShingleQuery:
    """A text's shingle hashes, partitioned by their top bits (4 bytes each; a text of at most PART
    shingles is one partition, the hashes themselves), and for each reference looked up, a byte per
    its distinct hash: 1 if the text has it."""

    def __init__(self, hashes: array[int]) -> None:
        self._hashes = hashes
        self._bits = bits = min(MAX_BITS, (max(0, len(hashes) - 1) // PART).bit_length())
        if not bits:
            self._parts = [hashes]
        else:
            self._parts = parts = [array("I") for _ in range(1 << bits)]  # hashes, by their top bits
            put = [part.append for part in parts]
            shift = 32 - bits
            for value in hashes:  # one pass, each hash copied once
                put[value >> shift](value)
        self._distinct: int | None = None
        self._present: dict[str, bytes] = {}  # reference id -> per sorted distinct hash, 1 if present

    def prepare(self, refs: Iterable[Reference]) -> None:
        """Look up these references' hashes (and count the distinct shingles) in one pass."""
        todo = [ref for ref in dict.fromkeys(refs) if ref.id not in self._present]
        if not todo and self._distinct is not None:
            return
        pieces: list[list[bytes]] = [[] for _ in todo]
        bounds = [ref.bounds(self._bits) for ref in todo]
        values = [ref.sorted_hashes() for ref in todo]
        distinct = 0
        for top, part in enumerate(self._parts):
            present = set(part)
            distinct += len(present)
            for found, bound, sorted_hashes in zip(pieces, bounds, values, strict=True):
                found.append(bytes(map(present.__contains__, sorted_hashes[bound[top] : bound[top + 1]])))
            del present  # before the next partition's set is built
        self._distinct = distinct
        for ref, found in zip(todo, pieces, strict=True):
            self._present[ref.id] = b"".join(found)

    @property
    def distinct(self) -> int:
        if self._distinct is None:
            self.prepare(())
        assert self._distinct is not None
        return self._distinct

    def _of(self, ref: Reference) -> bytes:
        if ref.id not in self._present:
            self.prepare((ref,))
        return self._present[ref.id]

    def shared(self, ref: Reference) -> int:
        return self._of(ref).count(1)

    def count_present(self, ref: Reference, start: int, end: int) -> int:
        return sum(map(self._of(ref).__getitem__, ref.ranks()[start:end]))

    def sample(self) -> Iterable[int]:
        """The hashes the sampled index can hold (multiples of SAMPLE), picked out in C a run at a
        time: looking every hash up in the index made an int object of each."""
        hashes = self._hashes
        runs = (hashes[start : start + SAMPLE_RUN] for start in range(0, len(hashes), SAMPLE_RUN))
        return chain.from_iterable(compress(run, _sampled(run)) for run in runs)

    def explained_at(self, hashes: array[int], matched: Iterable[Reference]) -> bytes:
        """Per shingle position, 1 if a matched reference has it (a few matched: each one's set
        looked up at every position; more: partition by partition, the matched references' hashes
        of its top bits as a set)."""
        matched = list(matched)
        if len(matched) <= FEW or not self._bits:
            flags = 0
            for ref in matched:
                flags |= int.from_bytes(bytes(map(ref.hashes.__contains__, hashes)), "little")
            return flags.to_bytes(len(hashes), "little")
        where = [array("I") for _ in self._parts]  # the positions of each partition's hashes
        put = [at.append for at in where]
        shift = 32 - self._bits
        for position, value in enumerate(hashes):
            put[value >> shift](position)
        refs = [(ref.sorted_hashes(), ref.bounds(self._bits)) for ref in matched]
        explained = bytearray(len(hashes))
        for top, (part, at) in enumerate(zip(self._parts, where, strict=True)):
            known = set(chain.from_iterable(values[bound[top] : bound[top + 1]] for values, bound in refs))
            if known:
                deque(map(explained.__setitem__, compress(at, map(known.__contains__, part)), repeat(1)), maxlen=0)
        return bytes(explained)


def query_of(hashes: array[int], chars: int) -> ShortQuery | ShingleQuery:
    """The query of a text of `chars` characters whose shingles hash to `hashes`."""
    return ShortQuery(hashes) if chars < SMALL_TEXT else ShingleQuery(hashes)
