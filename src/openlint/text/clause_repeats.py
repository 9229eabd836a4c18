"""The blocks and items the clause layer (openlint.text.clauses) has examined in a reading, so that one repeated
word for word is not examined again: a long text that repeats itself (a licence pasted twice, a template's
sections) costs the layer once per distinct block.

Examining a block or item gives the same outcome wherever it stands, given what the outcome depends on beyond
its own words: the lead-in of the block above it when it opens with an item mark, and whether it is listed under
a permission (looked up only when a clause of it can be read). The concepts still wanted only ever shrink during
a reading, and a block examined to its end has no clause that any concept still wanted reads (those that read one
are no longer wanted), so a repeat with the same surroundings reads nothing: it is counted, as its clauses would
be, and passed over."""

from __future__ import annotations

from collections.abc import Callable

from openlint.text.clause_headings import under_permission
from openlint.text.view import lower, plain

# What examining one block or item needs again to be passed over: its clauses, whether they were counted on the block's
# text lower-cased as it stands (a plain block no concept could read: view.plain) rather than on its view, whether it
# opens with an item mark, the lead-in above it read with its clauses, whether it is listed under a permission (None:
# not looked up, as no clause of it could be read).
Record = tuple[int, bool, bool, str, bool | None]

MEMO_FROM = 100_000  # characters of a text from which the layer remembers what it examined (a shorter one is cheap)


class Examined:
    """The blocks (by their text's hash, checked against the text where the first of them stands, so no copy is
    kept) and the items (by their view's lower case and whether the licensor's leave lifts them) examined."""

    __slots__ = ("above", "blocks", "count", "ends", "items", "starts", "text")

    def __init__(
        self, text: str, starts: list[int], ends: list[int], above: Callable[[int], str], count: Callable[[str], int]
    ) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.above = above  # the lead-in above block i, which opens with an item mark
        self.count = count  # the clauses of a lower-cased text
        self.blocks: dict[int, tuple[int, Record]] = {}
        self.items: dict[tuple[str, bool], Record] = {}

    def _same(self, record: Record, block: int) -> bool:
        """Whether a block or item of block `block` stands where the one examined did, as far as reading it goes."""
        _, _, opens, above, permitted = record
        if opens and self.above(block) != above:
            return False
        return permitted is None or under_permission(self.text, self.starts, self.ends, block) == permitted

    def block(self, i: int, viewed: bool) -> int | None:
        """The clauses of block i when one of the same words and surroundings was examined and they are counted
        alike, else None (`viewed`: the pattern reader kept the block's view, whose clauses are then counted)."""
        start, end = self.starts[i], self.ends[i]
        raw = self.text[start:end]
        found = self.blocks.get(hash(raw))
        if found is None:
            return None
        j, record = found
        if self.ends[j] - self.starts[j] != end - start or not self.text.startswith(raw, self.starts[j]):
            return None  # (another text of the same hash)
        clauses, on_text, opens, _, _ = record
        # counted on the text (no concept could read it, nor can now): so again unless its view is kept; counted on
        # its view: so again unless, plain and read by no concept now, on the text
        fits = not viewed if on_text else viewed or opens or not plain(raw) or self.count(lower(raw)) == clauses
        del raw
        return clauses if fits and self._same(record, i) else None

    def item(self, low: str, leave: bool, block: int) -> int | None:
        """`block` for an item under a lead-in (`block`: the block it is in)."""
        record = self.items.get((low, leave))
        return None if record is None or not self._same(record, block) else record[0]

    def add_block(self, i: int, record: Record) -> None:
        self.blocks.setdefault(hash(self.text[self.starts[i] : self.ends[i]]), (i, record))

    def add_item(self, low: str, leave: bool, record: Record) -> None:
        self.items.setdefault((low, leave), record)
