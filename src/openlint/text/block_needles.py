"""Which blocks of a document hold which needles: one pass, a lower-cased window of blocks at a
time, for the pattern reader's needles (kinds) and the clause layer's (concepts, as bits) together,
so the text is lowered and each needle searched once for both (openlint.text.extract)."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

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


def hits_by_find(
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


def trie_source(needles: Iterable[str]) -> str:
    """A regex matching the longest of `needles` that starts where it is tried: their trie, each node's
    longer needles tried before the node's own (one path of a trie fits a text, so the first match is
    the longest)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for needle in needles:
        node = trie
        for char in needle:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + source(below) for char, below in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return source(trie)


def trie_regex(needles: Iterable[str]) -> str:
    """A regex whose matches are, one per position where one of `needles` starts, the longest needle
    starting there (its only group): the position's character is matched (so the regex engine skips
    every character no needle starts with, and the next match is tried from the next position, as
    needles may overlap), then, looking back to it, their trie (one path of a trie fits a text, so the
    first match is the longest). Searched, it finds whether any of them is in a text, in one pass."""
    needles = list(needles)
    first = "".join(sorted({re.escape(needle[0]) for needle in needles}))
    return f"[{first}](?<=(?=({trie_source(needles)})).)"


def regex_sources(needles: Iterable[str]) -> tuple[str, str]:
    """The sources of a needles table's two regexes (`_Table`; "" for none), shipped as programs
    (scripts/build_regex_programs.py) for the tables the reader searches with."""
    latin = [needle for needle in needles if max(map(ord, needle)) < 256]
    wide = [needle for needle in needles if max(map(ord, needle)) >= 256]
    return (trie_regex(latin) if latin else "", trie_regex(wide) if wide else "")


_LETTERLESS: dict[int, tuple[Needles, Needles]] = {}  # by the identity of the mapping they come from


def letterless(needles: Needles) -> Needles:
    """The needles holding no letter (all a window of no letters can hold): one mapping per needles mapping, so that
    its table is found by identity (`_table`), not rebuilt as a key of its content on every reading."""
    known = _LETTERLESS.get(id(needles))
    if known is not None and known[0] is needles:
        return known[1]
    kept = {needle: found for needle, found in needles.items() if _LETTER.search(needle) is None}
    if len(_LETTERLESS) >= 16:
        _LETTERLESS.clear()
    _LETTERLESS[id(needles)] = (needles, kept)
    return kept


class _Table:
    """A needles table as `hits_per_block` searches it: by two regexes (`trie_regex`), one for the
    needles of Latin-1 characters, one for those holding a wider character (other scripts, curly
    quotes; searched only in a text that is not Latin-1), each giving the longest needle at each
    position where one starts; the needles that are its prefixes start there too (their kinds and bits
    are joined per needle ahead)."""

    __slots__ = ("joined", "regex", "wide_regex")

    def __init__(self, needles: Needles) -> None:
        latin, wide = regex_sources(needles)
        self.regex = prebuilt(latin, re.S) if latin else None
        self.wide_regex = prebuilt(wide, re.S) if wide else None
        joined: dict[str, tuple[frozenset[str], int]] = {}
        for needle in needles:
            kinds: set[str] = set()
            bits = 0
            for end in range(1, len(needle) + 1):
                found = needles.get(needle[:end])
                if found is not None:
                    kinds.update(found[0])
                    bits |= found[1]
            joined[needle] = (frozenset(kinds), bits)
        self.joined = joined


_TABLES: dict[tuple[tuple[str, tuple[frozenset[str], int]], ...], _Table] = {}


# The table last made for each needles mapping, by identity (the mappings a reading passes are long-lived): a
# lookup by content builds a key the size of the mapping (~18 KB for the reader's), on every call, which is most of
# what reading a 20 KB text allocates beyond the text (tests/test_reading_memory.py).
_BY_IDENTITY: dict[int, tuple[Needles, _Table]] = {}


def _table(needles: Needles) -> _Table:
    known = _BY_IDENTITY.get(id(needles))
    if known is not None and known[0] is needles:
        return known[1]
    key = tuple(needles.items())
    table = _TABLES.get(key)
    if table is None:
        if len(_TABLES) >= 16:
            _TABLES.clear()
        table = _TABLES[key] = _Table(needles)
    del key
    if len(_BY_IDENTITY) >= 16:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(needles)] = (needles, table)
    return table


def hits_per_block(
    lowered: str, starts: list[int], ends: list[int], needles: Needles
) -> dict[int, tuple[frozenset[str], int]]:
    """`hits_by_find`, by one regex search of each block for all needles (`_Table`), not one search of
    the text per needle. The block's end is the end of the string searched, so a needle crossing it
    is not found; the longest needle there that ends inside the block is."""
    return _hits(lowered, starts, ends, _table(needles))


_WIDE = prebuilt("[^\\x00-\\xff]")


def latin_text(text: str) -> bool:
    """Whether `text` holds only Latin-1 characters (no needle with a wider character can be in it)."""
    return text.isascii() or _WIDE.search(text) is None


def _hits(lowered: str, starts: list[int], ends: list[int], table: _Table) -> dict[int, tuple[frozenset[str], int]]:
    found: dict[int, tuple[frozenset[str], int]] = {}
    joined = table.joined
    regexes = [regex.findall for regex in (table.regex, table.wide_regex) if regex is not None]
    if table.wide_regex is not None and latin_text(lowered):
        regexes.pop()  # a Latin-1 text holds no needle with a wider character
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        kinds: frozenset[str] = frozenset()
        bits = 0
        for findall in regexes:
            for needle in set(findall(lowered, start, end)):
                needle_kinds, needle_bits = joined[needle]
                kinds, bits = kinds | needle_kinds, bits | needle_bits
        if kinds or bits:
            found[i] = (kinds, bits)
    return found


def block_hits(
    text: str, starts: list[int], ends: list[int], needles: Needles, first: int = 0, by_find: bool = False
) -> Iterator[tuple[int, frozenset[str], int]]:
    """`hits_per_block` of the lower-cased document from block `first` on, in block order, a window of
    whole blocks at a time (a needle counts only wholly inside a block, so windows give the same); with
    `by_find`, `hits_by_find` (cheaper for a few needles, and no regex is built for them)."""
    seen: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct set of kinds
    window = window_of(text)
    letterless_table: _Table | None = None
    table: _Table | None = None
    while first < len(starts):
        last = max(first + 1, bisect_left(starts, starts[first] + window))
        base = starts[first]
        low = lower(text, base, ends[last - 1])
        window_starts = [start - base for start in starts[first:last]]
        window_ends = [end - base for end in ends[first:last]]
        if _LETTER.search(low) is None:  # a window of no letters (quotes, digits, symbols) holds no word needle
            if letterless_table is None:
                letterless_table = _table(letterless(needles))
            found = _hits(low, window_starts, window_ends, letterless_table)
        elif by_find:
            found = hits_by_find(low, window_starts, window_ends, needles)
        else:
            if table is None:
                table = _table(needles)
            found = _hits(low, window_starts, window_ends, table)
        del low  # before the next window is lowered
        for i, (kinds, bits) in found.items():
            yield first + i, seen.setdefault(kinds, kinds), bits
        first = last


def blocks_holding(
    text: str, starts: list[int], ends: list[int], needles: Needles, mask: int, first: int = 0
) -> Iterator[int]:
    """The blocks from `first` on that `block_hits` gives bits meeting `mask`, in order: each block searched by the
    table's regexes only up to the first needle with such bits (a block of long prose holds many needles)."""
    table = _table(needles)
    joined = table.joined
    window = window_of(text)
    while first < len(starts):
        last = max(first + 1, bisect_left(starts, starts[first] + window))
        base = starts[first]
        low = lower(text, base, ends[last - 1])
        regexes = [regex for regex in (table.regex, table.wide_regex) if regex is not None]
        if table.wide_regex is not None and latin_text(low):
            regexes.pop()  # a Latin-1 window holds no needle with a wider character
        for i in range(first, last):
            start, end = starts[i] - base, ends[i] - base
            if any(joined[found.group(1)][1] & mask for regex in regexes for found in regex.finditer(low, start, end)):
                yield i
        del low  # before the next window is lowered
        first = last


class ConceptHits:
    """The blocks holding a needle of some clause concept, with the concepts' bits, as the pattern
    reader's pass found them for blocks before `upto` (4 bytes a block and a shared int)."""

    __slots__ = ("_seen", "bits", "blocks", "needles", "upto")

    def __init__(self, needles: Needles | None = None) -> None:
        self.needles = needles  # the table the pass searched (the clause layer searches on with it)
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
