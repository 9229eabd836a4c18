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
from collections.abc import Collection, Iterator, Sequence

from openlint.text._anchor_table import ALTERNATIVES

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

    __slots__ = ("_alternatives", "_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        # Each alternative's source and anchors, compiled when first live (None: not yet looked up).
        self._alternatives: list[tuple[str, Required, re.Pattern[str] | None]] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
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
        live: list[re.Pattern[str]] = []
        for i, (source, required, compiled) in enumerate(alternatives):
            if present(required, low):
                if compiled is None:
                    compiled = re.compile(source, self.flags)
                    alternatives[i] = (source, required, compiled)
                live.append(compiled)
        if len(live) == 1:
            return live[0].finditer(low)
        return _merged(live, low)


def _merged(regexes: list[re.Pattern[str]], low: str) -> Iterator[re.Match[str]]:
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
