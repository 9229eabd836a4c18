"""Reading a long text chunk by chunk and window by window gives what reading it whole gave, and a
2 MB text costs at most 5x its size in memory (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openlint.text import extract as extraction
from openlint.text import identify as identification
from openlint.text import normalize, shingle_query, view
from openlint.text.identify import identify
from openlint.text.normalize import MAX_WORDS, clean, decode, shingle_hashes, words
from plain_query import PlainQuery
from reading_memory import traced_peak

# Pieces that exercise every cleaning step at a chunk edge: copyright lines, markdown links, HTML
# tags, format characters, typography, CRLF, blank lines, a capital dotted I (lowers to two letters).
PIECES = st.sampled_from(
    [
        "Copyright (c) 2024 Acme\n",
        "  (C) Someone\n",
        "\u00a9 2020 X\n",
        "[the link](https://e.com/x) ",
        "<b>bold</b> ",
        "soft\u00adhy\u200bphen ",
        "\u201cquoted\u201d ",
        "word ",
        "Word. ",
        "it's v1.2 ",
        "\n",
        "\r\n",
        "\n\n",
        "\u0130stanbul ",
        "\u4e2d\u6587 ",
    ]
)


def _whole(text: str) -> tuple[list[str], list[int], list[int]]:
    """Words, shingle hashes and each word's line as the text read whole gives them."""
    cleaned = clean(text).lower()
    found = normalize._WORD.findall(cleaned)[:MAX_WORDS]
    lines: list[int] = []
    for number, line in enumerate(cleaned.split("\n"), 1):
        lines.extend([number] * len(normalize._WORD.findall(line)))
    return found, shingle_hashes(found), lines[: len(found)]


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=60), st.integers(min_value=1, max_value=40))
def test_chunked_tokens_equal_whole_text(pieces: list[str], chunk: int) -> None:
    text = "".join(pieces)
    expected_words, expected_hashes, expected_lines = _whole(text)
    original = normalize.CHUNK
    normalize.CHUNK = chunk  # tiny chunks: every line break is a chunk edge somewhere
    try:
        tokens = words(text)
        assert tokens.texts == expected_words
        assert list(tokens.hashes) == expected_hashes
        assert len(tokens) == len(expected_words) and not tokens.capped
        assert [tokens.line_of(i) for i in range(len(tokens))] == expected_lines
    finally:
        normalize.CHUNK = original


def test_word_cap_boundary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(normalize, "MAX_WORDS", 7)
    monkeypatch.setattr(normalize, "CHUNK", 4)
    exactly = words("a b c\nd e f\ng\n\n\n")
    assert len(exactly) == 7 and not exactly.capped and len(exactly.hashes) == 3
    one_more = words("a b c\nd e f\ng\n\n\nh")  # the eighth word is in a later chunk
    assert len(one_more) == 7 and one_more.capped and one_more.texts == list("abcdefg")


def test_windowed_needles_equal_whole_document(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kinds (and clause concepts) per block found a window of blocks at a time equal those of the
    whole lower-cased text."""
    from openlint.text import block_needles

    text = "\n\n".join(decode(p.read_bytes()) for p in sorted(corpus.glob("licenses/ai/*.txt")))
    starts, ends = view.blocks(text)
    only = block_needles.hits_per_block(view.lower(text), starts, ends, extraction._PATTERN_NEEDLES)
    whole = {i: kinds for i, (kinds, _) in only.items()}
    both = block_needles.hits_per_block(view.lower(text), starts, ends, extraction._needles())
    monkeypatch.setattr(block_needles, "WINDOW", 5000)  # many windows
    windowed = block_needles.block_hits(text, starts, ends, extraction._needles())
    assert {i: (kinds, bits) for i, kinds, bits in windowed} == both
    assert {i: kinds for i, (kinds, _) in both.items() if kinds} == whole
    assert sum(bits != 0 for _, bits in both.values()) > 100


def test_two_megabytes_of_prose_cost_at_most_five_times_their_size(corpus: Path) -> None:
    """Traced peak memory of reading 2 MB (the read limit) of corpus prose, process caches warm.
    Before the reading was streamed it was 24.8x (a lower-cased copy built one character at a
    time, the word list, per-word line and coverage lists, the union of the matched references)."""
    prose = "\n\n".join(decode(p.read_bytes()) for p in sorted(corpus.glob("licenses/*/*.txt")))
    text = (prose * (2_000_000 // len(prose) + 1))[:2_000_000]
    peak = traced_peak(text)
    assert peak <= 5 * len(text.encode("utf-8")), peak / len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000ab.", max_size=30))
def test_one_space_fold_equals_the_regex_fold(text: str) -> None:
    """The split-and-join fold of a paragraph with no markup or CJK is _FOLD's."""
    assert view._one_space(text) == view._FOLD.sub(" ", text)


def _identifications(texts: list[str]) -> list[object]:
    return [identify(words(text)) for text in texts]


def test_partitioned_query_equals_plain_set(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text's shingles counted by partitions of hash values give every identification
    (containment, coverage, missing clauses, added passages) a plain set of all its shingles gives:
    as read (a set below SMALL_TEXT characters), every text by partitions, and by many."""
    texts = [decode(p.read_bytes()) for p in sorted(corpus.glob("licenses/*/*.txt"))]
    prose = "\n\n".join(texts)
    texts += [prose, prose + " ".join(f"word{i}" for i in range(50_000)), "plain words only " * 3000]
    with monkeypatch.context() as patched:
        patched.setattr(identification, "query_of", lambda hashes, chars: PlainQuery(hashes))
        plain = _identifications(texts)
    assert _identifications(texts) == plain  # short texts by a set, long ones by partitions
    monkeypatch.setattr(shingle_query, "SMALL_TEXT", 0)  # every text by partitions
    assert _identifications(texts) == plain
    monkeypatch.setattr(shingle_query, "PART", 40)  # every text of more than 40 shingles: in several partitions
    assert _identifications(texts) == plain
