"""Reading a text costs at most 5x its size in memory from 50 KB up (issue 17), and the memory-lean
ways of reading give exactly what the plain ways gave: blocks of a blockquoted text found without
blanking its markers, non-ASCII lower-cased piece by piece, a text's shingles counted partition by
partition."""

from __future__ import annotations

import pydoc_data.topics
import random
import re
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.text import shingle_query, view
from openlint.text.fingerprints import default_references
from openlint.text.normalize import decode, words
from plain_query import PlainQuery
from reading_memory import traced_peak


def _inputs(corpus: Path) -> dict[str, str]:
    prose = "\n\n".join(pydoc_data.topics.topics.values())
    vocabulary, rng = prose.split(), random.Random(17)
    return {
        "licenses": "\n\n".join(decode(p.read_bytes()) for p in sorted(corpus.glob("licenses/*/*.txt"))),
        "one-license": decode((corpus / "licenses" / "ai" / "llama3.1-community.txt").read_bytes()),
        "prose": prose,  # English that is not a license, with markup and '>>>' lines
        "shuffled": "\n".join(" ".join(rng.choice(vocabulary) for _ in range(12)) for _ in range(3000)),
    }


def _peak(text: str) -> float:
    """Traced peak memory of a reading, process caches warm, per byte of UTF-8 input."""
    return traced_peak(text) / len(text.encode("utf-8"))


@pytest.mark.parametrize("size", [20_000, 30_000, 50_000, 100_000])
def test_reading_costs_at_most_five_times_the_input(corpus: Path, size: int) -> None:
    """At 66992f0 a 100 KB reading cost 8.7x (licenses) to 10.5x (prose) its size: a set of every
    shingle (~70 bytes each), and copies of the text to find blockquoted blocks. At 42a84d1 a 20 KB
    reading still cost 6.5x (one license) to 19.9x (licenses), and 30 KB 4.5x to 14.1x: a plain set
    of up to 6,000 shingles and a second set intersecting it, 4K-character chunks lower-cased whole,
    8K-character windows, a backtracking entry per line of a block, two paragraph views alive."""
    for name, unit in _inputs(corpus).items():
        text = (unit * (size // len(unit) + 1))[:size]
        assert _peak(text) <= 5, (name, size, _peak(text))


_OLD_QUOTE_MARKERS = re.compile(r"(?:\n|\A)[ \t]{0,3}>[> \t]*")


def _old_blocks(text: str, end: int | None = None) -> tuple[list[int], list[int]]:
    """view.blocks as it was: the markers blanked out in a copy of the text, then _BLOCK."""

    def unquote(match: re.Match[str]) -> str:
        found = match.group(0)
        return found[:1] + " " * (len(found) - 1) if found[0] == "\n" else " " * len(found)

    end = len(text) if end is None else end
    if ">" in text and _OLD_QUOTE_MARKERS.search(text, 0, end):
        text = _OLD_QUOTE_MARKERS.sub(unquote, text[:end])
    starts: list[int] = []
    ends: list[int] = []
    for match in view._BLOCK.finditer(text, 0, end):
        start, stop = match.span()
        while stop - start > view.MAX_PARAGRAPH:
            starts.append(start)
            ends.append(start + view.MAX_PARAGRAPH)
            start += view.MAX_PARAGRAPH
        starts.append(start)
        ends.append(stop)
    return starts, ends


_SPACING = ["\n", "\n", " ", "\t", "\r", ">", "> ", ">>"]
_ATOMS = [*_SPACING, "word", ".", ":", "1.", "2)", "(a)", "- ", "* ", "iv.", "\u2022 "]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_ATOMS), max_size=40), st.integers(min_value=0, max_value=200))
def test_quoted_blocks_equal_blanking_the_markers(atoms: list[str], cut: int) -> None:
    text = "".join(atoms)
    assert view.blocks(text) == _old_blocks(text)
    assert view.blocks(text, min(cut, len(text))) == _old_blocks(text, min(cut, len(text)))


_GREEDY = [re.compile(regex.pattern.removesuffix("+")) for regex in (view._BLOCK, view._QUOTED_BLOCK)]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_ATOMS), max_size=40))
def test_possessive_block_regexes_match_as_greedy_ones(atoms: list[str]) -> None:
    """The block regexes end in a possessive repetition (no backtracking entry kept per line): the
    blocks found are the greedy repetition's."""
    text = "".join(atoms)
    for possessive, greedy in zip((view._BLOCK, view._QUOTED_BLOCK), _GREEDY, strict=True):
        assert possessive.pattern.endswith("*+") and not greedy.pattern.endswith("+")
        assert [m.span() for m in possessive.finditer(text)] == [m.span() for m in greedy.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", "*em*", "`c`", " ", "\n", "\t", "<b>", "&amp;", "\u4e2d"]), max_size=400))
def test_a_view_joined_in_pieces_is_the_view_joined_whole(atoms: list[str]) -> None:
    """A paragraph's folded view is joined FOLD_PIECES pieces at a time: the same view, mapped to
    the same document positions, as joined at once."""
    text = "".join(atoms)
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(view, "FOLD_PIECES", 10**9)
        whole = view.Paragraph(text, 7)
        monkeypatch.setattr(view, "FOLD_PIECES", 3)
        pieces = view.Paragraph(text, 7)
    finally:
        monkeypatch.undo()
    assert pieces.text == whole.text and pieces.low == whole.low
    assert [pieces.origin(i) for i in range(len(pieces.text) + 1)] == [
        whole.origin(i) for i in range(len(whole.text) + 1)
    ]


def test_a_blockquote_marker_line_separates_blocks_and_a_clause_opens_after_markers() -> None:
    text = "> Intro line.\n>\n> Second block.\n> 1. a clause\nplain"
    starts, ends = view.blocks(text)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == [
        "> Intro line.",
        ">\n> Second block.",
        "> 1. a clause\nplain",
    ]
    assert (starts, ends) == _old_blocks(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ \u00e9\u00c9\u0130\u03a3\u03c3\u1e9e\u2019\ufb01.\n", max_size=3000))
def test_lower_in_pieces_equals_lowering_whole(text: str) -> None:
    """Lower-cased 1,024 characters at a time (non-ASCII): the whole text's lower case where that
    keeps the length (a capital sigma's depends on its neighbours: that text is lowered whole)."""
    expected = text.lower()
    if len(expected) == len(text):
        assert view.lower(text) == expected
    else:
        assert len(view.lower(text)) == len(text)


def test_distinct_count_by_partitions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text's distinct shingles, counted partition by partition, are a set's count: with
    repeats inside and across partitions, and the smallest and largest 32-bit hashes."""
    hashes = array("I", [(i * 2654435761) % 2**32 for i in range(5000)] * 2 + [0, 0, 7, 7, 2**32 - 1])
    monkeypatch.setattr(shingle_query, "PART", 300)  # 64 partitions
    query = shingle_query.ShingleQuery(hashes)
    assert query.distinct == len(set(hashes)) == 5002  # i = 0 gives 0
    assert len(query._parts) == 64


def test_long_query_counts_equal_a_set(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shared shingles, clause presence and explained positions of a partitioned query are a
    plain set's, for every reference, on a text holding several licenses and prose."""
    text = "\n\n".join(decode(p.read_bytes()) for p in sorted(corpus.glob("licenses/ai/*.txt"))[:6])
    hashes = words(text + "\n" + " ".join(f"word{i}" for i in range(3000))).hashes
    refs = default_references().references
    monkeypatch.setattr(shingle_query, "PART", 200)
    plain, partitioned = PlainQuery(hashes), shingle_query.ShingleQuery(hashes)
    partitioned.prepare(refs[:5])
    partitioned.prepare(refs[:5])  # already looked up: no second pass
    assert partitioned.distinct == plain.distinct
    for ref in refs:
        assert partitioned.shared(ref) == plain.shared(ref), ref.id
        assert ref.clause_presence(partitioned) == ref.clause_presence(plain), ref.id
    matched = [ref for ref in refs if plain.shared(ref) > 0.5 * ref.distinct]
    assert len(matched) > shingle_query.FEW  # both ways: each set position by position, and by partitions
    for some in (matched[:1], matched[: shingle_query.FEW], matched):
        expected = PlainQuery(hashes).explained_at(hashes, some)  # (a set query is spent)
        assert partitioned.explained_at(hashes, some) == expected
