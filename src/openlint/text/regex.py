"""A pattern's regex, compiled when first run, and run one alternative at a time where it can.

A pattern written as many alternatives ("A|B|C", each a clause frame) makes the engine try every
alternative at every position of a paragraph, though most hold a literal the paragraph lacks. Its
alternatives are listed in the generated anchor table with the literals each requires; only those
whose literals the paragraph holds are searched, each alone (a literal prefix lets the engine skip
ahead), and their matches merged as the alternation orders them: leftmost first, the earlier
alternative at a tie. An alternative that cannot match anywhere in the text changes no match of
the alternation, so the matches are the same. Only regexes without capturing groups whose every
alternative consumes characters are listed (a match object then carries nothing else).

The table is keyed by `table_key` of each regex's source, not by the source itself (which would
repeat every pattern in the generated file): a source changed since the table was built has
another key, so it finds no entry and runs whole, as a regex not in the table does.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections.abc import Collection, Iterator, Mapping, Sequence

from openlint.text._anchor_table import ALTERNATIVES
from openlint.text.programs import prebuilt

Required = tuple[tuple[str, ...], ...]  # an alternative's anchors: a string of each tuple


def table_key(source: str) -> int:
    """A regex source's key in the generated anchor table: its length and its CRC-32, so that a
    source edited since the table was built (a stale entry) is not found (tests check that the
    table is current and that no two sources of the patterns share a key)."""
    return len(source) << 32 | zlib.crc32(source.encode("utf-8", "surrogatepass"))


# The paragraph last tested and which strings it holds, each searched once (patterns share many),
# kept as one tuple so that threads reading at once never mix one text's answers with another's.
_held: list[tuple[str, dict[str, bool]]] = [("", {})]


def forget_paragraph() -> None:
    """Drop the memo of the paragraph last tested (its lower case and its answers, a dict of several
    hundred strings), so that it is not held while the next paragraph's view is built."""
    _held[0] = ("", {})


def present(required: Sequence[Collection[str]], low: str) -> bool:
    """Does `low` hold a string of every collection in `required`?"""
    last, found = _held[0]
    if last is not low:
        found = {}
        _held[0] = (low, found)
    for strings in required:
        for string in strings:
            held = found.get(string)
            if held is None:
                held = found[string] = string in low
            if held:
                break
        else:
            return False
    return True


class Regex:
    """re.Pattern's `finditer` and `search` on the lower-cased view, compiled lazily: most patterns
    never run on a given text (reading one LICENSE compiles only what its paragraphs need)."""

    __slots__ = ("_alternatives", "_chains", "_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int, chains: Sequence[Chain] = ()) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        # Alternatives run as chains (by their source), when the table splits the regex into alternatives.
        self._chains: Mapping[str, Chain] = {chain.source: chain for chain in chains}
        # Each alternative's source and anchors, compiled when first live (None: not yet looked up).
        self._alternatives: list[tuple[str, Required, re.Pattern[str] | Chain | None]] | None = None

    def chains(self) -> tuple[Chain, ...]:
        """The alternatives run as chains (tests check each is one of the table's alternatives)."""
        return tuple(self._chains.values())

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = prebuilt(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        alternatives = self._alternatives
        if alternatives is None:
            alternatives = self._alternatives = []
            start = 0
            for end, required in ALTERNATIVES.get(table_key(self.pattern), ()):
                alternatives.append((self.pattern[start:end], required, None))
                start = end + 1
        if not alternatives:
            return self.compiled.finditer(low)
        live: list[re.Pattern[str] | Chain] = []
        for i, (source, required, compiled) in enumerate(alternatives):
            if present(required, low):
                if compiled is None:
                    compiled = self._chains.get(source) or prebuilt(source, self.flags)
                    alternatives[i] = (source, required, compiled)
                live.append(compiled)
        if len(live) == 1:
            return live[0].finditer(low)
        return _merged(live, low)


def _merged(regexes: list[re.Pattern[str] | Chain], low: str) -> Iterator[re.Match[str]]:
    """The matches `"|".join(regexes)` finds, from each alternative's own matches (none empty): a
    match found from an earlier position stays each alternative's next until the scan passes it."""
    nexts = [regex.search(low) for regex in regexes]
    while True:
        best: re.Match[str] | None = None
        for found in nexts:
            if found is not None and (best is None or found.start() < best.start()):
                best = found  # (strictly left of: at a tie the earlier alternative wins)
        if best is None:
            return
        yield best
        pos = best.end()
        for i, found in enumerate(nexts):
            if found is not None and found.start() < pos:
                nexts[i] = regexes[i].search(low, pos)


_WHOLE = prebuilt(".*", re.S)  # a match object for a span found without a regex: .match(low, start, end)


class Chain:
    """An alternative made of parts joined by lazy windows ('A[^.;]{0,100}?B[^.;]{0,120}?C'), run
    with the same matches as its regex but in time linear in the text. The regex engine tries, from
    every A, each B in its window and, from each B, each C in the next: windows of n candidates nested
    three deep cost n^3 per A, and As are dense in a hostile line. Here each part's matches are found
    once (every position it matches at, with the end its regex prefers there), and the parts are
    joined from the last: a match of a part is kept when the first kept match of the next part that
    starts in its window exists (the one the engine's lazy order reaches first; a match not kept
    fails whatever follows), and the chain ends where that one's chain ends. The same matches as the
    regex when every part but the last has one end at each position it matches at (words between word
    bounds do); tests/test_text_chain.py compares the two on random texts."""

    __slots__ = ("_last", "_parts", "_sources", "_stop", "flags", "source", "windows")

    def __init__(self, first: str, *steps: tuple[int, str], stops: str = ".;", flags: int = re.S) -> None:
        self.source = first + "".join(f"[^{stops}]{{0,{within}}}?{part}" for within, part in steps)
        self.windows = tuple(within for within, _ in steps)
        self.flags = flags
        self._sources = (first, *(part for _, part in steps))
        self._parts: tuple[str | re.Pattern[str], ...] = self._sources
        self._stop: str | re.Pattern[str] = f"[{stops}]"
        # The text last joined: where chains start and where each ends, in order of start.
        self._last: tuple[str, list[int], list[int]] | None = None

    def parts(self) -> tuple[str, ...]:
        """The sources of the parts, the first and each step's."""
        return self._sources

    def _compiled(self, i: int) -> re.Pattern[str]:
        part = self._parts[i]
        if isinstance(part, str):
            part = prebuilt(part, self.flags)
            self._parts = (*self._parts[:i], part, *self._parts[i + 1 :])
        return part

    def _joined(self, low: str) -> tuple[list[int], list[int]]:
        last = self._last
        if last is not None and last[0] is low:
            return last[1], last[2]
        stop = self._stop
        if isinstance(stop, str):
            stop = self._stop = re.compile(stop)
        stops = [found.start() for found in stop.finditer(low)]
        starts, ends = _every_match(self._compiled(len(self._parts) - 1), low)
        for i in range(len(self._parts) - 2, -1, -1):
            within = self.windows[i]
            kept_starts: list[int] = []
            kept_ends: list[int] = []
            part_starts, part_ends = _every_match(self._compiled(i), low)
            for start, at in zip(part_starts, part_ends, strict=True):
                j = bisect_left(starts, at)
                if j == len(starts) or starts[j] - at > within:
                    continue
                s = bisect_left(stops, at)
                if s < len(stops) and stops[s] < starts[j]:
                    continue  # the window meets a stop before the next part
                kept_starts.append(start)
                kept_ends.append(ends[j])
            starts, ends = kept_starts, kept_ends
        self._last = (low, starts, ends)
        return starts, ends

    def search(self, low: str, pos: int = 0) -> re.Match[str] | None:
        starts, ends = self._joined(low)
        i = bisect_left(starts, pos)
        return _WHOLE.match(low, starts[i], ends[i]) if i < len(starts) else None

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        found = self.search(low)
        while found is not None:
            yield found
            found = self.search(low, found.end())


def _every_match(regex: re.Pattern[str], low: str) -> tuple[list[int], list[int]]:
    """Every position `regex` matches at in `low` (overlapping too) and the end it prefers there."""
    starts: list[int] = []
    ends: list[int] = []
    found = regex.search(low)
    while found is not None:
        starts.append(found.start())
        ends.append(found.end())
        found = regex.search(low, found.start() + 1)
    return starts, ends
