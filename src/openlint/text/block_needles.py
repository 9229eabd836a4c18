"""Which blocks of a document hold which needles: one pass, a lower-cased window of blocks at a
time, for the pattern reader's needles (kinds) and the clause layer's (concepts, as bits) together,
so the text is lowered and each needle searched once for both (openlint.text.extract)."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from openlint.text.programs import prebuilt
from openlint.text.view import lower

_LETTER = prebuilt(r"[^\W\d_]")  # a letter of any script (needles are lower-cased words or symbols)

# Per needle: the pattern kinds it announces and the bits of the clause concepts it is a needle of.
Needles = dict[str, tuple[frozenset[str], int]]

# Characters of blocks lower-cased at a time (no lower-cased copy of the whole text): 8K of an
# ASCII text, 4K of any other (Python keeps most at two bytes a character).
WINDOW = 1 << 13


def window_of(text: str) -> int:
    return WINDOW if text.isascii() else WINDOW // 2


def hits_per_block(
    lowered: str, starts: list[int], ends: list[int], needles: Needles
) -> dict[int, tuple[frozenset[str], int]]:
    """The kinds and concept bits of the needles wholly inside each block that holds any: one search
    of the text per needle; after a hit the search resumes at the next block, so a needle repeated
    everywhere costs one step per block."""
    kinds: dict[int, set[str]] = {}
    bits: dict[int, int] = {}
    for needle, (needle_kinds, needle_bits) in needles.items():
        at = lowered.find(needle)
        while at != -1:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(needle) <= ends[i]:
                if needle_kinds:
                    kinds.setdefault(i, set()).update(needle_kinds)
                if needle_bits:
                    bits[i] = bits.get(i, 0) | needle_bits
                at = lowered.find(needle, ends[i])
            else:
                at = lowered.find(needle, at + 1)
    return {i: (frozenset(kinds.get(i, ())), bits.get(i, 0)) for i in sorted(kinds.keys() | bits.keys())}


def block_hits(
    text: str, starts: list[int], ends: list[int], needles: Needles, first: int = 0
) -> Iterator[tuple[int, frozenset[str], int]]:
    """`hits_per_block` of the lower-cased document from block `first` on, in block order, a window of
    whole blocks at a time (a needle counts only wholly inside a block, so windows give the same)."""
    seen: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct set of kinds
    window = window_of(text)
    letterless: Needles | None = None
    while first < len(starts):
        last = max(first + 1, bisect_left(starts, starts[first] + window))
        base = starts[first]
        low = lower(text, base, ends[last - 1])
        window_starts = [start - base for start in starts[first:last]]
        window_ends = [end - base for end in ends[first:last]]
        searched = needles
        if _LETTER.search(low) is None:  # a window of no letters (quotes, digits, symbols) holds no word needle
            if letterless is None:
                letterless = {needle: found for needle, found in needles.items() if _LETTER.search(needle) is None}
            searched = letterless
        found = hits_per_block(low, window_starts, window_ends, searched)
        del low  # before the next window is lowered
        for i, (kinds, bits) in found.items():
            yield first + i, seen.setdefault(kinds, kinds), bits
        first = last


class ConceptHits:
    """The blocks holding a needle of some clause concept, with the concepts' bits, as the pattern
    reader's pass found them for blocks before `upto` (4 bytes a block and a shared int)."""

    __slots__ = ("_seen", "bits", "blocks", "upto")

    def __init__(self) -> None:
        self.blocks = array("I")
        self.bits: list[int] = []
        self.upto = 0  # every block before this one was searched
        self._seen: dict[int, int] = {}

    def add(self, i: int, bits: int) -> None:
        self.blocks.append(i)
        self.bits.append(self._seen.setdefault(bits, bits))

    def holding(self, mask: int) -> Iterator[int]:
        """The blocks before `upto` holding a needle of a concept in `mask`, in order."""
        return (i for i, bits in zip(self.blocks, self.bits, strict=True) if bits & mask)
