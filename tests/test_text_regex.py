"""Patterns run one alternative at a time (openlint.text.regex): the matches must be exactly those
of the whole alternation, and the shipped table of alternatives must be what the patterns give."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from openlint.text._anchor_table import ALTERNATIVES
from openlint.text.anchors import _split, alternatives, pattern_regexes
from openlint.text.normalize import decode
from openlint.text.patterns import PATTERNS
from openlint.text.regex import Regex, _merged, table_key
from openlint.text.view import Paragraph, blocks
from rewrap import rewrap


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_split_keeps_classes_groups_and_escapes_whole() -> None:
    assert _split(r"a[|]b|c\|d|(?:e|f)g|[^]|]h") == ["a[|]b", r"c\|d", "(?:e|f)g", "[^]|]h"]
    assert _split("abc") == ["abc"]


def test_only_regexes_whose_alternatives_run_alone_are_split() -> None:
    assert len(alternatives(re.compile("must include|shall retain"))) == 2
    assert alternatives(re.compile("(?P<x>must) include|shall retain")) == ()  # a group: a builder reads it
    assert alternatives(re.compile("must include|(?:shall)?")) == ()  # an empty match
    assert alternatives(re.compile("must include")) == ()  # one alternative


ALTERNATION = ["ab", "a", "abc", "bca", "c[ab]{1,3}", "b(?=c)"]


@given(st.text(alphabet="abcx", max_size=40))
def test_merged_matches_are_the_alternations(text: str) -> None:
    """Leftmost first, the earlier alternative at a tie, scanning on after each match."""
    regexes = [re.compile(r) for r in ALTERNATION]
    assert _spans(_merged(regexes, text)) == _spans(re.finditer("|".join(ALTERNATION), text))


def test_merged_prefers_the_earlier_alternative_at_a_tie() -> None:
    regexes = [re.compile("ab"), re.compile("abc")]
    assert _spans(_merged(regexes, "xabcab")) == [(1, 3), (4, 6)]
    regexes.reverse()
    assert _spans(_merged(regexes, "xabcab")) == [(1, 4), (4, 6)]


def test_shipped_table_of_alternatives_is_current() -> None:
    derived = {}
    for pattern in PATTERNS:
        for regex in pattern_regexes(pattern.regex):
            split = alternatives(regex)
            if split:
                derived[table_key(regex.pattern)] = tuple(
                    (end, tuple(tuple(sorted(s)) for s in sets)) for end, sets in split
                )
    assert derived == ALTERNATIVES, "run: python scripts/build_anchor_table.py"
    assert len(derived) > 20  # the clause-frame patterns are split


def test_split_patterns_match_as_the_whole_regex_on_the_corpus(corpus: Path) -> None:
    """Every split pattern, on every paragraph of the corpus and fixtures as published and
    re-wrapped: the same matches as the whole regex (paragraphs without any literal included)."""
    texts = [decode(p.read_bytes()) for p in sorted(corpus.glob("licenses/*/*.txt"))]
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "licenses"
    texts += [decode(p.read_bytes()) for p in sorted(fixtures.glob("*/LICENSE"))]
    split = [p.regex for p in PATTERNS if isinstance(p.regex, Regex) and table_key(p.regex.pattern) in ALTERNATIVES]
    matched = 0
    for text in texts:
        for variant in (text, rewrap(text, 40)):
            starts, ends = blocks(variant)
            for s, e in zip(starts, ends, strict=True):
                low = Paragraph(variant[s:e], s).low
                for regex in split:
                    found = _spans(regex.finditer(low))
                    assert found == _spans(regex.compiled.finditer(low)), (regex.pattern[:60], low[:80])
                    matched += len(found)
    assert matched > 300  # real matches were compared, not only empty lists


def test_reading_the_pattern_table_compiles_no_pattern() -> None:
    """Patterns compile when first run: importing them costs no regex compilation."""
    code = (
        "from openlint.text.patterns import PATTERNS; from openlint.text.regex import Regex; "
        "print(sum(1 for p in PATTERNS if isinstance(p.regex, Regex) and p.regex._compiled is not None))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
