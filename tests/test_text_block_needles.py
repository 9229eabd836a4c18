"""The needle pass (text/block_needles.py) finds every needle of a table block by block with one regex search
per block (the needles' trie, the longest needle at each position where one starts, its prefixes with it): the
same kinds and bits per block as searching the text once per needle (`hits_by_find`, the pass before); and the
blocks holding a needle of given bits (`blocks_holding`) as those."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from openlint.text import block_needles
from openlint.text import extract as extraction
from openlint.text.normalize import decode
from openlint.text.view import blocks, lower

REPO = Path(__file__).resolve().parents[1]


def _tables() -> list[block_needles.Needles]:
    table = extraction._needles()
    return [table, extraction._PATTERN_NEEDLES, {needle: (frozenset(), 1) for needle in list(table)[::3]}]


def _same(text: str) -> None:
    starts, ends = blocks(text)
    low = lower(text)
    for needles in _tables():
        by_find = block_needles.hits_by_find(low, starts, ends, needles)
        found = block_needles.hits_per_block(low, starts, ends, needles)
        assert found == by_find and list(found) == list(by_find)
        for one_by_one in (False, True):
            windowed = list(block_needles.block_hits(text, starts, ends, needles, by_find=one_by_one))
            assert windowed == [(i, kinds, bits) for i, (kinds, bits) in by_find.items()]
        # the blocks holding a needle with given bits, each searched only to its first (round 15), from any block on
        every = 0
        for _, bits in needles.values():
            every |= bits
        for mask in (every, 1, 2, 1 << 7, every & ~1):
            for first in (0, len(starts) // 2):
                expected = [i for i, (_, bits) in by_find.items() if bits & mask and i >= first]
                assert list(block_needles.blocks_holding(text, starts, ends, needles, mask, first)) == expected


def test_the_fixture_licences_hold_the_needles_searching_one_by_one_finds() -> None:
    texts = [decode(p.read_bytes()) for p in sorted((REPO / "fixtures" / "licenses").glob("*/LICENSE*")) if p.is_file()]
    assert len(texts) > 50
    for text in texts:
        _same(text)


@pytest.mark.parametrize("seed", range(6))
def test_overlapping_crossing_and_dense_needles(seed: int) -> None:
    rng = random.Random(seed)
    # needles inside others ("attribut" in "attribution"), sharing letters ("eu"), ending in a space or line break
    # ("deve "), crossing a block's end, of other scripts and curly quotes, and blocks dense with one needle
    pieces = [
        "attribution",
        "attribut",
        "eu",
        "deve ",
        "deve\n",
        '"',
        "'",
        "\u201c",
        "\u7981\u6b62",
        "\u043e\u0431\u044f\u0437\u0430\u043d",
        "x",
        " ",
        "\n",
        "\n\n",
        "commercial",
        "non-commercia",
        "display" * 20,
        "1. ",
    ]
    text = "".join(rng.choice(pieces) for _ in range(3000))
    _same(text)


def test_a_needle_crossing_a_block_end_counts_only_where_a_shorter_one_fits() -> None:
    text = "we deve\n\nattribut\n\nattribution"
    starts, ends = blocks(text)
    needles = {"attribut": (frozenset({"a"}), 0), "attribution": (frozenset({"b"}), 0), "deve\n": (frozenset({"c"}), 0)}
    found = block_needles.hits_per_block(lower(text), starts, ends, needles)
    assert found == {1: (frozenset({"a"}), 0), 2: (frozenset({"a", "b"}), 0)}
